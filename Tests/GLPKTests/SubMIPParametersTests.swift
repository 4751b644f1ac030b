@testable import GLPK
import Testing

@Suite("the parameters of heuristics' sub-MIPs")
struct SubMIPParametersTests {
    @Test("first-level sub-MIPs run RENS and keep the separators; deeper ones run no heuristic")
    func nesting() {
        var parameters = GLPKParameters.recommended
        parameters.heuristics = [.rens, .rins]
        let first = parameters.forSubMIP(atLevel: 1)
        #expect(first.heuristics == [.rens])
        #expect(first.separators == parameters.separators)
        #expect(first.cuts == parameters.cuts)
        #expect(parameters.forSubMIP(atLevel: GLPKParameters.deepestSubMIPLevel).heuristics == [])
        parameters.heuristics = [.rins]
        #expect(parameters.forSubMIP(atLevel: 1).heuristics == [], "RENS only where the search runs it")
    }
}
