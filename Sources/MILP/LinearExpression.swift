/// A linear function of variables plus a constant: `Σ coefficient·variable + constant`.
///
/// Expressions are built with `+`, `-` and `*` against numbers and variables, or summed from
/// sequences. Terms on the same variable may repeat while building; a model merges them when the
/// expression becomes part of a constraint or objective. In loops, accumulate with `+=` (or use
/// `sum`): `total = total + term` copies the expression each time.
public struct LinearExpression: Sendable {
    /// One `coefficient · variable` term.
    public struct Term: Sendable, Equatable {
        /// The variable.
        public var variable: Variable
        /// Its coefficient.
        public var coefficient: Double

        /// A term `coefficient · variable`.
        public init(_ coefficient: Double, _ variable: Variable) {
            self.variable = variable
            self.coefficient = coefficient
        }
    }

    /// The terms, possibly with repeated variables.
    public var terms: [Term]
    /// The constant part.
    public var constant: Double

    /// An expression from its terms and constant.
    public init(terms: [Term] = [], constant: Double = 0) {
        self.terms = terms
        self.constant = constant
    }

    /// A constant expression.
    public init(_ constant: Double) {
        self.init(terms: [], constant: constant)
    }

    /// The expression `1 · variable`.
    public init(_ variable: Variable) {
        self.init(terms: [Term(1, variable)], constant: 0)
    }

    /// `Σ coefficient · variable` over pairs, without building intermediate expressions.
    @inlinable
    public init<S: Sequence>(_ pairs: S, constant: Double = 0) where S.Element == (Variable, Double) {
        self.init(terms: pairs.map { Term($0.1, $0.0) }, constant: constant)
    }

    /// Adds `coefficient · variable` in place.
    public mutating func add(_ coefficient: Double, _ variable: Variable) {
        terms.append(Term(coefficient, variable))
    }

    /// The same expression with terms on the same variable combined, zero coefficients dropped,
    /// and terms sorted by variable index.
    public func merged() -> LinearExpression {
        var result = self
        result.merge()
        return result
    }

    /// Combines terms on the same variable, drops zero coefficients, and sorts by variable index.
    public mutating func merge() {
        guard !terms.isMerged else { return }
        if !terms.isSortedStrictly {
            terms.sort { ($0.variable.index, $0.variable.modelID.rawValue) < ($1.variable.index, $1.variable.modelID.rawValue) }
        }
        var write = 0
        for read in terms.indices {
            if write > 0, terms[write - 1].variable == terms[read].variable {
                terms[write - 1].coefficient += terms[read].coefficient
            } else {
                terms[write] = terms[read]
                write += 1
            }
        }
        terms.removeSubrange(write...)
        terms.removeAll { $0.coefficient == 0 }
    }

    /// The value of the expression at the given variable values (indexed by ``Variable/index``).
    public func value(at values: [Double]) -> Double {
        terms.reduce(constant) { $0 + $1.coefficient * values[$1.variable.index] }
    }
}

extension [LinearExpression.Term] {
    /// Whether the terms are already merged: indices strictly increase and no coefficient is 0.
    fileprivate var isMerged: Bool {
        var previous = -1
        for term in self {
            guard term.variable.index > previous, term.coefficient != 0 else { return false }
            previous = term.variable.index
        }
        return true
    }

    /// Whether variable indices strictly increase, so sorting has nothing to do.
    fileprivate var isSortedStrictly: Bool {
        var previous = -1
        for term in self {
            guard term.variable.index > previous else { return false }
            previous = term.variable.index
        }
        return true
    }
}

extension LinearExpression: CustomStringConvertible {
    /// The expression in the form `2 x[0] - 3 x[1] + 4`, naming variables by index.
    public var description: String {
        var parts: [String] = []
        for term in terms {
            let sign = term.coefficient < 0 ? "-" : "+"
            let magnitude = abs(term.coefficient)
            let body = magnitude == 1 ? "x\(term.variable.index)" : "\(magnitude.shortDescription) x\(term.variable.index)"
            parts.append(parts.isEmpty ? (sign == "-" ? "-" : "") + body : "\(sign) \(body)")
        }
        if constant != 0 || parts.isEmpty {
            let sign = constant < 0 ? "-" : "+"
            parts.append(parts.isEmpty ? constant.shortDescription : "\(sign) \(abs(constant).shortDescription)")
        }
        return parts.joined(separator: " ")
    }
}

extension Double {
    /// `3` rather than `3.0` for whole numbers; the usual description otherwise.
    package var shortDescription: String {
        if rounded() == self, abs(self) < 1e15 { return String(Int64(self)) }
        return description
    }
}
