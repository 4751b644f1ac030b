import GLPK
import MILP

/// One configuration of a portfolio: a name and its GLPK settings.
public struct PortfolioEntrant: Sendable, Equatable, Codable {
    /// The entrant's name, reported as the winner.
    public var name: String
    /// How the entrant runs GLPK; portfolios take no branching policy.
    public var settings: GLPKSettings

    /// An entrant from its parts.
    public init(name: String, settings: GLPKSettings) {
        self.name = name
        self.settings = settings
    }

    /// The standard portfolio's entrants (``GLPK/PortfolioSolver/standardGLPKEntrants``), as sweep
    /// configurations.
    public static let standard = PortfolioSolver.standardGLPKEntrants.map {
        PortfolioEntrant(name: $0.name, settings: GLPKSettings(parameters: $0.parameters))
    }
}
