import GLPK
import MILP
@testable import Search
import Testing

@Suite("last-step search")
struct LastStepSearchTests {
    /// Items of `sizes` packed into as many bins of capacity 10, used in order (`y_b ≥ y_{b+1}`),
    /// minimising the bins used; the incumbent puts item `b` in bin `b`.
    static func binPacking(_ sizes: [Double]) -> (formulation: Formulation, incumbent: [Double]) {
        var model = Model(name: "bin packing")
        let bins = sizes.count
        let use = model.addVariables(count: bins, kind: .binary)
        let put = sizes.indices.map { _ in model.addVariables(count: bins, kind: .binary) }
        for item in sizes.indices { model.addConstraint(LinearExpression(put[item].map { ($0, 1.0) }) == 1) }
        for bin in 0..<bins {
            var load = LinearExpression(sizes.indices.map { (put[$0][bin], sizes[$0]) })
            load.add(-10, use[bin])
            model.addConstraint(load <= 0)
        }
        for bin in 1..<bins { model.addConstraint(use[bin - 1] - use[bin] >= 0) }
        model.minimize(use.sum())
        var incumbent = [Double](repeating: 0, count: model.variableCount)
        for bin in 0..<bins { incumbent[use[bin].index] = 1 }
        for item in sizes.indices { incumbent[put[item][item].index] = 1 }
        return (Formulation(model), incumbent)
    }

    /// Runs the last-step search at the root (where it only notes the bound) and then at node
    /// `nodes`, both with bound `bound` and the incumbent of three bins.
    static func run(_ sizes: [Double], bound: Double, nodes: Int = 1000) throws -> (runner: HeuristicRunner, found: [(heuristic: String, values: [Double])], formulation: Formulation) {
        let (formulation, incumbent) = binPacking(sizes)
        let runner = HeuristicRunner(formulation: formulation, heuristics: [LastStepSearch(formulation: formulation)],
                                     solver: GLPKSolver(parameters: .glpkDefaults))
        let root = HeuristicNode(nodeCount: 1, depth: 0, values: incumbent, incumbent: incumbent, incumbentObjective: 3, bound: bound)
        #expect(try runner.run(at: root).isEmpty)
        #expect(runner.componentStatistics.first?.calls == 0, "it waits for 1000 nodes")
        let node = HeuristicNode(nodeCount: nodes, depth: 4, values: incumbent, incumbent: incumbent, incumbentObjective: 3, bound: bound)
        return (runner, try runner.run(at: node), formulation)
    }

    /// Three items of 6 fill 1.8 bins, so the bound is 2, but no two share a bin.
    @Test("when no packing uses one bin fewer than the incumbent, the search proves the incumbent optimal")
    func provesIncumbentOptimal() throws {
        let (runner, found, _) = try Self.run([6, 6, 6], bound: 1.8)
        #expect(found.isEmpty)
        #expect(runner.provedIncumbentOptimal)
        #expect(runner.componentStatistics.first?.calls == 1)
    }

    /// Items of 5, 5 and 6 fit in two bins: the search finds that packing instead of a proof.
    @Test("when a packing uses one bin fewer, the search finds it and proves nothing")
    func findsLastStep() throws {
        let (runner, found, formulation) = try Self.run([5, 5, 6], bound: 1.6)
        let solution = try #require(found.first)
        #expect(formulation.feasibleSolution(near: solution.values) != nil)
        #expect(formulation.objectiveValue(of: solution.values) == 2)
        #expect(!runner.provedIncumbentOptimal)
    }

    /// Four items of weight 2 in a knapsack of 5, each worth 1, with the incumbent of one item and
    /// a bound of 2.5: the step's row (two items) fixes no item, so its sub-MIP would be the
    /// knapsack itself with one more row.
    @Test("it passes when the step's row narrows no bound")
    func passesWhenStepNarrowsNothing() throws {
        var model = Model(name: "knapsack")
        let x = model.addVariables(count: 4, kind: .binary)
        model.addConstraint(LinearExpression(x.map { ($0, 2.0) }) <= 5)
        model.maximize(x.sum())
        let formulation = Formulation(model)
        let runner = HeuristicRunner(formulation: formulation, heuristics: [LastStepSearch(formulation: formulation)],
                                     solver: GLPKSolver(parameters: .glpkDefaults))
        let incumbent: [Double] = [1, 0, 0, 0]
        for (nodes, depth) in [(1, 0), (1000, 4)] {
            let node = HeuristicNode(nodeCount: nodes, depth: depth, values: incumbent, incumbent: incumbent, incumbentObjective: 1, bound: 2.5)
            #expect(try runner.run(at: node).isEmpty)
        }
        #expect(runner.componentStatistics.first?.calls == 0)
        #expect(!runner.provedIncumbentOptimal)
    }

    @Test("it waits while two steps are left or fewer than 1000 nodes are explored",
          arguments: [(bound: 0.9, nodes: 1000), (bound: 1.8, nodes: 999)])
    func waits(bound: Double, nodes: Int) throws {
        let (runner, found, _) = try Self.run([6, 6, 6], bound: bound, nodes: nodes)
        #expect(found.isEmpty && !runner.provedIncumbentOptimal)
        #expect(runner.componentStatistics.first?.calls == 0)
    }
}
