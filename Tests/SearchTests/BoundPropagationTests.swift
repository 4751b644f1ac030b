import MILP
@testable import Search
import Testing

@Suite("bound propagation and probing")
struct BoundPropagationTests {
    /// Three bins in order (`y0 ≥ y1 ≥ y2`), an item of size 5 in the last bin only when it is
    /// used (`5·x − 10·y2 ≤ 0`), and `used` bins in all, as a row beside the model.
    static func orderedBins(used: Double) -> (formulation: Formulation, step: Formulation.Row) {
        var model = Model(name: "ordered bins")
        let y = model.addVariables(count: 3, kind: .binary)
        let x = model.addVariable(kind: .binary)
        model.addConstraint(y[0] - y[1] >= 0)
        model.addConstraint(y[1] - y[2] >= 0)
        model.addConstraint(5 * x - 10 * y[2] <= 0)
        model.minimize(y[0] + y[1] + y[2])
        let step = Formulation.Row(columns: [0, 1, 2], coefficients: [1, 1, 1], lowerBound: used, upperBound: used)
        return (Formulation(model), step)
    }

    @Test("probing fixes the bins the count and the order leave one value, and propagation empties an unused bin")
    func probingFixesOrderedBins() {
        let (formulation, step) = Self.orderedBins(used: 2)
        var propagation = BoundPropagation(formulation, extraRows: [step])
        let propagated = propagation.propagate()
        #expect(propagated)
        #expect((0..<4).allSatisfy { !propagation.isFixed($0) }, "no single row fixes anything")
        let probed = propagation.probeBinaries()
        #expect(probed)
        #expect(propagation.lowerBounds == [1, 1, 0, 0])
        #expect(propagation.upperBounds == [1, 1, 0, 0])
    }

    @Test("without the order, probing the count fixes nothing")
    func noFixingWithoutOrder() {
        var model = Model(name: "bins")
        let y = model.addVariables(count: 3, kind: .binary)
        model.minimize(y[0] + y[1] + y[2])
        let step = Formulation.Row(columns: [0, 1, 2], coefficients: [1, 1, 1], lowerBound: 2, upperBound: 2)
        var propagation = BoundPropagation(Formulation(model), extraRows: [step])
        let feasible = propagation.propagate() && propagation.probeBinaries()
        #expect(feasible)
        #expect(propagation.lowerBounds == [0, 0, 0] && propagation.upperBounds == [1, 1, 1])
    }

    @Test("a count no ordered use of the bins meets is found infeasible", arguments: [-1.0, 4])
    func infeasibleCount(used: Double) {
        let (formulation, step) = Self.orderedBins(used: used)
        var propagation = BoundPropagation(formulation, extraRows: [step])
        let feasible = propagation.propagate()
        #expect(!feasible)
    }

    @Test("an integer column's bounds narrow to what a row with a continuous column allows")
    func integerBoundsNarrow() {
        var model = Model(name: "mixed")
        let n = model.addVariable(kind: .integer, lowerBound: 0, upperBound: 10)
        let z = model.addVariable(kind: .continuous, lowerBound: 0.5, upperBound: 2)
        model.addConstraint(3 * n + z <= 9.7)
        model.addConstraint(n - z >= 0.2)
        var propagation = BoundPropagation(Formulation(model))
        let feasible = propagation.propagate()
        #expect(feasible)
        // 3n ≤ 9.7 − 0.5 gives n ≤ 3; n ≥ 0.2 + 0.5 gives n ≥ 1; the continuous column keeps its bounds.
        #expect(propagation.lowerBounds == [1, 0.5] && propagation.upperBounds == [3, 2])
    }
}
