import GLPK
import MILP
import Planners
import Testing

@Suite("Expert placement: model and decoder")
struct ExpertPlacementModelTests {
    @Test("the model has one binary per expert, layer and GPU, a max load per layer and co-location variables per pair and GPU")
    func modelShape() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        let formulation = ExpertPlacementFormulation(problem: problem, colocationThreshold: 0)
        let kinds = formulation.model.variableDescriptions.map(\.kind)
        #expect(kinds.filter { $0 == .binary }.count == 2 * 4 * 2)
        #expect(formulation.modeledTransitions == 4)
        #expect(kinds.filter { $0 == .continuous }.count == 2 + 4 * 2)
        #expect(formulation.unmodeledTokens == 0)
        #expect(formulation.unmodeledCostBound == 0)
    }

    @Test("the optimum matches enumeration, and the decoded plan's objective matches the model's")
    func optimumMatchesEnumeration() throws {
        for weight in [0.0, 0.5, 1, 3] {
            let problem = try ExpertPlacementFixtures.twoLayers(communicationWeight: weight)
            let formulation = ExpertPlacementFormulation(problem: problem, colocationThreshold: 0)
            let solution = try GLPKSolver().solve(formulation.model)
            #expect(solution.termination.reason == .optimal)
            let plan = try #require(formulation.decode(solution))
            #expect(abs(plan.objective - (solution.objectiveValue ?? .nan)) < 1e-6)
            #expect(abs(plan.objective - ExpertPlacementFixtures.bruteForceOptimum(problem)) < 1e-6)
            try problem.verify(plan)
        }
    }

    @Test("symmetry breaking puts expert 0 of the first layer on GPU 0")
    func canonicalFirstLayer() throws {
        let problem = try ExpertPlacementProblem(
            loads: [[1, 5, 2, 4, 3, 3], [2, 2, 2, 2, 2, 2]], transitions: [Array(repeating: [1, 0, 1, 0, 1, 0], count: 6)],
            gpus: 3, communicationWeight: 0.2)
        let formulation = ExpertPlacementFormulation(problem: problem, colocationThreshold: 0)
        let plan = try #require(formulation.decode(try GLPKSolver().solve(formulation.model)))
        #expect(plan.placement[0][0] == 0)
        let firsts = (0..<3).map { gpu in plan.placement[0].firstIndex(of: gpu) ?? .max }
        #expect(firsts == firsts.sorted())
        #expect(abs(plan.objective - ExpertPlacementFixtures.bruteForceOptimum(problem)) < 1e-6)
    }

    @Test("nodes: the model charges inter-node crossings at their own cost")
    func nodes() throws {
        // Four GPUs in two nodes; expert e's tokens all go to expert e of the next layer, which can
        // follow it, so the optimum keeps every token on its GPU.
        let loads = [[1.0, 1, 1, 1], [1, 1, 1, 1]]
        let identity = (0..<4).map { e in (0..<4).map { $0 == e ? 1.0 : 0 } }
        let problem = try ExpertPlacementProblem(loads: loads, transitions: [identity], gpus: 4, gpusPerNode: 2,
                                                 intraNodeCost: 1, interNodeCost: 10, communicationWeight: 1)
        let formulation = ExpertPlacementFormulation(problem: problem, colocationThreshold: 0)
        let plan = try #require(formulation.decode(try GLPKSolver().solve(formulation.model)))
        #expect(plan.crossGPUTokens == 0)
        #expect(plan.objective == 2)
        // Contiguous placement of layer 1 reversed sends every token across nodes or GPUs.
        let crossed = ExpertPlacementPlan(problem: problem, placement: [[0, 1, 2, 3], [3, 2, 1, 0]])
        #expect(crossed.interNodeTokens == 4)
        #expect(crossed.communicationTerm == 40)
    }

    @Test("transitions below the threshold are charged as crossing, within the reported bound")
    func threshold() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        var transitions = problem.transitions
        transitions[0][0][1] = 0.1
        let noisy = try ExpertPlacementProblem(loads: problem.loads, transitions: transitions, gpus: 2, communicationWeight: 1)
        let formulation = ExpertPlacementFormulation(problem: noisy, colocationThreshold: 0.05)
        #expect(formulation.modeledTransitions == 4)
        #expect(abs(formulation.unmodeledTokens - 0.1) < 1e-12)
        let solution = try GLPKSolver().solve(formulation.model)
        let plan = try #require(formulation.decode(solution))
        let modeled = try #require(solution.objectiveValue)
        #expect(plan.objective <= modeled + 1e-9)
        #expect(modeled <= plan.objective + formulation.unmodeledCostBound + 1e-9)
    }

    @Test("a window with fixed neighbours decodes only its own layers")
    func window() throws {
        let generator = ExpertTraceGenerator(layers: 3, experts: 4, topK: 1, tokens: 200, gpus: 2)
        let problem = try generator.problem(seed: 3)
        let formulation = ExpertPlacementFormulation(problem: problem, layers: 1..<2, previous: [0, 0, 1, 1], following: [0, 1, 0, 1])
        let rows = try #require(formulation.decodePlacement(try GLPKSolver().solve(formulation.model)))
        #expect(rows.count == 1)
        #expect(rows[0].count == 4)
        #expect((0..<2).allSatisfy { gpu in rows[0].filter { $0 == gpu }.count == 2 })
    }
}
