import MILP

/// The outcome of calibrating one level of one distribution: its samples and their medians,
/// and the level ``HardnessRule`` gives them.
public struct LevelCalibration: Sendable, Equatable, Codable {
    /// The distribution's name.
    public var distribution: String
    /// The level whose parameters were solved.
    public var level: HardnessLevel
    /// Those parameters.
    public var parameters: ParameterSet
    /// The generator's version.
    public var generatorVersion: String
    /// The solver configuration, in words.
    public var configuration: String
    /// The time limit of each solve (`timeLimitSeconds` in JSON).
    public var timeLimit: Duration
    /// The solves, in the order run.
    public var samples: [CalibrationSample]

    /// A calibration from its samples.
    public init(distribution: String, level: HardnessLevel, parameters: ParameterSet, generatorVersion: String,
                configuration: String, timeLimit: Duration, samples: [CalibrationSample]) {
        self.distribution = distribution
        self.level = level
        self.parameters = parameters
        self.generatorVersion = generatorVersion
        self.configuration = configuration
        self.timeLimit = timeLimit
        self.samples = samples
    }

    /// The median time, unsolved samples counting as slower than all solved ones; `nil` when
    /// the median falls on an unsolved sample.
    public var medianTime: Duration? {
        let times = samples.map { $0.isSolved ? $0.time.inSeconds : .infinity }
        return Self.median(times).flatMap { $0.isFinite ? .seconds($0) : nil }
    }

    /// The median number of branch-and-bound nodes.
    public var medianNodes: Double? { Self.median(samples.map { Double($0.nodes) }) }

    /// The median relative gap over the samples that have one.
    public var medianGap: Double? { Self.median(samples.compactMap(\.gap)) }

    /// The share of samples solved to optimality.
    public var shareSolved: Double {
        samples.isEmpty ? 0 : Double(samples.count { $0.isSolved }) / Double(samples.count)
    }

    /// The level ``HardnessRule`` assigns; `nil` when the time limit leaves it undecided.
    public var measuredLevel: HardnessLevel? {
        HardnessRule.level(medianTime: medianTime, timeLimit: timeLimit)
    }

    /// The median of `values`: the middle one, or the mean of the two middle ones.
    static func median(_ values: [Double]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        if sorted.count % 2 == 1 { return sorted[middle] }
        let (lower, upper) = (sorted[middle - 1], sorted[middle])
        return lower.isFinite && upper.isFinite ? (lower + upper) / 2 : .infinity
    }

    private enum CodingKeys: String, CodingKey {
        case distribution, level, parameters, generatorVersion, configuration, timeLimitSeconds, samples
        case medianSeconds, medianNodes, medianGap, shareSolved, measuredLevel
    }

    /// Decodes the calibration; the medians are recomputed from the samples.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(distribution: try container.decode(String.self, forKey: .distribution),
                  level: try container.decode(HardnessLevel.self, forKey: .level),
                  parameters: try container.decode(ParameterSet.self, forKey: .parameters),
                  generatorVersion: try container.decode(String.self, forKey: .generatorVersion),
                  configuration: try container.decode(String.self, forKey: .configuration),
                  timeLimit: try container.decode(CodedAsSeconds.self, forKey: .timeLimitSeconds).wrappedValue,
                  samples: try container.decode([CalibrationSample].self, forKey: .samples))
    }

    /// Encodes the samples and, for readers of the file, their medians and level.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(distribution, forKey: .distribution)
        try container.encode(level, forKey: .level)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(generatorVersion, forKey: .generatorVersion)
        try container.encode(configuration, forKey: .configuration)
        try container.encode(CodedAsSeconds(wrappedValue: timeLimit), forKey: .timeLimitSeconds)
        try container.encode(samples, forKey: .samples)
        try container.encodeIfPresent(medianTime.map(CodedAsSeconds.init(wrappedValue:)), forKey: .medianSeconds)
        try container.encodeIfPresent(medianNodes, forKey: .medianNodes)
        try container.encodeIfPresent(medianGap, forKey: .medianGap)
        try container.encode(shareSolved, forKey: .shareSolved)
        try container.encodeIfPresent(measuredLevel, forKey: .measuredLevel)
    }
}
