import Planners
import Testing

private let gibibyte = 1 << 30

@Suite("PodPacking kube-scheduler baseline")
struct PodPackingSchedulerTests {
    /// Node a (4000m, 8Gi) runs r (1000m, 2Gi); node b (2000m, 8Gi) is empty; p (500m, 1Gi) is pending.
    static let twoNodes = PodPackingProblem(
        nodes: [.init(name: "a", cpu: 4000, memory: 8 * gibibyte), .init(name: "b", cpu: 2000, memory: 8 * gibibyte)],
        pods: [.init(name: "r", cpu: 1000, memory: 2 * gibibyte, node: "a"), .init(name: "p", cpu: 500, memory: gibibyte)])

    @Test("LeastAllocated + BalancedAllocation on two nodes, computed by hand")
    func leastAllocated() throws {
        // a: cpu (4000−1500)·100/4000 = 62, memory (8−3)·100/8 = 62 → fit 62;
        //    f_cpu = 1500/4000 = 0.375 = f_mem = 3/8 → balanced 100; total 162.
        // b: cpu (2000−500)·100/2000 = 75, memory (8−1)·100/8 = 87 → fit (75+87)/2 = 81;
        //    f_cpu 0.25, f_mem 0.125 → (1 − 0.0625)·100 = 93; total 174 → b.
        let result = KubeScheduler().schedule(Self.twoNodes)
        let decision = try #require(result.decisions.first)
        #expect(decision.scores == [.init(node: "a", fit: 62, balanced: 100), .init(node: "b", fit: 81, balanced: 93)])
        #expect(decision.node == "b")
        #expect(result.plan.started == [.init(pod: "p", node: "b")])
        #expect(result.plan.pending.isEmpty)
    }

    @Test("MostAllocated prefers the fuller node, computed by hand")
    func mostAllocated() throws {
        // a: cpu 1500·100/4000 = 37, memory 3·100/8 = 37 → 37 + 100 = 137.
        // b: cpu 500·100/2000 = 25, memory 100/8 = 12 → 18 + 93 = 111 → a.
        let decision = try #require(KubeScheduler(scoring: .mostAllocated).schedule(Self.twoNodes).decisions.first)
        #expect(decision.scores.map(\.total) == [137, 111])
        #expect(decision.node == "a")
    }

    @Test("ties go to the node whose name sorts first, whatever the input order")
    func tieByName() {
        let problem = PodPackingProblem(
            nodes: [.init(name: "n2", cpu: 1000, memory: gibibyte), .init(name: "n1", cpu: 1000, memory: gibibyte)],
            pods: [.init(name: "p", cpu: 100, memory: 1000)])
        #expect(KubeScheduler().schedule(problem).plan.started == [.init(pod: "p", node: "n1")])
    }

    @Test("pods go in priority order, ties by input order; a pod that fits nowhere stays pending")
    func priorityOrder() {
        // Only one of the 600m pods fits the 1000m node: the higher-priority one, though listed last.
        let problem = PodPackingProblem(
            nodes: [.init(name: "n", cpu: 1000, memory: gibibyte)],
            pods: [.init(name: "low", cpu: 600, memory: 1000, priority: 1), .init(name: "high", cpu: 600, memory: 1000, priority: 5)])
        let result = KubeScheduler().schedule(problem)
        #expect(result.decisions.map(\.pod) == ["high", "low"])
        #expect(result.plan.started == [.init(pod: "high", node: "n")])
        #expect(result.plan.pending == ["low"])
        #expect(result.decisions[1].scores.isEmpty)
    }

    @Test("cordoned nodes are filtered out; pods without requests count as 100m / 200Mi when scoring")
    func filterAndDefaults() throws {
        let problem = PodPackingProblem(
            nodes: [.init(name: "a", cpu: 1000, memory: gibibyte, schedulable: false), .init(name: "b", cpu: 1000, memory: gibibyte)],
            pods: [.init(name: "empty", cpu: 0, memory: 0)])
        let decision = try #require(KubeScheduler().schedule(problem).decisions.first)
        // b: cpu (1000−100)·100/1000 = 90, memory (1024−200)·100/1024 = 80 → 85; balanced skipped for a pod requesting nothing.
        #expect(decision.scores == [.init(node: "b", fit: 85, balanced: 0)])
    }
}
