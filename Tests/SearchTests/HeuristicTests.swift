import GLPK
import MILP
@testable import Search
import Testing

@Suite("large-neighbourhood heuristics")
struct HeuristicTests {
    /// A 0-1 knapsack: maximise Σ v·x subject to Σ w·x ≤ 26, optimum 51 (items 0, 1, 2, 4, 5:
    /// weight 26, value 51).
    let model: Model
    let x: [Variable]
    let formulation: Formulation
    /// A sub-MIP solver that is plain GLPK.
    let solver = GLPKSolver(parameters: .glpkDefaults)

    init() {
        var model = Model(name: "knapsack")
        let weights: [Double] = [5, 6, 4, 9, 3, 8, 7, 10]
        let values: [Double] = [10, 12, 8, 15, 6, 15, 11, 14]
        x = model.addVariables(count: weights.count, kind: .binary)
        model.addConstraint(LinearExpression(zip(x, weights)) <= 26)
        model.maximize(LinearExpression(zip(x, values)))
        self.model = model
        formulation = Formulation(model)
    }

    @Test("the optimum of the test knapsack is 51")
    func optimum() throws {
        #expect(try solver.solve(model).objectiveValue == 51)
    }

    /// The LP relaxation takes items by value per weight (2, 2, 2, 2, 1.875, …): items 0, 1, 2, 4
    /// whole (weight 18) and 8/8 of item 5; RENS fixes the integral ones and finds 51.
    @Test("RENS on the LP solution finds a checked solution")
    func rens() throws {
        let lp = try solver.solve(model, options: SolverOptions(relax: true))
        let runner = HeuristicRunner(formulation: formulation, heuristics: [RENS(formulation: formulation)], solver: solver)
        let found = try runner.run(at: HeuristicNode(nodeCount: 1, depth: 0, values: lp.values))
        let solution = try #require(found.first)
        #expect(solution.heuristic == "rens")
        #expect(formulation.feasibleSolution(near: solution.values) != nil)
        #expect(formulation.objectiveValue(of: solution.values) == 51)
        #expect(try runner.run(at: HeuristicNode(nodeCount: 2, depth: 0, values: lp.values)).isEmpty, "RENS runs once")
        let statistics = try #require(runner.componentStatistics.first)
        #expect(statistics.calls == 1 && statistics.found == 1)
    }

    /// Two bins of capacity 10 and items of weight 5, 5 and 10, each item in one bin; columns item
    /// by item: x00, x01, x10, x11, x20, x21.
    static func twoBins() -> Formulation {
        var model = Model(name: "two bins")
        let weights: [Double] = [5, 5, 10]
        let x = weights.indices.map { _ in model.addVariables(count: 2, kind: .binary) }
        for item in weights.indices { model.addConstraint(x[item][0] + x[item][1] == 1) }
        for bin in 0..<2 { model.addConstraint(LinearExpression(weights.indices.map { (x[$0][bin], weights[$0]) }) <= 10) }
        model.minimize(LinearExpression())
        return Formulation(model)
    }

    /// On ``twoBins()`` the LP point puts item 0 in bin 0, item 1 in bin 1 and item 2 half in each.
    /// Fixing all four integral values leaves item 2 no bin; the retry keeps the two fixings with
    /// the largest reduced costs. When those are item 0's, item 1 may join it and the packing
    /// {0, 1}, {2} is found; when they are the zeros of items 0 and 1 that split them, the half is
    /// infeasible too and a quarter (one of six columns) is below the least share fixed, set to a
    /// quarter here, so RENS gives up.
    @Test("RENS retries with the half of its fixings the reduced costs hold firmest", arguments: [true, false])
    func rensRetries(firmOnItemZero: Bool) throws {
        let formulation = Self.twoBins()
        let point: [Double] = [1, 0, 0, 1, 0.5, 0.5]
        let reducedCosts: [Double] = firmOnItemZero ? [2, 1, 0, 0, 0, 0] : [0, 2, 1, 0, 0, 0]
        let rens = RENS(formulation: formulation, minimumFixedShare: 0.25)
        let runner = HeuristicRunner(formulation: formulation, heuristics: [rens], solver: solver)
        let found = try runner.run(at: HeuristicNode(nodeCount: 1, depth: 0, values: point, reducedCosts: reducedCosts))
        let statistics = try #require(runner.componentStatistics.first)
        #expect(statistics.calls == 2)
        if firmOnItemZero {
            let solution = try #require(found.first)
            #expect(formulation.feasibleSolution(near: solution.values) != nil)
            #expect(solution.values[0] == 1 && solution.values[2] == 1 && solution.values[5] == 1)
            #expect(statistics.found == 1)
        } else {
            #expect(found.isEmpty)
            #expect(statistics.found == 0)
        }
        #expect(try runner.run(at: HeuristicNode(nodeCount: 1, depth: 0, values: point, reducedCosts: reducedCosts)).isEmpty,
                "RENS is done once it has found a solution or given up")
    }

    /// On ``twoBins()``, whose first neighbourhood holds no packing.
    @Test("RENS widens its neighbourhood only after one proven to hold no solution while there is no incumbent",
          arguments: [(SubMIP.Outcome.neighbourhoodExhausted, false, true), (.neighbourhoodExhausted, true, false),
                      (.nothingFound, false, false), (.improved([1, 0, 1, 0, 0, 1]), false, false)])
    func rensWidens(outcome: SubMIP.Outcome, hasIncumbent: Bool, widens: Bool) throws {
        let formulation = Self.twoBins()
        let point: [Double] = [1, 0, 0, 1, 0.5, 0.5]
        let node = HeuristicNode(nodeCount: 1, depth: 0, values: point, incumbent: hasIncumbent ? [1, 0, 1, 0, 0, 1] : nil,
                                 incumbentObjective: hasIncumbent ? 0 : nil)
        let rens = RENS(formulation: formulation, minimumFixedShare: 0.25)
        let first = try #require(rens.subMIP(at: node))
        let fixed = { (subMIP: SubMIP) in subMIP.model.variableDescriptions.filter { $0.lowerBound == $0.upperBound }.count }
        #expect(fixed(first) == 4)
        rens.didRun(outcome)
        let second = rens.subMIP(at: node)
        #expect((second != nil) == widens)
        if let second { #expect(fixed(second) == 2) }
    }

    /// Σ 2·x = 7 over eight binaries has fractional solutions but no integral one, and GLPK's
    /// defaults take more than one node to prove it.
    @Test("a sub-MIP proven infeasible has exhausted its neighbourhood, one stopped by its node limit found nothing")
    func subMIPOutcomes() throws {
        var model = Model(name: "parity")
        let x = model.addVariables(count: 8, kind: .binary)
        model.addConstraint(LinearExpression(x.map { ($0, 2.0) }) == 7)
        model.maximize(x.sum())
        let subMIP = SubMIP(Formulation(model))
        #expect(try subMIP.search(with: solver, nodeLimit: 1, timeLimit: .seconds(10), improvingOn: nil) == .nothingFound)
        #expect(try subMIP.search(with: solver, nodeLimit: 100_000, timeLimit: .seconds(10), improvingOn: nil) == .neighbourhoodExhausted)
    }

    @Test("RENS's firmest columns are those with the largest reduced costs, ties in column order")
    func firmestColumns() {
        #expect(RENS.firmest(2, of: [0, 1, 2, 3], reducedCosts: [0.5, -3, 0, 0.5]) == [1, 0])
        #expect(RENS.firmest(2, of: [0, 1, 2, 3], reducedCosts: []) == [0, 1])
        #expect(RENS.firmest(4, of: [3, 1], reducedCosts: [0, 1, 0, 2]) == [3, 1])
    }

    /// An incumbent of value 45 (items 0, 1, 2, 3: weight 24) and an LP point that agrees with it
    /// on items 0, 1, 2, 6, 7: RINS searches items 3, 4, 5 and finds 0, 1, 2, 4, 5 = 51.
    @Test("RINS improves an incumbent where the LP disagrees with it")
    func rins() throws {
        let incumbent: [Double] = [1, 1, 1, 1, 0, 0, 0, 0]
        let lp: [Double] = [1, 1, 1, 0.2, 1, 0.6, 0, 0]
        let runner = HeuristicRunner(formulation: formulation, heuristics: [RINS(formulation: formulation)], solver: solver)
        let found = try runner.run(at: HeuristicNode(nodeCount: 30, depth: 4, values: lp, incumbent: incumbent, incumbentObjective: 45))
        let solution = try #require(found.first)
        #expect(formulation.objectiveValue(of: solution.values) == 51)
        #expect(try runner.run(at: HeuristicNode(nodeCount: 31, depth: 4, values: lp, incumbent: incumbent, incumbentObjective: 45)).isEmpty,
                "RINS waits its frequency before running again")
    }

    /// From the incumbent 0, 1, 2, 3 (45), flipping 3 binaries (drop 3, add 4 and 5) reaches 51;
    /// a neighbourhood of 2 flips cannot improve at all.
    @Test("local branching searches within the given number of flips")
    func localBranching() throws {
        let incumbent: [Double] = [1, 1, 1, 1, 0, 0, 0, 0]
        let node = HeuristicNode(nodeCount: 100, depth: 5, values: incumbent, incumbent: incumbent, incumbentObjective: 45)
        let near = HeuristicRunner(formulation: formulation, heuristics: [LocalBranching(formulation: formulation, neighbourhood: 2)], solver: solver)
        let nothing = try near.run(at: node)
        #expect(nothing.allSatisfy { formulation.objectiveValue(of: $0.values) > 45 })
        let wider = HeuristicRunner(formulation: formulation, heuristics: [LocalBranching(formulation: formulation, neighbourhood: 3)], solver: solver)
        let found = try #require(try wider.run(at: node).first)
        #expect(formulation.objectiveValue(of: found.values) == 51)
    }

    /// The incumbent 0, 1, 5, 6 (value 48, weight 26). Proximity search runs at a node once the
    /// search has explored its node limit (100 here), when 48 is one step below the bound rounded
    /// down and that rounded bound is still the root's; then it finds a better solution.
    @Test("proximity search runs once the incumbent is one step from a bound that has not moved since the root",
          arguments: [
              (rootBound: 49.5, nodeBound: 49.2, nodes: 100, runs: true),
              (rootBound: 50.5, nodeBound: 49.2, nodes: 100, runs: false),
              (rootBound: 50.5, nodeBound: 50.5, nodes: 100, runs: false),
              (rootBound: 49.5, nodeBound: 49.2, nodes: 99, runs: false),
          ])
    func proximity(rootBound: Double, nodeBound: Double, nodes: Int, runs: Bool) throws {
        let incumbent: [Double] = [1, 1, 0, 0, 0, 1, 1, 0]
        let proximity = ProximitySearch(formulation: formulation, nodeLimit: 100)
        let runner = HeuristicRunner(formulation: formulation, heuristics: [proximity], solver: solver)
        let root = HeuristicNode(nodeCount: 1, depth: 0, values: incumbent, incumbent: incumbent, incumbentObjective: 48, bound: rootBound)
        #expect(try runner.run(at: root).isEmpty, "the search has not explored the node limit yet")
        let node = HeuristicNode(nodeCount: nodes, depth: 3, values: incumbent, incumbent: incumbent, incumbentObjective: 48, bound: nodeBound)
        let found = try runner.run(at: node)
        #expect(runner.componentStatistics.first?.calls == (runs ? 1 : 0))
        if runs {
            let solution = try #require(found.first)
            #expect(formulation.feasibleSolution(near: solution.values) != nil)
            #expect(formulation.objectiveValue(of: solution.values) > 48)
            #expect(try runner.run(at: node).isEmpty, "it waits for a new incumbent and its node limit again")
        } else {
            #expect(found.isEmpty)
        }
    }

    @Test("a sub-MIP's cutoff stays on the formulation's objective when its own is replaced")
    func cutoffAfterObjectiveReplaced() throws {
        // The distance to the incumbent 0, 1, 2, 3 (value 45), which is 0 at the incumbent.
        var subMIP = SubMIP(formulation)
        subMIP.minimize(formulation.distance(to: [1, 1, 1, 1, 0, 0, 0, 0], over: Array(0..<8)))
        subMIP.cutOff(worseThan: 45)
        let values = try #require(try subMIP.solve(with: solver, nodeLimit: 100, timeLimit: .seconds(10), improvingOn: 45))
        #expect(formulation.objectiveValue(of: values) > 45)
    }

    @Test("a heuristic run after one that found a solution sees that solution as the incumbent")
    func newestIncumbent() throws {
        let lp = try solver.solve(model, options: SolverOptions(relax: true))
        let witness = IncumbentWitness()
        let runner = HeuristicRunner(formulation: formulation, heuristics: [RENS(formulation: formulation), witness], solver: solver)
        _ = try runner.run(at: HeuristicNode(nodeCount: 1, depth: 0, values: lp.values))
        #expect(witness.seen == [51])
    }

    @Test("a sub-MIP with an integral objective must improve by at least 1")
    func cutoffOnIntegralObjective() throws {
        #expect(formulation.hasIntegralObjective)
        var subMIP = SubMIP(formulation)
        subMIP.cutOff(worseThan: 50.5)
        #expect(try subMIP.solve(with: solver, nodeLimit: 100, timeLimit: .seconds(10), improvingOn: 50.5) == nil)
        var open = SubMIP(formulation)
        open.cutOff(worseThan: 49.5)
        #expect(try open.solve(with: solver, nodeLimit: 100, timeLimit: .seconds(10), improvingOn: 49.5).map(formulation.objectiveValue(of:)) == 51)
    }

    @Test("values that break a row, a bound or integrality are no solution")
    func solutionCheck() {
        #expect(formulation.feasibleSolution(near: [1, 1, 1, 1, 0, 0, 0, 0]) != nil)
        #expect(formulation.feasibleSolution(near: [1, 1, 1, 1, 1, 0, 0, 0]) == nil, "weight 27 > 26")
        #expect(formulation.feasibleSolution(near: [1, 1, 1, 0.5, 0, 0, 0, 0]) == nil, "fractional")
        #expect(formulation.feasibleSolution(near: [1, 1, 1, 2, 0, 0, 0, 0]) == nil, "above the bound")
        #expect(formulation.feasibleSolution(near: [1, 1, 1, 1 - 1e-9, 0, 0, 0, 0]) == [1, 1, 1, 1, 0, 0, 0, 0], "rounded")
    }
}

/// A heuristic that only records the incumbent objective of each node it is asked at.
private final class IncumbentWitness: PrimalHeuristic {
    let name = "witness"
    var seen: [Double?] = []

    func subMIP(at node: HeuristicNode) -> SubMIP? {
        seen.append(node.incumbentObjective)
        return nil
    }
}
