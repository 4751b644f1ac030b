/// The outcome of a solve: why it stopped, the best solution found if any, and statistics.
///
/// `Codable`: worker processes send it whole, evaluations keep it; durations are seconds.
public struct Solution: Sendable, Equatable, Codable {
    /// Why the solve stopped.
    public var termination: Termination
    /// The objective value of the best solution found; `nil` exactly when there is no solution.
    public var objectiveValue: Double?
    /// The best proven bound on the optimal objective (for a MIP); `nil` when unknown.
    public var bestBound: Double?
    /// Primal values indexed by ``Variable/index``; empty when there is no solution.
    public var values: [Double]
    /// Row activities `Σ a·x` indexed by ``Constraint/index``; empty when there is no solution.
    public var activities: [Double]
    /// Dual values indexed by ``Constraint/index`` (LPs only); empty when unavailable.
    ///
    /// Sign convention: the dual of a row is the rate at which the optimal objective changes
    /// per unit increase of the row's active bound. For a minimisation, a binding `≥` row has a
    /// dual ≥ 0 and a binding `≤` row a dual ≤ 0; for a maximisation the signs flip.
    public var duals: [Double]
    /// Reduced costs indexed by ``Variable/index`` (LPs only); empty when unavailable.
    ///
    /// Sign convention: the rate at which the objective changes per unit increase of the
    /// variable from its bound, i.e. `c_j − Σ_i a_ij·y_i` with the duals above.
    public var reducedCosts: [Double]
    /// Work done and time taken.
    public var statistics: SolveStatistics
    /// What became of ``SolverOptions/initialSolution``; `nil` when none was given.
    public var initialSolutionReport: InitialSolutionReport?

    /// A solution from its parts; solvers make these.
    public init(
        termination: Termination,
        objectiveValue: Double? = nil,
        bestBound: Double? = nil,
        values: [Double] = [],
        activities: [Double] = [],
        duals: [Double] = [],
        reducedCosts: [Double] = [],
        statistics: SolveStatistics = SolveStatistics()
    ) {
        self.termination = termination
        self.objectiveValue = objectiveValue
        self.bestBound = bestBound
        self.values = values
        self.activities = activities
        self.duals = duals
        self.reducedCosts = reducedCosts
        self.statistics = statistics
    }

    /// Whether a primal feasible solution is available (optimal or not).
    public var hasSolution: Bool { objectiveValue != nil }
    /// Whether dual values and reduced costs are available.
    public var hasDualSolution: Bool { !duals.isEmpty || !reducedCosts.isEmpty }

    /// The relative gap `|objective − bound| / max(|objective|, 1e-10)`, as GLPK and most MIP
    /// solvers report it; `nil` without both a solution and a bound.
    public var relativeGap: Double? {
        guard let objective = objectiveValue, let bound = bestBound else { return nil }
        let difference = abs(objective - bound)
        return difference == 0 ? 0 : difference / max(abs(objective), 1e-10)
    }

    /// The value of `variable` in the solution. Asking when ``hasSolution`` is false is a programming error.
    public subscript(variable: Variable) -> Double {
        precondition(hasSolution, "the solve ended with \(termination) and has no solution")
        return values[variable.index]
    }

    /// The value of `expression` at the solution, or `nil` when there is no solution.
    public func value(of expression: LinearExpression) -> Double? {
        hasSolution ? expression.value(at: values) : nil
    }

    /// The dual value of `constraint`, or `nil` when unavailable (see ``duals`` for the sign).
    public func dual(of constraint: Constraint) -> Double? {
        duals.indices.contains(constraint.index) ? duals[constraint.index] : nil
    }

    /// The reduced cost of `variable`, or `nil` when unavailable (see ``reducedCosts`` for the sign).
    public func reducedCost(of variable: Variable) -> Double? {
        reducedCosts.indices.contains(variable.index) ? reducedCosts[variable.index] : nil
    }

    /// The activity `Σ a·x` of `constraint`, or `nil` when there is no solution.
    public func activity(of constraint: Constraint) -> Double? {
        activities.indices.contains(constraint.index) ? activities[constraint.index] : nil
    }
}

/// Work done and time taken by a solve.
public struct SolveStatistics: Sendable, Equatable, Codable {
    /// Wall-clock time from the call to its return, model loading included (seconds in JSON).
    @CodedAsSeconds public var wallTime: Duration
    /// Simplex iterations, over all LPs solved.
    public var simplexIterations: Int
    /// Branch-and-bound nodes created (0 for an LP).
    public var nodes: Int
    /// What each cut separator and primal heuristic of the search did; empty when none ran.
    public var searchComponents: [SearchComponentStatistics]

    /// Statistics from their parts.
    public init(wallTime: Duration = .zero, simplexIterations: Int = 0, nodes: Int = 0, searchComponents: [SearchComponentStatistics] = []) {
        self.wallTime = wallTime
        self.simplexIterations = simplexIterations
        self.nodes = nodes
        self.searchComponents = searchComponents
    }
}
