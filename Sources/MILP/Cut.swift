/// A cutting plane `Σ coefficient·variable ≤ rightHandSide`: an inequality that every integer
/// feasible solution satisfies (or every one better than the incumbent, for cuts that use it) and
/// that the LP solution it was separated from violates.
///
/// Cuts are kept in the one `≤` form; a `≥` inequality is stored with both sides negated.
public struct Cut: Sendable, Equatable, CustomStringConvertible {
    /// The terms, merged and sorted by variable index, with no zero coefficient.
    public private(set) var terms: [LinearExpression.Term]
    /// The right-hand side.
    public private(set) var rightHandSide: Double

    /// The cut `Σ terms ≤ rightHandSide`; terms on the same variable are merged.
    public init(terms: [LinearExpression.Term], rightHandSide: Double) {
        self.terms = LinearExpression(terms: terms).merged().terms
        self.rightHandSide = rightHandSide
    }

    /// The cut `expression ≥ lowerBound`, stored as `-expression ≤ -lowerBound`.
    public init(_ expression: LinearExpression, atLeast lowerBound: Double) {
        self.init(terms: expression.terms.map { .init(-$0.coefficient, $0.variable) }, rightHandSide: expression.constant - lowerBound)
    }

    /// The cut `expression ≤ upperBound`.
    public init(_ expression: LinearExpression, atMost upperBound: Double) {
        self.init(terms: expression.terms, rightHandSide: upperBound - expression.constant)
    }

    /// The Euclidean norm of the coefficient vector.
    public var norm: Double {
        terms.reduce(0) { $0 + $1.coefficient * $1.coefficient }.squareRoot()
    }

    /// `Σ coefficient·value` at the given values, indexed by ``Variable/index``.
    public func activity(at values: [Double]) -> Double {
        terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] }
    }

    /// How far the point passes the right-hand side: positive when the cut is violated.
    public func violation(at values: [Double]) -> Double {
        activity(at: values) - rightHandSide
    }

    /// The Euclidean distance from the point to the cut's hyperplane when the point violates the
    /// cut (the violation divided by ``norm``); negative when it satisfies it.
    public func efficacy(at values: [Double]) -> Double {
        let norm = norm
        return norm > 0 ? violation(at: values) / norm : -.infinity
    }

    /// The cosine of the angle between this cut's normal and `other`'s: 1 for parallel cuts,
    /// 0 for cuts on disjoint variables.
    public func parallelism(with other: Cut) -> Double {
        var dot = 0.0
        var left = 0, right = 0
        while left < terms.count, right < other.terms.count {
            let a = terms[left].variable.index, b = other.terms[right].variable.index
            if a == b {
                dot += terms[left].coefficient * other.terms[right].coefficient
                left += 1
                right += 1
            } else if a < b {
                left += 1
            } else {
                right += 1
            }
        }
        let norms = norm * other.norm
        return norms > 0 ? dot / norms : 0
    }

    /// The cut in the form `2 x0 - x3 <= 4`, naming variables by index.
    public var description: String {
        "\(LinearExpression(terms: terms)) <= \(rightHandSide.shortDescription)"
    }
}
