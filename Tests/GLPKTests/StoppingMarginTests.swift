@testable import GLPK
import MILP
import Testing

@Suite("Margin before the time limit")
struct StoppingMarginTests {
    @Test("a microsecond for each nonzero, row and column: 61 ms for a medium facility-location model")
    func grows() {
        #expect(StoppingMargin.margin(rows: 10_201, columns: 10_100, nonzeros: 40_200, limit: .seconds(10)) == .microseconds(60_501))
    }

    @Test("a model of a few hundred nonzeros keeps all but a fraction of a millisecond")
    func smallModels() {
        #expect(StoppingMargin.margin(rows: 27, columns: 72, nonzeros: 144, limit: .seconds(1)) < .milliseconds(1))
    }

    @Test("never more than half the limit, whatever the model's size")
    func halfTheLimit() {
        #expect(StoppingMargin.margin(rows: 1_000_000, columns: 1_000_000, nonzeros: 5_000_000, limit: .seconds(1)) == .milliseconds(500))
        #expect(StoppingMargin.margin(rows: 10_201, columns: 10_100, nonzeros: 40_200, limit: .milliseconds(100)) == .milliseconds(50))
    }

    @Test("counts the model's own rows, columns and matrix coefficients, not its objective")
    func countsModel() {
        var model = Model()
        let x = model.addVariable("x", upperBound: 4)
        let y = model.addVariable("y", upperBound: 4)
        model.addConstraint(x + y <= 5)
        model.addConstraint(x - y >= -1)
        model.addConstraint(LinearExpression(x) <= 3)
        model.maximize(x + 2 * y)
        #expect(StoppingMargin.margin(for: model, limit: .seconds(1)) == .microseconds(3 + 2 + 5))
    }
}
