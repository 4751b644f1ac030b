import MILP
import Testing

private typealias Term = LinearExpression.Term

@Suite("Linear expressions")
struct LinearExpressionTests {
    @Test("operators build the expected terms and constant")
    func operators() {
        var model = Model()
        let x = model.addVariable("x"), y = model.addVariable("y")
        let inner: LinearExpression = y - 4 * x
        let expression: LinearExpression = 2 * x + 3 - inner * 2 + 1.5 + x
        let merged = expression.merged()
        #expect(merged.terms == [Term(11, x), Term(-2, y)])
        #expect(merged.constant == 4.5)
        #expect((-(x + y)).merged().terms == [Term(-1, x), Term(-1, y)])
        let whole: Int = 3
        #expect((whole * x).terms == [Term(3, x)])
        #expect((1 - x).constant == 1)
    }

    @Test("merging combines repeated variables and drops zeros")
    func merging() {
        var model = Model()
        let v = model.addVariables(count: 3)
        let expression = v[2] + v[0] - v[2] + 2 * v[1] + v[0]
        #expect(expression.merged().terms == [Term(2, v[0]), Term(2, v[1])])
    }

    @Test("sums over sequences")
    func sums() {
        var model = Model()
        let v = model.addVariables(count: 4)
        #expect(v.sum().terms.count == 4)
        let weighted = (0..<4).sum { Double($0) * v[$0] }
        #expect(weighted.merged().terms == [Term(1, v[1]), Term(2, v[2]), Term(3, v[3])])
        #expect([v[0] + 1, v[1] + 2].sum().constant == 3)
        #expect(LinearExpression([(v[0], 2.0), (v[3], -1.0)], constant: 5).value(at: [1, 9, 9, 4]) == 3)
    }

    @Test("accumulating 200,000 terms with += and sum")
    func longAccumulation() {
        var model = Model()
        let v = model.addVariables(count: 200_000)
        var total = LinearExpression()
        for variable in v { total += 2 * variable }
        #expect(total.terms.count == 200_000)
        #expect(v.sum { 2 * $0 }.terms.count == 200_000)
    }

    @Test("comparisons become constraints with the constant moved into the bounds")
    func constraints() {
        var model = Model()
        let x = model.addVariable("x"), y = model.addVariable("y")
        let row = model.addConstraint(x + 2 >= y, name: "row")
        #expect(model[row].terms == [Term(1, x), Term(-1, y)])
        #expect(model[row].lowerBound == -2)
        #expect(model[row].upperBound == .infinity)
        let equality = model.addConstraint(x + y == 4)
        #expect(model[equality].lowerBound == 4 && model[equality].upperBound == 4)
        let ranged = model.addConstraint(2 * x + 1, in: 3...9)
        #expect(model[ranged].lowerBound == 2 && model[ranged].upperBound == 8)
        let flipped = model.addConstraint(5 <= x + y)
        #expect(model[flipped].lowerBound == 5)
        #expect(model.constraint(named: "row") == row)
    }

    @Test("descriptions read like algebra")
    func description() {
        var model = Model()
        let x = model.addVariable(), y = model.addVariable()
        #expect((2 * x - y + 3).description == "2 x0 - x1 + 3")
        #expect(LinearExpression(-1.5).description == "-1.5")
    }
}

@Suite("Models")
struct ModelTests {
    @Test("statistics count rows, columns, nonzeros, integers and ranges")
    func statistics() {
        var model = Model()
        let b = model.addVariables(count: 2, kind: .binary)
        let n = model.addVariable("n", kind: .integer, upperBound: 50)
        let c = model.addVariable("c", lowerBound: -3)
        model.addConstraint(0.5 * b[0] + 200 * b[1] + n <= 10)
        model.addConstraint(c - n >= -1e4)
        model.minimize(3 * c + 0.25 * n)
        let statistics = model.statistics
        #expect(statistics.rows == 2 && statistics.columns == 4 && statistics.nonzeros == 5)
        #expect(statistics.integers == 3 && statistics.binaries == 2)
        #expect(statistics.coefficientRange == ModelStatistics.Range(minimum: 0.5, maximum: 200))
        #expect(statistics.objectiveRange == ModelStatistics.Range(minimum: 0.25, maximum: 3))
        #expect(statistics.boundRange == ModelStatistics.Range(minimum: 1, maximum: 50))
        #expect(statistics.rightHandSideRange == ModelStatistics.Range(minimum: 10, maximum: 1e4))
        #expect(abs(statistics.density - 5.0 / 8) < 1e-12)
    }

    @Test("relaxed() makes every variable continuous and keeps bounds")
    func relaxation() {
        var model = Model()
        let b = model.addVariable("b", kind: .binary)
        let relaxed = model.relaxed()
        #expect(relaxed[b].kind == .continuous)
        #expect(relaxed[b].upperBound == 1)
        #expect(model[b].kind == .binary)
        #expect(!relaxed.hasIntegerVariables && model.hasIntegerVariables)
    }

    @Test("binary variables are bounded to [0, 1], and setKind keeps that")
    func binaryBounds() {
        var model = Model()
        let b = model.addVariable("b", kind: .binary, lowerBound: -5, upperBound: 9)
        #expect(model[b].lowerBound == 0 && model[b].upperBound == 1)
        let x = model.addVariable("x", upperBound: 7)
        model.setKind(x, .binary)
        #expect(model[x].upperBound == 1)
    }

    @Test("handles belong to their own model only")
    func ownership() {
        var first = Model(), second = Model()
        let x = first.addVariable("x")
        second.addVariable("y")
        #expect(first.contains(x))
        #expect(!second.contains(x))
        #expect(first.variable(named: "x") == x)
        #expect(first.variable(at: 0) == x)
    }

    @Test("keyed families keep key order and look up by key")
    func families() {
        var model = Model()
        struct Slot: Hashable, Sendable { var layer: Int; var gpu: Int }
        let keys = [Slot(layer: 0, gpu: 1), Slot(layer: 1, gpu: 0)]
        let x = model.addVariables(indexedBy: keys, kind: .binary) { "x[\($0.layer),\($0.gpu)]" }
        #expect(x.count == 2)
        #expect(model[x[Slot(layer: 1, gpu: 0)]].name == "x[1,0]")
        #expect(x.variable(for: Slot(layer: 5, gpu: 5)) == nil)
        #expect(Array(x) == x.variables)
    }
}

@Suite("Seeded generator")
struct SeededGeneratorTests {
    @Test("the sequence depends only on the seed and never changes")
    func pinnedSequence() {
        var random = SeededGenerator(seed: 42)
        let first = (0..<3).map { _ in random.next() }
        var again = SeededGenerator(seed: 42)
        #expect((0..<3).map { _ in again.next() } == first)
        var other = SeededGenerator(seed: 43)
        #expect(other.next() != first[0])
        // Pinned so that a change to the generator, which would change every instance, is noticed.
        #expect(first == Self.pinned)
    }

    /// The first outputs for seed 42, cross-checked against an independent xoshiro256** implementation.
    static let pinned: [UInt64] = [1_546_998_764_402_558_742, 6_990_951_692_964_543_102, 12_544_586_762_248_559_009]

    @Test("integers are within range and cover it")
    func integers() {
        var random = SeededGenerator(seed: 1)
        let draws = (0..<2000).map { _ in random.integer(in: 3...7) }
        #expect(Set(draws) == Set(3...7))
        let units = (0..<2000).map { _ in random.nextUnit() }
        #expect(units.allSatisfy { $0 >= 0 && $0 < 1 })
        #expect(random.shuffled(0..<10).sorted() == Array(0..<10))
    }
}
