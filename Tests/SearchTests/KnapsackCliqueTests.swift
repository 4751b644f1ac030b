import MILP
@testable import Search
import Testing

@Suite("clique inequalities of knapsack rows")
struct KnapsackCliqueTests {
    /// A bin of capacity 100 opened by y: 60x₁ + 55x₂ + 50x₃ + 40x₄ ≤ 100y. With y complemented
    /// the row reads 60x₁ + 55x₂ + 50x₃ + 40x₄ + 100(1 − y) ≤ 100; x₁, x₂, x₃ conflict pairwise
    /// (105 > 100 is the lightest pair), x₄ fits with x₁ (60 + 40 = 100), and 1 − y conflicts with
    /// every item. At x = (0.5, 0.5, 0.5, 0), y = 0.9 the clique {x₁, x₂, x₃, 1 − y} weighs 1.6:
    /// x₁ + x₂ + x₃ ≤ y.
    @Test("a bin's heavy items are bounded by its opening variable")
    func binClique() throws {
        var model = Model()
        let x = model.addVariables(count: 4, kind: .binary)
        let y = model.addVariable(kind: .binary)
        model.addConstraint(60 * x[0] + 55 * x[1] + 50 * x[2] + 40 * x[3] - 100 * y <= 0)
        let found = try #require(KnapsackCliqueSeparator(formulation: Formulation(model)).separate([0.5, 0.5, 0.5, 0, 0.9]).first)
        #expect(cut(found.cut, equals: [x[0]: 1, x[1]: 1, x[2]: 1, y: -1], rightHandSide: 0, pivot: x[0]))
    }

    /// 9x₁ + 8x₂ + 7x₃ + 3x₄ ≤ 10: the cliques are {x₁, x₂, x₃} and {x₁, x₂, x₄} (9 + 3 and 8 + 3
    /// exceed 10, 7 + 3 does not). At (0.2, 0.3, 0.2, 0.9) the second weighs 1.4, the first 0.7:
    /// the cut is the run of the two heaviest items plus the light one, x₁ + x₂ + x₄ ≤ 1.
    @Test("the heaviest clique may skip items between the run and its lightest item")
    func runPlusOne() throws {
        var model = Model()
        let x = model.addVariables(count: 4, kind: .binary)
        model.addConstraint(9 * x[0] + 8 * x[1] + 7 * x[2] + 3 * x[3] <= 10)
        let found = try #require(KnapsackCliqueSeparator(formulation: Formulation(model)).separate([0.2, 0.3, 0.2, 0.9]).first)
        #expect(cut(found.cut, equals: [x[0]: 1, x[1]: 1, x[3]: 1], rightHandSide: 1, pivot: x[0]))
    }

    /// 5x₁ + 5x₂ + 5x₃ ≤ 10 admits any two items together: no conflict, no clique, whatever
    /// the point; and a row whose items pairwise conflict but whose point weighs at most 1 is not cut.
    @Test("no cut without a violated clique")
    func noCut() {
        var model = Model()
        let x = model.addVariables(count: 3, kind: .binary)
        model.addConstraint(5 * x[0] + 5 * x[1] + 5 * x[2] <= 10)
        #expect(KnapsackCliqueSeparator(formulation: Formulation(model)).separate([1, 1, 0.9]).isEmpty)
        var tight = Model()
        let z = tight.addVariables(count: 3, kind: .binary)
        tight.addConstraint(6 * z[0] + 6 * z[1] + 6 * z[2] <= 10)
        #expect(KnapsackCliqueSeparator(formulation: Formulation(tight)).separate([0.4, 0.3, 0.3]).isEmpty)
    }

    /// On random knapsacks the clique found is the heaviest of all sets of pairwise conflicting
    /// items (found by enumeration), and the cut holds at every 0-1 solution of the row.
    @Test("the heaviest clique is exact and its cut valid", arguments: 0..<40)
    func randomKnapsack(seed: Int) {
        var generator = SeededGenerator(seed: UInt64(seed))
        let count = Int.random(in: 2...8, using: &generator)
        let weights = (0..<count).map { _ in Double(Int.random(in: 1...20, using: &generator)) }
        let capacity = Double(Int.random(in: 5...30, using: &generator))
        let values = (0..<count).map { _ in generator.nextUnit() }
        var heaviest = 0.0
        for mask in 1..<(1 << count) {
            let members = (0..<count).filter { (mask >> $0) & 1 == 1 }
            let isClique = members.allSatisfy { i in members.allSatisfy { j in i == j || weights[i] + weights[j] > capacity } }
            if isClique { heaviest = max(heaviest, members.reduce(0) { $0 + values[$1] }) }
        }
        let found = KnapsackCliqueSeparator.heaviestClique(weights: weights, values: values, capacity: capacity)
        if heaviest > 1 + 1e-6 {
            guard let found else {
                Issue.record("no clique found; the heaviest weighs \(heaviest) for \(weights), b = \(capacity)")
                return
            }
            #expect(abs(found.reduce(0) { $0 + values[$1] } - heaviest) < 1e-9)
            #expect(found.allSatisfy { i in found.allSatisfy { j in i == j || weights[i] + weights[j] > capacity } })
        } else {
            #expect(found == nil)
        }

        // The same weights in a row with some terms negated: every cut holds at every solution.
        var model = Model()
        let x = model.addVariables(count: count, kind: .binary)
        let signs = (0..<count).map { _ in Bool.random(using: &generator) ? 1.0 : -1.0 }
        let coefficients = zip(weights, signs).map { $0 * $1 }
        // Complementing the negative terms turns the row back into a knapsack of this capacity.
        let rightHandSide = capacity + coefficients.filter { $0 < 0 }.reduce(0, +)
        model.addConstraint(LinearExpression(zip(x, coefficients)) <= rightHandSide)
        let point = (0..<count).map { _ in generator.nextUnit() }
        for found in KnapsackCliqueSeparator(formulation: Formulation(model)).separate(point) {
            for mask in 0..<(1 << count) {
                let solution = (0..<count).map { Double((mask >> $0) & 1) }
                guard zip(coefficients, solution).reduce(0, { $0 + $1.0 * $1.1 }) <= rightHandSide else { continue }
                #expect(found.cut.violation(at: solution) <= 1e-6, "\(found.cut) cuts off \(solution)")
            }
        }
    }
}
