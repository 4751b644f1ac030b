import MILP

/// The GPUs a training job runs on, as far as sequence-parallel planning needs them: how many,
/// how they sit in nodes, their memory, the compute rate they sustain, and the links between them.
public struct TrainingCluster: Sendable, Equatable {
    /// The number of GPUs.
    public var gpus: Int
    /// GPUs per node; ``gpus`` is a whole number of nodes.
    public var gpusPerNode: Int
    /// Memory per GPU in GiB.
    public var gpuMemoryGiB: Double
    /// Memory per GPU, in GiB, that training cannot use for weights or activations: the CUDA
    /// context, communication buffers, the gathered layer of ZeRO-3, fragmentation.
    public var reservedMemoryGiB: Double
    /// The dense TFLOP/s one GPU sustains on this model's matrix products and attention (not the
    /// datasheet peak: about half of it on A100s and H100s).
    public var achievableTFLOPs: Double
    /// GB/s (10⁹ bytes) one GPU sends to others in its node at once, in all-to-alls (NVLink).
    public var intraNodeBandwidthGBps: Double
    /// GB/s one GPU sends to other nodes (its share of the node's network).
    public var interNodeBandwidthGBps: Double
    /// The start-up time of one collective or ring step inside a node.
    public var intraNodeLatency: Duration
    /// The start-up time of one collective or ring step across nodes.
    public var interNodeLatency: Duration
    /// Measured all-to-all bandwidth per GPU (GB/s) by group size, such as nccl-tests' alltoall
    /// bus bandwidth; where given it replaces the figure derived from the two link bandwidths.
    public var allToAllBandwidthGBps: [Int: Double]

    /// A cluster from its parts.
    public init(
        gpus: Int,
        gpusPerNode: Int,
        gpuMemoryGiB: Double,
        reservedMemoryGiB: Double = 0,
        achievableTFLOPs: Double,
        intraNodeBandwidthGBps: Double,
        interNodeBandwidthGBps: Double,
        intraNodeLatency: Duration = .microseconds(10),
        interNodeLatency: Duration = .microseconds(30),
        allToAllBandwidthGBps: [Int: Double] = [:]
    ) {
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode
        self.gpuMemoryGiB = gpuMemoryGiB
        self.reservedMemoryGiB = reservedMemoryGiB
        self.achievableTFLOPs = achievableTFLOPs
        self.intraNodeBandwidthGBps = intraNodeBandwidthGBps
        self.interNodeBandwidthGBps = interNodeBandwidthGBps
        self.intraNodeLatency = intraNodeLatency
        self.interNodeLatency = interNodeLatency
        self.allToAllBandwidthGBps = allToAllBandwidthGBps
    }

    /// A100-80GB nodes as FlexSP-scale clusters have them: 6 GiB reserved per GPU, 150 TFLOP/s
    /// sustained (half of the 312 peak), 150 GB/s all-to-all over NVLink, 20 GB/s per GPU across
    /// nodes (one 200 Gb/s HDR InfiniBand port per GPU, less protocol overhead).
    public static func a100(gpus: Int, gpusPerNode: Int = 8) -> TrainingCluster {
        TrainingCluster(gpus: gpus, gpusPerNode: gpusPerNode, gpuMemoryGiB: 80, reservedMemoryGiB: 6, achievableTFLOPs: 150,
                        intraNodeBandwidthGBps: 150, interNodeBandwidthGBps: 20)
    }

    /// Bytes of memory per GPU.
    public var memoryPerGPU: Double { gpuMemoryGiB * 1_073_741_824 }

    /// The number of nodes.
    public var nodes: Int { gpus / gpusPerNode }
}

extension TrainingCluster: Codable {
    private enum CodingKeys: String, CodingKey {
        case gpus, gpusPerNode, gpuMemoryGiB, reservedMemoryGiB, achievableTFLOPs
        case intraNodeBandwidthGBps, interNodeBandwidthGBps
        case intraNodeLatencyMicroseconds, interNodeLatencyMicroseconds
        case allToAllBandwidthGBps
    }

    /// Decodes a cluster; reserved memory defaults to none, the latencies to 10 µs inside a node
    /// and 30 µs across nodes, measured bandwidths to none. Read it with an `InputDecoder` and
    /// ``validate()`` it.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        var allToAll: [Int: Double] = [:]
        for (key, value) in try container.decodeIfPresent([String: Double].self, forKey: .allToAllBandwidthGBps) ?? [:] {
            guard let degree = Int(key) else {
                throw InputError(field: InputError.path(container.codingPath + [CodingKeys.allToAllBandwidthGBps]) + ".\(key)",
                                 "must be keyed by a group size (a whole number of GPUs)")
            }
            allToAll[degree] = value
        }
        func latency(_ key: CodingKeys, default value: Duration) throws -> Duration {
            guard let microseconds = try container.decodeIfPresent(Double.self, forKey: key) else { return value }
            return .microseconds(try InputRange(0.0...1e6).check(microseconds, field: InputError.path(container.codingPath + [key]), unit: "microseconds"))
        }
        self.init(
            gpus: try container.decode(Int.self, forKey: .gpus),
            gpusPerNode: try container.decode(Int.self, forKey: .gpusPerNode),
            gpuMemoryGiB: try container.decode(Double.self, forKey: .gpuMemoryGiB),
            reservedMemoryGiB: try container.decodeIfPresent(Double.self, forKey: .reservedMemoryGiB) ?? 0,
            achievableTFLOPs: try container.decode(Double.self, forKey: .achievableTFLOPs),
            intraNodeBandwidthGBps: try container.decode(Double.self, forKey: .intraNodeBandwidthGBps),
            interNodeBandwidthGBps: try container.decode(Double.self, forKey: .interNodeBandwidthGBps),
            intraNodeLatency: try latency(.intraNodeLatencyMicroseconds, default: .microseconds(10)),
            interNodeLatency: try latency(.interNodeLatencyMicroseconds, default: .microseconds(30)),
            allToAllBandwidthGBps: allToAll)
    }

    /// Encodes every field, defaults included.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(gpus, forKey: .gpus)
        try container.encode(gpusPerNode, forKey: .gpusPerNode)
        try container.encode(gpuMemoryGiB, forKey: .gpuMemoryGiB)
        try container.encode(reservedMemoryGiB, forKey: .reservedMemoryGiB)
        try container.encode(achievableTFLOPs, forKey: .achievableTFLOPs)
        try container.encode(intraNodeBandwidthGBps, forKey: .intraNodeBandwidthGBps)
        try container.encode(interNodeBandwidthGBps, forKey: .interNodeBandwidthGBps)
        try container.encode(intraNodeLatency.inSeconds * 1e6, forKey: .intraNodeLatencyMicroseconds)
        try container.encode(interNodeLatency.inSeconds * 1e6, forKey: .interNodeLatencyMicroseconds)
        if !allToAllBandwidthGBps.isEmpty {
            try container.encode(Dictionary(uniqueKeysWithValues: allToAllBandwidthGBps.map { (String($0.key), $0.value) }),
                                 forKey: .allToAllBandwidthGBps)
        }
    }
}

extension TrainingCluster {
    /// The values a cluster's numbers may take.
    public enum Limits {
        /// GPUs.
        public static let gpus = InputRange(1...100_000)
        /// Memory per GPU, in GiB.
        public static let gpuMemoryGiB = InputRange(above: 0.0, through: 1e6)
        /// Sustained TFLOP/s per GPU.
        public static let achievableTFLOPs = InputRange(above: 0.0, through: 1e6)
        /// Bandwidth per GPU, in GB/s.
        public static let bandwidthGBps = InputRange(above: 0.0, through: 1e6)
        /// The start-up time of a collective.
        public static let latency = InputRange(Duration.zero...Duration.seconds(1))
    }

    /// The most GPUs a cluster may have.
    public static var maximumGPUs: Int { Limits.gpus.upper }

    /// Checks the cluster and throws the first mistake, naming the field: numbers outside
    /// ``Limits``, GPUs that do not fill whole nodes, reserved memory not below the GPU memory,
    /// a measured bandwidth for a group size outside 2 through the GPU count.
    public func validate() throws(InputError) {
        try Limits.gpus.check(gpus, field: "gpus")
        try InputRange(1...gpus).check(gpusPerNode, field: "gpusPerNode")
        guard gpus % gpusPerNode == 0 else { throw InputError(field: "gpus", "must be a whole number of nodes of \(gpusPerNode) GPUs, got \(gpus)") }
        try Limits.gpuMemoryGiB.check(gpuMemoryGiB, field: "gpuMemoryGiB", unit: "GiB")
        try InputRange(0.0..<gpuMemoryGiB).check(reservedMemoryGiB, field: "reservedMemoryGiB", unit: "GiB")
        try Limits.achievableTFLOPs.check(achievableTFLOPs, field: "achievableTFLOPs", unit: "TFLOP/s")
        try Limits.bandwidthGBps.check(intraNodeBandwidthGBps, field: "intraNodeBandwidthGBps", unit: "GB/s")
        try Limits.bandwidthGBps.check(interNodeBandwidthGBps, field: "interNodeBandwidthGBps", unit: "GB/s")
        try Limits.latency.check(intraNodeLatency, field: "intraNodeLatencyMicroseconds")
        try Limits.latency.check(interNodeLatency, field: "interNodeLatencyMicroseconds")
        for (degree, bandwidth) in allToAllBandwidthGBps.sorted(by: { $0.key < $1.key }) {
            let field = "allToAllBandwidthGBps.\(degree)"
            try InputRange(2...gpus).check(degree, field: field + " (group size)")
            try Limits.bandwidthGBps.check(bandwidth, field: field, unit: "GB/s")
        }
    }
}
