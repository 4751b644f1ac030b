import MILP

extension PortfolioSolver {
    /// The entrants of the standard GLPK portfolio, chosen by measurement on the public MIPs:
    /// MILPKit's defaults, and MIR, cover and clique cuts with pseudocost branching and
    /// best-projection backtracking, the partner whose per-file best with them took the fewest
    /// simplex iterations among partners that solve every file alone.
    public static let standardGLPKEntrants: [(name: String, parameters: GLPKParameters)] = [
        ("recommended", .recommended),
        ("mir-cover-clique-pch-bph", GLPKParameters(
            branching: .hybridPseudocost, backtracking: .bestProjection, cuts: [.mixedIntegerRounding, .cover, .clique])),
    ]

    /// The standard GLPK portfolio: ``standardGLPKEntrants`` racing on two threads, what
    /// `milp solve --portfolio` and a sweep's `portfolio` configuration run.
    public static var standardGLPK: PortfolioSolver {
        PortfolioSolver(standardGLPKEntrants.map { Configuration(name: $0.name, solver: GLPKSolver(parameters: $0.parameters)) })
    }
}
