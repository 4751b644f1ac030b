import MILP

extension Model {
    /// The same model with its columns and rows in an order shuffled by `seed`: a mathematically
    /// equal problem that a solver may nonetheless explore differently. Solving several
    /// permutations measures a configuration's performance variability.
    public func permuted(seed: UInt64) -> Model {
        var generator = SeededGenerator(seed: seed)
        let columnOrder = generator.shuffled(variableDescriptions.indices)
        let rowOrder = generator.shuffled(constraintDescriptions.indices)

        var permuted = Model(name: name)
        var newVariable = [Variable?](repeating: nil, count: variableCount)
        for old in columnOrder {
            let description = variableDescriptions[old]
            newVariable[old] = permuted.addVariable(
                description.name, kind: description.kind,
                lowerBound: description.lowerBound, upperBound: description.upperBound)
        }
        func mapped(_ terms: [LinearExpression.Term], constant: Double = 0) -> LinearExpression {
            LinearExpression(terms: terms.map { LinearExpression.Term($0.coefficient, newVariable[$0.variable.index]!) }, constant: constant)
        }
        for old in rowOrder {
            let row = constraintDescriptions[old]
            permuted.addConstraint(
                LinearConstraint(lowerBound: row.lowerBound, mapped(row.terms), upperBound: row.upperBound),
                name: row.name)
        }
        permuted.objective = Objective(objective.sense, mapped(objective.expression.terms, constant: objective.expression.constant))
        return permuted
    }
}
