import GLPK
import MILP
import Testing

@Suite("GLPK mixed-integer programs")
struct MixedIntegerTests {
    @Test("an infeasible MIP, with and without GLPK's presolver", arguments: [true, false])
    func infeasible(presolve: Bool) throws {
        var model = Model()
        let x = model.addVariable("x", kind: .integer, upperBound: 10)
        let y = model.addVariable("y", kind: .integer, upperBound: 10)
        model.addConstraint(2 * x + 2 * y == 7)
        model.minimize(x + y)
        let solution = try GLPKSolver().solve(model, options: SolverOptions(presolve: presolve))
        #expect(solution.termination.reason == .infeasible)
        #expect(!solution.hasSolution)
    }

    @Test("a MIP with an unbounded relaxation, with and without GLPK's presolver")
    func unboundedRelaxation() throws {
        var model = Model()
        let x = model.addVariable("x", kind: .integer)
        let y = model.addVariable("y")
        model.addConstraint(x - y <= 1)
        model.maximize(x + y)
        for presolve in [true, false] {
            let solution = try GLPKSolver().solve(model, options: SolverOptions(presolve: presolve))
            #expect([.unbounded, .infeasibleOrUnbounded].contains(solution.termination.reason))
        }
    }

    @Test("keyed variable families index by any Hashable key")
    func keyedFamilies() throws {
        var model = Model()
        let cities = ["Oslo", "Lyon", "Porto"]
        let open = model.addVariables(indexedBy: cities, kind: .binary) { "open[\($0)]" }
        let cost = ["Oslo": 9.0, "Lyon": 4.0, "Porto": 6.0]
        model.addConstraint(open.sum() >= 2, name: "coverage")
        model.minimize(cities.sum { cost[$0]! * open[$0] })
        let solution = try GLPKSolver().solve(model)
        #expect(solution.objectiveValue == 10)
        #expect(solution[open["Oslo"]] == 0)
        #expect(open.keys == cities)
        #expect(model[open["Lyon"]].name == "open[Lyon]")
    }
}
