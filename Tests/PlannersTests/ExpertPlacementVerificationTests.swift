import Planners
import Testing

@Suite("Expert placement: plans, baselines and verification")
struct ExpertPlacementVerificationTests {
    @Test("contiguous: experts 0–1 and 2–3 together; every token crosses")
    func contiguous() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        let plan = ExpertPlacementBaseline.contiguous.plan(for: problem)
        #expect(plan.placement == [[0, 0, 1, 1], [0, 0, 1, 1]])
        #expect(plan.layers.map(\.maxLoad) == [7, 7])
        #expect(plan.layers.map(\.imbalance) == [1.4, 1.4])
        #expect(plan.crossGPUTokens == 10)
        #expect(plan.crossGPUShare == 1)
        #expect(plan.objective == 24)
    }

    @Test("round-robin: experts alternate; every token stays")
    func roundRobin() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        let plan = ExpertPlacementBaseline.roundRobin.plan(for: problem)
        #expect(plan.placement == [[0, 1, 0, 1], [0, 1, 0, 1]])
        #expect(plan.layers.map(\.maxLoad) == [6, 6])
        #expect(plan.crossGPUTokens == 0)
        #expect(plan.objective == 12)
    }

    @Test("greedy load balance: longest first onto the least-loaded GPU, ties to the lower GPU")
    func greedy() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        let plan = ExpertPlacementBaseline.greedyLoadBalance.plan(for: problem)
        #expect(plan.placement == [[0, 1, 1, 0], [1, 0, 0, 1]])
        #expect(plan.layers.map(\.maxLoad) == [5, 5])
        #expect(plan.meanImbalance == 1)
        #expect(plan.crossGPUTokens == 0)
        #expect(plan.objective == 10)
    }

    @Test("verify accepts every baseline")
    func baselinesVerify() throws {
        let problem = try ExpertTraceGenerator(layers: 3, experts: 6, tokens: 300, gpus: 3).problem(seed: 2)
        for baseline in ExpertPlacementBaseline.allCases { try problem.verify(baseline.plan(for: problem)) }
    }

    @Test("verify rejects a GPU over its slots")
    func overfullGPU() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        var plan = ExpertPlacementBaseline.contiguous.plan(for: problem)
        plan.placement[1] = [0, 0, 0, 1]
        #expect(throws: ExpertPlacementVerificationError(violations: ["layer 1: GPU 0 hosts 3 experts, more than its 2 slots"])) {
            try problem.verify(plan)
        }
    }

    @Test("verify rejects a GPU that does not exist")
    func missingGPU() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        var plan = ExpertPlacementBaseline.contiguous.plan(for: problem)
        plan.placement[0][3] = 5
        #expect(throws: ExpertPlacementVerificationError.self) { try problem.verify(plan) }
    }

    @Test("verify recomputes the figures: a moved expert with stale figures is caught")
    func staleFigures() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        var plan = ExpertPlacementBaseline.roundRobin.plan(for: problem)
        plan.placement[1] = [1, 0, 0, 1]
        do {
            try problem.verify(plan)
            Issue.record("a plan with stale figures passed verification")
        } catch {
            #expect(error.violations.contains { $0.hasPrefix("crossGPUTokens is 0.0") })
            #expect(error.violations.contains { $0.hasPrefix("layers[1].gpuLoads") })
            #expect(error.violations.contains { $0.hasPrefix("objective is 12.0") })
        }
    }

    @Test("verify rejects a misreported figure")
    func misreported() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        var plan = ExpertPlacementBaseline.greedyLoadBalance.plan(for: problem)
        plan.interNodeTokens = 1
        #expect(throws: ExpertPlacementVerificationError(violations: ["interNodeTokens is 1.0; the trace and placement give 0.0"])) {
            try problem.verify(plan)
        }
    }
}
