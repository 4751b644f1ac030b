import MILP
@testable import Search
import Testing

@Suite("lifted knapsack and flow covers")
struct CoverTests {
    /// 5x₁ + 5x₂ + 5x₃ + 8x₄ ≤ 12 at (0.9, 0.9, 0.4, 0.1). By value the cover is {1, 2, 3}
    /// (weight 15, excess λ = 3), minimal. μ = (5, 10, 15), so μ_h − λ = 2, 7, 12, and
    /// ρ_h = max(0, a_{h+1} − (a₁ − λ)) = 3. Item 4 (z = 8) lies on (7, 10], the rising part of
    /// the second step: g(8) = 2 − (7 + 3 − 8)/3 = 4/3. The cut x₁ + x₂ + x₃ + 4/3·x₄ ≤ 2 is
    /// violated by 2.2 + 0.1333 − 2.
    @Test("a knapsack cover lifted by the superadditive function")
    func liftedKnapsackCover() throws {
        var model = Model()
        let x = model.addVariables(count: 4, kind: .binary)
        model.addConstraint(5 * x[0] + 5 * x[1] + 5 * x[2] + 8 * x[3] <= 12)
        let found = try #require(KnapsackCoverSeparator(formulation: Formulation(model)).separate([0.9, 0.9, 0.4, 0.1]).first)
        #expect(cut(found.cut, equals: [x[0]: 1, x[1]: 1, x[2]: 1, x[3]: 4.0 / 3], rightHandSide: 2, pivot: x[0]))
    }

    /// 3x₁ + 3x₂ + 3x₃ ≥ 4 over binaries: its ≤ side has only negative coefficients, so with
    /// w = 1 − x it reads 3w₁ + 3w₂ + 3w₃ ≤ 5. At x = (0.6, 0.6, 0.2), w = (0.4, 0.4, 0.8); the
    /// cover {w₃, w₁} (weight 6, excess λ = 1) is minimal. μ₁ − λ = 2 and ρ₁ = a₂ − (a₁ − λ) = 1,
    /// so g rises on (2, 3] to g(3) = 1, lifting w₂ with coefficient 1: w₁ + w₂ + w₃ ≤ 1, which
    /// reads x₁ + x₂ + x₃ ≥ 2, violated by 0.6.
    @Test("negative coefficients are complemented")
    func complementedKnapsack() throws {
        var model = Model()
        let x = model.addVariables(count: 3, kind: .binary)
        model.addConstraint(3 * x[0] + 3 * x[1] + 3 * x[2] >= 4)
        let found = try #require(KnapsackCoverSeparator(formulation: Formulation(model)).separate([0.6, 0.6, 0.2]).first)
        #expect(cut(found.cut, equals: [x[0]: -1, x[1]: -1, x[2]: -1], rightHandSide: -2, pivot: x[0]))
    }

    /// The lifting function never exceeds the exact one: for random covers, g(z) ≤ h on each
    /// `(μ_h − λ, μ_{h+1} − λ]`, and it is superadditive on a grid.
    @Test("the cover lifting function is a valid, superadditive lower bound", arguments: 0..<30)
    func coverLiftingFunction(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let weights = (0..<Int.random(in: 2...5, using: &generator)).map { _ in Double(Int.random(in: 2...20, using: &generator)) }
        let total = weights.reduce(0, +)
        let capacity = total - Double(Int.random(in: 1...Int(weights.min()!), using: &generator)) + 0.5
        guard weights.allSatisfy({ total - $0 <= capacity }) else { return }
        let g = CoverLifting(coverWeights: weights, capacity: capacity)
        let sorted = weights.sorted(by: >)
        let excess = total - capacity
        func exact(_ z: Double) -> Double {
            var sum = 0.0
            for (h, weight) in sorted.enumerated() {
                sum += weight
                if z <= sum - excess { return Double(h) }
            }
            return Double(sorted.count)
        }
        for step in 0...Int(capacity * 4) {
            let z = Double(step) / 4
            #expect(g(z) <= exact(z) + 1e-9, "g(\(z)) = \(g(z)) above the exact \(exact(z)) for \(weights), b = \(capacity)")
            for other in stride(from: 0, through: step, by: 3) where Double(step + other) / 4 <= capacity {
                let w = Double(other) / 4
                #expect(g(z) + g(w) <= g(z + w) + 1e-9, "g not superadditive at \(z), \(w) for \(weights), b = \(capacity)")
            }
        }
    }

    /// Every lifted cover found on a random knapsack holds at all its 0-1 solutions; and the
    /// knapsacks do yield cuts.
    @Test("knapsack covers on random rows are valid")
    func randomKnapsacks() {
        var cuts = 0
        for seed in 0..<60 { cuts += checkRandomKnapsack(seed: UInt64(seed)) }
        #expect(cuts >= 15, "only \(cuts) cuts on 60 random knapsacks")
    }

    /// Checks the cuts of one random knapsack; returns how many there were.
    private func checkRandomKnapsack(seed: UInt64) -> Int {
        var generator = SeededGenerator(seed: seed)
        var model = Model()
        let count = Int.random(in: 3...7, using: &generator)
        let x = model.addVariables(count: count, kind: .binary)
        let weights = (0..<count).map { _ in Double(Int.random(in: -6...15, using: &generator)) }
        let capacity = Double(Int.random(in: 5...25, using: &generator))
        model.addConstraint(LinearExpression(zip(x, weights)) <= capacity)
        let point = (0..<count).map { _ in generator.nextUnit() }
        let cuts = KnapsackCoverSeparator(formulation: Formulation(model)).separate(point)
        for found in cuts {
            for mask in 0..<(1 << count) {
                let values = (0..<count).map { Double((mask >> $0) & 1) }
                guard zip(weights, values).reduce(0, { $0 + $1.0 * $1.1 }) <= capacity else { continue }
                #expect(found.cut.violation(at: values) <= 1e-6, "\(found.cut) cuts off \(values)")
            }
        }
        return cuts.count
    }

    /// Inflow arcs x₁ + x₂ + x₃ ≤ 7 with x_i ≤ 5y_i, at x = (3.5, 3.5, 0), y = (0.7, 0.7, 0).
    /// The cover C+ = {1, 2} has excess λ = 10 − 7 = 3 and both capacities exceed it:
    /// x₁ + x₂ + 2(1 − y₁) + 2(1 − y₂) ≤ 7. Arc 3 (u = 5) lifts with M₁ = 5: u lies at the top
    /// of the rising part (M₁ − λ, M₁], so α = 1, β = M₁ − λ = 2. The cut
    /// x₁ + x₂ + x₃ − 2y₁ − 2y₂ − 2y₃ ≤ 3 is violated by 7 − 2.8 − 3 = 1.2.
    @Test("a flow cover lifted onto the arc outside it")
    func liftedFlowCover() throws {
        var model = Model()
        let x = model.addVariables(count: 3, lowerBound: 0, upperBound: 5)
        let y = model.addVariables(count: 3, kind: .binary)
        model.addConstraint(x[0] + x[1] + x[2] <= 7)
        for i in 0..<3 { model.addConstraint(x[i] - 5 * y[i] <= 0) }
        let found = try #require(FlowCoverSeparator(formulation: Formulation(model)).separate([3.5, 3.5, 0, 0.7, 0.7, 0]).first)
        #expect(cut(found.cut, equals: [x[0]: 1, x[1]: 1, x[2]: 1, y[0]: -2, y[1]: -2, y[2]: -2], rightHandSide: 3, pivot: x[0]))
    }

    /// A demand node, x₁ + x₂ ≥ 3 (in arcs, capacity 10), at x = (1.5, 1.5), y = (0.15, 0.5):
    /// the ≤ side −x₁ − x₂ ≤ −3 has no inflow arcs, so the empty cover has λ = 3. Arc 1 enters
    /// as λ·y₁ (0.45 at the point, below its flow 1.5), arc 2 as its flow (1.5, not above
    /// λ·y₂ = 1.5): 0 ≤ −3 + 3y₁ + x₂, that is 3y₁ + x₂ ≥ 3, violated by 1.05.
    @Test("an empty cover at a demand node is the dicut with flows")
    func demandNodeCover() throws {
        var model = Model()
        let x = model.addVariables(count: 2, lowerBound: 0, upperBound: 10)
        let y = model.addVariables(count: 2, kind: .binary)
        model.addConstraint(x[0] + x[1] >= 3)
        for i in 0..<2 { model.addConstraint(x[i] - 10 * y[i] <= 0) }
        let found = try #require(FlowCoverSeparator(formulation: Formulation(model)).separate([1.5, 1.5, 0.15, 0.5]).first)
        #expect(cut(found.cut, equals: [y[0]: -3, x[1]: -1], rightHandSide: -3, pivot: x[1]))
    }

    /// Every lifted flow cover found on a random single-node flow set (inflow and outflow arcs
    /// switched by binaries, a binary-only arc, an always-open outflow) holds at all its
    /// solutions: for each 0-1 switch vector, the largest violation over the flows is an LP with
    /// one row, whose value is min over μ ≥ 0 of μ·b + Σ_j u_j·max(0, c_j − μ·s_j). And the
    /// flow sets do yield cuts.
    @Test("flow covers on random single-node flow sets are valid")
    func randomFlowSets() {
        var cuts = 0
        for seed in 0..<200 { cuts += checkRandomFlowSet(seed: UInt64(seed)) }
        #expect(cuts >= 40, "only \(cuts) cuts on 200 random flow sets")
    }

    /// Checks the cuts of one random single-node flow set; returns how many there were.
    private func checkRandomFlowSet(seed: UInt64) -> Int {
        var generator = SeededGenerator(seed: seed)
        var model = Model()
        let arcs = Int.random(in: 2...5, using: &generator)
        let capacities = (0..<arcs).map { _ in Double(Int.random(in: 1...12, using: &generator)) }
        let signs = (0..<arcs).map { _ in Bool.random(using: &generator) ? 1.0 : -1.0 }
        let x = (0..<arcs).map { model.addVariable(lowerBound: 0, upperBound: capacities[$0]) }
        let y = model.addVariables(count: arcs, kind: .binary)
        let binaryWeight = Double(Int.random(in: -6...6, using: &generator))
        let alone = model.addVariable(kind: .binary)
        let openCapacity = Double(Int.random(in: 0...4, using: &generator))
        let open = model.addVariable(lowerBound: 0, upperBound: openCapacity)
        let capacity = Double(Int.random(in: -8...15, using: &generator))
        var row = LinearExpression(zip(x, signs))
        row.add(binaryWeight, alone)
        row.add(-1, open)
        model.addConstraint(row <= capacity)
        for i in 0..<arcs { model.addConstraint(x[i] - capacities[i] * y[i] <= 0) }
        let formulation = Formulation(model)
        var point = [Double](repeating: 0, count: formulation.columnCount)
        for i in 0..<arcs {
            point[y[i].index] = generator.nextUnit()
            point[x[i].index] = point[y[i].index] * capacities[i] * generator.nextUnit()
        }
        point[alone.index] = generator.nextUnit()
        point[open.index] = openCapacity * generator.nextUnit()

        let cuts = FlowCoverSeparator(formulation: formulation).separate(point)
        for found in cuts {
            let coefficient = Dictionary(found.cut.terms.map { ($0.variable.index, $0.coefficient) }, uniquingKeysWith: +)
            // Continuous columns: the arcs' flows and the always-open outflow.
            let flows = x.map(\.index) + [open.index]
            let rowCoefficients = signs + [-1]
            let upper = capacities + [openCapacity]
            for mask in 0..<(1 << (arcs + 1)) {
                let switches = (0...arcs).map { Double((mask >> $0) & 1) }
                var constant = -found.cut.rightHandSide + coefficient[alone.index, default: 0] * switches[arcs]
                for i in 0..<arcs { constant += coefficient[y[i].index, default: 0] * switches[i] }
                let budget = capacity - binaryWeight * switches[arcs]
                let bounds = flows.indices.map { $0 < arcs ? upper[$0] * switches[$0] : upper[$0] }
                let gains = flows.map { coefficient[$0, default: 0] }
                // max Σ gain·x s.t. Σ row·x ≤ budget, 0 ≤ x ≤ bounds, by LP duality over the breakpoints.
                var multipliers = [0.0]
                for j in flows.indices where rowCoefficients[j] != 0 && gains[j] / rowCoefficients[j] > 0 { multipliers.append(gains[j] / rowCoefficients[j]) }
                let feasible = budget >= -zip(rowCoefficients, bounds).reduce(0) { $0 + max(0, -$1.0) * $1.1 } - 1e-9
                guard feasible else { continue }
                let worst = multipliers.map { mu in
                    mu * budget + flows.indices.reduce(0) { $0 + bounds[$1] * max(0, gains[$1] - mu * rowCoefficients[$1]) }
                }.min()!
                #expect(constant + worst <= 1e-6, "\(found.cut) is violated by \(constant + worst) at switches \(switches)")
            }
        }
        return cuts.count
    }
}
