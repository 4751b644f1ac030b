/// A mistake in a model, found by ``Model/validate()`` before any solver sees it.
public enum ModelError: Error, Equatable, Sendable {
    /// A coefficient is NaN or infinite.
    case nonFiniteCoefficient(row: String, variable: String, value: Double)
    /// A bound or the objective constant is NaN, a lower bound is +∞, or an upper bound is −∞.
    case invalidBound(item: String, value: Double)
    /// A nonzero coefficient's magnitude is outside ``Model/supportedMagnitudes``.
    case coefficientOutOfRange(row: String, variable: String, value: Double)
    /// A nonzero finite bound's magnitude is outside ``Model/supportedMagnitudes``.
    case boundOutOfRange(item: String, value: Double)
    /// A variable's lower bound exceeds its upper bound.
    case crossedVariableBounds(variable: String, lower: Double, upper: Double)
    /// A constraint's lower bound exceeds its upper bound.
    case crossedConstraintBounds(constraint: String, lower: Double, upper: Double)
    /// An expression uses a variable that another model made (or an index past the end).
    case foreignVariable(row: String, index: Int)
    /// Two variables share a name.
    case duplicateVariableName(String)
    /// Two constraints share a name.
    case duplicateConstraintName(String)
    /// A semi-continuous or semi-integer variable needs a finite bound on the side away from 0
    /// (the upper bound when its lower bound is positive) to be reformulated with a binary variable.
    case unboundedSemicontinuousVariable(variable: String, lower: Double, upper: Double)
}

extension ModelError: CustomStringConvertible {
    /// A sentence naming the offending item and what is wrong with it.
    public var description: String {
        switch self {
        case let .nonFiniteCoefficient(row, variable, value):
            "\(row) has coefficient \(value) on variable '\(variable)'; coefficients must be finite"
        case let .invalidBound(item, value):
            "\(item) has bound \(value); bounds must not be NaN, a lower bound +inf, or an upper bound -inf"
        case let .coefficientOutOfRange(row, variable, value):
            "\(row) has coefficient \(value) on variable '\(variable)'; \(Model.magnitudeRule)"
        case let .boundOutOfRange(item, value):
            "\(item) has bound \(value); \(Model.magnitudeRule)"
        case let .crossedVariableBounds(variable, lower, upper):
            "variable '\(variable)' has lower bound \(lower) above its upper bound \(upper)"
        case let .crossedConstraintBounds(constraint, lower, upper):
            "constraint '\(constraint)' has lower bound \(lower) above its upper bound \(upper)"
        case let .foreignVariable(row, index):
            "\(row) uses variable x\(index), which belongs to another model"
        case let .duplicateVariableName(name):
            "two variables are named '\(name)'; names must be unique"
        case let .duplicateConstraintName(name):
            "two constraints are named '\(name)'; names must be unique"
        case let .unboundedSemicontinuousVariable(variable, lower, upper):
            "semi-continuous variable '\(variable)' takes 0 or a value in [\(lower), \(upper)]; modelling that with a binary "
                + "variable needs a finite \(lower > 0 ? "upper" : "lower") bound, so give it one"
        }
    }
}

extension Model {
    /// The magnitudes a nonzero coefficient or finite bound may have: from 1e-100 to 1e100.
    ///
    /// GLPK's scaling squares coefficients (a single coefficient of about 1e155 or 1e-162 makes it
    /// abort with an invalid scale factor), and bounds far outside this range overflow or vanish
    /// once scaled. Random models with every number inside the range, solved as LPs and MIPs
    /// under every scaling and presolve setting, gave GLPK no such failure.
    public static let supportedMagnitudes: ClosedRange<Double> = 1e-100...1e100

    /// What ``supportedMagnitudes`` requires, for error messages.
    static let magnitudeRule = "nonzero coefficients and finite bounds must have a magnitude between 1e-100 and 1e+100"

    /// Checks everything a solver relies on and throws the first mistake found, naming it.
    public func validate() throws(ModelError) {
        var names = Set<String>()
        for (index, variable) in variableDescriptions.enumerated() {
            let label = variable.name ?? "x\(index)"
            if variable.lowerBound.isNaN || variable.lowerBound == .infinity {
                throw .invalidBound(item: "variable '\(label)'", value: variable.lowerBound)
            }
            if variable.upperBound.isNaN || variable.upperBound == -.infinity {
                throw .invalidBound(item: "variable '\(label)'", value: variable.upperBound)
            }
            try validateMagnitude(of: variable.lowerBound, variable.upperBound, item: "variable '\(label)'")
            if variable.lowerBound > variable.upperBound {
                throw .crossedVariableBounds(variable: label, lower: variable.lowerBound, upper: variable.upperBound)
            }
            if let name = variable.name, !names.insert(name).inserted { throw .duplicateVariableName(name) }
        }
        names.removeAll(keepingCapacity: true)
        for (index, row) in constraintDescriptions.enumerated() {
            let label = row.name ?? "c\(index)"
            if row.lowerBound.isNaN || row.lowerBound == .infinity {
                throw .invalidBound(item: "constraint '\(label)'", value: row.lowerBound)
            }
            if row.upperBound.isNaN || row.upperBound == -.infinity {
                throw .invalidBound(item: "constraint '\(label)'", value: row.upperBound)
            }
            try validateMagnitude(of: row.lowerBound, row.upperBound, item: "constraint '\(label)'")
            if row.lowerBound > row.upperBound {
                throw .crossedConstraintBounds(constraint: label, lower: row.lowerBound, upper: row.upperBound)
            }
            try validate(row.terms, in: "constraint '\(label)'")
            if let name = row.name, !names.insert(name).inserted { throw .duplicateConstraintName(name) }
        }
        try validate(objective.expression.terms, in: "the objective")
        if !objective.expression.constant.isFinite {
            throw .invalidBound(item: "the objective constant", value: objective.expression.constant)
        }
    }

    private func validate(_ terms: [LinearExpression.Term], in row: String) throws(ModelError) {
        for term in terms {
            guard contains(term.variable) else { throw .foreignVariable(row: row, index: term.variable.index) }
            let magnitude = term.coefficient.magnitude
            guard term.coefficient.isFinite, magnitude == 0 || Self.supportedMagnitudes.contains(magnitude) else {
                let variable = variableDescriptions[term.variable.index].name ?? "x\(term.variable.index)"
                if term.coefficient.isFinite { throw .coefficientOutOfRange(row: row, variable: variable, value: term.coefficient) }
                throw .nonFiniteCoefficient(row: row, variable: variable, value: term.coefficient)
            }
        }
    }

    private func validateMagnitude(of lower: Double, _ upper: Double, item: String) throws(ModelError) {
        if !Self.isSupported(bound: lower) { throw .boundOutOfRange(item: item, value: lower) }
        if !Self.isSupported(bound: upper) { throw .boundOutOfRange(item: item, value: upper) }
    }

    private static func isSupported(bound: Double) -> Bool {
        !bound.isFinite || bound == 0 || supportedMagnitudes.contains(bound.magnitude)
    }
}
