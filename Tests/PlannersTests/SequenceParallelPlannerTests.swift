import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("Sequence parallelism: baselines, model, planner and verification")
struct SequenceParallelPlannerTests {
    @Test("static degrees deal sequences by tokens; greedy by time; by hand")
    func baselines() throws {
        // Longest 8 fits one GPU (10 tokens), so the smallest static degree is 1: 8 | 6 | 5 | 3+2.
        let problem = try SequenceParallelFixtures.fourGPUs([3, 8, 5, 2, 6])
        let smallest = try #require(SequenceParallelBaseline.smallestStaticDegree.plan(for: problem))
        #expect(smallest.layout == [1: 4])
        #expect(smallest.groups.map(\.sequences) == [[1], [4], [2], [0, 3]])
        #expect(smallest.stepTime == 8)
        // Degree 2 takes 1.5 × 24 / 2 / 2 = 9 at best; degree 4 takes 1.5 × 24 / 4 = 9; degree 1 is best.
        let best = try #require(SequenceParallelBaseline.bestStaticDegree.plan(for: problem))
        #expect(best.layout == [1: 4])
        let greedy = try #require(SequenceParallelBaseline.greedy.plan(for: problem))
        #expect(greedy.stepTime == 8)
        #expect(abs(smallest.utilization - 24.0 / 32) < 1e-12)
        try problem.verify(smallest)
    }

    @Test("the full model's optimum matches enumeration")
    func fullModelOptimum() throws {
        for sequences in [[3, 8, 5, 2, 6], [12, 4, 4, 3], [30, 6, 2]] {
            let problem = try SequenceParallelFixtures.fourGPUs(sequences)
            let formulation = SequenceParallelFormulation(problem: problem)
            let solution = try GLPKSolver().solve(formulation.model)
            #expect(solution.termination.reason == .optimal)
            let plan = try #require(formulation.decode(solution))
            try problem.verify(plan)
            let optimum = SequenceParallelFixtures.bruteForceStepTime(problem)
            #expect(abs(plan.stepTime - optimum) < 1e-9, "\(sequences): \(plan.stepTime) vs \(optimum)")
            #expect(abs((solution.objectiveValue ?? .nan) - optimum) < 1e-6)
        }
    }

    @Test("a fixed layout keeps exactly those groups open")
    func fixedLayout() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([12, 4, 4, 3])
        let formulation = SequenceParallelFormulation(problem: problem, layout: [2: 1, 1: 2])
        let plan = try #require(formulation.decode(try GLPKSolver().solve(formulation.model)))
        #expect(plan.layout == [2: 1, 1: 2])
        // The 12-token sequence needs two GPUs (9 s); 4 + 3 and 4 share the single GPUs.
        #expect(plan.stepTime == 9)
        try problem.verify(plan)
    }

    @Test("the planner finds the optimum of a small batch, and its report verifies")
    func smallBatch() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([12, 4, 4, 3])
        let report = try SequenceParallelPlanner(solver: GLPKSolver()).plan(problem)
        let plan = try #require(report.plan)
        #expect(abs(plan.stepTime - SequenceParallelFixtures.bruteForceStepTime(problem)) < 1e-9)
        #expect(report.status == .provenWithinGap)
        try problem.verify(report)
        let text = report.summary(for: problem)
        for phrase in ["Layout", "best static degree", "greedy longest-first", "speedup"] { #expect(text.contains(phrase)) }
        #expect(try JSONDecoder().decode(SequenceParallelReport.self, from: PlannerJSON.encode(report)) == report)
    }

    @Test("on a long-tailed batch the plan is never slower than a baseline, and reports its gap")
    func generatedBatch() throws {
        let generator = SequenceBatchGenerator(gpus: 16, gpusPerNode: 8, lengths: 128...65536, tokensPerBatch: 100_000...150_000)
        let problem = try generator.batch(seed: 3)
        let report = try SequenceParallelPlanner(solver: GLPKSolver()).plan(problem)
        let plan = try #require(report.plan)
        #expect(report.baselines.allSatisfy { ($0.speedup ?? 1) >= 1 - 1e-12 })
        #expect(report.lowerBound.map { $0 <= plan.stepTime + 1e-9 } == true)
        #expect(report.gap != nil)
        try problem.verify(report)
    }

    @Test("a batch larger than the cluster's memory is reported infeasible, without a plan")
    func infeasible() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([30, 9, 5])
        let report = try SequenceParallelPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.plan == nil)
        #expect(report.status == .infeasible)
        #expect(report.baselines.allSatisfy { $0.plan == nil })
        #expect(report.summary(for: problem).contains("No plan"))
    }

    @Test("verify rejects a sequence in two groups, a missing one, and an overfull group")
    func verifyRejects() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([3, 8, 5, 2, 6])
        let good = try #require(SequenceParallelBaseline.smallestStaticDegree.plan(for: problem))
        var twice = good
        twice.groups[0].sequences.append(2)
        var missing = good
        missing.groups[3].sequences = [0]
        var overfull = SequenceParallelPlan(problem: problem, groups: [(1, [1, 0]), (1, [2, 3]), (2, [4])])
        for plan in [twice, missing, overfull] {
            #expect(throws: SequenceParallelVerificationError.self) { try problem.verify(plan) }
        }
        do {
            try problem.verify(twice)
        } catch {
            #expect(error.violations.contains("sequences[2] is in groups [0, 2], not exactly one"))
        }
        do {
            try problem.verify(overfull)
        } catch {
            #expect(error.violations.contains("groups[1] needs 11.0 bytes per GPU, more than the 10.0 available"))
        }
        overfull.groups[0].gpus = [0, 4]
        #expect(throws: SequenceParallelVerificationError.self) { try problem.verify(overfull) }
    }

    @Test("layout search: every layout that uses all GPUs when few, the best first")
    func layoutSearch() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([3, 8, 5, 2, 6])
        let best = SequenceParallelLayoutSearch().bestLayouts(for: problem, count: 2)
        #expect(best.count == 2)
        #expect(best[0].stepTime <= best[1].stepTime)
        #expect(best[0].stepTime == 8)
    }

    @Test("the batch generator is deterministic per seed and stays within its ranges")
    func generator() throws {
        let generator = SequenceBatchGenerator(gpus: 16, gpusPerNode: 8, lengths: 128...65536, tokensPerBatch: 100_000...200_000)
        let batch = try generator.batch(seed: 7)
        #expect(try generator.batch(seed: 7) == batch)
        #expect(try generator.batch(seed: 8) != batch)
        #expect((100_000...200_000).contains(batch.tokens))
        #expect(batch.sequences.allSatisfy { (128...65536).contains($0) })
        #expect(batch.gpus == 16 && batch.gpusPerNode == 8)
    }
}
