/// A MILP solver backend: takes a ``Model`` and returns a ``Solution``.
///
/// The protocol is the one seam between modelling and solving; planners, the instance library and
/// benchmark sweeps take `any Solver` and never name a backend.
public protocol Solver: Sendable {
    /// A short name for reports, such as `"glpk"`.
    var name: String { get }

    /// Solves `model`. Throws ``SolverError`` for invalid input; infeasibility, unboundedness and
    /// reached limits are reported in ``Solution/termination`` instead.
    func solve(_ model: Model, options: SolverOptions, hooks: SolverHooks) throws -> Solution
}

extension Solver {
    /// Solves `model` with no callbacks.
    public func solve(_ model: Model, options: SolverOptions = SolverOptions()) throws -> Solution {
        try solve(model, options: options, hooks: SolverHooks())
    }

    /// Solves `model` with default options and the given hooks.
    public func solve(_ model: Model, hooks: SolverHooks) throws -> Solution {
        try solve(model, options: SolverOptions(), hooks: hooks)
    }
}

/// What the caller plugs into a solve besides options: callbacks, a branching policy, a log sink.
public struct SolverHooks {
    /// Receives the events it declares (incumbents, progress) and may stop the search.
    public var callback: Callback?
    /// Chooses branching variables in branch-and-bound; `nil` leaves the choice to the solver.
    public var branchingPolicy: (any BranchingPolicy)?
    /// Receives the solver's log text; `nil` discards it. Nothing is printed to standard output.
    public var log: ((String) -> Void)?

    /// Hooks with the given parts; all are optional.
    public init(
        callback: Callback? = nil,
        branchingPolicy: (any BranchingPolicy)? = nil,
        log: ((String) -> Void)? = nil
    ) {
        self.callback = callback
        self.branchingPolicy = branchingPolicy
        self.log = log
    }
}
