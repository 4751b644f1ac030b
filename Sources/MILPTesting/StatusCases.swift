import MILP

extension ConformanceCase {
    static let statusCases: [ConformanceCase] = [
        ConformanceCase("status-infeasible-lp", .status) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", upperBound: 10)
            model.addConstraint(x >= 11)
            model.minimize(LinearExpression(x))
            let solution = try solver.solve(model)
            findings.expect(solution, ends: .infeasible)
            findings.expect(!solution.hasSolution, "an infeasible model has a solution")
            return findings.failures
        },
        ConformanceCase("status-unbounded-lp", .status) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x"), y = model.addVariable("y")
            model.addConstraint(x - y <= 1)
            model.maximize(x + y)
            findings.expect(try solver.solve(model), ends: .unbounded)
            return findings.failures
        },
        ConformanceCase("status-infeasible-mip", .status) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", kind: .integer, upperBound: 10)
            let y = model.addVariable("y", kind: .integer, upperBound: 10)
            model.addConstraint(2 * x + 2 * y == 7)
            model.minimize(x + y)
            let solution = try solver.solve(model)
            findings.expect(solution, ends: .infeasible)
            findings.expect(!solution.hasSolution, "an infeasible model has a solution")
            return findings.failures
        },
        ConformanceCase("status-unbounded-mip", .status) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var model = Model()
            let x = model.addVariable("x", kind: .integer)
            let y = model.addVariable("y")
            model.addConstraint(x - y <= 1)
            model.maximize(x + y)
            findings.expect(try solver.solve(model), ends: .unbounded, .infeasibleOrUnbounded)
            return findings.failures
        },
        ConformanceCase("status-time-limit-keeps-incumbent", .status) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let solution = try solver.solve(hardKnapsack(), options: SolverOptions(timeLimit: .milliseconds(200)))
            findings.expect(solution, ends: .timeLimit)
            findings.expect(solution.hasSolution, "no incumbent at the time limit")
            if let objective = solution.objectiveValue, let bound = solution.bestBound {
                findings.expect(bound >= objective - tolerance.absolute, "bound \(bound) below incumbent \(objective) in a maximisation")
            } else {
                findings.expect(false, "no best bound at the time limit")
            }
            findings.expect(solution.statistics.wallTime < .seconds(5), "took \(solution.statistics.wallTime) for a 0.2 s limit")
            return findings.failures
        },
        ConformanceCase("status-node-limit", .status) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let solution = try solver.solve(hardKnapsack(), options: SolverOptions(nodeLimit: 50))
            findings.expect(solution, ends: .nodeLimit)
            findings.expect(solution.statistics.nodes >= 50, "stopped after \(solution.statistics.nodes) nodes")
            return findings.failures
        },
    ]
}
