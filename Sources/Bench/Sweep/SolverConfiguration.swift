/// One named way to solve that a sweep compares against the others.
public struct SolverConfiguration: Sendable, Equatable, Codable {
    /// What runs.
    public enum Kind: Sendable, Equatable, Codable {
        /// GLPK in a worker process.
        case glpk(GLPKSettings)
        /// A race of GLPK configurations on one thread each, in a worker process (``MILP/PortfolioSolver``).
        case portfolio([PortfolioEntrant])
        /// An external command, such as glpsol or cbc.
        case external(ExternalCommand)
    }

    /// The name results are stored and reported under.
    public var name: String
    /// What runs.
    public var kind: Kind

    /// A configuration from its parts.
    public init(name: String, kind: Kind) {
        self.name = name
        self.kind = kind
    }
}
