/// Why a solve stopped, kept apart from what it found (see ``Solution/hasSolution``).
///
/// Infeasible, unbounded or limit-reached are ordinary outcomes, not errors: only bad input throws.
public struct Termination: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The reason a solve stopped.
    public enum Reason: String, Sendable, Codable, CaseIterable {
        /// An optimal solution was found and proven; for a MIP, proven within the requested
        /// ``SolverOptions/mipGap`` (GLPK's `GLP_EMIPGAP` counts as optimal, as in MathOpt).
        case optimal
        /// The model has no feasible solution.
        case infeasible
        /// The objective can improve without limit over feasible solutions.
        case unbounded
        /// The solver proved that no optimal solution exists but not which of the two.
        case infeasibleOrUnbounded
        /// The time limit was reached (GLPK's `GLP_ETMLIM`).
        case timeLimit
        /// The simplex iteration limit was reached (GLPK's `GLP_EITLIM`).
        case iterationLimit
        /// The branch-and-bound node limit was reached.
        case nodeLimit
        /// The caller's callback asked to stop (GLPK's `GLP_ESTOP`).
        case interrupted
        /// The solver failed for numerical reasons: a singular or ill-conditioned basis, no convergence.
        case numericalError
    }

    /// The reason.
    public var reason: Reason
    /// What the solver said, for people; empty when there is nothing to add.
    public var detail: String

    /// A termination with its reason and an optional detail.
    public init(_ reason: Reason, detail: String = "") {
        self.reason = reason
        self.detail = detail
    }

    /// Whether a limit (time, iterations, nodes) or the caller stopped the solve early.
    public var isLimit: Bool {
        switch reason {
        case .timeLimit, .iterationLimit, .nodeLimit, .interrupted: true
        default: false
        }
    }

    /// The reason, then the detail if there is one.
    public var description: String {
        detail.isEmpty ? reason.rawValue : "\(reason.rawValue) (\(detail))"
    }
}
