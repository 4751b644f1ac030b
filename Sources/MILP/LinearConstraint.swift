/// A linear constraint `lowerBound ≤ expression ≤ upperBound`, not yet added to a model.
///
/// Built with `<=`, `>=` and `==` between expressions, variables and numbers, or ranged with
/// ``init(_:in:)``. Constants in the expression move into the bounds when the constraint is added.
public struct LinearConstraint: Sendable {
    /// The left-hand side.
    public var expression: LinearExpression
    /// The lower bound; `-.infinity` when there is none.
    public var lowerBound: Double
    /// The upper bound; `.infinity` when there is none.
    public var upperBound: Double

    /// `lowerBound ≤ expression ≤ upperBound`; either bound may be infinite.
    public init(lowerBound: Double = -.infinity, _ expression: LinearExpression, upperBound: Double = .infinity) {
        self.expression = expression
        self.lowerBound = lowerBound
        self.upperBound = upperBound
    }

    /// The ranged constraint `range.lowerBound ≤ expression ≤ range.upperBound`.
    public init(_ expression: LinearExpression, in range: ClosedRange<Double>) {
        self.init(lowerBound: range.lowerBound, expression, upperBound: range.upperBound)
    }
}

extension LinearExpression {
    /// `lhs ≤ rhs`.
    public static func <= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lhs, upperBound: rhs)
    }

    /// `lhs ≥ rhs`.
    public static func >= (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lowerBound: rhs, lhs)
    }

    /// `lhs = rhs`.
    public static func == (lhs: LinearExpression, rhs: Double) -> LinearConstraint {
        LinearConstraint(lowerBound: rhs, lhs, upperBound: rhs)
    }

    /// `lhs ≤ rhs`, as `lhs - rhs ≤ 0`.
    public static func <= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { lhs - rhs <= 0 }

    /// `lhs ≥ rhs`, as `lhs - rhs ≥ 0`.
    public static func >= (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { lhs - rhs >= 0 }

    /// `lhs = rhs`, as `lhs - rhs = 0`.
    public static func == (lhs: LinearExpression, rhs: LinearExpression) -> LinearConstraint { lhs - rhs == 0 }

    /// `lhs ≤ rhs`.
    public static func <= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs - rhs <= 0 }

    /// `lhs ≥ rhs`.
    public static func >= (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs - rhs >= 0 }

    /// `lhs = rhs`.
    public static func == (lhs: LinearExpression, rhs: Variable) -> LinearConstraint { lhs - rhs == 0 }

    /// `lhs ≤ rhs`.
    public static func <= (lhs: Double, rhs: LinearExpression) -> LinearConstraint { rhs >= lhs }

    /// `lhs ≥ rhs`.
    public static func >= (lhs: Double, rhs: LinearExpression) -> LinearConstraint { rhs <= lhs }
}

extension Variable {
    /// `variable ≤ rhs` as a constraint row (use ``Model/setBounds(_:lower:upper:)`` for a bound).
    public static func <= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) <= rhs }

    /// `variable ≥ rhs` as a constraint row.
    public static func >= (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) >= rhs }

    /// `variable = rhs` as a constraint row.
    public static func == (lhs: Variable, rhs: Double) -> LinearConstraint { LinearExpression(lhs) == rhs }

    /// `lhs ≤ rhs`.
    public static func <= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) <= rhs }

    /// `lhs ≥ rhs`.
    public static func >= (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) >= rhs }

    /// `lhs = rhs`.
    public static func == (lhs: Variable, rhs: LinearExpression) -> LinearConstraint { LinearExpression(lhs) == rhs }

    /// `lhs ≤ rhs` between two variables.
    public static func <= (lhs: Variable, rhs: Variable) -> LinearConstraint { lhs - rhs <= 0 }

    /// `lhs ≥ rhs` between two variables.
    public static func >= (lhs: Variable, rhs: Variable) -> LinearConstraint { lhs - rhs >= 0 }
}
