import MILP

/// Plans one batch: runs the baselines and a layout search, solves the LP relaxation of the full
/// model for a lower bound and the assignment model on the most promising layouts, then, while
/// time remains, the full model for a plan faster by the gap tolerance (proving there is none
/// closes the gap); finally verifies the best plan and reports it with the gap.
///
/// ```swift
/// let report = try SequenceParallelPlanner(solver: GLPKSolver()).plan(problem)
/// print(report.summary(for: problem))
/// ```
///
/// The whole model (``SequenceParallelFormulation`` without a layout) is correct but slow for
/// GLPK to solve to optimality; fixing the layout leaves an assignment model that it settles in
/// a fraction of a second, and the layout search picks layouts worth fixing. The plan is never
/// slower than any baseline or than greedy packing of the best layout searched.
public struct SequenceParallelPlanner: Sendable {
    /// The MILP solver.
    public var solver: any Solver
    /// The time limit for the whole planning (default 0.5 s: the planner runs every training step;
    /// GLPK may overrun it by a tenth of a second) and the gap tolerance (default 1%).
    public var options: SolverOptions
    /// How many of the best layouts get the assignment model.
    public var layoutCount: Int
    /// The layout search.
    public var layoutSearch: SequenceParallelLayoutSearch
    /// How many of the longest sequences the model places one by one.
    public var individualCount: Int
    /// How many length buckets hold the other sequences.
    public var maximumBuckets: Int

    /// A planner that solves with `solver`.
    public init(
        solver: any Solver,
        options: SolverOptions = SolverOptions(timeLimit: .milliseconds(500), mipGap: 0.01),
        layoutCount: Int = 3,
        layoutSearch: SequenceParallelLayoutSearch = SequenceParallelLayoutSearch(),
        individualCount: Int = 16,
        maximumBuckets: Int = 12
    ) {
        self.solver = solver
        self.options = options
        self.layoutCount = layoutCount
        self.layoutSearch = layoutSearch
        self.individualCount = individualCount
        self.maximumBuckets = maximumBuckets
    }

    /// Plans `problem`. A batch that fits no layout in memory is an ordinary report without a plan.
    ///
    /// - Throws: `SolverError` when the solver refuses the model or options, and
    ///   ``SequenceParallelVerificationError`` if a plan fails verification (a bug).
    public func plan(_ problem: SequenceParallelProblem) throws -> SequenceParallelReport {
        let clock = ContinuousClock()
        let start = clock.now
        let baselines = SequenceParallelBaseline.allCases.map { ($0, $0.plan(for: problem)) }
        let layouts = layoutSearch.bestLayouts(for: problem, count: layoutCount)
        var best: (plan: SequenceParallelPlan, origin: SequenceParallelReport.Origin, baseline: SequenceParallelBaseline?)?
        if let first = layouts.first, let plan = problem.packedPlan(layout: first.layout, balancing: .time) {
            best = (plan, .layoutSearch, nil)
        }
        for case let (baseline, plan?) in baselines where plan.stepTime < best?.plan.stepTime ?? .infinity {
            best = (plan, .baseline, baseline)
        }
        var solves: [SequenceParallelReport.Solve] = []
        var provenInfeasible = false

        // Solves are given four fifths of the time limit: GLPK overruns its own limit by up to a
        // tenth of a second (cut generation at the root is not interrupted), and decoding and
        // verifying follow.
        let deadline = options.timeLimit.map { start + $0 * 0.8 }
        func remaining(sharedWith count: Int) -> Duration? {
            deadline.map { max(($0 - clock.now) / count, .milliseconds(1)) }
        }
        func solve(_ formulation: SequenceParallelFormulation, layout: [Int: Int]?, relax: Bool, sharedWith count: Int) throws -> Solution {
            var solveOptions = options
            solveOptions.timeLimit = remaining(sharedWith: count)
            if relax { solveOptions.relax = true }
            let solution = try solver.solve(formulation.model, options: solveOptions)
            solves.append(.init(layout: layout.map(SequenceParallelPlan.describe), relaxation: relax, termination: solution.termination,
                                objective: solution.objectiveValue, seconds: solution.statistics.wallTime.inSeconds))
            return solution
        }

        var lowerBound: Double?
        let tolerance = options.mipGap ?? 0
        func isClosed() -> Bool {
            guard let current = best?.plan.stepTime, let lowerBound else { return false }
            return (current - lowerBound) / current <= tolerance + 1e-12
        }
        func timeIsLeft() -> Bool { deadline.map { clock.now < $0 } ?? true }
        if let incumbent = best?.plan.stepTime {
            // The LP relaxation of the full model bounds every plan.
            let formulation = SequenceParallelFormulation(problem: problem, individualCount: individualCount, maximumBuckets: maximumBuckets,
                                                          upperBound: incumbent)
            let relaxation = try solve(formulation, layout: nil, relax: true, sharedWith: layouts.count + 2)
            switch relaxation.termination.reason {
            case .optimal: lowerBound = min(relaxation.objectiveValue ?? incumbent, incumbent)
            // Nothing beats the incumbent, within the model's bucketing.
            case .infeasible: lowerBound = incumbent
            default: break
            }
            for (position, candidate) in layouts.enumerated() where !isClosed() && timeIsLeft() {
                let current = best?.plan.stepTime ?? incumbent
                let formulation = SequenceParallelFormulation(problem: problem, individualCount: individualCount, maximumBuckets: maximumBuckets,
                                                              upperBound: current, layout: candidate.layout)
                let solution = try solve(formulation, layout: candidate.layout, relax: false, sharedWith: layouts.count - position + 1)
                if let plan = formulation.decode(solution), plan.stepTime < current {
                    best = (plan, .assignmentModel, nil)
                }
            }
            // With time left, the full model looks for a plan at least the gap tolerance faster;
            // proving there is none closes the gap.
            while !isClosed(), timeIsLeft(), let current = best?.plan.stepTime {
                let target = current * (1 - tolerance)
                let formulation = SequenceParallelFormulation(problem: problem, individualCount: individualCount, maximumBuckets: maximumBuckets,
                                                              upperBound: target)
                let solution = try solve(formulation, layout: nil, relax: false, sharedWith: 1)
                if solution.termination.reason == .infeasible {
                    lowerBound = max(lowerBound ?? 0, target)
                } else if let plan = formulation.decode(solution), plan.stepTime < current {
                    best = (plan, .fullModel, nil)
                } else {
                    break
                }
            }
        } else {
            // No layout holds the batch greedily: let the full model find a plan or prove there is none.
            let formulation = SequenceParallelFormulation(problem: problem, individualCount: individualCount, maximumBuckets: maximumBuckets)
            let solution = try solve(formulation, layout: nil, relax: false, sharedWith: 1)
            provenInfeasible = solution.termination.reason == .infeasible
            if let plan = formulation.decode(solution) {
                best = (plan, .fullModel, nil)
                lowerBound = solution.bestBound.map { min($0, plan.stepTime) }
            }
        }

        let status: SequenceParallelReport.Status = if best == nil {
            provenInfeasible ? .infeasible : .noPlanInTime
        } else {
            isClosed() ? .provenWithinGap : .timeLimit
        }
        let report = SequenceParallelReport(status: status, plan: best?.plan, origin: best?.origin,
                                            fallbackBaseline: best?.baseline, lowerBound: lowerBound,
                                            baselines: baselines, solves: solves, seconds: (clock.now - start).inSeconds)
        try problem.verify(report)
        return report
    }
}
