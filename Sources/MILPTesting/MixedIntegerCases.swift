import MILP

extension ConformanceCase {
    /// The knapsack of the README: capacity 15, weights (12, 2, 1, 4), values (4, 2, 1, 10);
    /// the optimum 13 takes items 1, 2 and 3.
    public static func knapsack() -> (model: Model, take: [Variable]) {
        var model = Model(name: "knapsack")
        let take = model.addVariables(count: 4, kind: .binary) { "take[\($0)]" }
        model.addConstraint(12 * take[0] + 2 * take[1] + 1 * take[2] + 4 * take[3] <= 15, name: "weight")
        model.maximize(4 * take[0] + 2 * take[1] + 1 * take[2] + 10 * take[3])
        return (model, take)
    }

    /// A multi-dimensional knapsack that branch-and-bound cannot close in a fraction of a second,
    /// though feasible packings are found at once (taking nothing is feasible).
    public static func hardKnapsack(items: Int = 300, dimensions: Int = 10, seed: UInt64 = 7) -> Model {
        var random = SeededGenerator(seed: seed)
        var model = Model(name: "multidimensional-knapsack")
        let take = model.addVariables(count: items, kind: .binary) { "take[\($0)]" }
        for dimension in 0..<dimensions {
            let weights = (0..<items).map { _ in Double(random.integer(in: 100...1000)) }
            model.addConstraint((0..<items).sum { weights[$0] * take[$0] } <= 0.5 * weights.reduce(0, +),
                                name: "capacity[\(dimension)]")
        }
        let values = (0..<items).map { _ in Double(random.integer(in: 100...1000)) }
        model.maximize((0..<items).sum { values[$0] * take[$0] })
        return model
    }

    static let mixedIntegerCases: [ConformanceCase] = [
        ConformanceCase("mip-knapsack", .mixedInteger) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let (model, take) = knapsack()
            let solution = try solver.solve(model, options: SolverOptions(timeLimit: .seconds(10)))
            findings.expect(solution, ends: .optimal)
            findings.expect(solution.objectiveValue, near: 13, "objective")
            for (item, expected) in zip(take, [0.0, 1, 1, 1]) {
                findings.expect(solution.values.indices.contains(item.index) ? solution.values[item.index] : nil,
                                near: expected, "take[\(item.index)]")
            }
            return findings.failures
        },
        ConformanceCase("mip-general-integers-with-continuous", .mixedInteger) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let trucks = model.addVariable("trucks", kind: .integer)
            let overtime = model.addVariable("overtime", upperBound: 5)
            model.addConstraint(12 * trucks + overtime >= 41)
            model.minimize(100 * trucks + 15 * overtime)
            let solution = try solver.solve(model)
            findings.expect(solution, ends: .optimal)
            findings.expect(solution.values.first, near: 3, "trucks")
            findings.expect(solution.values.last, near: 5, "overtime")
            findings.expect(solution.objectiveValue, near: 375, "objective")
            findings.expect(solution.bestBound, near: 375, "best bound")
            return findings.failures
        },
        ConformanceCase("mip-gap-tolerance", .mixedInteger) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let solution = try solver.solve(hardKnapsack(items: 40, dimensions: 3), options: SolverOptions(mipGap: 0.05))
            findings.expect(solution, ends: .optimal)
            findings.expect((solution.relativeGap ?? 1) <= 0.05 + 1e-9, "relative gap \(solution.relativeGap ?? .nan) exceeds 0.05")
            return findings.failures
        },
        ConformanceCase("mip-integer-bounds-rounded", .mixedInteger) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", kind: .integer, lowerBound: 0.5, upperBound: 3.7)
            model.maximize(LinearExpression(x))
            findings.expect(try solver.solve(model).objectiveValue, near: 3, "maximum")
            model.minimize(LinearExpression(x))
            findings.expect(try solver.solve(model).objectiveValue, near: 1, "minimum")
            model.setBounds(x, lower: 0.2, upper: 0.8)
            findings.expect(try solver.solve(model), ends: .infeasible)
            return findings.failures
        },
        ConformanceCase("mip-relaxation", .mixedInteger) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", kind: .integer, upperBound: 10)
            model.addConstraint(2 * x <= 7)
            model.maximize(LinearExpression(x))
            findings.expect(try solver.solve(model).objectiveValue, near: 3, "integer optimum")
            findings.expect(try solver.solve(model, options: SolverOptions(relax: true)).objectiveValue, near: 3.5, "relaxed optimum")
            return findings.failures
        },
    ]
}
