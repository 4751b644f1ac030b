/// What a sweep's results say per configuration, with the data of its plots.
///
/// A problem is an instance at one repetition; only the problems that every configuration has a
/// result for are compared, so a sweep still running or a partial merge compares like with like.
public struct SweepSummary: Sendable, Equatable, Codable {
    /// The shift for wall times, in seconds.
    public static let timeShift = 1.0
    /// The shift for node counts.
    public static let nodeShift = 10.0

    /// One problem's results, configuration by configuration.
    public struct Problem: Sendable, Equatable, Codable {
        /// The instance's id.
        public var instance: String
        /// The repetition.
        public var repetition: Int
        /// The results, in configuration order.
        public var runs: [RunRecord]
    }

    /// The configurations, in report order.
    public var configurations: [ConfigurationSummary]
    /// The configuration ratios are taken against.
    public var baseline: String
    /// The problems compared.
    public var problems: [Problem]
    /// Problems left out because some configuration has no result for them.
    public var incompleteProblems: Int
    /// The MILPKit versions, git revisions and hosts the results came from, each listed once.
    public var provenance: [String]
    /// The earliest and latest timestamps of the results.
    public var period: ClosedRange<String>?

    /// The summary of `runs`, configurations in `order` (others follow by name), ratios against
    /// `baseline` (the first configuration when `nil`). Throws when `baseline` names no configuration.
    public init(runs: [RunRecord], order: [String] = [], baseline: String? = nil) throws {
        let present = Set(runs.map(\.configuration))
        let names = order.filter(present.contains) + present.subtracting(order).sorted()
        let baselineName = baseline ?? names.first ?? ""
        if let baseline, !names.contains(baseline) {
            throw ReportError.unknownBaseline(baseline, available: names)
        }
        self.baseline = baselineName

        var byProblem: [ProblemKey: [String: RunRecord]] = [:]
        for run in runs { byProblem[ProblemKey(instance: run.instance, repetition: run.repetition), default: [:]][run.configuration] = run }
        let complete = byProblem.filter { $0.value.count == names.count }.keys.sorted()
        incompleteProblems = byProblem.count - complete.count
        let problems = complete.map { key in
            Problem(instance: key.instance, repetition: key.repetition, runs: names.map { byProblem[key]![$0]! })
        }
        self.problems = problems
        let fastest = problems.map { problem in problem.runs.filter(\.status.isSolved).map(\.wallTime).min() }

        var lines = names.indices.map { index in
            let runs = problems.map { $0.runs[index] }
            let unsolvedGaps = runs.filter { !$0.status.isSolved }.compactMap(\.gap)
            return ConfigurationSummary(
                name: names[index], runs: runs.count,
                solved: runs.filter(\.status.isSolved).count,
                failures: runs.filter(\.status.isFailure).count,
                time: shiftedGeometricMean(runs.map(\.countedTime), shift: Self.timeShift) ?? 0,
                nodes: shiftedGeometricMean(runs.compactMap(\.nodes).map(Double.init), shift: Self.nodeShift),
                meanGapUnsolved: unsolvedGaps.isEmpty ? nil : unsolvedGaps.reduce(0, +) / Double(unsolvedGaps.count),
                wins: zip(runs, fastest).filter { run, best in run.status.isSolved && run.wallTime == best }.count)
        }
        if let reference = lines.first(where: { $0.name == baselineName }) {
            for index in lines.indices {
                lines[index].timeRatio = reference.time > 0 ? lines[index].time / reference.time : nil
                if let nodes = lines[index].nodes, let referenceNodes = reference.nodes, referenceNodes > 0 {
                    lines[index].nodesRatio = nodes / referenceNodes
                }
            }
        }
        configurations = lines

        var provenance: [String] = []
        for run in runs {
            let entry = "MILPKit \(run.milpkitVersion), revision \(run.gitRevision), host \(run.host)"
            if !provenance.contains(entry) { provenance.append(entry) }
        }
        self.provenance = provenance
        let timestamps = runs.map(\.timestamp)
        period = timestamps.min().map { $0...timestamps.max()! }
    }

    /// The Dolan–Moré performance profile of the compared problems.
    public var performanceProfile: PerformanceProfile {
        PerformanceProfile(configurations: configurations.map(\.name), times: problems.map { $0.runs.map(\.solvedTime) })
    }

    /// `1 problem`, `2 problems`: a count of problems for sentences.
    static func problems(_ count: Int) -> String {
        count == 1 ? "1 problem" : "\(count) problems"
    }

    /// The cactus plot of the compared problems.
    public var cactus: CactusPlot {
        CactusPlot(
            configurations: configurations.map(\.name), problemCount: problems.count,
            timeLimit: problems.flatMap(\.runs).map(\.timeLimit).max() ?? 0,
            times: configurations.indices.map { index in problems.compactMap { $0.runs[index].solvedTime } })
    }
}

/// An instance at one repetition.
private struct ProblemKey: Hashable, Comparable {
    var instance: String
    var repetition: Int

    static func < (lhs: ProblemKey, rhs: ProblemKey) -> Bool {
        (lhs.instance, lhs.repetition) < (rhs.instance, rhs.repetition)
    }
}

extension RunRecord {
    /// The time a summary counts: the wall time when solved, the time limit otherwise.
    var countedTime: Double { status.isSolved ? wallTime : timeLimit }

    /// The wall time when solved, `nil` otherwise.
    var solvedTime: Double? { status.isSolved ? wallTime : nil }
}
