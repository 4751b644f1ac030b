import MILP

extension TransformerModel: Codable {
    private enum CodingKeys: String, CodingKey {
        case name, hiddenSize, layers, attentionHeads, keyValueHeads, feedForwardSize, vocabularySize
        case dataType = "dtype"
        case activationCheckpointing, feedForward, dropout, tiedEmbeddings, strategies
    }

    /// Decodes a model; ``keyValueHeads`` defaults to the attention heads, ``dataType`` to bf16,
    /// ``feedForward`` to GELU, the flags to `false` and ``strategies`` to all three. Read it
    /// with an `InputDecoder` and ``validate()`` it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let heads = try container.decode(Int.self, forKey: .attentionHeads)
        self.init(
            name: try container.decodeIfPresent(String.self, forKey: .name),
            hiddenSize: try container.decode(Int.self, forKey: .hiddenSize),
            layers: try container.decode(Int.self, forKey: .layers),
            attentionHeads: heads,
            keyValueHeads: try container.decodeIfPresent(Int.self, forKey: .keyValueHeads) ?? heads,
            feedForwardSize: try container.decode(Int.self, forKey: .feedForwardSize),
            vocabularySize: try container.decode(Int.self, forKey: .vocabularySize),
            dataType: try container.decodeIfPresent(DataType.self, forKey: .dataType) ?? .bf16,
            activationCheckpointing: try container.decodeIfPresent(Bool.self, forKey: .activationCheckpointing) ?? false,
            feedForward: try container.decodeIfPresent(FeedForward.self, forKey: .feedForward) ?? .gelu,
            dropout: try container.decodeIfPresent(Bool.self, forKey: .dropout) ?? false,
            tiedEmbeddings: try container.decodeIfPresent(Bool.self, forKey: .tiedEmbeddings) ?? false,
            strategies: try container.decodeIfPresent([SequenceParallelStrategy].self, forKey: .strategies) ?? SequenceParallelStrategy.allCases)
    }

    /// Encodes every field, defaults included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(name, forKey: .name)
        try container.encode(hiddenSize, forKey: .hiddenSize)
        try container.encode(layers, forKey: .layers)
        try container.encode(attentionHeads, forKey: .attentionHeads)
        try container.encode(keyValueHeads, forKey: .keyValueHeads)
        try container.encode(feedForwardSize, forKey: .feedForwardSize)
        try container.encode(vocabularySize, forKey: .vocabularySize)
        try container.encode(dataType, forKey: .dataType)
        try container.encode(activationCheckpointing, forKey: .activationCheckpointing)
        try container.encode(feedForward, forKey: .feedForward)
        try container.encode(dropout, forKey: .dropout)
        try container.encode(tiedEmbeddings, forKey: .tiedEmbeddings)
        try container.encode(strategies, forKey: .strategies)
    }
}

extension TransformerModel {
    /// The sizes a model may have: far beyond any trained today, small enough that no product of
    /// them overflows.
    public enum Limits {
        /// The hidden size.
        public static let hiddenSize = InputRange(1...(1 << 20))
        /// Layers.
        public static let layers = InputRange(1...10_000)
        /// The feed-forward block's inner size.
        public static let feedForwardSize = InputRange(1...(1 << 24))
        /// The vocabulary.
        public static let vocabularySize = InputRange(1...100_000_000)
    }

    /// Checks the model and throws the first mistake, naming the field: sizes outside ``Limits``,
    /// heads that do not divide the hidden size, key/value heads that do not divide the heads,
    /// no strategy or one listed twice.
    public func validate() throws(InputError) {
        try Limits.hiddenSize.check(hiddenSize, field: "hiddenSize")
        try Limits.layers.check(layers, field: "layers")
        try InputRange(1...hiddenSize).check(attentionHeads, field: "attentionHeads")
        guard hiddenSize % attentionHeads == 0 else {
            throw InputError(field: "attentionHeads", "\(attentionHeads) heads do not divide the hidden size \(hiddenSize)")
        }
        try InputRange(1...attentionHeads).check(keyValueHeads, field: "keyValueHeads")
        guard attentionHeads % keyValueHeads == 0 else {
            throw InputError(field: "keyValueHeads", "\(keyValueHeads) key/value heads do not divide the \(attentionHeads) attention heads")
        }
        try Limits.feedForwardSize.check(feedForwardSize, field: "feedForwardSize")
        try Limits.vocabularySize.check(vocabularySize, field: "vocabularySize")
        guard !strategies.isEmpty else { throw InputError(field: "strategies", "must list at least one of ulysses, ring, usp") }
        guard Set(strategies).count == strategies.count else { throw InputError(field: "strategies", "lists a strategy twice") }
    }
}
