import GLPK
import MILP
import Testing

@Suite("Validation before GLPK")
struct ValidationTests {
    /// Each broken model, with the error the solver must throw instead of calling GLPK.
    static let cases: [(String, @Sendable (inout Model) -> Void, ModelError)] = [
        ("NaN coefficient", { model in
            let x = model.addVariable("x")
            model.addConstraint(Double.nan * x <= 1, name: "row")
        }, .nonFiniteCoefficient(row: "constraint 'row'", variable: "x", value: .nan)),
        ("infinite coefficient", { model in
            let x = model.addVariable("x")
            model.addConstraint(Double.infinity * x <= 1, name: "row")
        }, .nonFiniteCoefficient(row: "constraint 'row'", variable: "x", value: .infinity)),
        ("infinite objective coefficient", { model in
            let x = model.addVariable("x")
            model.minimize(-Double.infinity * x)
        }, .nonFiniteCoefficient(row: "the objective", variable: "x", value: -.infinity)),
        ("crossed variable bounds", { model in
            model.addVariable("y", lowerBound: 3, upperBound: 1)
        }, .crossedVariableBounds(variable: "y", lower: 3, upper: 1)),
        ("NaN variable bound", { model in
            model.addVariable("z", lowerBound: .nan)
        }, .invalidBound(item: "variable 'z'", value: .nan)),
        ("lower bound +inf", { model in
            model.addVariable("w", lowerBound: .infinity)
        }, .invalidBound(item: "variable 'w'", value: .infinity)),
        ("crossed constraint bounds", { model in
            let x = model.addVariable("x")
            model.addConstraint(LinearConstraint(lowerBound: 5, LinearExpression(x), upperBound: 2), name: "band")
        }, .crossedConstraintBounds(constraint: "band", lower: 5, upper: 2)),
        ("NaN right-hand side", { model in
            let x = model.addVariable("x")
            model.addConstraint(x <= .nan, name: "cap")
        }, .invalidBound(item: "constraint 'cap'", value: .nan)),
        ("infinite objective constant", { model in
            model.minimize(LinearExpression(.infinity))
        }, .invalidBound(item: "the objective constant", value: .infinity)),
        ("variable of another model", { model in
            var other = Model()
            let foreign = other.addVariable("foreign")
            model.addVariable("x")
            model.addConstraint(foreign <= 1, name: "mixed")
        }, .foreignVariable(row: "constraint 'mixed'", index: 0)),
        ("duplicate variable name", { model in
            model.addVariable("x")
            model.addVariable("x")
        }, .duplicateVariableName("x")),
        ("duplicate constraint name", { model in
            let x = model.addVariable("x")
            model.addConstraint(x <= 1, name: "c")
            model.addConstraint(x >= 0, name: "c")
        }, .duplicateConstraintName("c")),
    ]

    @Test("each mistake is reported by name, by validate() and by the solver", arguments: cases.indices)
    func reported(index: Int) throws {
        let (label, build, expected) = Self.cases[index]
        var model = Model(name: label)
        build(&model)
        // Compared by description: NaN payloads are never equal to themselves.
        #expect("validate: \(label)") { try model.validate() } throws: { "\($0)" == "\(expected)" }
        #expect("solve: \(label)") { try GLPKSolver().solve(model) } throws: {
            "\($0)" == "\(SolverError.invalidModel(expected))"
        }
    }
}
