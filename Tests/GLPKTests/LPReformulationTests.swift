import Foundation
import GLPK
import MILP
import MILPFormats
import Testing

/// Special ordered sets and indicator constraints of CPLEX LP files, read as binaries and rows,
/// solved to optima worked out by hand.
@Suite("LP: special ordered sets and indicators solved")
struct LPReformulationTests {
    private func optimum(_ text: String) throws -> Double? {
        let model = try LPReader().read(Data(text.utf8), fileName: "sets.lp").model
        let solution = try GLPKSolver().solve(model)
        #expect(solution.termination.reason == .optimal)
        return solution.objectiveValue
    }

    /// x, y, z in [0, 4] with x + y + z ≤ 10, and the objective and set given.
    private func sets(objective: String, set: String) -> String {
        "max\n obj: \(objective)\nst\n c: x + y + z <= 10\nbounds\n x <= 4\n y <= 4\n z <= 4\n\(set)end\n"
    }

    @Test("SOS1: one of three may be nonzero")
    func sos1() throws {
        // Without the set: z = y = 4, x = 2 gives 2 + 8 + 12 = 22. With it, z = 4 alone: 12.
        #expect(try optimum(sets(objective: "x + 2 y + 3 z", set: "")) == 22)
        #expect(try optimum(sets(objective: "x + 2 y + 3 z", set: "sos\n s: S1:: x:1 y:2 z:3\n")) == 12)
    }

    @Test("SOS2: two neighbours in weight order may be nonzero, not two apart")
    func sos2() throws {
        // 3x + y + 3z: x and z together would give 24, but they are not neighbours; x, y or y, z
        // give 12 + 4 = 16. Reordering the weights makes x and z neighbours: 24.
        #expect(try optimum(sets(objective: "3 x + y + 3 z", set: "sos\n s: S2:: x:1 y:2 z:3\n")) == 16)
        #expect(try optimum(sets(objective: "3 x + y + 3 z", set: "sos\n s: S2:: x:1 y:3 z:2\n")) == 24)
    }

    @Test("an indicator switches a constraint on: a fixed charge")
    func fixedCharge() throws {
        // x may be positive only when b = 1, which costs 7: with x ≤ 6, 2·6 − 7 = 5 beats 0; with x ≤ 3, 6 − 7 < 0.
        let model = { (bound: Int) in "max\n obj: 2 x - 7 b\nst\n off: b = 0 -> x <= 0\nbounds\n x <= \(bound)\nbinary\n b\nend\n" }
        #expect(try optimum(model(6)) == 5)
        #expect(try optimum(model(3)) == 0)
    }
}
