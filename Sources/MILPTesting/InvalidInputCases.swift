import MILP

extension ConformanceCase {
    /// Broken models, each with the error a solver must throw before doing any work.
    static let brokenModels: [(name: String, build: @Sendable (inout Model) -> Void, error: ModelError)] = [
        ("nan-coefficient", { model in
            let x = model.addVariable("x")
            model.addConstraint(Double.nan * x <= 1, name: "row")
        }, .nonFiniteCoefficient(row: "constraint 'row'", variable: "x", value: .nan)),
        ("infinite-coefficient", { model in
            let x = model.addVariable("x")
            model.addConstraint(Double.infinity * x <= 1, name: "row")
        }, .nonFiniteCoefficient(row: "constraint 'row'", variable: "x", value: .infinity)),
        ("infinite-objective-coefficient", { model in
            let x = model.addVariable("x")
            model.minimize(-Double.infinity * x)
        }, .nonFiniteCoefficient(row: "the objective", variable: "x", value: -.infinity)),
        ("huge-coefficient", { model in
            let x = model.addVariable("x"), y = model.addVariable("y")
            model.addConstraint(1e300 * x + y >= 1, name: "c1")
        }, .coefficientOutOfRange(row: "constraint 'c1'", variable: "x", value: 1e300)),
        ("tiny-coefficient", { model in
            let x = model.addVariable("x"), y = model.addVariable("y")
            model.addConstraint(1e-300 * x + y >= 1, name: "c1")
        }, .coefficientOutOfRange(row: "constraint 'c1'", variable: "x", value: 1e-300)),
        ("huge-objective-coefficient", { model in
            let x = model.addVariable("x")
            model.minimize(-1e101 * x)
        }, .coefficientOutOfRange(row: "the objective", variable: "x", value: -1e101)),
        ("huge-variable-bound", { model in
            model.addVariable("v", upperBound: 1e200)
        }, .boundOutOfRange(item: "variable 'v'", value: 1e200)),
        ("tiny-right-hand-side", { model in
            let x = model.addVariable("x")
            model.addConstraint(x >= 1e-200, name: "floor")
        }, .boundOutOfRange(item: "constraint 'floor'", value: 1e-200)),
        ("crossed-variable-bounds", { model in
            model.addVariable("y", lowerBound: 3, upperBound: 1)
        }, .crossedVariableBounds(variable: "y", lower: 3, upper: 1)),
        ("nan-variable-bound", { model in
            model.addVariable("z", lowerBound: .nan)
        }, .invalidBound(item: "variable 'z'", value: .nan)),
        ("infinite-lower-bound", { model in
            model.addVariable("w", lowerBound: .infinity)
        }, .invalidBound(item: "variable 'w'", value: .infinity)),
        ("crossed-constraint-bounds", { model in
            let x = model.addVariable("x")
            model.addConstraint(LinearConstraint(lowerBound: 5, LinearExpression(x), upperBound: 2), name: "band")
        }, .crossedConstraintBounds(constraint: "band", lower: 5, upper: 2)),
        ("nan-right-hand-side", { model in
            let x = model.addVariable("x")
            model.addConstraint(x <= .nan, name: "cap")
        }, .invalidBound(item: "constraint 'cap'", value: .nan)),
        ("infinite-objective-constant", { model in
            model.minimize(LinearExpression(.infinity))
        }, .invalidBound(item: "the objective constant", value: .infinity)),
        ("foreign-variable", { model in
            var other = Model()
            let foreign = other.addVariable("foreign")
            model.addVariable("x")
            model.addConstraint(foreign <= 1, name: "mixed")
        }, .foreignVariable(row: "constraint 'mixed'", index: 0)),
        ("duplicate-variable-name", { model in
            model.addVariable("x")
            model.addVariable("x")
        }, .duplicateVariableName("x")),
        ("duplicate-constraint-name", { model in
            let x = model.addVariable("x")
            model.addConstraint(x <= 1, name: "c")
            model.addConstraint(x >= 0, name: "c")
        }, .duplicateConstraintName("c")),
    ]

    static var invalidInputCases: [ConformanceCase] {
        brokenModels.map { broken in
            ConformanceCase("invalid-model-\(broken.name)", .invalidInput) { solver, tolerance in
                var findings = Findings(tolerance: tolerance)
                var model = Model(name: broken.name)
                broken.build(&model)
                // Compared by description: NaN payloads never equal themselves.
                let expected = "\(SolverError.invalidModel(broken.error))"
                do {
                    let solution = try solver.solve(model)
                    findings.expect(false, "accepted; the solve ended \(solution.termination)")
                } catch {
                    findings.expect("\(error)" == expected, "threw '\(error)', expected '\(expected)'")
                }
                return findings.failures
            }
        } + [
            ConformanceCase("invalid-options-together", .invalidInput) { solver, tolerance in
                var findings = Findings(tolerance: tolerance)
                let options = SolverOptions(timeLimit: .seconds(-1), mipGap: 2, nodeLimit: 0, iterationLimit: -5,
                                            feasibilityTolerance: 0, integralityTolerance: 0.7)
                do {
                    _ = try solver.solve(knapsack().model, options: options)
                    findings.expect(false, "out-of-range options were accepted")
                } catch let SolverError.unsupportedOptions(problems) {
                    findings.expect(problems.count >= 6, "only \(problems.count) of 6 problems reported: \(problems)")
                } catch {
                    findings.expect(false, "threw \(error) instead of SolverError.unsupportedOptions")
                }
                return findings.failures
            },
        ]
    }
}
