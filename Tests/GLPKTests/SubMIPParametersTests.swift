@testable import GLPK
import MILP
import Testing

@Suite("the parameters of heuristics' sub-MIPs")
struct SubMIPParametersTests {
    /// Ten binaries, the first `fixed` of them fixed at 0.
    static func model(fixed: Int) -> Model {
        var model = Model(name: "sub-MIP")
        let x = model.addVariables(count: 10, kind: .binary)
        for column in 0..<fixed { model.setBounds(x[column], lower: 0, upper: 0) }
        model.addConstraint(LinearExpression(x.map { ($0, 1.0) }) <= 3)
        model.maximize(LinearExpression(x.map { ($0, 1.0) }))
        return model
    }

    @Test("a wide sub-MIP keeps the separators and, one level down only, RENS")
    func wideSubMIP() {
        var parameters = GLPKParameters.recommended
        parameters.heuristics = [.rens, .rins]
        let first = parameters.forSubMIP(Self.model(fixed: 4), atLevel: 1)
        #expect(first.heuristics == [.rens])
        #expect(first.separators == parameters.separators)
        #expect(first.cuts == parameters.cuts)
        #expect(parameters.forSubMIP(Self.model(fixed: 4), atLevel: GLPKParameters.deepestSubMIPLevel).heuristics == [])
        parameters.heuristics = [.rins]
        #expect(parameters.forSubMIP(Self.model(fixed: 4), atLevel: 1).heuristics == [], "RENS only where the search runs it")
    }

    @Test("a sub-MIP with at least half of its integer columns fixed runs GLPK's cuts alone")
    func narrowSubMIP() {
        let parameters = GLPKParameters.recommended.forSubMIP(Self.model(fixed: 5), atLevel: 1)
        #expect(parameters.separators == [])
        #expect(parameters.heuristics == [])
        #expect(parameters.cuts == GLPKParameters.recommended.cuts)
    }
}
