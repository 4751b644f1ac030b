import GLPK
import Instances
import MILP
import Testing

@Suite("restarts after the root cut trial")
struct RootCutTrialSolveTests {
    static let knapsack = "knapsack-easy-train-00014"

    @Test("a multiple knapsack whose cuts move no bound restarts without them and keeps its optimum")
    func knapsackRestarts() throws {
        let model = try InstanceLibrary.model(for: InstanceID(Self.knapsack))
        var parameters = GLPKParameters.recommended
        parameters.rootCutTrial = false
        let kept = try GLPKSolver(parameters: parameters).solve(model)
        let restarted = try GLPKSolver().solve(model)
        #expect(kept.termination.reason == .optimal && restarted.termination.reason == .optimal)
        #expect(restarted.objectiveValue == kept.objectiveValue)
        #expect(model.violations(of: restarted.values, feasibilityTolerance: 1e-6, integralityTolerance: 1e-6).isEmpty)
        let trial = try #require(restarted.statistics.searchComponents.first { $0.name == "root-cut-trial" })
        #expect(trial.kind == .restart && trial.calls == 1 && trial.found == 1 && trial.accepted == 1)
        #expect(restarted.statistics.searchComponents.filter { $0.kind == .symmetry }.map(\.calls) == [1])
        #expect(!kept.statistics.searchComponents.contains { $0.name == "root-cut-trial" })
    }

    /// The first search ends at the root, where RENS found a solution; the restart stops at its
    /// first node, before it can offer that solution to GLPK.
    @Test("the incumbent survives a restart that ends at once")
    func incumbentSurvives() throws {
        let model = try InstanceLibrary.model(for: InstanceID(Self.knapsack))
        let solution = try GLPKSolver().solve(model, options: SolverOptions(nodeLimit: 2))
        #expect(solution.termination.reason == .nodeLimit)
        #expect(solution.statistics.searchComponents.first { $0.name == "root-cut-trial" }?.accepted == 1)
        let objective = try #require(solution.objectiveValue)
        #expect(model.violations(of: solution.values, feasibilityTolerance: 1e-6, integralityTolerance: 1e-6).isEmpty)
        #expect(abs(model.objective.expression.value(at: solution.values) - objective) < 1e-6)
    }

    @Test("a bin packing with one step left keeps its cuts")
    func binPackingKeepsCuts() throws {
        let solution = try GLPKSolver().solve(InstanceLibrary.model(for: InstanceID("binpacking-easy-train-00006")),
                                              options: SolverOptions(timeLimit: .seconds(30)))
        #expect(solution.termination.reason == .optimal && solution.objectiveValue == 13)
        let trial = try #require(solution.statistics.searchComponents.first { $0.name == "root-cut-trial" })
        #expect(trial.calls == 1 && trial.found == 0 && trial.accepted == 0)
    }

    /// Leaves every choice to GLPK.
    final class GLPKChooses: BranchingPolicy {
        func branch(at node: BranchingNode) throws -> BranchingDecision? { nil }
    }

    @Test("a search with a branching policy is not restarted")
    func policyNotRestarted() throws {
        let model = try InstanceLibrary.model(for: InstanceID(Self.knapsack))
        let solution = try GLPKSolver().solve(model, hooks: SolverHooks(branchingPolicy: GLPKChooses()))
        #expect(solution.termination.reason == .optimal)
        #expect(!solution.statistics.searchComponents.contains { $0.name == "root-cut-trial" })
    }
}
