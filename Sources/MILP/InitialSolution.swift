/// A start for a MIP search (a "MIP start"): values for all or some of a model's variables,
/// such as a planner's heuristic plan. Set it as ``SolverOptions/initialSolution``.
///
/// ```swift
/// var start = InitialSolution()
/// start[take[3]] = 1
/// start[take[1]] = 1
/// let options = SolverOptions(initialSolution: start)
/// ```
///
/// A solver checks the start against the model before using it (see ``InitialSolutionReport``):
/// a complete start that is feasible becomes the search's first incumbent; a partial one is
/// completed first by solving the model with the given values fixed.
public struct InitialSolution: Sendable, Equatable {
    /// The given values by variable.
    public private(set) var values: [Variable: Double]

    /// A start with the given values.
    public init(_ values: [Variable: Double] = [:]) {
        self.values = values
    }

    /// A complete start: `values[i]` for the variable with index `i` of `model`.
    public init(_ values: [Double], for model: Model) {
        precondition(values.count == model.variableCount, "a complete start has one value per variable: \(model.variableCount), not \(values.count)")
        self.values = Dictionary(uniqueKeysWithValues: zip(model.variables, values))
    }

    /// The value given for `variable`, if any; setting `nil` removes it.
    public subscript(variable: Variable) -> Double? {
        get { values[variable] }
        set { values[variable] = newValue }
    }

    /// How many variables have a value.
    public var count: Int { values.count }

    /// Whether every variable of `model` has a value.
    public func isComplete(for model: Model) -> Bool {
        values.count == model.variableCount && values.keys.allSatisfy(model.contains)
    }

    /// The problems with the start itself for `model` (no values, a variable of another model, a
    /// value that is not a finite number of at most ``Model/supportedMagnitudes``), each about the
    /// option `initialSolution`; empty when there are none.
    public func problems(for model: Model) -> [InputError] {
        var problems: [String] = []
        if values.isEmpty { problems.append("gives no values") }
        for (variable, value) in values.sorted(by: { $0.key.index < $1.key.index }) {
            guard model.contains(variable) else {
                problems.append("gives a value for variable x\(variable.index), which belongs to another model")
                continue
            }
            if !(abs(value) <= Model.supportedMagnitudes.upperBound) {
                problems.append("gives \(model.label(of: variable)) the value \(value); values must be finite and at most 1e+100 in magnitude")
            }
        }
        return problems.map { InputError(field: "initialSolution", $0) }
    }
}

/// What a solver made of an ``InitialSolution``, reported in ``Solution/initialSolutionReport``.
public struct InitialSolutionReport: Sendable, Equatable, Codable, CustomStringConvertible {
    /// The outcome of checking (and, for a partial start, completing) the start.
    public enum Outcome: String, Sendable, Codable {
        /// Complete and feasible within the tolerances; offered to the search as an incumbent.
        case accepted
        /// Partial; completed by solving the model with the given values fixed, then offered.
        case completed
        /// It violates bounds, integrality or constraints beyond the tolerances; not used.
        case infeasible
        /// Partial, and no completion was found within the budget for it; not used.
        case notCompleted = "not-completed"
    }

    /// The outcome.
    public var outcome: Outcome
    /// The objective value of the start (completed, when it was partial), when it has one.
    public var objectiveValue: Double?
    /// The violations beyond the tolerances, largest first; empty unless ``outcome`` is `.infeasible`.
    public var violations: [Violation]
    /// What else there is to say, such as why no completion was found; empty when nothing.
    public var detail: String

    /// A report from its parts; solvers make these.
    public init(outcome: Outcome, objectiveValue: Double? = nil, violations: [Violation] = [], detail: String = "") {
        self.outcome = outcome
        self.objectiveValue = objectiveValue
        self.violations = violations
        self.detail = detail
    }

    /// Whether the start (completed, if partial) was handed to the search.
    public var wasUsed: Bool { outcome == .accepted || outcome == .completed }

    /// One line: the outcome, the objective or the largest violations, and the detail.
    public var description: String {
        var text = outcome.rawValue
        if let objectiveValue { text += ", objective \(objectiveValue)" }
        if let largest = violations.first {
            text += ": \(largest)"
            if violations.count > 1 { text += " and \(violations.count - 1) more violation\(violations.count == 2 ? "" : "s")" }
        }
        if !detail.isEmpty { text += " (\(detail))" }
        return text
    }
}

/// One way in which values violate a model, by more than a tolerance.
public struct Violation: Sendable, Equatable, Codable, CustomStringConvertible {
    /// What is violated.
    public enum Kind: String, Sendable, Codable {
        /// A variable's bound.
        case bound
        /// An integer variable's integrality.
        case integrality
        /// A constraint row.
        case constraint
    }

    /// What is violated.
    public var kind: Kind
    /// The variable or constraint, as in `variable 'x'` or `constraint 'capacity'`.
    public var item: String
    /// By how much: the distance to the bound, to the nearest integer, or to the row's bounds.
    public var amount: Double

    /// A violation from its parts.
    public init(_ kind: Kind, item: String, amount: Double) {
        self.kind = kind
        self.item = item
        self.amount = amount
    }

    /// A sentence naming the item and the amount.
    public var description: String {
        switch kind {
        case .bound: "\(item) is \(amount) outside its bounds"
        case .integrality: "\(item) is \(amount) from the nearest integer"
        case .constraint: "\(item) is violated by \(amount)"
        }
    }
}

extension Model {
    /// The ways in which `values` (one per variable, by index) violate this model beyond the
    /// tolerances, largest first: a bound or row counts as violated when it is missed by more
    /// than `feasibilityTolerance` × max(1, |bound|), an integer variable when it is more than
    /// `integralityTolerance` from an integer.
    public func violations(of values: [Double], feasibilityTolerance: Double, integralityTolerance: Double) -> [Violation] {
        precondition(values.count == variableCount, "one value per variable: \(variableCount), not \(values.count)")
        var violations: [Violation] = []
        func excess(_ value: Double, lower: Double, upper: Double) -> Double {
            let below = lower - value, above = value - upper
            if below > feasibilityTolerance * max(1, abs(lower)) { return below }
            if above > feasibilityTolerance * max(1, abs(upper)) { return above }
            return 0
        }
        for (index, variable) in variableDescriptions.enumerated() {
            let value = values[index]
            let item = "variable '\(variable.name ?? "x\(index)")'"
            let outside = excess(value, lower: variable.lowerBound, upper: variable.upperBound)
            if outside > 0 { violations.append(Violation(.bound, item: item, amount: outside)) }
            let fraction = abs(value - value.rounded())
            if variable.kind.isIntegral, fraction > integralityTolerance { violations.append(Violation(.integrality, item: item, amount: fraction)) }
        }
        for ((index, row), activity) in zip(constraintDescriptions.enumerated(), activities(of: values)) {
            let outside = excess(activity, lower: row.lowerBound, upper: row.upperBound)
            if outside > 0 { violations.append(Violation(.constraint, item: "constraint '\(row.name ?? "c\(index)")'", amount: outside)) }
        }
        return violations.sorted { $0.amount > $1.amount }
    }

    /// The row activities `Σ a·x` of `values` (one per variable, by index), by constraint index.
    public func activities(of values: [Double]) -> [Double] {
        constraintDescriptions.map { row in row.terms.reduce(0) { $0 + $1.coefficient * values[$1.variable.index] } }
    }

    /// `variable 'name'`, or `variable 'x7'` for an unnamed one, as errors name variables.
    func label(of variable: Variable) -> String {
        "variable '\(variableDescriptions[variable.index].name ?? "x\(variable.index)")'"
    }
}
