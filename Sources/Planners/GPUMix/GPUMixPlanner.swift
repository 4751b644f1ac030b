import MILP

/// Plans GPU fleets: validates a ``GPUMixProblem``, solves its MILP with the given solver
/// (branching on GPU counts first), decodes and verifies the plan, and compares it with the
/// baselines.
///
/// ```swift
/// let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
/// print(report.summary(for: problem))
/// ```
public struct GPUMixPlanner: Planner {
    /// No limit: generated problems solve in milliseconds.
    public static let defaultBudget = PlanningBudget()

    /// The MILP solver.
    public var solver: any Solver
    /// The time limit and gap tolerance of the solve.
    public var budget: PlanningBudget

    /// A planner that solves with `solver` within `budget`.
    public init(solver: any Solver, budget: PlanningBudget = defaultBudget) {
        self.solver = solver
        self.budget = budget
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
            return GPUMixReport(termination: Termination(.infeasible), plan: nil, infeasibility: infeasibility,
                                bestSingleType: nil, greedy: nil, solveTime: .zero)
        case let .success(built): formulation = built
        }
        let solution = try solver.solve(formulation.model, options: budget.solverOptions,
                                        hooks: SolverHooks(branchingPolicy: formulation.branchingPolicy()))
        let infeasibility = solution.termination.reason == .infeasible ? GPUMixInfeasibility.availability(in: problem) : nil
        let report = GPUMixReport(
            termination: solution.termination, plan: formulation.decode(solution), infeasibility: infeasibility,
            bestSingleType: problem.bestSingleTypePlan(), greedy: problem.greedyPlan(), solveTime: solution.statistics.wallTime)
        try problem.verify(report)
        return report
    }
}
