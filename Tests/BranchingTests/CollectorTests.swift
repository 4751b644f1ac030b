import Branching
import GLPK
import MILP
import MILPTesting
import Testing

@Suite("Imitation data collection")
struct CollectorTests {
    @Test("the collector records every candidate at sampled nodes, follows the expert, and stops at its quota")
    func collect() throws {
        let model = TestModels.knapsack(items: 30, dimensions: 3, seed: 4)
        let collector = StrongBranchingCollector(instance: "knapsack", nodesPerInstance: 6, samplingProbability: 0.5, iterationLimit: 100, seed: 1)
        let samples = try collector.collect(from: model, using: GLPKSolver(parameters: .glpkDefaults), options: SolverOptions(presolve: false))
        #expect(samples.count == 6)
        #expect(collector.isComplete)
        #expect(samples.first?.depth == 0)
        for sample in samples {
            #expect(sample.instance == "knapsack" && sample.schemaVersion == BranchingFeature.schemaVersion)
            #expect(!sample.candidates.isEmpty)
            #expect(sample.candidates.allSatisfy { $0.features.count == BranchingFeature.count })
            let best = sample.candidates.map(\.score).max()!
            #expect(sample.candidates[sample.chosen].score == best)
            #expect(TrainingTarget.scoreRatio.values(for: sample)[sample.chosen] == 1)
        }
        // The same seed gives the same samples.
        let again = StrongBranchingCollector(instance: "knapsack", nodesPerInstance: 6, samplingProbability: 0.5, iterationLimit: 100, seed: 1)
        #expect(try again.collect(from: model, using: GLPKSolver(parameters: .glpkDefaults), options: SolverOptions(presolve: false)) == samples)
    }

    @Test("GLPK branches on the expert's choice at the sampled nodes")
    func followsTheExpert() throws {
        let model = TestModels.knapsack(items: 30, dimensions: 3, seed: 4)
        // Every node sampled, and no companion: every branching is the expert's.
        let collector = StrongBranchingCollector(instance: "knapsack", samplingProbability: 1, iterationLimit: 100, seed: 1,
                                                 companion: MostFractionalBranching())
        let audit = BranchingAudit(collector)
        let solver = GLPKSolver(parameters: GLPKParameters(backtracking: .depthFirst))
        let solution = try solver.solve(model, options: SolverOptions(nodeLimit: 60, presolve: false), hooks: SolverHooks(branchingPolicy: audit))
        #expect(solution.statistics.nodes > 1)
        #expect(audit.decisions == collector.samples.count && audit.decisions > 0)
        #expect(audit.checkedChildren > 0)
        #expect(audit.violations.isEmpty, "\(audit.violations.prefix(3))")
    }

    @Test("a policy trained on collected data solves to the same optimum")
    func trainAndSolve() throws {
        var samples: [BranchingSample] = []
        for seed in 1...3 as ClosedRange<UInt64> {
            let collector = StrongBranchingCollector(instance: "setcover-\(seed)", nodesPerInstance: 15, seed: seed)
            samples += try collector.collect(from: TestModels.setCover(seed: seed), using: GLPKSolver(parameters: .glpkDefaults), options: SolverOptions())
        }
        let scorer = try LinearScorerTrainer().train(on: samples)
        let model = TestModels.setCover(seed: 9)
        let solver = GLPKSolver(parameters: .glpkDefaults)
        let reference = try solver.solve(model)
        let learned = try solver.solve(model, hooks: SolverHooks(branchingPolicy: LearnedBranching(scorer: scorer)))
        #expect(learned.termination.reason == .optimal)
        #expect(abs(learned.objectiveValue! - reference.objectiveValue!) < 1e-6)
    }
}
