import GLPK
import MILP
import MILPTesting
import Testing

@Suite("GLPK conformance")
struct ConformanceTests {
    @Test("GLPKSolver passes the solver conformance suite", arguments: ConformanceCase.cases())
    func conformance(_ check: ConformanceCase) throws {
        let failures = try check.check(GLPKSolver(), Tolerance())
        #expect(failures.isEmpty, "\(check.name): \(failures.joined(separator: "; "))")
    }

    @Test("GLPKSolver with GLPK's own defaults passes it too", arguments: ConformanceCase.cases())
    func conformanceWithGLPKDefaults(_ check: ConformanceCase) throws {
        let failures = try check.check(GLPKSolver(parameters: .glpkDefaults), Tolerance())
        #expect(failures.isEmpty, "\(check.name): \(failures.joined(separator: "; "))")
    }
}
