extension SequenceParallelProblem: Codable {
    private enum CodingKeys: String, CodingKey {
        case sequences, histogram, gpus, gpusPerNode, degrees, memoryPerGPU, costModel, measurements
    }

    /// Decodes and validates a problem. The batch is either `sequences` (lengths) or `histogram`
    /// (`{"length", "count"}` bars); `degrees`, `memoryPerGPU`, `costModel` and `measurements`
    /// are optional.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let gpus = try container.decode(Int.self, forKey: .gpus)
        let gpusPerNode = try container.decodeIfPresent(Int.self, forKey: .gpusPerNode) ?? gpus
        let degrees = try container.decodeIfPresent([Int].self, forKey: .degrees)
        let memoryPerGPU = try container.decodeIfPresent(Double.self, forKey: .memoryPerGPU) ?? 80e9
        let costModel = try container.decodeIfPresent(SequenceCostModel.self, forKey: .costModel) ?? SequenceCostModel()
        let measurements = try container.decodeIfPresent([SequenceCostMeasurement].self, forKey: .measurements) ?? []
        switch (try container.decodeIfPresent([Int].self, forKey: .sequences),
                try container.decodeIfPresent([SequenceLengthCount].self, forKey: .histogram)) {
        case let (sequences?, nil):
            try self.init(sequences: sequences, gpus: gpus, gpusPerNode: gpusPerNode, degrees: degrees,
                          memoryPerGPU: memoryPerGPU, costModel: costModel, measurements: measurements)
        case let (nil, histogram?):
            try self.init(histogram: histogram, gpus: gpus, gpusPerNode: gpusPerNode, degrees: degrees,
                          memoryPerGPU: memoryPerGPU, costModel: costModel, measurements: measurements)
        case (.some, .some):
            throw PlannerInputError(field: "histogram", "give either sequences or histogram, not both")
        case (nil, nil):
            throw PlannerInputError(field: "sequences", "is missing (give sequence lengths, or a histogram)")
        }
    }

    /// Encodes the problem with its batch as `sequences` and the cost model actually used.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequences, forKey: .sequences)
        try container.encode(gpus, forKey: .gpus)
        try container.encode(gpusPerNode, forKey: .gpusPerNode)
        try container.encode(degrees, forKey: .degrees)
        try container.encode(memoryPerGPU, forKey: .memoryPerGPU)
        try container.encode(costModel, forKey: .costModel)
        if !measurements.isEmpty { try container.encode(measurements, forKey: .measurements) }
    }
}
