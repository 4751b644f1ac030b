/// How one instance's runs vary over the repetitions of a sweep (each a permutation of the
/// model when the sweep has seeds), configuration by configuration.
public struct InstanceVariability: Sendable, Equatable, Codable {
    /// One configuration's runs of the instance.
    public struct Spread: Sendable, Equatable, Codable {
        /// The runs (repetitions).
        public var runs: Int
        /// The runs that solved the instance.
        public var solved: Int
        /// The median of the counted times (wall time when solved, time limit otherwise), in seconds.
        public var median: Double
        /// The smallest counted time.
        public var minimum: Double
        /// The largest counted time.
        public var maximum: Double
    }

    /// The instance's id.
    public var instance: String
    /// Per configuration, in report order.
    public var spreads: [Spread]

    /// The variability of every instance of `problems` that has more than one repetition.
    static func of(_ problems: [SweepSummary.Problem], configurations: [String]) -> [InstanceVariability] {
        let byInstance = Dictionary(grouping: problems, by: \.instance)
        return byInstance.keys.sorted().compactMap { instance in
            let repetitions = byInstance[instance]!
            guard repetitions.count > 1 else { return nil }
            return InstanceVariability(instance: instance, spreads: configurations.indices.map { index in
                let times = repetitions.map { $0.countedTimes[index] }.sorted()
                let middle = times.count / 2
                return Spread(
                    runs: times.count, solved: repetitions.filter { $0.solved[index] }.count,
                    median: times.count % 2 == 1 ? times[middle] : (times[middle - 1] + times[middle]) / 2,
                    minimum: times.first!, maximum: times.last!)
            })
        }
    }
}
