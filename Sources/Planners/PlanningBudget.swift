import MILP

/// What a ``Planner`` may spend: the wall-clock time for the whole planning (all its solves,
/// decoding and verifying) and the relative gap at which a plan counts as proven.
public struct PlanningBudget: Sendable, Equatable {
    /// The time for the whole planning; `nil` for no limit.
    public var timeLimit: Duration?
    /// The relative gap between a plan and its proven bound at which planning may stop, `0.01`
    /// for 1%; `nil` asks for a proof of optimality.
    public var mipGap: Double?

    /// A budget with the given limits; by default none.
    public init(timeLimit: Duration? = nil, mipGap: Double? = nil) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
    }

    /// The budget as options for one solve that may use all of it.
    public var solverOptions: SolverOptions {
        SolverOptions(timeLimit: timeLimit, mipGap: mipGap)
    }
}
