/// Solver-independent options. Every field is optional: `nil` means the solver's own default.
///
/// A solver rejects the options it cannot honour all together, in one ``SolverError/unsupportedOptions(_:)``.
public struct SolverOptions: Sendable, Equatable, Codable {
    /// The algorithm for linear programs (and for the LP relaxation when ``relax`` is set).
    public enum LPMethod: String, Sendable, Codable, CaseIterable {
        /// Primal simplex.
        case primalSimplex = "primal"
        /// Dual simplex, falling back to primal if it fails.
        case dualSimplex = "dual"
        /// Interior point (barrier); no basis, so no warm start.
        case interiorPoint = "interior"
    }

    /// Stop after this much wall-clock time and report the best solution found.
    public var timeLimit: Duration?
    /// Stop a MIP once `|incumbent − bound| / |incumbent|` is at most this (e.g. `0.01` for 1%).
    public var mipGap: Double?
    /// Stop after this many branch-and-bound nodes.
    public var nodeLimit: Int?
    /// Stop after this many simplex iterations (LPs).
    public var iterationLimit: Int?
    /// The LP algorithm.
    public var lpMethod: LPMethod?
    /// Solve the LP relaxation of a MIP instead of the MIP.
    public var relax: Bool?
    /// Use the solver's presolver.
    public var presolve: Bool?
    /// Primal feasibility tolerance (absolute, on bounds and rows).
    public var feasibilityTolerance: Double?
    /// How far from an integer a value may be and still count as integral.
    public var integralityTolerance: Double?

    /// Options with the given fields set and the rest left to the solver.
    public init(
        timeLimit: Duration? = nil,
        mipGap: Double? = nil,
        nodeLimit: Int? = nil,
        iterationLimit: Int? = nil,
        lpMethod: LPMethod? = nil,
        relax: Bool? = nil,
        presolve: Bool? = nil,
        feasibilityTolerance: Double? = nil,
        integralityTolerance: Double? = nil
    ) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
        self.nodeLimit = nodeLimit
        self.iterationLimit = iterationLimit
        self.lpMethod = lpMethod
        self.relax = relax
        self.presolve = presolve
        self.feasibilityTolerance = feasibilityTolerance
        self.integralityTolerance = integralityTolerance
    }

    /// The problems with the option values themselves (negative limits, a gap outside [0, 1], …),
    /// one sentence each; empty when every set value is acceptable to any solver.
    public var problems: [String] {
        var problems: [String] = []
        if let timeLimit, timeLimit <= .zero { problems.append("timeLimit must be positive, got \(timeLimit)") }
        if let mipGap, !(mipGap >= 0 && mipGap < 1) { problems.append("mipGap must be in [0, 1), got \(mipGap)") }
        if let nodeLimit, nodeLimit <= 0 { problems.append("nodeLimit must be positive, got \(nodeLimit)") }
        if let iterationLimit, iterationLimit <= 0 { problems.append("iterationLimit must be positive, got \(iterationLimit)") }
        if let feasibilityTolerance, !(feasibilityTolerance > 0 && feasibilityTolerance < 1) {
            problems.append("feasibilityTolerance must be in (0, 1), got \(feasibilityTolerance)")
        }
        if let integralityTolerance, !(integralityTolerance > 0 && integralityTolerance < 0.5) {
            problems.append("integralityTolerance must be in (0, 0.5), got \(integralityTolerance)")
        }
        return problems
    }
}
