/// A mixed-integer linear program: variables with bounds and kinds, linear constraints, and a
/// linear objective. A value type with no solver attached; pass it to any ``Solver``.
///
/// ```swift
/// var model = Model(name: "knapsack")
/// let take = model.addVariables(count: 4, kind: .binary) { "take[\($0)]" }
/// model.addConstraint(12 * take[0] + 2 * take[1] + take[2] + 4 * take[3] <= 15, name: "weight")
/// model.maximize(4 * take[0] + 2 * take[1] + take[2] + 10 * take[3])
/// ```
///
/// Building never fails; mistakes (a NaN coefficient, crossed bounds, a variable of another
/// model, a repeated name) are reported by ``validate()``, which every solver calls first.
public struct Model: Sendable {
    /// The model's name, used by file writers and reports.
    public var name: String
    /// The variables' descriptions, indexed by ``Variable/index``.
    public private(set) var variableDescriptions: [VariableDescription] = []
    /// The constraint rows, indexed by ``Constraint/index``.
    public private(set) var constraintDescriptions: [ConstraintDescription] = []
    /// The objective; minimise 0 until set.
    public var objective = Objective(.minimize, LinearExpression())
    package let id = ModelID.unique()

    /// An empty model.
    public init(name: String = "model") {
        self.name = name
    }

    /// The number of variables.
    public var variableCount: Int { variableDescriptions.count }
    /// The number of constraint rows.
    public var constraintCount: Int { constraintDescriptions.count }
    /// The number of nonzero coefficients over all constraint rows.
    public var nonzeroCount: Int { constraintDescriptions.reduce(0) { $0 + $1.terms.count } }
    /// All variables, in index order.
    public var variables: [Variable] { (0..<variableCount).map { Variable(index: $0, modelID: id) } }
    /// All constraints, in index order.
    public var constraints: [Constraint] { (0..<constraintCount).map { Constraint(index: $0, modelID: id) } }
    /// Whether any variable must take an integral value.
    public var hasIntegerVariables: Bool { variableDescriptions.contains { $0.kind.isIntegral } }
    /// Whether any variable is semi-continuous or semi-integer.
    public var hasSemicontinuousVariables: Bool { variableDescriptions.contains { $0.kind.isSemicontinuous } }

    // MARK: Variables

    /// Adds a variable. Binary variables get bounds [0, 1] whatever is passed.
    @discardableResult
    public mutating func addVariable(
        _ name: String? = nil,
        kind: VariableKind = .continuous,
        lowerBound: Double = 0,
        upperBound: Double = .infinity
    ) -> Variable {
        let isBinary = kind == .binary
        variableDescriptions.append(VariableDescription(
            name: name, kind: kind,
            lowerBound: isBinary ? 0 : lowerBound, upperBound: isBinary ? 1 : upperBound))
        return Variable(index: variableDescriptions.count - 1, modelID: id)
    }

    /// Adds `count` variables sharing a kind and bounds, named by `name(i)` when given.
    public mutating func addVariables(
        count: Int,
        kind: VariableKind = .continuous,
        lowerBound: Double = 0,
        upperBound: Double = .infinity,
        name: ((Int) -> String)? = nil
    ) -> [Variable] {
        (0..<count).map { addVariable(name?($0), kind: kind, lowerBound: lowerBound, upperBound: upperBound) }
    }

    /// Adds one variable per key, in the order of `keys`, named by `name(key)` when given.
    public mutating func addVariables<Key: Hashable & Sendable>(
        indexedBy keys: some Sequence<Key>,
        kind: VariableKind = .continuous,
        lowerBound: Double = 0,
        upperBound: Double = .infinity,
        name: ((Key) -> String)? = nil
    ) -> VariableFamily<Key> {
        let keys = Array(keys)
        let variables = keys.map { addVariable(name?($0), kind: kind, lowerBound: lowerBound, upperBound: upperBound) }
        return VariableFamily(keys: keys, variables: variables)
    }

    /// What the model records about `variable`.
    public subscript(variable: Variable) -> VariableDescription {
        get { variableDescriptions[checked(variable)] }
        set { variableDescriptions[checked(variable)] = newValue }
    }

    /// Sets a variable's bounds; either may be infinite.
    public mutating func setBounds(_ variable: Variable, lower: Double, upper: Double) {
        self[variable].lowerBound = lower
        self[variable].upperBound = upper
    }

    /// Changes a variable's kind; making it binary also sets its bounds to [0, 1].
    public mutating func setKind(_ variable: Variable, _ kind: VariableKind) {
        self[variable].kind = kind
        if kind == .binary { setBounds(variable, lower: 0, upper: 1) }
    }

    /// The variable with this name, if any.
    public func variable(named name: String) -> Variable? {
        variableDescriptions.firstIndex { $0.name == name }.map { Variable(index: $0, modelID: id) }
    }

    /// The variable at `index`, a handle for positions read from a file or a solution vector.
    public func variable(at index: Int) -> Variable {
        precondition(variableDescriptions.indices.contains(index), "no variable at index \(index)")
        return Variable(index: index, modelID: id)
    }

    // MARK: Constraints

    /// Adds a constraint row; the expression's constant moves into the bounds.
    @discardableResult
    public mutating func addConstraint(_ constraint: LinearConstraint, name: String? = nil) -> Constraint {
        let expression = constraint.expression.merged()
        constraintDescriptions.append(ConstraintDescription(
            name: name, terms: expression.terms,
            lowerBound: constraint.lowerBound - expression.constant,
            upperBound: constraint.upperBound - expression.constant))
        return Constraint(index: constraintDescriptions.count - 1, modelID: id)
    }

    /// Adds the ranged row `range.lowerBound ≤ expression ≤ range.upperBound`.
    @discardableResult
    public mutating func addConstraint(_ expression: LinearExpression, in range: ClosedRange<Double>, name: String? = nil) -> Constraint {
        addConstraint(LinearConstraint(expression, in: range), name: name)
    }

    /// What the model records about `constraint`.
    public subscript(constraint: Constraint) -> ConstraintDescription {
        get { constraintDescriptions[checked(constraint)] }
        set { constraintDescriptions[checked(constraint)] = newValue }
    }

    /// The constraint with this name, if any.
    public func constraint(named name: String) -> Constraint? {
        constraintDescriptions.firstIndex { $0.name == name }.map { Constraint(index: $0, modelID: id) }
    }

    // MARK: Objective

    /// Sets the objective to minimise `expression`.
    public mutating func minimize(_ expression: LinearExpression) {
        objective = Objective(.minimize, expression)
    }

    /// Sets the objective to maximise `expression`.
    public mutating func maximize(_ expression: LinearExpression) {
        objective = Objective(.maximize, expression)
    }

    /// Sets the objective to minimise a single variable.
    public mutating func minimize(_ variable: Variable) { minimize(LinearExpression(variable)) }

    /// Sets the objective to maximise a single variable.
    public mutating func maximize(_ variable: Variable) { maximize(LinearExpression(variable)) }

    // MARK: Relaxation

    /// Makes every variable continuous: integer and binary ones keep their bounds, and a
    /// semi-continuous or semi-integer one gets the hull of its domain, [min(0, ℓ), max(0, u)].
    public mutating func relax() {
        for index in variableDescriptions.indices {
            if variableDescriptions[index].kind.isSemicontinuous {
                variableDescriptions[index].lowerBound = min(0, variableDescriptions[index].lowerBound)
                variableDescriptions[index].upperBound = max(0, variableDescriptions[index].upperBound)
            }
            variableDescriptions[index].kind = .continuous
        }
    }

    /// A copy with every variable made continuous as ``relax()`` does: the LP relaxation.
    public func relaxed() -> Model {
        var copy = self
        copy.relax()
        return copy
    }

    // MARK: Handles

    /// Whether the variable was made by this model.
    public func contains(_ variable: Variable) -> Bool {
        variable.modelID == id && variableDescriptions.indices.contains(variable.index)
    }

    /// Whether the constraint was made by this model.
    public func contains(_ constraint: Constraint) -> Bool {
        constraint.modelID == id && constraintDescriptions.indices.contains(constraint.index)
    }

    private func checked(_ variable: Variable) -> Int {
        precondition(contains(variable), "variable x\(variable.index) does not belong to model '\(name)'")
        return variable.index
    }

    private func checked(_ constraint: Constraint) -> Int {
        precondition(contains(constraint), "constraint \(constraint.index) does not belong to model '\(name)'")
        return constraint.index
    }
}
