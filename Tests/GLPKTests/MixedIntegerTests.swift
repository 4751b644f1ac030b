import Foundation
import GLPK
import MILP
import Testing

@Suite("Mixed-integer programs")
struct MixedIntegerTests {
    /// A multi-dimensional knapsack that branch-and-cut cannot close in a fraction of a second,
    /// though it finds feasible packings at once (the empty one is feasible).
    static func hardKnapsack(items: Int = 120, dimensions: Int = 6, seed: UInt64 = 7) -> Model {
        var random = SeededGenerator(seed: seed)
        var model = Model(name: "mknap")
        let take = model.addVariables(count: items, kind: .binary) { "take[\($0)]" }
        for dimension in 0..<dimensions {
            let weights = (0..<items).map { _ in Double(random.integer(in: 100...1000)) }
            model.addConstraint((0..<items).sum { weights[$0] * take[$0] } <= 0.5 * weights.reduce(0, +), name: "capacity[\(dimension)]")
        }
        let values = (0..<items).map { _ in Double(random.integer(in: 100...1000)) }
        model.maximize((0..<items).sum { values[$0] * take[$0] })
        return model
    }

    @Test("a time limit returns the incumbent with termination timeLimit")
    func timeLimit() throws {
        let solution = try GLPKSolver().solve(Self.hardKnapsack(), options: SolverOptions(timeLimit: .milliseconds(200)))
        #expect(solution.termination.reason == .timeLimit)
        #expect(solution.hasSolution)
        let bound = try #require(solution.bestBound), objective = try #require(solution.objectiveValue)
        #expect(bound >= objective)
        #expect(try #require(solution.relativeGap) > 0)
        #expect(solution.statistics.wallTime < .seconds(5))
    }

    @Test("a node limit stops branch-and-bound")
    func nodeLimit() throws {
        let solution = try GLPKSolver().solve(Self.hardKnapsack(), options: SolverOptions(nodeLimit: 50))
        #expect(solution.termination.reason == .nodeLimit)
        #expect(solution.statistics.nodes >= 50)
    }

    @Test("a MIP gap tolerance ends the search early as optimal within the gap")
    func mipGap() throws {
        let solution = try GLPKSolver().solve(Self.hardKnapsack(items: 40, dimensions: 3), options: SolverOptions(mipGap: 0.05))
        #expect(solution.termination.reason == .optimal)
        #expect(try #require(solution.relativeGap) <= 0.05 + 1e-9)
    }

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

    @Test("a MIP with an unbounded relaxation is infeasible-or-unbounded or unbounded")
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

    @Test("general integers and continuous variables together")
    func mixed() throws {
        var model = Model()
        let trucks = model.addVariable("trucks", kind: .integer)
        let overtime = model.addVariable("overtime", upperBound: 5)
        model.addConstraint(12 * trucks + overtime >= 41)
        model.minimize(100 * trucks + 15 * overtime)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.termination.reason == .optimal)
        #expect(solution[trucks] == 3)
        #expect(abs(solution[overtime] - 5) < 1e-9)
        #expect(abs(solution.objectiveValue! - 375) < 1e-9)
        #expect(solution.bestBound == solution.objectiveValue)
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
