/// How a planning ended, the same four ways for every planner.
public enum PlanStatus: String, Codable, Sendable, CaseIterable {
    /// A verified plan, proven optimal (within the budget's relative gap, when one is given).
    case optimal
    /// A verified plan not proven optimal: the budget ran out first, or the planner's method
    /// (a decomposition, a heuristic) stopped with the gap still open.
    case feasible
    /// No plan exists: the problem is proven infeasible.
    case infeasible
    /// The budget ran out before any plan was found.
    case noPlan
}
