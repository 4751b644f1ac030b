import MILP

/// The sections of a CPLEX LP file, and the keywords that open them.
enum LPSection: Equatable {
    case objective(ObjectiveSense)
    case constraints
    case bounds
    case generals
    case binaries
    case semicontinuous
    case specialOrderedSets
    case end

    /// The section's name for messages.
    var name: String {
        switch self {
        case .objective: "objective"
        case .constraints: "constraints"
        case .bounds: "Bounds"
        case .generals: "Generals"
        case .binaries: "Binaries"
        case .semicontinuous: "Semi-Continuous"
        case .specialOrderedSets: "SOS"
        case .end: "End"
        }
    }

    /// One-word keywords and their sections.
    static let keywords: [LPWord: LPSection] = [
        .minimize: .objective(.minimize), .minimise: .objective(.minimize), .minimum: .objective(.minimize),
        .min: .objective(.minimize), .maximize: .objective(.maximize), .maximise: .objective(.maximize),
        .maximum: .objective(.maximize), .max: .objective(.maximize),
        .st: .constraints, .sDotTDot: .constraints, .stDot: .constraints,
        .bounds: .bounds, .bound: .bounds,
        .general: .generals, .generals: .generals, .gen: .generals, .integer: .generals, .integers: .generals,
        .binary: .binaries, .binaries: .binaries, .bin: .binaries,
        .semi: .semicontinuous, .semis: .semicontinuous,
        .sos: .specialOrderedSets,
        .end: .end,
    ]

    /// Keywords of two words (the first word, the second) and their sections: `subject to`,
    /// `such that`, `semi-continuous` (whose hyphen is its own token), and the lazy constraints
    /// and user cuts of Gurobi and CPLEX, which are constraints of the model.
    static let pairs: [(LPWord, LPWord, LPSection)] = [
        (.subject, .to, .constraints), (.such, .that, .constraints), (.semi, .continuous, .semicontinuous),
        (.lazy, .constraints, .constraints), (.user, .cuts, .constraints),
    ]

    /// Sections of other solvers' LP dialects that a linear model cannot hold, by their two words,
    /// with what they describe.
    static let unsupported: [(LPWord, LPWord, String)] = [
        (.general, .constraints, "general constraints (MIN, MAX, ABS, AND, OR, …)"),
        (.multi, .objectives, "multiple objectives"),
    ]
}
