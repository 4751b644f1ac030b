/// A Dolan–Moré performance profile: for each configuration, the fraction of problems it solved
/// within a factor τ of the fastest configuration on that problem, as a function of τ ≥ 1.
public struct PerformanceProfile: Sendable, Equatable {
    /// Times below this many seconds count as this, so that a ratio never divides by zero.
    public static let timeResolution = 0.001

    /// The configurations, in order.
    public var configurations: [String]
    /// Per configuration, the ratios `time / fastest time` of the problems it solved, ascending.
    public var ratios: [[Double]]
    /// The number of problems, solved or not.
    public var problemCount: Int

    /// The profile of `times[problem][configuration]`, `nil` where the configuration did not solve
    /// the problem. A problem no configuration solved counts against every configuration.
    public init(configurations: [String], times: [[Double?]]) {
        self.configurations = configurations
        problemCount = times.count
        ratios = configurations.indices.map { index in
            times.compactMap { row -> Double? in
                guard let time = row[index], let best = row.compactMap({ $0 }).min() else { return nil }
                return max(time, Self.timeResolution) / max(best, Self.timeResolution)
            }.sorted()
        }
    }

    /// The fraction of problems configuration `index` solved within `tau` times the fastest.
    public func fraction(_ index: Int, within tau: Double) -> Double {
        guard problemCount > 0 else { return 0 }
        return Double(ratios[index].prefix { $0 <= tau }.count) / Double(problemCount)
    }

    /// The largest ratio of any solved problem; 1 when every solve was the fastest.
    public var largestRatio: Double { ratios.compactMap(\.last).max() ?? 1 }
}
