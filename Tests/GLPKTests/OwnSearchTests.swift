import GLPK
import MILP
import Testing

/// MILPKit's own separators and heuristics running inside GLPK's branch-and-cut.
@Suite("MILPKit's own search in GLPK")
struct OwnSearchTests {
    /// A fixed-charge network flow on a 4×4 grid: arcs both ways between neighbours, capacity
    /// equal to the total demand, a fixed cost of 10 for opening an arc and 1 per unit of flow;
    /// node 0 supplies the demands of five other nodes.
    static func fixedChargeNetwork() -> Model {
        var model = Model(name: "fixed-charge grid")
        let side = 4
        let demands: [Int: Double] = [3: 4, 5: 3, 10: 5, 12: 2, 15: 6]
        let total = demands.values.reduce(0, +)
        var inflow = [LinearExpression](repeating: LinearExpression(), count: side * side)
        var objective = LinearExpression()
        for node in 0..<(side * side) {
            let (row, column) = (node / side, node % side)
            for (dr, dc) in [(0, 1), (1, 0), (0, -1), (-1, 0)] where (0..<side).contains(row + dr) && (0..<side).contains(column + dc) {
                let head = (row + dr) * side + column + dc
                let flow = model.addVariable("x\(node)_\(head)", lowerBound: 0, upperBound: total)
                let open = model.addVariable("y\(node)_\(head)", kind: .binary)
                model.addConstraint(flow - total * open <= 0)
                inflow[head] += flow
                inflow[node] -= flow
                objective += flow + 10 * open
            }
        }
        for node in 0..<(side * side) {
            model.addConstraint(inflow[node] == (node == 0 ? -total : demands[node] ?? 0))
        }
        model.minimize(objective)
        return model
    }

    /// A multiple knapsack: 24 items with weights and profits from a fixed sequence, each put in
    /// at most one of 3 knapsacks of capacity 100. Cuts at its root leave the LP bound as it was.
    static func multipleKnapsack() -> Model {
        var model = Model(name: "multiple knapsack")
        let (items, knapsacks) = (24, 3)
        let weights = (0..<items).map { Double(20 + ($0 * 37) % 41) }
        let profits = (0..<items).map { weights[$0] + Double(($0 * 53) % 29) }
        let put = (0..<items).map { item in model.addVariables(count: knapsacks, kind: .binary) { "x\(item)_\($0)" } }
        for item in 0..<items { model.addConstraint(put[item].sum() <= 1) }
        for knapsack in 0..<knapsacks {
            model.addConstraint(LinearExpression((0..<items).map { (put[$0][knapsack], weights[$0]) }) <= 100)
        }
        model.maximize(LinearExpression((0..<items).flatMap { item in put[item].map { ($0, profits[item]) } }))
        return model
    }

    static let plain = GLPKParameters(cuts: [])

    @Test("separators add cuts and leave the optimum as it is", arguments: [false, true])
    func separatorsKeepTheOptimum(presolve: Bool) throws {
        let model = Self.fixedChargeNetwork()
        let reference = try GLPKSolver(parameters: Self.plain).solve(model, options: SolverOptions(presolve: presolve))
        var parameters = Self.plain
        parameters.separators = Set(GLPKParameters.Separator.allCases)
        let solution = try GLPKSolver(parameters: parameters).solve(model, options: SolverOptions(presolve: presolve))
        #expect(reference.termination.reason == .optimal)
        #expect(solution.termination.reason == .optimal)
        #expect(try abs(#require(solution.objectiveValue) - #require(reference.objectiveValue)) < 1e-6)
        let components = solution.statistics.searchComponents
        #expect(components.map(\.name) == ["path-mir", "knapsack-cover", "flow-cover", "cut-pool"])
        let pathMIR = try #require(components.first)
        #expect(pathMIR.calls > 0 && pathMIR.accepted > 0 && pathMIR.accepted <= pathMIR.found)
        #expect(solution.statistics.nodes <= reference.statistics.nodes, "cuts never make the tree larger here")
    }

    @Test("a search whose root's cuts left its bound where it was starts again without cuts", arguments: [false, true])
    func searchRestartsWithoutCutsThatDidNotPay(presolve: Bool) throws {
        var log = ""
        let knapsack = try GLPKSolver().solve(Self.multipleKnapsack(), options: SolverOptions(presolve: presolve),
                                              hooks: SolverHooks(log: { log += $0 }))
        let reference = try GLPKSolver(parameters: .glpkDefaults).solve(Self.multipleKnapsack())
        #expect(knapsack.termination.reason == .optimal)
        #expect(try abs(#require(knapsack.objectiveValue) - #require(reference.objectiveValue)) < 1e-6)
        #expect(log.contains("The root's cuts did not move its bound: searching again without cuts"))
        let components = knapsack.statistics.searchComponents
        #expect(components.map(\.name) == ["path-mir", "knapsack-cover", "flow-cover", "cut-pool", "rens"])
        let pool = try #require(components.first { $0.name == "cut-pool" })
        #expect(knapsack.statistics.nodes > 20)
        #expect(pool.calls <= 60, "the pool is scanned in the root's rounds only, not at the \(knapsack.statistics.nodes) nodes")
        #expect(components.first { $0.name == "rens" }?.calls == 2, "RENS runs at both searches' roots")

        // Where the root's cuts move the bound, the search goes on with them.
        log = ""
        let network = try GLPKSolver().solve(Self.fixedChargeNetwork(), options: SolverOptions(presolve: presolve),
                                             hooks: SolverHooks(log: { log += $0 }))
        #expect(!log.contains("searching again"))
        let networkPool = try #require(network.statistics.searchComponents.first { $0.name == "cut-pool" })
        #expect(networkPool.calls > network.statistics.nodes / 2)
    }

    @Test("heuristics run at the root and their solutions are checked and accepted")
    func heuristicsFindSolutions() throws {
        let model = Self.fixedChargeNetwork()
        var parameters = Self.plain
        parameters.heuristics = Set(GLPKParameters.Heuristic.allCases)
        let solution = try GLPKSolver(parameters: parameters).solve(model)
        let reference = try GLPKSolver(parameters: Self.plain).solve(model)
        #expect(solution.termination.reason == .optimal)
        #expect(try abs(#require(solution.objectiveValue) - #require(reference.objectiveValue)) < 1e-6)
        let rens = try #require(solution.statistics.searchComponents.first { $0.name == "rens" })
        #expect(rens.kind == .heuristic)
        #expect(rens.calls == 1)
        #expect(rens.accepted <= rens.found)
    }

    @Test("without the options no component of MILPKit's own runs")
    func offByDefaultInGLPKsDefaults() throws {
        let solution = try GLPKSolver(parameters: .glpkDefaults).solve(Self.fixedChargeNetwork())
        #expect(solution.statistics.searchComponents.isEmpty)
    }
}
