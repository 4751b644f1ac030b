import GLPK
import MILP
@testable import Search
import Testing

@Suite("orbitopes of interchangeable blocks")
struct OrbitopeTests {
    /// A bin packing model in its textbook form: `x[i][b]` puts item `i` into bin `b`, each item
    /// in exactly one bin (rows 0 to items − 1), bin `b` holds at most `capacities[b]·y[b]`, and
    /// the number of bins opened is minimised.
    struct BinPacking {
        var model = Model()
        var x: [[Variable]] = []
        var y: [Variable] = []

        init(weights: [Double], capacities: [Double]) {
            x = weights.map { _ in model.addVariables(count: capacities.count, kind: .binary) }
            y = model.addVariables(count: capacities.count, kind: .binary)
            for row in x { model.addConstraint(LinearExpression(row.map { ($0, 1.0) }) == 1) }
            for (bin, capacity) in capacities.enumerated() {
                model.addConstraint(LinearExpression(weights.indices.map { (x[$0][bin], weights[$0]) }) - capacity * y[bin] <= 0)
            }
            model.minimize(LinearExpression(y.map { ($0, 1.0) }))
        }
    }

    /// Three identical bins and four items: the bins are the blocks (each bin's items and its
    /// opening variable, joined by its capacity row), the assignment rows hold one column of
    /// each, and item 0 goes to bin 0, item 1 to bin 0 or 1.
    @Test("identical bins form one orbitope, which fixes the later bins of the first items")
    func identicalBins() throws {
        let packing = BinPacking(weights: [4, 3, 3, 2], capacities: [6, 6, 6])
        let orbitopes = Orbitope.orbitopes(in: Formulation(packing.model))
        let orbitope = try #require(orbitopes.first)
        #expect(orbitopes.count == 1)
        #expect(orbitope.rows == [0, 1, 2, 3])
        #expect(orbitope.columns == packing.x.map { $0.map(\.index) })
        #expect(orbitope.blockCount == 3)
        #expect(orbitope.columnsFixedAtZero == [packing.x[0][1].index, packing.x[0][2].index, packing.x[1][2].index])
    }

    /// Any order of the packing rows gives valid fixings; the heaviest item first fixes it alone
    /// into bin 0, where its capacity row weighs most. Items of 2, 4 and 3 are taken 1, 2, 0.
    @Test("the orbitope takes its rows heaviest first")
    func heaviestRowsFirst() throws {
        let packing = BinPacking(weights: [2, 4, 3], capacities: [6, 6, 6])
        let orbitope = try #require(Orbitope.orbitopes(in: Formulation(packing.model)).first)
        #expect(orbitope.rows == [1, 2, 0])
        #expect(orbitope.columnsFixedAtZero == [packing.x[1][1].index, packing.x[1][2].index, packing.x[2][2].index])
    }

    /// Rows `y[b] ≥ y[b+1]` tie each bin to its neighbours: swapping two bins changes the model,
    /// so there are no interchangeable blocks.
    @Test("rows ordering the bins leave nothing interchangeable")
    func orderedBins() {
        var packing = BinPacking(weights: [4, 3, 3, 2], capacities: [6, 6, 6])
        for bin in 0..<2 { packing.model.addConstraint(packing.y[bin] - packing.y[bin + 1] >= 0) }
        #expect(Orbitope.orbitopes(in: Formulation(packing.model)).isEmpty)
    }

    /// Bins of capacities 6, 6, 8, 8 are two classes of two; a bin that costs more than its twin
    /// is in neither.
    @Test("bins differing in capacity or cost are not interchangeable")
    func binClasses() {
        let packing = BinPacking(weights: [4, 3, 3, 2], capacities: [6, 6, 8, 8])
        let x = packing.x.map { $0.map(\.index) }
        #expect(Orbitope.orbitopes(in: Formulation(packing.model)) == [
            Orbitope(rows: [0, 1, 2, 3], columns: x.map { [$0[0], $0[1]] }),
            Orbitope(rows: [0, 1, 2, 3], columns: x.map { [$0[2], $0[3]] }),
        ])
        var costly = BinPacking(weights: [4, 3, 3, 2], capacities: [6, 6])
        costly.model.minimize(costly.y[0] + 2 * costly.y[1])
        #expect(Orbitope.orbitopes(in: Formulation(costly.model)).isEmpty)
    }

    /// Multiple knapsacks of capacities drawn from {9, 12}, items in at most one of them
    /// (packing rows `≤ 1`), profit maximised: the optimum with the orbitopes' columns fixed is
    /// the optimum without. Fixing a column too many, or treating knapsacks of different
    /// capacities as interchangeable, loses the optimum on some of these instances.
    @Test("fixing the orbitopes' columns keeps the optimum", arguments: 0..<24)
    func optimumKept(seed: Int) throws {
        var generator = SeededGenerator(seed: UInt64(seed))
        let items = Int.random(in: 5...8, using: &generator)
        let capacities = (0..<3).map { _ in Bool.random(using: &generator) ? 9.0 : 12.0 }
        var model = Model()
        let x = (0..<items).map { _ in model.addVariables(count: capacities.count, kind: .binary) }
        let weights = (0..<items).map { _ in Double(Int.random(in: 2...8, using: &generator)) }
        let profits = (0..<items).map { _ in Double(Int.random(in: 1...20, using: &generator)) }
        for row in x { model.addConstraint(LinearExpression(row.map { ($0, 1.0) }) <= 1) }
        for knapsack in capacities.indices {
            model.addConstraint(LinearExpression((0..<items).map { (x[$0][knapsack], weights[$0]) }) <= capacities[knapsack])
        }
        model.maximize(LinearExpression((0..<items).flatMap { item in x[item].map { ($0, profits[item]) } }))

        let plain = try GLPKSolver(parameters: GLPKParameters()).solve(model)
        let broken = try GLPKSolver(parameters: GLPKParameters(symmetryBreaking: true)).solve(model)
        #expect(broken.termination.reason == .optimal)
        #expect(broken.objectiveValue == plain.objectiveValue)
        let fixed = Orbitope.orbitopes(in: Formulation(model)).flatMap(\.columnsFixedAtZero).count
        let statistics = try #require(broken.statistics.searchComponents.first { $0.name == "orbitope" })
        #expect(statistics.kind == .symmetry)
        #expect(statistics.accepted == fixed)
    }

    /// A MIP start with item 0 in bin 2 breaks the fixing that keeps item 0 in bin 0, yet it is
    /// a solution of the model: it is taken, and its value is the optimum.
    @Test("a MIP start outside the fixings is still taken")
    func startOutsideFixings() throws {
        let packing = BinPacking(weights: [4, 3, 3, 2], capacities: [6, 6, 6])
        var start: [Variable: Double] = [:]
        for (item, bin) in [(0, 2), (1, 1), (2, 1), (3, 2)] { start[packing.x[item][bin]] = 1 }
        for bin in [1, 2] { start[packing.y[bin]] = 1 }
        for row in packing.x { for column in row where start[column] == nil { start[column] = 0 } }
        start[packing.y[0]] = 0
        let solution = try GLPKSolver().solve(packing.model, options: SolverOptions(initialSolution: InitialSolution(start)))
        #expect(solution.initialSolutionReport?.outcome == .accepted)
        #expect(solution.termination.reason == .optimal)
        #expect(solution.objectiveValue == 2)
        #expect(solution.statistics.searchComponents.first { $0.name == "orbitope" }?.accepted == 3)
    }
}
