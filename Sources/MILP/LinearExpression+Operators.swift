// Arithmetic that builds linear expressions from variables, expressions and numbers.

extension LinearExpression {
    /// The expression itself.
    public static prefix func + (expression: LinearExpression) -> LinearExpression { expression }

    /// The expression with every coefficient and the constant negated.
    public static prefix func - (expression: consuming LinearExpression) -> LinearExpression {
        expression.scale(by: -1)
        return expression
    }

    /// The sum of two expressions.
    public static func + (lhs: consuming LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs += rhs
        return lhs
    }

    /// The difference of two expressions.
    public static func - (lhs: consuming LinearExpression, rhs: LinearExpression) -> LinearExpression {
        lhs -= rhs
        return lhs
    }

    /// Adds `rhs` in place.
    public static func += (lhs: inout LinearExpression, rhs: LinearExpression) {
        lhs.terms.append(contentsOf: rhs.terms)
        lhs.constant += rhs.constant
    }

    /// Subtracts `rhs` in place.
    public static func -= (lhs: inout LinearExpression, rhs: LinearExpression) {
        // Appending (not reserving the exact count first) lets the terms grow geometrically, so
        // an expression built one small subtraction at a time is not copied at every step.
        lhs.terms.append(contentsOf: rhs.terms.lazy.map { Term(-$0.coefficient, $0.variable) })
        lhs.constant -= rhs.constant
    }

    /// Adds `1 · variable` in place.
    public static func += (lhs: inout LinearExpression, rhs: Variable) { lhs.add(1, rhs) }

    /// Subtracts `1 · variable` in place.
    public static func -= (lhs: inout LinearExpression, rhs: Variable) { lhs.add(-1, rhs) }

    /// Adds a constant in place.
    public static func += (lhs: inout LinearExpression, rhs: Double) { lhs.constant += rhs }

    /// Subtracts a constant in place.
    public static func -= (lhs: inout LinearExpression, rhs: Double) { lhs.constant -= rhs }

    /// The expression plus a variable.
    public static func + (lhs: consuming LinearExpression, rhs: Variable) -> LinearExpression {
        lhs.add(1, rhs)
        return lhs
    }

    /// The expression minus a variable.
    public static func - (lhs: consuming LinearExpression, rhs: Variable) -> LinearExpression {
        lhs.add(-1, rhs)
        return lhs
    }

    /// A variable plus an expression.
    public static func + (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) + rhs
    }

    /// A variable minus an expression.
    public static func - (lhs: Variable, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// The expression plus a constant.
    public static func + (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.constant += rhs
        return lhs
    }

    /// The expression minus a constant.
    public static func - (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.constant -= rhs
        return lhs
    }

    /// A constant plus an expression.
    public static func + (lhs: Double, rhs: consuming LinearExpression) -> LinearExpression {
        rhs.constant += lhs
        return rhs
    }

    /// A constant minus an expression.
    public static func - (lhs: Double, rhs: LinearExpression) -> LinearExpression {
        LinearExpression(lhs) - rhs
    }

    /// The expression scaled by a number.
    public static func * (lhs: Double, rhs: consuming LinearExpression) -> LinearExpression {
        rhs.scale(by: lhs)
        return rhs
    }

    /// The expression scaled by a number.
    public static func * (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scale(by: rhs)
        return lhs
    }

    /// The expression scaled by a whole number.
    public static func * (lhs: Int, rhs: LinearExpression) -> LinearExpression { Double(lhs) * rhs }

    /// The expression divided by a number.
    public static func / (lhs: consuming LinearExpression, rhs: Double) -> LinearExpression {
        lhs.scale(by: 1 / rhs)
        return lhs
    }

    /// Multiplies every coefficient and the constant by `factor`.
    mutating func scale(by factor: Double) {
        for position in terms.indices { terms[position].coefficient *= factor }
        constant *= factor
    }
}

extension Variable {
    /// `coefficient · variable`.
    public static func * (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(lhs, rhs)])
    }

    /// `variable · coefficient`.
    public static func * (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [.init(rhs, lhs)])
    }

    /// `coefficient · variable` for a whole-number coefficient.
    public static func * (lhs: Int, rhs: Variable) -> LinearExpression { Double(lhs) * rhs }

    /// `-1 · variable`.
    public static prefix func - (variable: Variable) -> LinearExpression { -1 * variable }

    /// The sum of two variables.
    public static func + (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(1, lhs), .init(1, rhs)])
    }

    /// The difference of two variables.
    public static func - (lhs: Variable, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(1, lhs), .init(-1, rhs)])
    }

    /// A variable plus a constant.
    public static func + (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [.init(1, lhs)], constant: rhs)
    }

    /// A variable minus a constant.
    public static func - (lhs: Variable, rhs: Double) -> LinearExpression {
        LinearExpression(terms: [.init(1, lhs)], constant: -rhs)
    }

    /// A constant plus a variable.
    public static func + (lhs: Double, rhs: Variable) -> LinearExpression { rhs + lhs }

    /// A constant minus a variable.
    public static func - (lhs: Double, rhs: Variable) -> LinearExpression {
        LinearExpression(terms: [.init(-1, rhs)], constant: lhs)
    }
}

extension Sequence where Element == Variable {
    /// The sum of the variables, each with coefficient 1.
    @inlinable
    public func sum() -> LinearExpression {
        LinearExpression(terms: map { LinearExpression.Term(1, $0) })
    }
}

extension Sequence where Element == LinearExpression {
    /// The sum of the expressions.
    @inlinable
    public func sum() -> LinearExpression {
        reduce(into: LinearExpression()) { $0 += $1 }
    }
}

extension Sequence {
    /// The sum of `term(element)` over the sequence: `(0..<n).sum { cost[$0] * x[$0] }`.
    @inlinable
    public func sum(_ term: (Element) throws -> LinearExpression) rethrows -> LinearExpression {
        var total = LinearExpression()
        for element in self { total += try term(element) }
        return total
    }
}
