import GLPK
import Instances
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
        #expect(components.map(\.name) == ["path-mir", "knapsack-cover", "flow-cover", "knapsack-clique", "cut-pool"])
        let pathMIR = try #require(components.first)
        #expect(pathMIR.calls > 0 && pathMIR.accepted > 0 && pathMIR.accepted <= pathMIR.found)
        #expect(solution.statistics.nodes <= reference.statistics.nodes, "cuts never make the tree larger here")
    }

    /// Five items of weight 60 in five bins of capacity 100: no two items share a bin, so five
    /// bins are needed, while the LP relaxation fills three. The clique cuts `x₁b + … + x₅b ≤ y_b`
    /// of the bins' rows raise the root's bound to 5; without them, GLPK's cuts and its presolver
    /// (whose coefficient reduction alone settles so small a case) the bound stays at 3.
    @Test("clique cuts of the bins' rows prove a bin packing's bound at the root", arguments: [false, true])
    func binPackingBound(withCliques: Bool) throws {
        var model = Model(name: "five big items")
        let count = 5
        let open = model.addVariables(count: count, kind: .binary)
        let assigned = (0..<count).map { _ in model.addVariables(count: count, kind: .binary) }
        for item in 0..<count { model.addConstraint(LinearExpression(assigned[item].map { ($0, 1.0) }) == 1) }
        for bin in 0..<count {
            model.addConstraint(LinearExpression(assigned.map { ($0[bin], 60.0) }) - 100 * open[bin] <= 0)
        }
        model.minimize(LinearExpression(open.map { ($0, 1.0) }))
        var parameters = Self.plain
        parameters.separators = withCliques ? [.knapsackClique] : []
        let solution = try GLPKSolver(parameters: parameters).solve(model, options: SolverOptions(nodeLimit: 2, presolve: false))
        let bound = try #require(solution.bestBound)
        if withCliques {
            #expect(bound > 5 - 1e-6)
            let cliques = try Self.component("knapsack-clique", of: solution)
            #expect(cliques.accepted >= count)
        } else {
            #expect(bound < 4)
        }
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
        let rens = try Self.component("rens", of: solution)
        #expect(rens.kind == .heuristic)
        #expect(rens.calls == 1)
        #expect(rens.accepted <= rens.found)
    }

    /// A library bin packing instance whose 30 items fill all 14 of its bins: any solution is
    /// optimal, and GLPK's search found none in 20 s. RENS's first sub-MIP, with every zero of the
    /// root LP fixed, has no packing; one with fewer fixings has.
    @Test("RENS narrows its fixings until it finds a packing that uses every bin")
    func rensFindsTightPacking() throws {
        let solution = try Self.solveWithDefaults("binpacking-easy-train-00018")
        #expect(solution.termination.reason == .optimal)
        #expect(solution.objectiveValue == 14)
        let rens = try Self.component("rens", of: solution)
        #expect(rens.calls >= 2, "the first neighbourhood has no packing")
        #expect(rens.found == 1 && rens.accepted == 1)
    }

    /// A library bin packing instance whose optimum, 11 bins, is its root bound rounded up. RENS
    /// finds 12 bins and branching never moves the bound; GLPK's search with RENS alone found no
    /// 11-bin packing in 20 s. Proximity search runs after 1000 nodes and finds one.
    @Test("proximity search finds the packing that closes the last step to the bound")
    func proximityClosesLastStep() throws {
        let solution = try Self.solveWithDefaults("binpacking-easy-train-00050")
        #expect(solution.termination.reason == .optimal)
        #expect(solution.objectiveValue == 11)
        let proximity = try Self.component("proximity", of: solution)
        #expect(proximity.found == 1 && proximity.accepted == 1)
    }

    /// A library bin packing instance whose optimum, 15 bins, is one above its root bound
    /// rounded up. Without the last-step search MILPKit's defaults found 15 bins at the root and
    /// no proof in 20 s (10,897 nodes); with it, 14 bins, on the problem that count leaves with
    /// its 14 identical bins reduced to one order, are found infeasible.
    @Test("the last-step search proves a bin packing incumbent optimal")
    func lastStepProvesOptimality() throws {
        let solution = try Self.solveWithDefaults("binpacking-easy-train-00031")
        #expect(solution.termination.reason == .optimal)
        #expect(solution.termination.detail.contains("last step"))
        #expect(solution.objectiveValue == 15 && solution.bestBound == 15)
        let lastStep = try Self.component("last-step", of: solution)
        #expect(lastStep.calls == 1 && lastStep.found == 0)
    }

    /// Library instance `id` solved with MILPKit's defaults, within 30 s (only to keep a failing
    /// run short).
    static func solveWithDefaults(_ id: String) throws -> Solution {
        try GLPKSolver().solve(InstanceLibrary.model(for: InstanceID(id)), options: SolverOptions(timeLimit: .seconds(30)))
    }

    /// What the search component `name` did in `solution`'s solve.
    static func component(_ name: String, of solution: Solution) throws -> SearchComponentStatistics {
        try #require(solution.statistics.searchComponents.first { $0.name == name })
    }

    @Test("without the options no component of MILPKit's own runs")
    func offByDefaultInGLPKsDefaults() throws {
        let solution = try GLPKSolver(parameters: .glpkDefaults).solve(Self.fixedChargeNetwork())
        #expect(solution.statistics.searchComponents.isEmpty)
    }
}
