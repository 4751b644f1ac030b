import MILP
@testable import Search
import Testing

@Suite("complemented MIR and path aggregation")
struct MixedIntegerRoundingTests {
    /// 2x₁ + 2x₂ + s ≤ 3 with x integer in [0, 5] and s ≥ 0 continuous, at (0.75, 0.75, 0).
    /// Dividing by δ = 2 gives x₁ + x₂ + s/2 ≤ 1.5: f₀ = 0.5, both integer coefficients
    /// integral and the continuous one positive (it drops out), so the MIR cut is x₁ + x₂ ≤ 1,
    /// violated by 0.5.
    @Test("an integer row with a slack rounds to the Chvátal-Gomory cut")
    func integerRow() throws {
        var model = Model()
        let x = model.addVariables(count: 2, kind: .integer, lowerBound: 0, upperBound: 5)
        let s = model.addVariable(lowerBound: 0)
        model.addConstraint(2 * x[0] + 2 * x[1] + s <= 3)
        let cuts = PathMIRSeparator(formulation: Formulation(model)).separate([0.75, 0.75, 0])
        let found = try #require(cuts.first)
        #expect(cut(found.cut, equals: [x[0]: 1, x[1]: 1], rightHandSide: 1, pivot: x[0]))
        #expect(abs(found.efficacy - 0.5 / 2.0.squareRoot()) < 1e-9)
    }

    /// The same row without the slack has integer columns alone: it is left to single-row
    /// separators (GLPK's MIR cuts), and no walk starts from it.
    @Test("a row of integer columns alone starts no walk")
    func integerRowsAreLeftToSingleRowSeparators() {
        var model = Model()
        let x = model.addVariables(count: 2, kind: .integer, lowerBound: 0, upperBound: 5)
        model.addConstraint(2 * x[0] + 2 * x[1] <= 3)
        #expect(PathMIRSeparator(formulation: Formulation(model)).separate([0.75, 0.75]).isEmpty)
    }

    /// x − s ≤ 2.5 with x integer, s ≥ 0 continuous, at x = 2.75, s = 0.25. With δ = 1,
    /// f₀ = 0.5 and the slack's coefficient −1 becomes −1/(1 − f₀) = −2: x − 2s ≤ 2, the basic
    /// mixed-integer rounding inequality, violated by 2.75 − 0.5 − 2 = 0.25.
    @Test("one integer and one continuous column give the basic MIR inequality")
    func basicMixedIntegerRounding() throws {
        var model = Model()
        let x = model.addVariable(kind: .integer, lowerBound: 0, upperBound: 10)
        let s = model.addVariable(lowerBound: 0)
        model.addConstraint(x - s <= 2.5)
        let found = try #require(PathMIRSeparator(formulation: Formulation(model)).separate([2.75, 0.25]).first)
        #expect(cut(found.cut, equals: [x: 1, s: -2], rightHandSide: 2, pivot: x))
    }

    /// A node with demand 3 fed by two arcs, x₁ + x₂ = 3, each with x_i ≤ 10·y_i, at
    /// x = (1.5, 1.5), y = (0.15, 0.15). The ≥ side, −x₁ − x₂ ≤ −3, with both arcs at their
    /// variable upper bounds (x_i = 10y_i − s_i, slacks' coefficients +1 drop out) is
    /// −10y₁ − 10y₂ ≤ −3; δ = 10 gives f₀ = 0.7 and the cut −y₁ − y₂ ≤ −1: some arc must open.
    @Test("variable upper bounds turn a demand row into 'some arc opens'")
    func variableBoundSubstitution() throws {
        var model = Model()
        let x = model.addVariables(count: 2, lowerBound: 0, upperBound: 10)
        let y = model.addVariables(count: 2, kind: .binary)
        model.addConstraint(x[0] + x[1] == 3)
        model.addConstraint(x[0] - 10 * y[0] <= 0)
        model.addConstraint(x[1] - 10 * y[1] <= 0)
        let cuts = PathMIRSeparator(formulation: Formulation(model)).separate([1.5, 1.5, 0.15, 0.15])
        let found = try #require(cuts.max { $0.efficacy < $1.efficacy })
        #expect(cut(found.cut, equals: [y[0]: -1, y[1]: -1], rightHandSide: -1, pivot: y[0]))
    }

    /// The same node at x = (1.5, 1.5), y = (0.5, 0.15). Arc 1's flow is closer to its lower
    /// bound 0 (1.5) than to 10y₁ = 5, so it stays as a slack with coefficient −1; arc 2 uses its
    /// variable bound: −s₁ − 10y₂ + s₂ ≤ −3. With δ = 10, f₀ = 0.7, and s₁ gets −1/0.3, y₂ gets
    /// −1·10, the right side −10: x₁ + 3y₂ ≥ 3, the flow cover "arc 2 opens or arc 1 carries the
    /// demand", violated by 3 − 1.5 − 0.45 = 1.05.
    @Test("a lightly used arc keeps its flow in the cut")
    func flowStaysWhenFarFromItsBound() throws {
        var model = Model()
        let x = model.addVariables(count: 2, lowerBound: 0, upperBound: 10)
        let y = model.addVariables(count: 2, kind: .binary)
        model.addConstraint(x[0] + x[1] == 3)
        model.addConstraint(x[0] - 10 * y[0] <= 0)
        model.addConstraint(x[1] - 10 * y[1] <= 0)
        let cuts = PathMIRSeparator(formulation: Formulation(model)).separate([1.5, 1.5, 0.5, 0.15])
        #expect(cuts.contains { cut($0.cut, equals: [x[0]: -1, y[1]: -3], rightHandSide: -3, pivot: x[0]) })
    }

    /// Two rows linked by a continuous arc: node A passes x₁ on as x₂ (x₁ − x₂ = 0), node B
    /// needs 3 (x₂ = 3); only x₁ has a variable bound, x₁ ≤ 10y₁. At x₁ = x₂ = 3, y₁ = 0.3 no row
    /// alone yields a cut (B has no integer column, A rounds with f₀ = 0). Eliminating x₂ (3 away
    /// from its bounds) by adding B to A gives x₁ = 3, whose ≥ side −10y₁ + s₁ ≤ −3 rounds with
    /// δ = 10 to y₁ ≥ 1.
    @Test("aggregation along a path finds the cut no single row has")
    func pathAggregation() throws {
        var model = Model()
        let x = model.addVariables(count: 2, lowerBound: 0, upperBound: 10)
        let y = model.addVariable(kind: .binary)
        model.addConstraint(x[0] - x[1] == 0)
        model.addConstraint(LinearExpression(x[1]) == 3)
        model.addConstraint(x[0] - 10 * y <= 0)
        let formulation = Formulation(model)
        let point = [3.0, 3.0, 0.3]
        #expect(PathMIRSeparator(formulation: formulation, maximumAggregations: 0).separate(point).isEmpty)
        let cuts = PathMIRSeparator(formulation: formulation).separate(point)
        #expect(cuts.contains { cut($0.cut, equals: [y: -1], rightHandSide: -1, pivot: y) })
    }

    /// A row the point satisfies with room to spare yields nothing, where a point outside the
    /// integer hull does give a cut (``integerRow()``).
    @Test("no cut for a point inside the integer hull")
    func nothingToSeparate() {
        var model = Model()
        let x = model.addVariables(count: 2, kind: .integer, lowerBound: 0, upperBound: 5)
        let s = model.addVariable(lowerBound: 0)
        model.addConstraint(2 * x[0] + 2 * x[1] + s <= 3)
        #expect(PathMIRSeparator(formulation: Formulation(model)).separate([1, 0, 0]).isEmpty)
    }

    /// Every cut found on random single rows with integer and continuous columns (and variable
    /// bounds) holds at every integer point of a grid that satisfies the rows; and the rows do
    /// yield cuts.
    @Test("cuts on random rows are valid")
    func randomRowsGiveValidCuts() {
        var cuts = 0
        for seed in 0..<60 { cuts += checkRandomRow(seed: UInt64(seed)) }
        #expect(cuts >= 20, "only \(cuts) cuts on 60 random rows")
    }

    /// Checks the cuts of one random row; returns how many there were.
    private func checkRandomRow(seed: UInt64) -> Int {
        var generator = SeededGenerator(seed: seed)
        var model = Model()
        let integers = model.addVariables(count: 3, kind: .integer, lowerBound: 0, upperBound: 3)
        let flow = model.addVariable(lowerBound: 0, upperBound: 8)
        let coefficients = (0..<3).map { _ in Double(Int.random(in: -7...9, using: &generator)) }
        let flowCoefficient = Double(Int.random(in: -4...4, using: &generator))
        let rightHandSide = Double(Int.random(in: 1...20, using: &generator)) + 0.5
        model.addConstraint(LinearExpression(zip(integers, coefficients)) + flowCoefficient * flow <= rightHandSide)
        model.addConstraint(flow - 4 * integers[0] <= 0)
        let formulation = Formulation(model)
        let point = (0..<4).map { column in generator.nextUnit() * (column < 3 ? 3 : 8) }
        let cuts = PathMIRSeparator(formulation: formulation).separate(point)
        for found in cuts {
            for a in 0...3 { for b in 0...3 { for c in 0...3 {
                for step in 0...16 {
                    let values = [Double(a), Double(b), Double(c), Double(step) / 2]
                    let rowActivity = zip(coefficients, values).reduce(0) { $0 + $1.0 * $1.1 } + flowCoefficient * values[3]
                    guard rowActivity <= rightHandSide, values[3] <= 4 * values[0] else { continue }
                    #expect(found.cut.violation(at: values) <= 1e-6, "\(found.cut) cuts off \(values)")
                }
            } } }
        }
        return cuts.count
    }
}
