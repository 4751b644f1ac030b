/// The modeled time and memory of sequences on sequence-parallel (SP) groups, after FlexSP.
///
/// A sequence of `s` tokens on a group of `d` GPUs takes
///
///     time(s, d) = (attentionTime·s² + linearTime·s) / d + secondsPerToken(d)·s + latency(d)
///
/// seconds: compute splits evenly over the group (quadratic attention, linear everything else),
/// and the group's communication (all-to-all for Ulysses, key/value passing for ring attention,
/// both for USP) costs a time per token and a start-up time per sequence that depend on the
/// degree and on whether the group spans nodes. A single GPU does not communicate. A group that
/// holds sequences with `S` tokens in total needs `activationMemory·S / d + staticMemory` bytes on
/// each of its GPUs.
///
/// ``init(model:cluster:degrees:)`` derives every coefficient from a ``TransformerModel`` and a
/// ``TrainingCluster``; ``fitted(to:)`` replaces the time coefficients with a fit to measured steps.
public struct SequenceCostModel: Sendable, Equatable {
    /// How a group of one size communicates, and what it costs.
    public struct Communication: Sendable, Equatable {
        /// The strategy and its Ulysses × ring factors.
        public var parallelism: SequenceParallelism
        /// Seconds of communication per token of the sequence (the division by the degree included).
        public var secondsPerToken: Double
        /// Communication start-up time per sequence.
        public var latency: Duration

        /// A communication cost from its parts.
        public init(parallelism: SequenceParallelism, secondsPerToken: Double, latency: Duration) {
            self.parallelism = parallelism
            self.secondsPerToken = secondsPerToken
            self.latency = latency
        }
    }

    /// Seconds per token² of attention compute for one sequence on one GPU (the quadratic term).
    public var attentionTime: Double
    /// Seconds per token of all other compute on one GPU (projections, feed-forward, output layer).
    public var linearTime: Double
    /// The communication of each group size above 1; only these sizes (and 1) can be used.
    public var communication: [Int: Communication]
    /// Activation bytes per token, before dividing by the group size.
    public var activationMemory: Double
    /// Bytes per GPU that do not depend on the sequences (weights, gradients and optimizer
    /// shards, reserved memory).
    public var staticMemory: Double

    /// A cost model from its coefficients.
    public init(attentionTime: Double, linearTime: Double, communication: [Int: Communication],
                activationMemory: Double, staticMemory: Double) {
        self.attentionTime = attentionTime
        self.linearTime = linearTime
        self.communication = communication
        self.activationMemory = activationMemory
        self.staticMemory = staticMemory
    }

    /// Whether groups of `degree` GPUs can run: a single GPU always, larger groups when the
    /// model has a strategy for them.
    public func allows(degree: Int) -> Bool {
        degree == 1 || communication[degree] != nil
    }

    /// How a group of `degree` GPUs runs its sequences.
    public func parallelism(degree: Int) -> SequenceParallelism {
        communication[degree]?.parallelism ?? .single
    }

    /// The seconds a sequence of `length` tokens takes on a group of `degree` GPUs.
    public func seconds(length: Int, degree: Int) -> Double {
        let tokens = Double(length)
        let compute = (attentionTime * tokens * tokens + linearTime * tokens) / Double(degree)
        guard let communication = communication[degree] else { return compute }
        return compute + communication.secondsPerToken * tokens + communication.latency.inSeconds
    }

    /// The time a sequence of `length` tokens takes on a group of `degree` GPUs.
    public func time(length: Int, degree: Int) -> Duration {
        .seconds(seconds(length: length, degree: degree))
    }

    /// The bytes each GPU of a `degree`-GPU group needs for sequences of `tokens` tokens in total.
    public func memory(tokens: Int, degree: Int) -> Double {
        activationMemory * Double(tokens) / Double(degree) + staticMemory
    }

    /// The most tokens a `degree`-GPU group can hold within `memoryPerGPU` bytes per GPU.
    public func tokenCapacity(degree: Int, memoryPerGPU: Double) -> Int {
        let free = memoryPerGPU - staticMemory
        guard free > 0 else { return 0 }
        return Int(min((free * Double(degree) / activationMemory).rounded(.down), Double(Int.max / 2)))
    }
}

extension SequenceCostModel.Communication: Encodable {
    private enum CodingKeys: String, CodingKey {
        case parallelism, secondsPerToken, latencySeconds
    }

    /// Encodes the parallelism, the per-token time and the latency in seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(parallelism, forKey: .parallelism)
        try container.encode(secondsPerToken, forKey: .secondsPerToken)
        try container.encode(latency.inSeconds, forKey: .latencySeconds)
    }
}

extension SequenceCostModel: Encodable {
    private enum CodingKeys: String, CodingKey {
        case attentionTime, linearTime, communication, activationMemory, staticMemory
    }

    /// Encodes the coefficients, with the communication keyed by degree.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(attentionTime, forKey: .attentionTime)
        try container.encode(linearTime, forKey: .linearTime)
        try container.encode(Dictionary(uniqueKeysWithValues: communication.map { (String($0.key), $0.value) }), forKey: .communication)
        try container.encode(activationMemory, forKey: .activationMemory)
        try container.encode(staticMemory, forKey: .staticMemory)
    }
}
