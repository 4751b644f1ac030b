import MILP

/// What a sweep's results say per configuration, with the data of its plots.
///
/// Every run is first checked (``AnswerCheck``): a run counts as solved only when it proves its
/// answer and that answer agrees with the instance's reference value, or, without one, with
/// every other run of the instance. The runs that disagree are the summary's ``wrong`` answers.
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
        /// Per run, whether it solved the problem.
        public var solved: [Bool]
        /// Per run, whether it is one of the summary's wrong answers.
        public var wrong: [Bool]

        /// The wall time in seconds of each run that solved the problem, `nil` for the others: the
        /// numbers the statistics and plots are made of.
        public var solvedTimes: [Double?] { zip(runs, solved).map { $1 ? $0.wallTime.inSeconds : nil } }

        /// The seconds each run counts for: its wall time when it solved the problem, its time limit otherwise.
        var countedTimes: [Double] { zip(runs, solved).map { ($1 ? $0.wallTime : $0.timeLimit).inSeconds } }
    }

    /// The configurations, in report order.
    public var configurations: [ConfigurationSummary]
    /// The configuration ratios are taken against.
    public var baseline: String
    /// The runs (of all problems, compared or not) that contradict a reference value or another run.
    public var wrong: [WrongAnswer]
    /// How many instances have a reference value, of ``instanceCount``.
    public var referencedInstances: Int
    /// How many instances have results.
    public var instanceCount: Int
    /// The problems compared.
    public var problems: [Problem]
    /// Problems left out because some configuration has no result for them.
    public var incompleteProblems: Int
    /// How the runs of each instance vary over repetitions, when there is more than one.
    public var variability: [InstanceVariability]
    /// The MILPKit versions, git revisions and hosts the results came from, each listed once.
    public var provenance: [String]
    /// The earliest and latest timestamps of the results.
    public var period: ClosedRange<String>?

    /// The summary of `runs` checked against `references`, configurations in `order` (others
    /// follow by name), ratios against `baseline` (the first configuration when `nil`).
    ///
    /// Throws when `baseline` names no configuration, or when the runs come from different
    /// builds of MILPKit (``RevisionCensus``) and `allowingMixedRevisions` is `false`.
    public init(
        runs: [RunRecord], order: [String] = [], baseline: String? = nil,
        references: ReferenceTable = ReferenceTable(), allowingMixedRevisions: Bool = false
    ) throws {
        let census = RevisionCensus(runs)
        if census.isMixed, !allowingMixedRevisions {
            throw MixedRevisionsError(context: "this report", census: census)
        }
        let present = Set(runs.map(\.configuration))
        let names = order.filter(present.contains) + present.subtracting(order).sorted()
        let baselineName = baseline ?? names.first ?? ""
        if let baseline, !names.contains(baseline) {
            throw ReportError.unknownBaseline(baseline, available: names)
        }
        self.baseline = baselineName

        let check = AnswerCheck(runs: runs, references: references)
        wrong = check.wrong
        let instances = Set(runs.map(\.instance))
        instanceCount = instances.count
        referencedInstances = instances.filter { references.value(for: $0) != nil }.count

        var byProblem: [ProblemKey: [String: RunRecord]] = [:]
        for run in runs { byProblem[ProblemKey(instance: run.instance, repetition: run.repetition), default: [:]][run.configuration] = run }
        let complete = byProblem.filter { $0.value.count == names.count }.keys.sorted()
        incompleteProblems = byProblem.count - complete.count
        problems = complete.map { key in
            let runs = names.map { byProblem[key]![$0]! }
            return Problem(instance: key.instance, repetition: key.repetition, runs: runs,
                           solved: runs.map(check.isSolved), wrong: runs.map(check.isWrong))
        }
        configurations = Self.lines(names: names, problems: problems, baseline: baselineName)
        variability = InstanceVariability.of(problems, configurations: names)

        var provenance: [String] = []
        for run in runs {
            let entry = "MILPKit \(run.milpkitVersion), revision \(run.gitRevision), host \(run.host)"
            if !provenance.contains(entry) { provenance.append(entry) }
        }
        self.provenance = provenance
        let timestamps = runs.map(\.timestamp)
        period = timestamps.min().map { $0...timestamps.max()! }
    }

    /// The summary lines of configurations `names` over `problems`, ratios against `baseline`.
    private static func lines(names: [String], problems: [Problem], baseline: String) -> [ConfigurationSummary] {
        let fastest = problems.map { $0.solvedTimes.compactMap { $0 }.min() }
        let solvedByAll = problems.filter { !$0.solved.contains(false) }
        let repetitions = Dictionary(grouping: problems.indices, by: { problems[$0].repetition })
        var lines = names.indices.map { index in
            let outcomes = problems.map { (run: $0.runs[index], solved: $0.solved[index], wrong: $0.wrong[index]) }
            let unsolvedGaps = outcomes.filter { !$0.solved && !$0.wrong }.compactMap(\.run.gap)
            let time = { (problems: [Problem]) in shiftedGeometricMean(problems.map { $0.countedTimes[index] }, shift: timeShift) }
            let nodes = { (problems: [Problem]) in shiftedGeometricMean(problems.compactMap { $0.runs[index].nodes }.map(Double.init), shift: nodeShift) }
            let spread = { (mean: ([Problem]) -> Double?) -> ClosedRange<Double>? in
                guard repetitions.count > 1 else { return nil }
                let means = repetitions.values.compactMap { indices in mean(indices.map { problems[$0] }) }
                return means.min().map { $0...means.max()! }
            }
            return ConfigurationSummary(
                name: names[index], runs: outcomes.count,
                solved: outcomes.filter(\.solved).count,
                wrong: outcomes.filter(\.wrong).count,
                failures: outcomes.filter(\.run.status.isFailure).count,
                time: time(problems) ?? 0, timeSpread: spread(time),
                nodes: nodes(solvedByAll), nodesSpread: spread { nodes($0.filter { !$0.solved.contains(false) }) },
                meanGapUnsolved: unsolvedGaps.isEmpty ? nil : unsolvedGaps.reduce(0, +) / Double(unsolvedGaps.count),
                wins: zip(problems, fastest).filter { problem, best in problem.solvedTimes[index].map { $0 == best } ?? false }.count)
        }
        if let reference = lines.first(where: { $0.name == baseline }) {
            for index in lines.indices {
                lines[index].timeRatio = reference.time > 0 ? lines[index].time / reference.time : nil
                if let nodes = lines[index].nodes, let referenceNodes = reference.nodes, referenceNodes > 0 {
                    lines[index].nodesRatio = nodes / referenceNodes
                }
            }
        }
        return lines
    }

    /// The Dolan–Moré performance profile of the compared problems.
    public var performanceProfile: PerformanceProfile {
        PerformanceProfile(configurations: configurations.map(\.name), times: problems.map(\.solvedTimes))
    }

    /// `1 problem`, `2 problems`: a count of problems for sentences.
    static func problems(_ count: Int) -> String {
        count == 1 ? "1 problem" : "\(count) problems"
    }

    /// The cactus plot of the compared problems.
    public var cactus: CactusPlot {
        CactusPlot(
            configurations: configurations.map(\.name), problemCount: problems.count,
            timeLimit: problems.flatMap(\.runs).map(\.timeLimit).max()?.inSeconds ?? 0,
            times: configurations.indices.map { index in problems.compactMap { $0.solvedTimes[index] } })
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
