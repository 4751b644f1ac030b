import MILP

/// Plans GPU fleets: validates a ``GPUMixProblem``, solves its MILP with the given solver
/// (branching on GPU counts first), decodes and verifies the plan, and compares it with the
/// baselines.
///
/// ```swift
/// let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
/// print(report.summary(for: problem))
/// ```
public struct GPUMixPlanner: Sendable {
    /// The MILP solver.
    public var solver: any Solver
    /// Options for the solve, such as a time limit.
    public var options: SolverOptions

    /// A planner that solves with `solver`.
    public init(solver: any Solver, options: SolverOptions = SolverOptions()) {
        self.solver = solver
        self.options = options
    }

    /// Plans a fleet for `problem`. An infeasible problem is an ordinary report with an
    /// ``GPUMixReport/infeasibility`` naming the buckets no type can serve.
    ///
    /// - Throws: ``PlannerInputError`` for invalid input, `SolverError` when the solver refuses
    ///   the options, ``GPUMixVerificationError`` if the decoded plan fails verification (a bug).
    public func plan(_ problem: GPUMixProblem) throws -> GPUMixReport {
        let formulation: GPUMixFormulation
        switch try problem.formulation() {
        case let .failure(infeasibility):
            return GPUMixReport(termination: Termination(.infeasible, detail: "some bucket has no GPU type that serves it"),
                                plan: nil, infeasibility: infeasibility, bestSingleType: nil, greedy: nil, solveSeconds: 0)
        case let .success(built): formulation = built
        }
        let solution = try solver.solve(formulation.model, options: options,
                                        hooks: SolverHooks(branchingPolicy: formulation.branchingPolicy()))
        let seconds = solution.statistics.wallTime.inSeconds
        let infeasibility = solution.termination.reason == .infeasible ? GPUMixInfeasibility.availability(in: problem) : nil
        let report = GPUMixReport(
            termination: solution.termination, plan: formulation.decode(solution), infeasibility: infeasibility,
            bestSingleType: problem.bestSingleTypePlan(), greedy: problem.greedyPlan(), solveSeconds: seconds)
        try problem.verify(report)
        return report
    }
}
