import MILP

extension ConformanceCase {
    /// max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 (the Wyndor Glass example of Hillier and
    /// Lieberman): optimum 36 at (2, 6) with shadow prices (0, 1.5, 1).
    public static func wyndor() -> (model: Model, variables: [Variable], constraints: [Constraint]) {
        var model = Model(name: "wyndor")
        let x = model.addVariable("x"), y = model.addVariable("y")
        let plant1 = model.addConstraint(x <= 4, name: "plant1")
        let plant2 = model.addConstraint(2 * y <= 12, name: "plant2")
        let plant3 = model.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
        model.maximize(3 * x + 5 * y)
        return (model, [x, y], [plant1, plant2, plant3])
    }

    static let linearProgramCases: [ConformanceCase] = [
        ConformanceCase("lp-textbook-optimum-and-duals", .linearProgram) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let (model, variables, constraints) = wyndor()
            let solution = try solver.solve(model)
            findings.expect(solution, ends: .optimal)
            findings.expect(solution.objectiveValue, near: 36, "objective")
            findings.expect(solution.bestBound, near: 36, "best bound")
            findings.expect(solution.values.first, near: 2, "x")
            findings.expect(solution.values.last, near: 6, "y")
            findings.expect(solution.activity(of: constraints[2]), near: 18, "activity of plant3")
            for (constraint, expected) in zip(constraints, [0, 1.5, 1]) {
                findings.expect(solution.dual(of: constraint), near: expected, "dual of constraint \(constraint.index)")
            }
            findings.expect(solution.reducedCost(of: variables[0]), near: 0, "reduced cost of x")
            return findings.failures
        },
        ConformanceCase("lp-minimisation-dual-signs", .linearProgram) { solver, tolerance in
            // min x + 3y s.t. x + y ≥ 10, x ≤ 4: optimum 22 at (4, 6). One more unit of demand
            // costs 3; one more unit of x's capacity saves 3 − 1 = 2.
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x"), y = model.addVariable("y")
            let demand = model.addConstraint(x + y >= 10, name: "demand")
            let capacity = model.addConstraint(x <= 4, name: "capacity")
            model.minimize(x + 3 * y)
            let solution = try solver.solve(model)
            findings.expect(solution.objectiveValue, near: 22, "objective")
            findings.expect(solution.dual(of: demand), near: 3, "dual of demand")
            findings.expect(solution.dual(of: capacity), near: -2, "dual of capacity")
            findings.expect(solution.reducedCost(of: y), near: 0, "reduced cost of y")
            return findings.failures
        },
        ConformanceCase("lp-maximise-and-minimise", .linearProgram) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", lowerBound: -3, upperBound: 5)
            model.minimize(2 * x + 1)
            findings.expect(try solver.solve(model).objectiveValue, near: -5, "minimum")
            model.maximize(2 * x + 1)
            findings.expect(try solver.solve(model).objectiveValue, near: 11, "maximum")
            return findings.failures
        },
        ConformanceCase("lp-ranged-rows", .linearProgram) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", upperBound: 100), y = model.addVariable("y", upperBound: 100)
            let band = model.addConstraint(x + y, in: 3...7, name: "band")
            model.maximize(x + y)
            findings.expect(try solver.solve(model).activity(of: band), near: 7, "activity at the maximum")
            model.minimize(x + y)
            findings.expect(try solver.solve(model).activity(of: band), near: 3, "activity at the minimum")
            return findings.failures
        },
        ConformanceCase("lp-free-and-fixed-variables", .linearProgram) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let free = model.addVariable("free", lowerBound: -.infinity, upperBound: .infinity)
            let fixed = model.addVariable("fixed", lowerBound: 2.5, upperBound: 2.5)
            model.addConstraint(free + fixed >= -10)
            model.minimize(LinearExpression(free))
            let solution = try solver.solve(model)
            findings.expect(solution, ends: .optimal)
            findings.expect(solution.values.first, near: -12.5, "free variable")
            findings.expect(solution.values.last, near: 2.5, "fixed variable")
            return findings.failures
        },
        ConformanceCase("lp-constants", .linearProgram) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x")
            model.addConstraint(x + 5 <= 8)
            model.maximize(x + 100)
            let solution = try solver.solve(model)
            findings.expect(solution.objectiveValue, near: 103, "objective with its constant")
            findings.expect(solution.values.first, near: 3, "x")
            return findings.failures
        },
        ConformanceCase("lp-degenerate-shapes", .linearProgram) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var noRows = Model()
            let x = noRows.addVariable("x", lowerBound: 1, upperBound: 4)
            noRows.maximize(2 * x)
            findings.expect(try solver.solve(noRows).objectiveValue, near: 8, "objective without rows")
            var noColumns = Model()
            noColumns.minimize(LinearExpression(7))
            findings.expect(try solver.solve(noColumns).objectiveValue, near: 7, "objective without columns")
            noColumns.addConstraint(LinearConstraint(lowerBound: 1, LinearExpression()))
            findings.expect(try solver.solve(noColumns), ends: .infeasible)
            findings.expect(try solver.solve(Model()).objectiveValue, near: 0, "objective of the empty model")
            return findings.failures
        },
    ]
}
