/// The model being trained, as far as sequence-parallel planning needs it: its shape, the
/// number format, whether activations are recomputed, and which SP strategies the training
/// system offers. ``SequenceCostModel/init(model:cluster:)`` turns it into memory per token,
/// FLOPs per token and communication per degree.
///
/// Assumed, as in FlexSP: a decoder-only transformer with FlashAttention (no activation grows
/// with length²), causal attention, mixed-precision Adam whose weights, gradients and optimizer
/// state (16 bytes per parameter) are sharded over all GPUs (ZeRO-3 / FSDP).
public struct TransformerModel: Sendable, Equatable {
    /// The number format of activations and communication.
    public enum DataType: String, Sendable, Equatable, Codable, CaseIterable {
        /// bfloat16: 2 bytes.
        case bf16
        /// float16: 2 bytes.
        case fp16
        /// float32: 4 bytes.
        case fp32

        /// Bytes per element.
        public var bytes: Double { self == .fp32 ? 4 : 2 }
    }

    /// The feed-forward block.
    public enum FeedForward: String, Sendable, Equatable, Codable, CaseIterable {
        /// Two matrices with a GELU between them (GPT).
        case gelu
        /// Three matrices, a SiLU-gated product (LLaMA).
        case swiglu
    }

    /// A name for reports, such as `gpt-7b`.
    public var name: String?
    /// The hidden size h.
    public var hiddenSize: Int
    /// Transformer layers.
    public var layers: Int
    /// Attention (query) heads.
    public var attentionHeads: Int
    /// Key/value heads: equal to ``attentionHeads`` for multi-head attention, fewer with grouped-query attention.
    public var keyValueHeads: Int
    /// The feed-forward block's inner size.
    public var feedForwardSize: Int
    /// The vocabulary size.
    public var vocabularySize: Int
    /// The number format.
    public var dataType: DataType
    /// Whether each layer's activations are recomputed in the backward pass (full checkpointing):
    /// only layer inputs stay in memory, at the price of a second forward pass.
    public var activationCheckpointing: Bool
    /// The feed-forward block.
    public var feedForward: FeedForward
    /// Whether dropout runs after attention and feed-forward (its masks take a byte per element).
    public var dropout: Bool
    /// Whether the output layer shares the embedding matrix.
    public var tiedEmbeddings: Bool
    /// The SP strategies the training system offers.
    public var strategies: [SequenceParallelStrategy]

    /// A model from its parts; ``keyValueHeads`` defaults to the attention heads.
    public init(
        name: String? = nil,
        hiddenSize: Int,
        layers: Int,
        attentionHeads: Int,
        keyValueHeads: Int? = nil,
        feedForwardSize: Int,
        vocabularySize: Int,
        dataType: DataType = .bf16,
        activationCheckpointing: Bool = false,
        feedForward: FeedForward = .gelu,
        dropout: Bool = false,
        tiedEmbeddings: Bool = false,
        strategies: [SequenceParallelStrategy] = SequenceParallelStrategy.allCases
    ) {
        self.name = name
        self.hiddenSize = hiddenSize
        self.layers = layers
        self.attentionHeads = attentionHeads
        self.keyValueHeads = keyValueHeads ?? attentionHeads
        self.feedForwardSize = feedForwardSize
        self.vocabularySize = vocabularySize
        self.dataType = dataType
        self.activationCheckpointing = activationCheckpointing
        self.feedForward = feedForward
        self.dropout = dropout
        self.tiedEmbeddings = tiedEmbeddings
        self.strategies = strategies
    }

    /// FlexSP's GPT-7B: h 4096, 32 layers, 32 heads, feed-forward 16384, GPT-2's 50,257-token
    /// vocabulary, bf16, dropout, no recomputation: ≈ 4.7 MB of activations per token.
    public static let gpt7B = TransformerModel(
        name: "gpt-7b", hiddenSize: 4096, layers: 32, attentionHeads: 32, feedForwardSize: 16384,
        vocabularySize: 50257, dropout: true)

    /// FlexSP's GPT-13B: h 5120, 40 layers, 40 heads, feed-forward 20480, otherwise as ``gpt7B``.
    public static let gpt13B = TransformerModel(
        name: "gpt-13b", hiddenSize: 5120, layers: 40, attentionHeads: 40, feedForwardSize: 20480,
        vocabularySize: 50257, dropout: true)

    // MARK: Derived quantities

    /// The width of the keys (and of the values): h × key/value heads ÷ heads.
    var keyValueWidth: Double { Double(hiddenSize) * Double(keyValueHeads) / Double(attentionHeads) }

    /// The parameters: per layer the query and output projections (h² each), the key and value
    /// projections (h × key/value width each) and the feed-forward matrices (2 or 3 of h × f);
    /// plus the embedding and, unless tied, the output layer (vocabulary × h each).
    public var parameters: Double {
        let h = Double(hiddenSize)
        return Double(layers) * layerMatrixParameters + Double(vocabularySize) * h * (tiedEmbeddings ? 1 : 2)
    }

    /// The parameters in one layer's matrices.
    private var layerMatrixParameters: Double {
        let h = Double(hiddenSize)
        let matrices: Double = feedForward == .gelu ? 2 : 3
        return 2 * h * h + 2 * h * keyValueWidth + matrices * h * Double(feedForwardSize)
    }

    /// Activation bytes one layer keeps per token for its backward pass (p bytes per element):
    /// attention — its normalisation's input, the QKV projection's input, Q, K and V, and the
    /// attention output (p·(4h + 2·kv)); feed-forward — its normalisation's input and first
    /// input (2p·h), and 2 (GELU: the activation's input and output) or 4 (SwiGLU: gate, up, SiLU
    /// output, product) tensors of the inner size f; with dropout, two masks of h bytes.
    /// For GPT (f = 4h, kv = h, bf16, dropout) this is Korthikanti et al.'s 34·h.
    public var layerActivationBytesPerToken: Double {
        let h = Double(hiddenSize), p = dataType.bytes
        let attention = p * (4 * h + 2 * keyValueWidth)
        let feedForwardTensors: Double = feedForward == .gelu ? 2 : 4
        let feedForwardBytes = p * 2 * h + p * feedForwardTensors * Double(feedForwardSize)
        return attention + feedForwardBytes + (dropout ? 2 * h : 0)
    }

    /// Activation bytes per token for the whole model: every layer's
    /// ``layerActivationBytesPerToken`` (with checkpointing, each layer's input instead, plus one
    /// layer's full set while it is recomputed), the final normalisation's input, the embedding
    /// dropout mask, and the logits in fp32 for the loss (4 bytes × vocabulary).
    public var activationBytesPerToken: Double {
        let h = Double(hiddenSize), p = dataType.bytes, layerCount = Double(layers)
        let layersBytes = activationCheckpointing
            ? layerCount * p * h + layerActivationBytesPerToken
            : layerCount * layerActivationBytesPerToken
        return layersBytes + p * h + (dropout ? h : 0) + 4 * Double(vocabularySize)
    }

    /// Passes over the layers per step: forward and backward count three forwards' worth of
    /// compute; recomputation adds a fourth.
    var computePasses: Double { activationCheckpointing ? 4 : 3 }

    /// Training FLOPs per token² of causal attention, summed over layers: 2·h per layer forward
    /// (QKᵀ and AV at 2·s²·h each, halved by the causal mask), times ``computePasses``.
    public var attentionFLOPsPerSquaredToken: Double {
        computePasses * Double(layers) * 2 * Double(hiddenSize)
    }

    /// Training FLOPs per token of everything but attention scores: 2 per matrix parameter per
    /// forward, times ``computePasses`` for the layers and 3 for the output layer (never recomputed).
    public var linearFLOPsPerToken: Double {
        computePasses * Double(layers) * 2 * layerMatrixParameters + 3 * 2 * Double(hiddenSize) * Double(vocabularySize)
    }

    /// All-to-all rounds per layer and step for Ulysses: forward and backward (gradients of the
    /// same tensors), and the recomputed forward with checkpointing.
    var ulyssesPasses: Double { activationCheckpointing ? 3 : 2 }

    /// Ring passes per layer and step: the forward sends K and V, the backward K, V and their
    /// gradients (twice the bytes), and the recomputed forward with checkpointing.
    var ringPasses: Double { activationCheckpointing ? 4 : 3 }

    /// Bytes per token Ulysses redistributes per layer and all-to-all round: Q and the attention
    /// output (h each) and K and V (kv each).
    var ulyssesBytesPerToken: Double { dataType.bytes * (2 * Double(hiddenSize) + 2 * keyValueWidth) }

    /// Bytes per token of keys and values a ring step passes per layer and forward pass.
    var ringBytesPerToken: Double { dataType.bytes * 2 * keyValueWidth }

    /// Whether Ulysses can split the heads over `degree` GPUs: the degree divides both the
    /// attention heads and the key/value heads.
    public func dividesHeads(_ degree: Int) -> Bool {
        attentionHeads % degree == 0 && keyValueHeads % degree == 0
    }

    /// Every way this model can run a group of `degree` GPUs with its ``strategies``: Ulysses when
    /// the degree divides the heads, ring, and USP with each Ulysses factor that divides the heads
    /// and the node size (so each Ulysses subgroup stays in one node), and a ring of at least 2.
    public func parallelisms(degree: Int, gpusPerNode: Int) -> [SequenceParallelism] {
        guard degree > 1 else { return [.single] }
        var result: [SequenceParallelism] = []
        if strategies.contains(.ulysses), dividesHeads(degree) {
            result.append(SequenceParallelism(strategy: .ulysses, ulyssesDegree: degree, ringDegree: 1))
        }
        if strategies.contains(.usp) {
            for ulysses in stride(from: 2, through: min(degree - 1, gpusPerNode), by: 1)
            where degree % ulysses == 0 && dividesHeads(ulysses) && gpusPerNode % ulysses == 0 {
                result.append(SequenceParallelism(strategy: .usp, ulyssesDegree: ulysses, ringDegree: degree / ulysses))
            }
        }
        if strategies.contains(.ring) {
            result.append(SequenceParallelism(strategy: .ring, ulyssesDegree: 1, ringDegree: degree))
        }
        return result
    }

    /// Whether `parallelism` is one this model can run on a group of its degree.
    public func canRun(_ parallelism: SequenceParallelism, gpusPerNode: Int) -> Bool {
        parallelisms(degree: parallelism.degree, gpusPerNode: gpusPerNode).contains(parallelism)
    }
}
