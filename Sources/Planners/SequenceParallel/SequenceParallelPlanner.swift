import MILP

/// Plans one batch within a time budget that covers everything it does (default 500 ms: it
/// runs every training step):
///
/// 1. FlexSP's micro-batch loop with a fast first plan: from the fewest micro-batches memory
///    allows, split the batch (balancing tokens, and by length; the split whose first plans
///    take less time wins) and pack each micro-batch greedily (longest first onto the group that
///    finishes soonest) on its best single-degree layout, adding a micro-batch until every one fits.
/// 2. The baselines (static degrees, greedy longest-first), for comparison and as fallbacks.
/// 3. Per micro-batch, the layout search over mixed layouts, and local search (moves and swaps
///    of sequences between groups) on the first plan and the best layouts, with half the time left.
/// 4. Per micro-batch, the MILP (``SequenceParallelFormulation``) started from the best plan so
///    far (a MIP start) and capped at its step time, with an equal share of the rest (asked to
///    stop a tenth of it early, for the steps GLPK cannot interrupt); its best bound (its
///    objective less the gap when it stopped within the gap) is the micro-batch's lower bound,
///    and its plan, decoded, improved by the same local search and re-timed, replaces the
///    heuristic's when faster.
/// 5. The best plan is verified and reported with the stage that produced each micro-batch.
///
/// The search (steps 1, 3 and 4) aims at a target short of the budget by
/// ``searchReserve(within:)`` and twice the baselines' time, so that the verified report, and
/// a reply sent after it, come within the budget.
///
/// ```swift
/// let report = try SequenceParallelPlanner(solver: GLPKSolver()).plan(problem)
/// print(report.summary(for: problem))
/// ```
public struct SequenceParallelPlanner: Planner {
    /// 500 ms and a 1% gap: the planner runs every training step.
    public static let defaultBudget = PlanningBudget(timeLimit: .milliseconds(500), mipGap: 0.01)

    /// The MILP solver.
    public var solver: any Solver
    /// The time for the whole planning and the gap at which a plan counts as proven.
    public var budget: PlanningBudget
    /// Options every solve gets besides the budget's time and gap (a node limit, say).
    public var solverOptions: SolverOptions
    /// The layout search.
    public var layoutSearch: SequenceParallelLayoutSearch
    /// How many of the layout search's best layouts are improved by local search.
    public var layoutCount: Int
    /// How many of a micro-batch's longest sequences the model places one by one.
    public var individualCount: Int

    /// Elementary packing steps per second the size check assumes (a conservative figure for
    /// an optimised build on one core).
    static let stepsPerSecond = 1e8

    /// A planner that solves with `solver` within `budget`.
    public init(
        solver: any Solver,
        budget: PlanningBudget = defaultBudget,
        solverOptions: SolverOptions = SolverOptions(),
        layoutSearch: SequenceParallelLayoutSearch = SequenceParallelLayoutSearch(),
        layoutCount: Int = 4,
        individualCount: Int = 12
    ) {
        self.layoutCount = layoutCount
        self.solver = solver
        self.budget = budget
        self.solverOptions = solverOptions
        self.layoutSearch = layoutSearch
        self.individualCount = individualCount
    }

    /// One micro-batch while it is being planned.
    private struct Part {
        var members: [Int]
        var problem: SequenceParallelProblem
        var groups: [(degree: Int, sequences: [Int])]
        var seconds: Double
        var stage: SequenceParallelReport.Stage
        var bound: Double
    }

    /// Plans `problem`. A batch too large for the budget, or a budget too short for a first
    /// plan, is an ordinary report without a plan.
    ///
    /// - Throws: `SolverError` when the solver refuses the model or options, and
    ///   ``SequenceParallelVerificationError`` if a plan fails verification (a bug).
    public func plan(_ problem: SequenceParallelProblem) throws -> SequenceParallelReport {
        let clock = ContinuousClock()
        let start = clock.now
        // The search aims at a target inside the budget (see ``searchReserve(within:)``).
        var deadline = budget.timeLimit.map { start + $0 - Self.searchReserve(within: $0) }
        func left() -> Duration? { deadline.map { $0 - clock.now } }
        func expired() -> Bool { left().map { $0 <= .zero } ?? false }
        func report(plan: SequenceParallelPlan? = nil, noPlanReason: SequenceParallelReport.NoPlanReason? = nil,
                    stages: [SequenceParallelReport.Stage] = [], fallback: SequenceParallelBaseline? = nil, bound: Duration? = nil,
                    baselines: [(SequenceParallelBaseline, SequenceParallelPlan?)] = [],
                    solves: [SequenceParallelReport.Solve] = []) throws -> SequenceParallelReport {
            var report = SequenceParallelReport(plan: plan, noPlanReason: noPlanReason, stages: stages, fallbackBaseline: fallback,
                                                lowerBound: bound, mipGap: budget.mipGap, baselines: baselines, solves: solves,
                                                planningTime: .zero)
            try problem.verify(report)
            report.planningTime = clock.now - start
            return report
        }

        if let time = budget.timeLimit, Self.packingSteps(problem) > time.inSeconds * Self.stepsPerSecond {
            return try report(noPlanReason: .tooLargeForBudget)
        }
        guard let (members, firstGroups) = problem.microBatched(splits: SequenceParallelProblem.MicroBatchSplit.allCases, givingUp: expired,
                                                                seconds: { $0.stepSeconds(of: $1) }, Self.greedy) else {
            return try report(noPlanReason: .budgetEnded)
        }
        var parts = zip(members, firstGroups).map { part, groups in
            let subproblem = problem.restricted(to: part)
            return Part(members: part, problem: subproblem, groups: groups, seconds: subproblem.stepSeconds(of: groups),
                        stage: .greedy, bound: Self.areaBound(subproblem))
        }
        let baselinesBegan = clock.now
        let baselines = SequenceParallelBaseline.allCases.map { ($0, $0.plan(for: problem)) }
        // Verification repeats at most about the baselines' work: the search leaves twice that for it.
        deadline = deadline.map { $0 - (clock.now - baselinesBegan) * 2 }
        let tolerance = budget.mipGap ?? 0
        func isClosed(_ part: Part) -> Bool { part.seconds - part.bound <= tolerance * part.seconds + 1e-12 }

        for index in parts.indices where !isClosed(parts[index]) && !expired() {
            var part = parts[index]
            let share = left().map { clock.now + $0 / (2 * (parts.count - index)) }
            let candidates = [(part.groups, part.stage)]
                + layoutSearch.bestPlans(for: part.problem, count: layoutCount, deadline: share).map { ($0.groups, .layoutSearch) }
            for (groups, stage) in candidates {
                let polished = part.problem.polished(groups, deadline: share)
                let seconds = part.problem.stepSeconds(of: polished)
                if seconds < part.seconds * (1 - 1e-12) { (part.groups, part.seconds, part.stage) = (polished, seconds, stage) }
            }
            parts[index] = part
        }

        var solves: [SequenceParallelReport.Solve] = []
        for index in parts.indices where !isClosed(parts[index]) {
            // Loading a model into the solver alone takes milliseconds: skip what cannot finish.
            if let time = left(), time < .milliseconds(5) * (parts.count - index) { break }
            var part = parts[index]
            let formulation = SequenceParallelFormulation(problem: part.problem, individualCount: individualCount, upperBound: part.seconds)
            var solveOptions = solverOptions
            solveOptions.mipGap = budget.mipGap
            // GLPK's MIP presolver solves the root LP without looking at the clock; without it
            // the root LP runs under the time limit.
            solveOptions.presolve = solverOptions.presolve ?? false
            // GLPK runs some steps without a callback (a node's pseudocost initialisation, its
            // LP) and may end past its limit: the solve is asked to stop a tenth of its share early.
            solveOptions.timeLimit = left().map { max($0 / (parts.count - index) * 0.9, .milliseconds(1)) }
            // The best plan so far is the search's first incumbent.
            solveOptions.initialSolution = formulation.startingValues(for: part.groups).map { InitialSolution($0, for: formulation.model) }
            let solution = try solver.solve(formulation.model, options: solveOptions)
            var improved = false
            if let decoded = formulation.decode(solution) {
                let groups = part.problem.polished(decoded, deadline: deadline)
                let seconds = part.problem.stepSeconds(of: groups)
                if seconds < part.seconds * (1 - 1e-9) {
                    (part.groups, part.seconds, part.stage) = (groups, seconds, .milp)
                    improved = true
                }
            }
            // Proven infeasible, the model admits nothing faster than the heuristic's plan.
            // Stopped as optimal, the solver's bound lies within the relative gap of its
            // objective, even where the bound it last reported is older (GLPK's is read at
            // callbacks); otherwise its best bound.
            let bound: Double? = switch (solution.termination.reason, solution.objectiveValue) {
            case (.infeasible, _): part.seconds
            case let (.optimal, objective?):
                max(solution.bestBound ?? 0, objective - (solveOptions.mipGap ?? 0) * (abs(objective) + .ulpOfOne))
            default: solution.bestBound
            }
            part.bound = max(part.bound, min(bound ?? 0, part.seconds))
            parts[index] = part
            solves.append(.init(microBatch: index, start: solution.initialSolutionReport?.outcome, termination: solution.termination,
                                objective: solution.objectiveValue.map(Duration.init(modeledSeconds:)), bound: bound.map(Duration.init(modeledSeconds:)), improved: improved,
                                timeLimit: solveOptions.timeLimit, wallTime: solution.statistics.wallTime))
        }

        var plan = problem.plan(members: parts.map(\.members), groups: parts.map(\.groups))
        var stages = parts.map(\.stage)
        var fallback: SequenceParallelBaseline?
        var bound = max(parts.reduce(0) { $0 + $1.bound }, Self.areaBound(problem))
        if let (baseline, baselinePlan) = baselines.compactMap({ baseline, plan in plan.map { (baseline, $0) } })
            .min(by: { $0.1.stepTime < $1.1.stepTime }), baselinePlan.stepTime < plan.stepTime {
            // The baseline splits the batch its own way: only the bound on any plan holds for it.
            (plan, stages, fallback, bound) = (baselinePlan, Array(repeating: .baseline, count: baselinePlan.microBatchCount), baseline,
                                               Self.areaBound(problem))
        }
        return try report(plan: plan, stages: stages, fallback: fallback, bound: min(Duration(modeledSeconds: bound), plan.stepTime),
                          baselines: baselines, solves: solves)
    }

    /// What the search leaves of a budget `limit` for what follows it and what the planner cannot
    /// interrupt: the last solve running past its limit (GLPK has steps without a callback), a
    /// busy machine's pauses, and the reply. A tenth of the budget, at most 100 ms.
    public static func searchReserve(within limit: Duration) -> Duration {
        min(limit / 10, .milliseconds(100))
    }

    /// The first plan of a micro-batch: greedy packing by time on the single-degree layout
    /// where it does best; `nil` when no single-degree layout holds the micro-batch.
    private static func greedy(_ problem: SequenceParallelProblem) -> [(degree: Int, sequences: [Int])]? {
        problem.degrees.compactMap { problem.packed(layout: [$0: problem.gpus / $0], balancing: .time) }
            .min { problem.stepSeconds(of: $0) < problem.stepSeconds(of: $1) }
    }

    /// A lower bound on the step time of any plan of `problem` (in any number of micro-batches):
    /// no sequence finishes faster than on its fastest group, and all the GPUs together cannot
    /// do the sequences' least GPU-time sooner.
    static func areaBound(_ problem: SequenceParallelProblem) -> Double {
        let least = problem.sequences.indices.map(problem.leastTime)
        return max(least.map(\.seconds).max() ?? 0, least.reduce(0) { $0 + $1.gpuSeconds } / Double(problem.gpus))
    }

    /// The elementary steps of the first plan and the baselines: per degree, each sequence
    /// looks at each useful group.
    static func packingSteps(_ problem: SequenceParallelProblem) -> Double {
        let sequences = Double(problem.sequences.count)
        return 4 * Double(problem.degrees.count) * sequences * min(Double(problem.gpus), sequences)
    }
}
