import CGLPK
import Foundation
@testable import GLPK
import MILP
import MILPFormats
import Testing

/// The fixtures next to this file.
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
/// The public instances of the repository.
private let publicInstances = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Instances/public")

/// The model GLPK's own CPLEX LP reader (`glp_read_lp`) finds in `url`, or `nil` when it refuses the file.
private func readWithGLPK(_ url: URL) throws -> Model? {
    try Environment.withSession(log: { _ in }) {
        let problem: OpaquePointer = glp_create_prob()
        defer { glp_delete_prob(problem) }
        guard try Environment.guarded({ glp_read_lp(problem, nil, url.path) }) == 0 else { return nil }
        return TranslatedProblem(problem, name: url.lastPathComponent).model
    }
}

/// Writes `model` with ``LPWriter`` to a temporary file and returns what `body` makes of it.
private func withWrittenLP<Result>(_ model: Model, _ body: (URL) throws -> Result) throws -> Result {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("lp-compatibility-\(UUID().uuidString).lp")
    defer { try? FileManager.default.removeItem(at: url) }
    try LPWriter().write(model, to: url)
    return try body(url)
}

/// Whether two models have the same kinds, bounds, rows and objective, by index. GLPK calls
/// every integer variable of [0, 1] binary, so binary counts as integer here.
private func sameModel(_ first: Model, _ second: Model) -> Bool {
    func terms(_ terms: [LinearExpression.Term]) -> [Double] { terms.flatMap { [Double($0.variable.index), $0.coefficient] } }
    func kinds(_ model: Model) -> [VariableKind] { model.variableDescriptions.map { $0.kind == .binary ? .integer : $0.kind } }
    return first.objective.sense == second.objective.sense
        && terms(first.objective.expression.merged().terms) == terms(second.objective.expression.merged().terms)
        && first.variableDescriptions.map { [$0.lowerBound, $0.upperBound] } == second.variableDescriptions.map { [$0.lowerBound, $0.upperBound] }
        && kinds(first) == kinds(second)
        && first.constraintDescriptions.map { [$0.lowerBound, $0.upperBound] + terms($0.terms) }
            == second.constraintDescriptions.map { [$0.lowerBound, $0.upperBound] + terms($0.terms) }
}

/// MILPKit's CPLEX LP reader and writer against GLPK's reader, which stays in the tests only.
@Suite("LP: agreement with GLPK's reader")
struct LPCompatibilityTests {
    @Test("the fixtures read the same with both readers", arguments: ["bakery.lp", "tiny-infeasible.lp", "tiny-unbounded.lp"])
    func fixturesAgree(file: String) throws {
        let url = fixtures.appendingPathComponent(file)
        let ours = try ModelFile.read(url).model
        let glpk = try #require(try readWithGLPK(url))
        #expect(sameModel(ours, glpk))
        #expect(ours.variableDescriptions.map(\.name) == glpk.variableDescriptions.map(\.name))
        #expect(ours.constraintDescriptions.map(\.name) == glpk.constraintDescriptions.map(\.name))
    }

    @Test("the bakery model solves to 716/3")
    func solvesBakery() throws {
        let solution = try GLPKSolver().solve(try ModelFile.read(fixtures.appendingPathComponent("bakery.lp")).model)
        #expect(solution.termination.reason == .optimal)
        #expect(abs(try #require(solution.objectiveValue) - 716.0 / 3) < 1e-9)
    }

    @Test("what the writer writes, GLPK reads to the same model: bounds, integers, binaries, odd names")
    func writerAgreesWithGLPK() throws {
        var model = Model(name: "shop")
        let boxed = model.addVariable("boxed", lowerBound: -2.5, upperBound: 7.25)
        let free = model.addVariable("free var", lowerBound: -.infinity, upperBound: .infinity)
        let below = model.addVariable("below", lowerBound: -.infinity, upperBound: 3)
        let count = model.addVariable("count[1]", kind: .integer, lowerBound: 1, upperBound: 9)
        let pick = model.addVariable("pick", kind: .binary)
        let fixed = model.addVariable("fixed", lowerBound: 4, upperBound: 4)
        model.addConstraint(boxed + 2 * free - below <= 10, name: "le")
        model.addConstraint(3 * count - pick >= -4, name: "ge")
        model.addConstraint(boxed + count + pick + fixed == 12, name: "eq")
        model.addConstraint(0.1 * free + below >= -0.5, name: "mixed")
        model.maximize(3 * boxed - 2 * below + 0.5 * count + pick)
        let glpk = try withWrittenLP(model) { try readWithGLPK($0) }
        #expect(sameModel(model, try #require(glpk)))
    }

    @Test("public instances written as LP read the same with GLPK's reader", arguments: ["afiro.mps", "p0548.mps", "egout.mps", "flugpl.mps"])
    func publicInstancesAgree(file: String) throws {
        let model = try ModelFile.read(publicInstances.appendingPathComponent(file)).model
        try withWrittenLP(model) { url in
            let glpk = try #require(try readWithGLPK(url))
            #expect(sameModel(try ModelFile.read(url).model, glpk))
        }
    }
}
