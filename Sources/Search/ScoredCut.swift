import MILP

/// A cut with its efficacy at the point it was separated from.
public struct ScoredCut: Sendable {
    /// The cut.
    public var cut: Cut
    /// Its efficacy at the separation point (see ``Cut/efficacy(at:)``).
    public var efficacy: Double

    /// A cut with its efficacy.
    public init(cut: Cut, efficacy: Double) {
        self.cut = cut
        self.efficacy = efficacy
    }

    /// The cut `Σ accumulator·x ≤ rightHandSide` in `formulation`'s variables, scored at `values`,
    /// after tidying it: coefficients negligible against the largest are relaxed away through a
    /// finite bound of their column, and a cut whose remaining coefficients span more than six
    /// orders of magnitude (numerically unsafe) or that is not violated is refused (`nil`).
    init?(_ accumulator: SparseAccumulator, rightHandSide: Double, formulation: Formulation, values: [Double]) {
        var rightHandSide = rightHandSide
        let largest = accumulator.columns.reduce(0.0) { max($0, abs(accumulator.values[$1])) }
        guard largest > 1e-9, rightHandSide.isFinite else { return nil }
        var terms: [LinearExpression.Term] = []
        var smallest = Double.infinity
        for column in accumulator.columns.sorted() {
            let coefficient = accumulator.values[column]
            if abs(coefficient) <= 1e-9 * largest {
                // c·x ≥ c·l (c > 0) or c·u (c < 0): dropping the term keeps the cut valid once
                // that bound moves to the right-hand side.
                let bound = coefficient > 0 ? formulation.lowerBounds[column] : formulation.upperBounds[column]
                if coefficient == 0 { continue }
                if bound.isFinite {
                    rightHandSide -= coefficient * bound
                    continue
                }
            }
            smallest = min(smallest, abs(coefficient))
            terms.append(.init(coefficient, formulation.variables[column]))
        }
        guard !terms.isEmpty, largest / smallest <= 1e6 else { return nil }
        var activity = 0.0, squares = 0.0
        for term in terms {
            activity += term.coefficient * values[term.variable.index]
            squares += term.coefficient * term.coefficient
        }
        let violation = activity - rightHandSide
        guard violation > 1e-6 * max(1, abs(rightHandSide)) else { return nil }
        cut = Cut(terms: terms, rightHandSide: rightHandSide)
        efficacy = violation / squares.squareRoot()
    }
}
