import Foundation
import GLPK
import MILP
import Testing

@Suite("Options and invalid input")
struct OptionsTests {
    static func smallMIP() -> Model {
        var model = Model()
        let x = model.addVariable("x", kind: .integer, upperBound: 10)
        model.addConstraint(2 * x <= 7)
        model.maximize(LinearExpression(x))
        return model
    }

    @Test("GLPK parameters out of range are rejected, not passed to GLPK")
    func badParameters() {
        let solver = GLPKSolver(parameters: GLPKParameters(objectiveTolerance: -1, dualFeasibilityTolerance: 5))
        #expect(throws: SolverError.unsupportedOptions([
            InputError(field: "objectiveTolerance", "must be at least 0 and less than 1, got -1"),
            InputError(field: "dualFeasibilityTolerance", "must be greater than 0 and less than 1, got 5"),
        ])) { try solver.solve(Self.smallMIP()) }
    }

    @Test("interior point refuses a MIP unless relaxed, and limits it does not have")
    func interiorPointRestrictions() throws {
        #expect(throws: SolverError.self) {
            try GLPKSolver().solve(Self.smallMIP(), options: SolverOptions(lpMethod: .interiorPoint))
        }
        #expect(throws: SolverError.self) {
            try GLPKSolver().solve(Self.smallMIP().relaxed(), options: SolverOptions(timeLimit: .seconds(1), lpMethod: .interiorPoint))
        }
        let relaxed = try GLPKSolver().solve(Self.smallMIP(), options: SolverOptions(lpMethod: .interiorPoint, relax: true))
        #expect(abs(relaxed.objectiveValue! - 3.5) < 1e-6)
    }

    @Test("every branching rule with every backtracking rule, presolved or not, and every other knob set, reaches GLPK safely and solves", arguments: GLPKParameters.BranchingRule.allCases)
    func parameterSweep(branching: GLPKParameters.BranchingRule) throws {
        for backtracking in GLPKParameters.Backtracking.allCases {
            let parameters = GLPKParameters(
                branching: branching, backtracking: backtracking, preprocessing: .root, cuts: [.gomory, .clique],
                feasibilityPump: true, proximitySearch: true, proximitySearchTimeLimit: .seconds(1),
                simpleRounding: false, binarize: true, objectiveTolerance: 1e-7,
                pricing: .standard, ratioTest: .longStep, dualFeasibilityTolerance: 1e-7, scaling: false)
            for presolve in [true, false] {
                let solution = try GLPKSolver(parameters: parameters).solve(Self.smallMIP(), options: SolverOptions(presolve: presolve))
                #expect(solution.objectiveValue == 3)
            }
        }
    }

    @Test("options and parameters survive a JSON round trip")
    func codable() throws {
        let options = SolverOptions(timeLimit: .milliseconds(1500), mipGap: 0.01, lpMethod: .dualSimplex)
        let decoded = try JSONDecoder().decode(SolverOptions.self, from: JSONEncoder().encode(options))
        #expect(decoded == options)
        let parameters = GLPKParameters.recommended
        #expect(try JSONDecoder().decode(GLPKParameters.self, from: JSONEncoder().encode(parameters)) == parameters)
    }

    /// Options and parameters with every field set.
    static let everyOption = SolverOptions(
        timeLimit: .milliseconds(1500), mipGap: 0.01, nodeLimit: 100, iterationLimit: 1000, lpMethod: .dualSimplex,
        relax: false, presolve: true, feasibilityTolerance: 1e-7, integralityTolerance: 1e-6)
    static let everyParameter = GLPKParameters(
        branching: .mostFractional, backtracking: .depthFirst, preprocessing: .root, cuts: [.cover],
        separators: [.pathMIR, .flowCover], cutPool: false, heuristics: [.rens], symmetryBreaking: false, rootCutTrial: false,
        cutFamilyTrial: true, feasibilityPump: true,
        proximitySearch: false, proximitySearchTimeLimit: .seconds(2), simpleRounding: true, binarize: false,
        objectiveTolerance: 1e-6, pricing: .standard, ratioTest: .harris, dualFeasibilityTolerance: 1e-8, scaling: false,
        ordering: .natural)

    @Test("every option and parameter is in its table: JSON names them all, durations as seconds, and reads back")
    func tablesCoverEveryField() throws {
        let options = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.everyOption)) as? [String: Any])
        #expect(Set(options.keys) == Set(SolverOptions.descriptions.map(\.name)))
        #expect(options["timeLimit"] as? Double == 1.5)
        #expect(try InputDecoder().decode(SolverOptions.self, fromJSON: JSONEncoder().encode(Self.everyOption)) == Self.everyOption)
        let parameters = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Self.everyParameter)) as? [String: Any])
        #expect(Set(parameters.keys) == Set(GLPKParameters.descriptions.map(\.name)))
        #expect(parameters["proximitySearchTimeLimit"] as? Double == 2)
        #expect(try InputDecoder().decode(GLPKParameters.self, fromJSON: JSONEncoder().encode(Self.everyParameter)) == Self.everyParameter)
    }

    @Test("an options document with a misspelt option names it and the option it resembles")
    func misspeltOption() {
        #expect(throws: InputError(field: "mipgap", #"unknown field; did you mean "mipGap"?"#)) {
            try InputDecoder().decode(SolverOptions.self, fromJSON: Array(#"{"mipgap": 0.01}"#.utf8))
        }
        #expect(throws: InputError(field: "branching", #"expected one of "first", "last", "most", "dth", "pch", "most-heaviest", "auto", got "pcj"; did you mean "pch"?"#)) {
            try InputDecoder().decode(GLPKParameters.self, fromJSON: Array(#"{"branching": "pcj"}"#.utf8))
        }
    }

    @Test("a time limit far beyond any run is refused by name, not overflowed", arguments: [1e16, 1e300, -1])
    func hugeTimeLimits(seconds: Double) {
        do {
            let options = try InputDecoder().decode(SolverOptions.self, fromJSON: Array(#"{"timeLimit": \#(seconds)}"#.utf8))
            #expect(options.problems.map(\.field) == ["timeLimit"])
        } catch {
            #expect(error.field == "timeLimit")
        }
        do {
            _ = try GLPKSolver().solve(Self.smallMIP(), options: SolverOptions(timeLimit: .seconds(min(seconds, 1e15))))
            Issue.record("accepted a time limit of \(seconds) s")
        } catch let SolverError.unsupportedOptions(problems) {
            #expect(problems.map(\.field) == ["timeLimit"])
        } catch {
            Issue.record("threw \(error)")
        }
    }
}
