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
            "objectiveTolerance must be in [0, 1), got -1.0",
            "dualFeasibilityTolerance must be in (0, 1), got 5.0",
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
}

import Foundation
