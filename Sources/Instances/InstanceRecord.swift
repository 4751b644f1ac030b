import MILP

/// One instance in a manifest: where it comes from (distribution, level, split, seed,
/// parameters, generator version), its size, its file, and the best objective known for it.
public struct InstanceRecord: Sendable, Equatable, Codable {
    /// The stable id; distribution, level, split and seed follow from it.
    public var id: InstanceID
    /// The distribution's parameters at the id's level.
    public var parameters: ParameterSet
    /// The version of the generator that made the instance.
    public var generatorVersion: String
    /// Rows, columns, nonzeros and integer share; `nil` until the instance has been generated.
    public var size: InstanceSize?
    /// Whether the objective is minimised or maximised; `nil` until the instance has been generated.
    public var objectiveSense: ObjectiveSense?
    /// The file's path relative to the manifest; `nil` when no file was written.
    public var file: String?
    /// The best objective value found for the instance; `nil` when none is known.
    public var bestKnownObjective: Double?
    /// Whether ``bestKnownObjective`` is proven optimal.
    public var isProvenOptimal: Bool

    /// The distribution's name.
    public var distribution: String { id.distribution }
    /// The level.
    public var level: HardnessLevel { id.level }
    /// The split.
    public var split: Split { id.split }
    /// The seed.
    public var seed: UInt64 { id.seed }

    /// A record; with `model`, its size and objective sense are filled in.
    public init(id: InstanceID, parameters: ParameterSet, generatorVersion: String, model: Model? = nil) {
        self.id = id
        self.parameters = parameters
        self.generatorVersion = generatorVersion
        self.size = model.map(InstanceSize.init)
        self.objectiveSense = model?.objective.sense
        self.isProvenOptimal = false
    }

    /// Whether `other` describes the same instance: same id, generator version and parameters.
    public func isSameInstance(as other: InstanceRecord) -> Bool {
        id == other.id && generatorVersion == other.generatorVersion && parameters == other.parameters
    }

    /// Takes the objective of `solution` as the best known if it is better; see
    /// ``recordObjective(_:isOptimal:)``.
    public mutating func recordObjective(of solution: Solution) {
        guard let objective = solution.objectiveValue else { return }
        recordObjective(objective, isOptimal: solution.termination.reason == .optimal)
    }

    /// Takes `objective` as the best known if it is better than the current one for
    /// ``objectiveSense``, or proven optimal while the current one is not; a proven optimum is
    /// only replaced by another.
    public mutating func recordObjective(_ objective: Double, isOptimal: Bool) {
        if isProvenOptimal, !isOptimal { return }
        if let best = bestKnownObjective, !isOptimal || isProvenOptimal {
            let isBetter = objectiveSense == .maximize ? objective > best : objective < best
            guard isBetter else { return }
        }
        bestKnownObjective = objective
        isProvenOptimal = isOptimal
    }

    private enum CodingKeys: String, CodingKey {
        case id, distribution, level, split, seed, parameters, generatorVersion, size, objectiveSense, file
        case bestKnownObjective, isProvenOptimal
    }

    /// Decodes a record; the redundant distribution, level, split and seed fields must agree with the id.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(InstanceID.self, forKey: .id)
        parameters = try container.decode(ParameterSet.self, forKey: .parameters)
        generatorVersion = try container.decode(String.self, forKey: .generatorVersion)
        size = try container.decodeIfPresent(InstanceSize.self, forKey: .size)
        objectiveSense = try container.decodeIfPresent(ObjectiveSense.self, forKey: .objectiveSense)
        file = try container.decodeIfPresent(String.self, forKey: .file)
        bestKnownObjective = try container.decodeIfPresent(Double.self, forKey: .bestKnownObjective)
        isProvenOptimal = try container.decodeIfPresent(Bool.self, forKey: .isProvenOptimal) ?? false
        guard try container.decode(UInt64.self, forKey: .seed) == id.seed,
              try container.decode(String.self, forKey: .distribution) == id.distribution,
              try container.decode(HardnessLevel.self, forKey: .level) == id.level,
              try container.decode(Split.self, forKey: .split) == id.split else {
            throw DecodingError.dataCorruptedError(forKey: .seed, in: container,
                                                   debugDescription: "distribution, level, split or seed disagree with id \(id)")
        }
    }

    /// Encodes every field, including those the id implies, so the manifest reads on its own.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(distribution, forKey: .distribution)
        try container.encode(level, forKey: .level)
        try container.encode(split, forKey: .split)
        try container.encode(seed, forKey: .seed)
        try container.encode(parameters, forKey: .parameters)
        try container.encode(generatorVersion, forKey: .generatorVersion)
        try container.encodeIfPresent(size, forKey: .size)
        try container.encodeIfPresent(objectiveSense, forKey: .objectiveSense)
        try container.encodeIfPresent(file, forKey: .file)
        try container.encodeIfPresent(bestKnownObjective, forKey: .bestKnownObjective)
        try container.encode(isProvenOptimal, forKey: .isProvenOptimal)
    }
}
