import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("Sequence parallelism: micro-batches, baselines, model, bound, planner and verification")
struct SequenceParallelPlannerTests {
    /// A 1% gap and no time limit, so that results do not depend on how busy the machine is.
    static let untimed = PlanningBudget(mipGap: 0.01)

    @Test("static degrees deal sequences by tokens; greedy by time; by hand")
    func baselines() throws {
        // Longest 8 fits one GPU (10 tokens), so the smallest static degree is 1: 8 | 6 | 5 | 3+2.
        let problem = try SequenceParallelFixtures.fourGPUs([3, 8, 5, 2, 6])
        let smallest = try #require(SequenceParallelBaseline.smallestStaticDegree.plan(for: problem))
        #expect(smallest.layouts == [[1: 4]])
        #expect(smallest.microBatches[0].groups.map(\.sequences) == [[1], [4], [2], [0, 3]])
        #expect(smallest.stepTime == .seconds(8))
        // Degree 2 takes 1.5 × 24 / 2 / 2 = 9 at best; degree 4 takes 1.5 × 24 / 4 = 9; degree 1 is best.
        let best = try #require(SequenceParallelBaseline.bestStaticDegree.plan(for: problem))
        #expect(best.layouts == [[1: 4]])
        let greedy = try #require(SequenceParallelBaseline.greedy.plan(for: problem))
        #expect(greedy.stepTime == .seconds(8))
        #expect(abs(smallest.microBatches[0].utilization - 24.0 / 32) < 1e-12)
        try problem.verify(smallest)
    }

    @Test("micro-batches: the fewest memory allows, one more when the split does not pack, step time the sum")
    func microBatchSplitting() throws {
        // 4 GPUs hold 40 tokens per pass; 66 tokens need 2 micro-batches.
        let problem = try SequenceParallelFixtures.fourGPUs([30, 20, 8, 8])
        #expect(problem.minimumMicroBatchCount == 2)
        #expect(problem.microBatchMembers(count: 2) == [[0], [1, 2, 3]])
        let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: Self.untimed).plan(problem)
        let plan = try #require(report.plan)
        #expect(plan.microBatchCount == 2)
        #expect(plan.stepTime == plan.microBatches.reduce(.zero) { $0 + $1.stepTime })
        for microBatch in plan.microBatches {
            #expect(microBatch.groups.allSatisfy { Double($0.tokens) <= 10 * Double($0.degree) })
        }
        try problem.verify(report)
        // 76 tokens fit two passes of 40 by count, but no split into two does (35 + 6 > 40).
        let tight = try SequenceParallelFixtures.fourGPUs([35, 35, 6])
        #expect(tight.minimumMicroBatchCount == 2)
        let tightPlan = try #require(SequenceParallelBaseline.greedy.plan(for: tight))
        #expect(tightPlan.microBatchCount == 3)
        try tight.verify(tightPlan)
    }

    @Test("a batch is refused only when one sequence cannot fit the largest group")
    func refusal() throws {
        // 5 × 40 tokens is five times what 4 GPUs hold at once, and still plans, in 5 micro-batches.
        let problem = try SequenceParallelFixtures.fourGPUs([40, 40, 40, 40, 40])
        let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: Self.untimed).plan(problem)
        #expect(report.plan?.microBatchCount == 5)
        #expect(throws: PlannerInputError.self) { try SequenceParallelFixtures.fourGPUs([40, 41]) }
    }

    /// Tiny problems with distinct cost shapes: latency, attention, and a cost model derived
    /// from a small model and cluster.
    static func tinyProblems() throws -> [SequenceParallelProblem] {
        var latency = SequenceParallelFixtures.simpleCosts
        latency.communication[2]?.latency = .seconds(0.7)
        latency.communication[4]?.latency = .seconds(1.3)
        var quadratic = SequenceParallelFixtures.simpleCosts
        quadratic.attentionTime = 0.05
        var problems: [SequenceParallelProblem] = []
        var random = SeededGenerator(seed: 2024)
        for costs in [SequenceParallelFixtures.simpleCosts, latency, quadratic] {
            for _ in 0..<4 {
                let count = random.integer(in: 3...5)
                problems.append(try SequenceParallelFixtures.fourGPUs((0..<count).map { _ in random.integer(in: 1...18) }, costs: costs))
            }
        }
        let model = TransformerModel(hiddenSize: 256, layers: 4, attentionHeads: 2, feedForwardSize: 1024, vocabularySize: 1000)
        let cluster = TrainingCluster(gpus: 4, gpusPerNode: 2, gpuMemoryGiB: 0.05, achievableTFLOPs: 0.001,
                                      intraNodeBandwidthGBps: 0.01, interNodeBandwidthGBps: 0.001)
        let setup = try SequenceParallelSetup(model: model, cluster: cluster)
        problems.append(try setup.problem(sequences: [900, 300, 200, 150, 60]))
        return problems
    }

    @Test("the lower bound is valid: the LP relaxation, the MILP and the planner's bound never exceed the exhaustive optimum")
    func boundValidity() throws {
        for problem in try Self.tinyProblems() where problem.tokens <= problem.tokenCapacity(degree: problem.gpus) {
            let optimum = SequenceParallelFixtures.bruteForceStepTime(problem)
            for individuals in [0, 2, 16] {
                let formulation = SequenceParallelFormulation(problem: problem, individualCount: individuals)
                let relaxation = try GLPKSolver().solve(formulation.model, options: SolverOptions(relax: true))
                let exact = try GLPKSolver().solve(formulation.model)
                let lp = try #require(relaxation.objectiveValue), milp = try #require(exact.objectiveValue)
                #expect(lp <= optimum + 1e-7, "\(problem.sequences): LP \(lp) above the optimum \(optimum)")
                #expect(milp <= optimum + 1e-7, "\(problem.sequences): MILP \(milp) above the optimum \(optimum)")
                // With every sequence placed individually the model is exact.
                if individuals >= problem.sequences.count { #expect(abs(milp - optimum) < 1e-6, "\(problem.sequences)") }
            }
            let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: PlanningBudget(mipGap: 0)).plan(problem)
            let bound = try #require(report.lowerBound).inSeconds, step = try #require(report.plan).stepTime.inSeconds
            #expect(bound <= optimum + 1e-7, "\(problem.sequences): bound \(bound) above the optimum \(optimum)")
            #expect(step >= optimum - 1e-9)
        }
    }

    @Test("every plan is a solution of the model at its own step time (the start handed to the solver)")
    func startingValuesAreFeasible() throws {
        for problem in try Self.tinyProblems() where problem.tokens <= problem.tokenCapacity(degree: problem.gpus) {
            let plan = try #require(SequenceParallelBaseline.greedy.plan(for: problem))
            let groups = plan.microBatches[0].groups.map { ($0.degree, $0.sequences) }
            for individuals in [0, 2, 16] {
                let formulation = SequenceParallelFormulation(problem: problem, individualCount: individuals)
                let values = try #require(formulation.startingValues(for: groups))
                #expect(abs(values[formulation.stepTime.index] - plan.stepTime.inSeconds) < 1e-9)
                for (index, row) in formulation.model.constraintDescriptions.enumerated() {
                    let activity = row.terms.reduce(0.0) { $0 + $1.coefficient * values[$1.variable.index] }
                    #expect(activity >= row.lowerBound - 1e-9 && activity <= row.upperBound + 1e-9,
                            "\(problem.sequences): row \(row.name ?? String(index)) at \(activity)")
                }
                for (variable, description) in zip(values, formulation.model.variableDescriptions) {
                    #expect(variable >= description.lowerBound - 1e-12 && variable <= description.upperBound + 1e-12)
                }
            }
        }
    }

    @Test("the planner finds the optimum of a small batch, and its report verifies and round-trips")
    func smallBatch() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([12, 4, 4, 3])
        let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: Self.untimed).plan(problem)
        let plan = try #require(report.plan)
        #expect(abs(plan.stepTime.inSeconds - SequenceParallelFixtures.bruteForceStepTime(problem)) < 1e-9)
        #expect(report.status == .optimal)
        try problem.verify(report)
        let text = report.summary(for: problem)
        for phrase in ["micro-batch 1", "best static degree", "greedy longest-first", "speedup"] { #expect(text.contains(phrase)) }
        #expect(try JSONDecoder().decode(SequenceParallelReport.self, from: PlannerJSON.encode(report)) == report)
    }

    @Test("on a long-tailed batch the plan is never slower than a baseline, and its bound holds")
    func generatedBatch() throws {
        let setup = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 16))
        let generator = SequenceBatchGenerator(lengths: 128...65536, tokensPerBatch: 200_000...400_000)
        let problem = try setup.problem(sequences: generator.batch(seed: 3))
        // A node limit instead of a time limit keeps the test deterministic on a busy machine.
        let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: Self.untimed, solverOptions: SolverOptions(nodeLimit: 200)).plan(problem)
        let plan = try #require(report.plan)
        #expect(report.baselines.allSatisfy { ($0.speedup ?? 1) >= 1 - 1e-12 })
        #expect(report.lowerBound.map { $0 <= plan.stepTime } == true)
        #expect(report.stages.count == plan.microBatchCount)
        #expect(!report.solves.isEmpty)
        // A solve stopped as optimal bounds its micro-batch within the gap of its objective
        // (both recorded to the nanosecond).
        for solve in report.solves where solve.termination.reason == .optimal {
            let objective = try #require(solve.objective), bound = try #require(solve.bound)
            #expect(bound >= objective - .seconds(0.01 * objective.inSeconds) - .nanoseconds(1))
        }
        try problem.verify(report)
    }

    @Test("the search keeps a reserve of the budget, and each solve is asked to stop a tenth of its share early")
    func searchReserve() throws {
        #expect(SequenceParallelPlanner.searchReserve(within: .milliseconds(500)) == .milliseconds(50))
        #expect(SequenceParallelPlanner.searchReserve(within: .seconds(30)) == .milliseconds(100))
        let setup = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 16))
        let problem = try setup.problem(sequences: SequenceBatchGenerator(lengths: 128...65536, tokensPerBatch: 200_000...400_000).batch(seed: 3))
        // A budget far beyond what a node limit lets the solves use keeps the test independent of the machine.
        let budget = PlanningBudget(timeLimit: .seconds(30), mipGap: 0.01)
        let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: budget, solverOptions: SolverOptions(nodeLimit: 200)).plan(problem)
        let limits = report.solves.compactMap(\.timeLimit)
        #expect(!limits.isEmpty && limits.count == report.solves.count)
        #expect(limits.allSatisfy { $0 <= (.seconds(30) - SequenceParallelPlanner.searchReserve(within: .seconds(30))) * 0.9 })
    }

    @Test("a batch too large for the budget is refused before any work")
    func tooLargeForBudget() throws {
        let setup = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 4096))
        let problem = try setup.problem(sequences: Array(repeating: 2048, count: 20_000))
        let report = try SequenceParallelPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.status == .noPlan && report.noPlanReason == .tooLargeForBudget)
        #expect(report.plan == nil && report.solves.isEmpty)
        #expect(report.summary(for: problem).contains("too many to plan within"))
    }

    @Test("verify rejects a sequence in two groups, a missing one, an overfull group, a wrong time and an illegal strategy")
    func verifyRejects() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([3, 8, 5, 2, 6])
        let good = try #require(SequenceParallelBaseline.smallestStaticDegree.plan(for: problem))
        var twice = good
        twice.microBatches[0].groups[0].sequences.append(2)
        var missing = good
        missing.microBatches[0].groups[3].sequences = [0]
        var slow = good
        slow.microBatches[0].groups[1].time = .seconds(1)
        var overfull = SequenceParallelPlan(problem: problem, microBatches: [[(1, [1, 0]), (1, [2, 3]), (2, [4])]])
        for plan in [twice, missing, overfull, slow] {
            #expect(throws: SequenceParallelVerificationError.self) { try problem.verify(plan) }
        }
        do {
            try problem.verify(twice)
        } catch {
            #expect(error.violations.contains("sequences[2] is in groups [\"0.0\", \"0.2\"] (micro-batch.group), not exactly one"))
        }
        do {
            try problem.verify(overfull)
        } catch {
            #expect(error.violations.contains("microBatches[0].groups[1] needs 11.0 bytes per GPU, more than the 10.0 available"))
        }
        overfull.microBatches[0].groups[0].gpus = [0, 4]
        #expect(throws: SequenceParallelVerificationError.self) { try problem.verify(overfull) }

        // Ulysses over 64 GPUs for a 32-head model is not a strategy it can run.
        let seven = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 64)).problem(sequences: [200_000])
        var illegal = try #require(SequenceParallelBaseline.greedy.plan(for: seven))
        illegal.microBatches[0].groups[0].parallelism = SequenceParallelism(strategy: .ulysses, ulyssesDegree: 64, ringDegree: 1)
        do {
            try seven.verify(illegal)
            Issue.record("Ulysses over 64 GPUs needs 64 heads")
        } catch {
            #expect(error.violations.contains { $0.contains("which the model cannot") })
        }
    }

    @Test("layout search: the best mixed layout beats no single-degree layout it contains")
    func layoutSearch() throws {
        let problem = try SequenceParallelFixtures.fourGPUs([3, 8, 5, 2, 6])
        let best = SequenceParallelLayoutSearch().bestPlans(for: problem, count: 2)
        // One GPU each (8 | 6 | 5 | 3 + 2) and a pair with two singles (8·0.75 + 2·0.75 | 6 | 5 + 3) both take 8.
        #expect(best.map(\.stepTime) == [8, 8])
        let layouts = SequenceParallelLayoutSearch().layouts(of: problem)
        let gpus = layouts.map { layout in layout.reduce(0) { $0 + $1.key * $1.value } }
        #expect(gpus.allSatisfy { $0 == 4 })
        #expect(Set(layouts).count == layouts.count && layouts.count == 4)
    }

    @Test("local search swaps sequences between groups until the slowest cannot shrink, within memory")
    func localSearch() throws {
        // Two GPUs of 11 tokens: longest-first gives 5 + 4 | 5 + 3 + 3 = 11; a swap reaches 10.
        let problem = try SequenceParallelProblem(sequences: [5, 5, 4, 3, 3], gpus: 2, gpusPerNode: 2, degrees: [1], memoryPerGPU: 11,
                                                  costModel: SequenceParallelFixtures.simpleCosts)
        let greedy = try #require(problem.packed(layout: [1: 2], balancing: .time))
        let polished = problem.polished(greedy)
        let plan = SequenceParallelPlan(problem: problem, microBatches: [polished])
        #expect(SequenceParallelPlan(problem: problem, microBatches: [greedy]).stepTime == .seconds(11))
        #expect(plan.stepTime == .seconds(10))
        #expect(abs(SequenceParallelFixtures.bruteForceStepTime(problem) - 10) < 1e-12)
        try problem.verify(plan)
    }

    @Test("the batch generator is deterministic per seed and stays within its ranges")
    func generator() throws {
        let generator = SequenceBatchGenerator(lengths: 128...65536, tokensPerBatch: 100_000...200_000)
        let batch = try generator.batch(seed: 7)
        #expect(try generator.batch(seed: 7) == batch)
        #expect(try generator.batch(seed: 8) != batch)
        #expect((100_000...200_000).contains(batch.reduce(0, +)))
        #expect(batch.allSatisfy { (128...65536).contains($0) })
    }
}
