import MILP
import Testing

@Suite("objective sense")
struct ObjectiveSenseTests {
    @Test("a smaller value is better when minimising, a larger one when maximising, ties are not, and any value beats none")
    func prefers() {
        #expect(ObjectiveSense.minimize.prefers(1, over: 2) && !ObjectiveSense.minimize.prefers(2, over: 1))
        #expect(ObjectiveSense.maximize.prefers(2, over: 1) && !ObjectiveSense.maximize.prefers(1, over: 2))
        #expect(!ObjectiveSense.minimize.prefers(3, over: 3) && !ObjectiveSense.maximize.prefers(3, over: 3))
        #expect(ObjectiveSense.minimize.prefers(.greatestFiniteMagnitude, over: nil) && ObjectiveSense.maximize.prefers(-1e300, over: nil))
    }
}
