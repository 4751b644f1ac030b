import GLPK
import MILP

/// How to run GLPK in-process: its parameters, solver-independent options, and optionally a
/// branching policy by name. The sweep's time limit replaces any time limit in ``options``.
public struct GLPKSettings: Sendable, Equatable, Codable {
    /// GLPK's own parameters.
    public var parameters: GLPKParameters
    /// Solver-independent options (gap, node limit, presolve, …).
    public var options: SolverOptions
    /// The branching policy to call during branch-and-cut, by a name a ``BranchingPolicyProvider``
    /// knows; `nil` leaves branching to GLPK.
    public var branchingPolicy: String?

    /// Settings from their parts.
    public init(parameters: GLPKParameters = .recommended, options: SolverOptions = SolverOptions(), branchingPolicy: String? = nil) {
        self.parameters = parameters
        self.options = options
        self.branchingPolicy = branchingPolicy
    }
}
