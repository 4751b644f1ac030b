import GLPK

extension SolverConfiguration {
    /// The names of the built-in configurations, usable in a sweep file's `configurations` list
    /// and with `milp bench run --configuration`.
    public static let presetNames = ["glpk-defaults", "recommended", "portfolio"]

    /// The built-in configuration `name`: `glpk-defaults` (GLPK as glpsol runs it), `recommended`
    /// (MILPKit's defaults), or `portfolio` (a race of ``PortfolioEntrant/standard``). `nil` for
    /// another name.
    public static func preset(named name: String) -> SolverConfiguration? {
        switch name {
        case "glpk-defaults": SolverConfiguration(name: name, kind: .glpk(GLPKSettings(parameters: .glpkDefaults)))
        case "recommended": SolverConfiguration(name: name, kind: .glpk(GLPKSettings(parameters: .recommended)))
        case "portfolio": SolverConfiguration(name: name, kind: .portfolio(PortfolioEntrant.standard))
        default: nil
        }
    }
}
