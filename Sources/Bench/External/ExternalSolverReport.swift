import MILP

/// What an external solver's output says about its run.
public struct ExternalSolverReport: Sendable, Equatable {
    /// Why the solver stopped.
    public var termination: Termination.Reason
    /// The objective value of the best solution found.
    public var objective: Double?
    /// The best proven bound.
    public var bound: Double?
    /// Branch-and-bound nodes, when the output tells.
    public var nodes: Int?
    /// Simplex iterations, when the output tells.
    public var iterations: Int?
    /// The solve time the solver printed.
    public var solveTime: Duration?

    /// A report from its parts.
    public init(termination: Termination.Reason, objective: Double? = nil, bound: Double? = nil,
                nodes: Int? = nil, iterations: Int? = nil, solveTime: Duration? = nil) {
        self.termination = termination
        self.objective = objective
        self.bound = bound
        self.nodes = nodes
        self.iterations = iterations
        self.solveTime = solveTime
    }

    /// The report of `text` read as `format`; `nil` when the text has no final status, or for
    /// ``ExternalOutputFormat/exitStatus``.
    public init?(parsing text: String, as format: ExternalOutputFormat) {
        switch format {
        case .glpsol: guard let report = GlpsolOutput.report(in: text) else { return nil }; self = report
        case .cbc: guard let report = CBCOutput.report(in: text) else { return nil }; self = report
        case .highs: guard let report = HiGHSOutput.report(in: text) else { return nil }; self = report
        case .exitStatus: return nil
        }
    }
}
