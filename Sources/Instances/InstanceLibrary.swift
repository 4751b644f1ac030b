import MILP

/// The library's distributions, and every instance they define: for each distribution, level
/// and split, the seeds of ``SplitPlan`` drawn with the level's parameters.
///
/// ```swift
/// let id = try InstanceID("setcover-easy-test-00017")
/// let model = try InstanceLibrary.model(for: id)
/// ```
public enum InstanceLibrary {
    /// Every distribution, classic ones first, then the systems planners'.
    public static let distributions: [any Distribution.Type] = [
        SetCover.self,
        CombinatorialAuction.self,
        CapacitatedFacilityLocation.self,
        BarabasiAlbertIndependentSet.self,
        ErdosRenyiIndependentSet.self,
        MultipleKnapsack.self,
        BinPacking.self,
        GeneralizedIndependentSet.self,
        ExpertPlacementDistribution.self,
        PodPackingDistribution.self,
        GPUMixDistribution.self,
        SequenceParallelDistribution.self,
    ]

    /// The distributions' names, in library order.
    public static var distributionNames: [String] { distributions.map { $0.name } }

    /// The distribution called `name`.
    public static func distribution(named name: String) throws(InstanceLibraryError) -> any Distribution.Type {
        guard let distribution = distributions.first(where: { $0.name == name }) else { throw .unknownDistribution(name) }
        return distribution
    }

    /// The level called `name`.
    public static func level(named name: String) throws(InstanceLibraryError) -> HardnessLevel {
        guard let level = HardnessLevel(rawValue: name) else { throw .unknownLevel(name) }
        return level
    }

    /// The split called `name`.
    public static func split(named name: String) throws(InstanceLibraryError) -> Split {
        guard let split = Split(rawValue: name) else { throw .unknownSplit(name) }
        return split
    }

    /// The ids of every instance, or of those matching the given distribution, level and split,
    /// in ``InstanceID`` order.
    public static func ids(distribution: String? = nil, level: HardnessLevel? = nil, split: Split? = nil) -> [InstanceID] {
        let names = distributionNames.filter { distribution == nil || $0 == distribution }.sorted()
        return names.flatMap { name in
            HardnessLevel.allCases.filter { level == nil || $0 == level }.flatMap { level in
                Split.allCases.filter { split == nil || $0 == split }.flatMap { split in
                    (0..<SplitPlan.count(level: level, split: split)).map {
                        InstanceID(distribution: name, level: level, split: split, index: $0)
                    }
                }
            }
        }
    }

    /// The model of instance `id`.
    public static func model(for id: InstanceID) throws(InstanceLibraryError) -> Model {
        try distribution(named: id.distribution).generate(level: id.level, seed: id.seed)
    }

    /// The manifest entry of instance `id`, with size statistics when its `model` is given.
    public static func record(for id: InstanceID, model: Model? = nil) throws(InstanceLibraryError) -> InstanceRecord {
        let distribution = try distribution(named: id.distribution)
        return InstanceRecord(id: id, parameters: distribution.parameterSet(for: id.level),
                              generatorVersion: distribution.generatorVersion, model: model)
    }
}
