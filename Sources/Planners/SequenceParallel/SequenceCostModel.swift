/// The modeled time and memory of sequences on a sequence-parallel (SP) group, after FlexSP.
///
/// A sequence of `s` tokens scattered over a group of `d` GPUs takes
///
///     time(s, d) = (attentionTime·s² + linearTime·s) / d + communicationTime(d)·s / d + latency(d)
///
/// seconds. A one-GPU group does not communicate; a group inside one node uses the intra-node
/// coefficients and one spanning nodes the inter-node ones: a per-token all-to-all time (volume
/// over bandwidth) and a per-sequence latency (the start-up cost of the collectives, which makes
/// large groups wasteful for short sequences). A group that packs sequences with `S` tokens in
/// total needs `activationMemory·S / d + staticMemory` bytes on each of its GPUs.
///
/// The defaults describe a LLaMA-7B-like model (32 layers, hidden size 4096) trained with
/// Ulysses-style SP on 80 GB GPUs at ≈300 TFLOP/s sustained, with NVLink inside a node and
/// 200 Gb/s InfiniBand between nodes: causal attention `2.6e-9` s/token², the rest `1.4e-4`
/// s/token, all-to-all `1.5e-5` s/token and `0.005` s/sequence inside a node, `8e-5` s/token and
/// `0.025` s/sequence across nodes, `1e6` bytes of activations per token and `1e10` bytes of
/// weights, optimizer shards and buffers per GPU. Measure your own and fit the time coefficients
/// with ``fitted(to:gpusPerNode:)``.
public struct SequenceCostModel: Sendable, Equatable, Codable {
    /// Seconds per token² of attention compute for one sequence on one GPU (the quadratic term).
    public var attentionTime: Double
    /// Seconds per token of all other compute on one GPU (projections, MLP: the linear term).
    public var linearTime: Double
    /// Seconds per token of SP communication for a group inside one node, before dividing by `d`.
    public var intraNodeCommunicationTime: Double
    /// Seconds per token of SP communication for a group spanning nodes, before dividing by `d`.
    public var interNodeCommunicationTime: Double
    /// Seconds per sequence of communication start-up for a group inside one node.
    public var intraNodeLatency: Double
    /// Seconds per sequence of communication start-up for a group spanning nodes.
    public var interNodeLatency: Double
    /// Activation bytes per token, before dividing by the group size.
    public var activationMemory: Double
    /// Bytes per GPU that do not depend on the sequences (weights, optimizer shards, buffers).
    public var staticMemory: Double

    /// A cost model with the given coefficients; unspecified ones take the documented defaults.
    public init(
        attentionTime: Double = 2.6e-9,
        linearTime: Double = 1.4e-4,
        intraNodeCommunicationTime: Double = 1.5e-5,
        interNodeCommunicationTime: Double = 8e-5,
        intraNodeLatency: Double = 0.005,
        interNodeLatency: Double = 0.025,
        activationMemory: Double = 1e6,
        staticMemory: Double = 1e10
    ) {
        self.attentionTime = attentionTime
        self.linearTime = linearTime
        self.intraNodeCommunicationTime = intraNodeCommunicationTime
        self.interNodeCommunicationTime = interNodeCommunicationTime
        self.intraNodeLatency = intraNodeLatency
        self.interNodeLatency = interNodeLatency
        self.activationMemory = activationMemory
        self.staticMemory = staticMemory
    }

    /// The seconds a sequence of `length` tokens takes on a group of `degree` GPUs, for nodes of
    /// `gpusPerNode` GPUs.
    public func time(length: Int, degree: Int, gpusPerNode: Int) -> Double {
        let tokens = Double(length)
        let compute = attentionTime * tokens * tokens + linearTime * tokens
        let communication = communication(degree: degree, gpusPerNode: gpusPerNode)
        return (compute + communication.perToken * tokens) / Double(degree) + communication.latency
    }

    /// The communication coefficients of a group of `degree` GPUs: none for one GPU, the
    /// intra-node ones while the group fits in a node, the inter-node ones beyond.
    public func communication(degree: Int, gpusPerNode: Int) -> (perToken: Double, latency: Double) {
        if degree == 1 { return (0, 0) }
        return degree <= gpusPerNode ? (intraNodeCommunicationTime, intraNodeLatency) : (interNodeCommunicationTime, interNodeLatency)
    }

    /// The bytes each GPU of a `degree`-GPU group needs for sequences of `tokens` tokens in total.
    public func memory(tokens: Int, degree: Int) -> Double {
        activationMemory * Double(tokens) / Double(degree) + staticMemory
    }

    /// The most tokens a `degree`-GPU group can hold within `memoryPerGPU` bytes per GPU.
    public func tokenCapacity(degree: Int, memoryPerGPU: Double) -> Int {
        let free = memoryPerGPU - staticMemory
        guard free > 0 else { return 0 }
        return Int((free * Double(degree) / activationMemory).rounded(.down))
    }

    /// The coefficients that must be finite and non-negative, by JSON field name.
    var namedCoefficients: [(name: String, value: Double)] {
        [("attentionTime", attentionTime), ("linearTime", linearTime),
         ("intraNodeCommunicationTime", intraNodeCommunicationTime),
         ("interNodeCommunicationTime", interNodeCommunicationTime),
         ("intraNodeLatency", intraNodeLatency), ("interNodeLatency", interNodeLatency),
         ("activationMemory", activationMemory), ("staticMemory", staticMemory)]
    }
}

extension SequenceCostModel {
    private enum CodingKeys: String, CodingKey {
        case attentionTime, linearTime, intraNodeCommunicationTime, interNodeCommunicationTime
        case intraNodeLatency, interNodeLatency
        case activationMemory, staticMemory
    }

    /// Decodes a cost model; every missing coefficient takes its default.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let defaults = SequenceCostModel()
        self.init(
            attentionTime: try container.decodeIfPresent(Double.self, forKey: .attentionTime) ?? defaults.attentionTime,
            linearTime: try container.decodeIfPresent(Double.self, forKey: .linearTime) ?? defaults.linearTime,
            intraNodeCommunicationTime: try container.decodeIfPresent(Double.self, forKey: .intraNodeCommunicationTime)
                ?? defaults.intraNodeCommunicationTime,
            interNodeCommunicationTime: try container.decodeIfPresent(Double.self, forKey: .interNodeCommunicationTime)
                ?? defaults.interNodeCommunicationTime,
            intraNodeLatency: try container.decodeIfPresent(Double.self, forKey: .intraNodeLatency) ?? defaults.intraNodeLatency,
            interNodeLatency: try container.decodeIfPresent(Double.self, forKey: .interNodeLatency) ?? defaults.interNodeLatency,
            activationMemory: try container.decodeIfPresent(Double.self, forKey: .activationMemory) ?? defaults.activationMemory,
            staticMemory: try container.decodeIfPresent(Double.self, forKey: .staticMemory) ?? defaults.staticMemory)
    }
}
