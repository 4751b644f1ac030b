extension ReferenceValue {
    /// The value as a row of the store's `reference` table holds it: a kind and an objective.
    var stored: (kind: String, objective: Double?) {
        switch self {
        case let .optimal(value): ("optimal", value)
        case let .bestKnown(value): ("bestKnown", value)
        case .infeasible: ("infeasible", nil)
        case .unbounded: ("unbounded", nil)
        }
    }

    /// The value a row of the store's `reference` table holds; `nil` for a row it cannot mean.
    init?(kind: String, objective: Double?) {
        switch (kind, objective) {
        case let ("optimal", value?): self = .optimal(value)
        case let ("bestKnown", value?): self = .bestKnown(value)
        case ("infeasible", nil): self = .infeasible
        case ("unbounded", nil): self = .unbounded
        default: return nil
        }
    }
}
