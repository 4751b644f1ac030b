import MILP
import Testing

@Suite("Shifted geometric mean")
struct ShiftedGeometricMeanTests {
    @Test("matches hand-computed values, is nil for no values, and averages durations in seconds")
    func handComputedValues() throws {
        // (2 · 4 · 8)^(1/3) − 1 = 3; (10 · 1000)^(1/2) − 10 = 90.
        #expect(abs(try #require(shiftedGeometricMean([1, 3, 7], shift: 1)) - 3) < 1e-12)
        #expect(abs(try #require(shiftedGeometricMean([0, 990], shift: 10)) - 90) < 1e-12)
        #expect(abs(try #require(shiftedGeometricMean([5, 5, 5], shift: 1)) - 5) < 1e-12)
        #expect(abs(try #require(shiftedGeometricMean([10, 10], shift: 10)) - 10) < 1e-12)
        #expect(abs(try #require(shiftedGeometricMean([0, 30], shift: 10)) - 10) < 1e-12)
        #expect(shiftedGeometricMean([Double](), shift: 1) == nil)
        let time = try #require(shiftedGeometricMean([Duration.seconds(1), .seconds(3), .seconds(7)], shift: .seconds(1)))
        #expect(abs(time.inSeconds - 3) < 1e-9)
        #expect(shiftedGeometricMean([Duration](), shift: .seconds(1)) == nil)
    }
}
