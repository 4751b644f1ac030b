import Foundation
import Planners
import Testing

private let gibibyte = PodFixtures.gibibyte

@Suite("PodPacking kube-scheduler baseline")
struct PodPackingSchedulerTests {
    typealias F = PodFixtures

    /// Node a (4000m, 8Gi) runs r (1000m, 2Gi); node b (2000m, 8Gi) is empty; p (500m, 1Gi) is pending.
    static let twoNodes = PodPackingProblem(
        nodes: [.init(name: "a", cpu: 4000, memory: 8 * gibibyte), .init(name: "b", cpu: 2000, memory: 8 * gibibyte)],
        pods: [.init(name: "r", cpu: 1000, memory: 2 * gibibyte, node: "a"), .init(name: "p", cpu: 500, memory: gibibyte)])

    @Test("LeastAllocated + BalancedAllocation on two nodes, computed by hand")
    func leastAllocated() throws {
        // a: cpu (4000−1500)·100/4000 = 62, memory (8−3)·100/8 = 62 → fit 62;
        //    f_cpu = 1500/4000 = 0.375 = f_mem = 3/8 → balanced 100; taints (none anywhere) 100 × 3.
        // b: cpu (2000−500)·100/2000 = 75, memory (8−1)·100/8 = 87 → fit (75+87)/2 = 81;
        //    f_cpu 0.25, f_mem 0.125 → (1 − 0.0625)·100 = 93 → b.
        let result = KubeScheduler().schedule(Self.twoNodes)
        let decision = try #require(result.decisions.first)
        #expect(decision.scores == [.init(node: "a", fit: 62, balanced: 100, taints: 100), .init(node: "b", fit: 81, balanced: 93, taints: 100)])
        #expect(decision.node == "b")
        #expect(result.plan.started == [.init(pod: "p", node: "b")])
    }

    @Test("MostAllocated prefers the fuller node, computed by hand")
    func mostAllocated() throws {
        // a: cpu 1500·100/4000 = 37, memory 3·100/8 = 37 → 37 + 100; b: cpu 25, memory 12 → 18 + 93.
        let decision = try #require(KubeScheduler(scoring: .mostAllocated).schedule(Self.twoNodes).decisions.first)
        #expect(decision.scores.map(\.fit) == [37, 18])
        #expect(decision.node == "a")
    }

    @Test("ties go to the node whose name sorts first, whatever the input order")
    func tieByName() {
        let problem = PodPackingProblem(nodes: [.init(name: "n2", cpu: 1000, memory: gibibyte), .init(name: "n1", cpu: 1000, memory: gibibyte)],
                                        pods: [.init(name: "p", cpu: 100, memory: 1000)])
        #expect(KubeScheduler().schedule(problem).plan.started == [.init(pod: "p", node: "n1")])
    }

    @Test("pods go in priority order, ties by input order; a pod that fits nowhere stays pending")
    func priorityOrder() {
        let problem = PodPackingProblem(nodes: [.init(name: "n", cpu: 1000, memory: gibibyte)],
                                        pods: [.init(name: "low", cpu: 600, memory: 1000, priority: 1), .init(name: "high", cpu: 600, memory: 1000, priority: 5)])
        let result = KubeScheduler().schedule(problem)
        #expect(result.decisions.map(\.pod) == ["high", "low"])
        #expect(result.plan.started == [.init(pod: "high", node: "n")])
        #expect(result.plan.pending == ["low"])
        #expect(result.decisions[1].scores.isEmpty)
    }

    @Test("pods without requests count as 100m / 200Mi when scoring, and skip BalancedAllocation")
    func defaults() throws {
        let problem = PodPackingProblem(nodes: [.init(name: "b", cpu: 1000, memory: gibibyte)], pods: [.init(name: "empty", cpu: 0, memory: 0)])
        let decision = try #require(KubeScheduler().schedule(problem).decisions.first)
        // cpu (1000−100)·100/1000 = 90, memory (1024−200)·100/1024 = 80 → 85.
        #expect(decision.scores == [.init(node: "b", fit: 85, balanced: 0, taints: 100)])
    }

    @Test("PreferNoSchedule taints and preferred node affinity steer the choice with weights 3 and 2")
    func preferences() throws {
        var spot = F.node("a", cpu: 8000)
        spot.taints = [.init(key: "spot", effect: .preferNoSchedule)]
        let problem = PodPackingProblem(nodes: [spot, F.node("b", labels: ["ssd": "yes"])], pods: [F.pod("p")])
        let decision = try #require(KubeScheduler().schedule(problem).decisions.first)
        #expect(decision.scores.map(\.taints) == [0, 100])
        #expect(decision.node == "b", "a is emptier, but its PreferNoSchedule taint costs 300")
        var prefers = problem
        prefers.nodes[0].taints = []
        prefers.pods[0].affinity = .init(nodeAffinity: .init(preferred: [.init(weight: 50, preference: .init(matchExpressions: [
            .init(key: "ssd", operator: .exists),
        ]))]))
        let preferring = try #require(KubeScheduler().schedule(prefers).decisions.first)
        #expect(preferring.scores.map(\.nodeAffinity) == [0, 100])
    }

    @Test("preferred anti-affinity spreads replicas; ScheduleAnyway spread favours the emptier zone")
    func softPodRules() throws {
        var replica = F.pod("web-1", labels: ["app": "web"])
        replica.affinity = .init(podAntiAffinity: .init(preferred: [.init(weight: 100, podAffinityTerm: F.term(app: "web"))]))
        replica.topologySpreadConstraints = [.init(maxSkew: 1, topologyKey: F.zone, whenUnsatisfiable: .scheduleAnyway,
                                                   labelSelector: .init(matchLabels: ["app": "web"]))]
        var second = replica
        second.name = "web-2"
        let nodes = [F.node("a1"), F.node("a2"), F.node("b", zone: "b")]
        let result = KubeScheduler().schedule(PodPackingProblem(nodes: nodes, pods: [replica, second]))
        let placed = result.plan.started.map(\.node)
        #expect(Set(placed).count == 2)
        #expect(placed.contains("b"), "the second replica goes to the other zone: \(placed)")
    }

    @Test("preemption evicts the fewest, lowest-priority pods on one node, and the victims' replacements are rescheduled")
    func preemption() throws {
        // a holds two low pods (priority 1), b one mid pod (priority 5); the urgent pod needs a whole node.
        let problem = PodPackingProblem(nodes: [F.node("a", cpu: 2000), F.node("b", cpu: 2000), F.node("c", cpu: 1000)], pods: [
            F.pod("low-1", cpu: 900, priority: 1, node: "a"), F.pod("low-2", cpu: 900, priority: 1, node: "a"),
            F.pod("mid", cpu: 1500, priority: 5, node: "b"),
            F.pod("urgent", cpu: 1900, priority: 10),
        ])
        let result = KubeScheduler(preemption: true).schedule(problem)
        let preempting = try #require(result.decisions.first { $0.pod == "urgent" })
        // b's only victim has priority 5; a's highest victim has priority 1, so a wins despite two victims.
        #expect(preempting.node == "a")
        #expect(preempting.victims == ["low-1", "low-2"])
        #expect(result.plan.placements.map(\.node) == ["c", nil, "b", "a"], "the first replacement fits on c")
        #expect(result.unsafeEvictions.isEmpty)
        #expect(KubeScheduler().schedule(problem).plan.pending == ["urgent"])
    }

    @Test("a reprieve keeps every victim the pod does not need gone, budget-protected ones first")
    func reprieve() throws {
        var problem = PodPackingProblem(nodes: [F.node("a", cpu: 3000)], pods: [
            F.pod("keep", cpu: 1000, priority: 1, node: "a", labels: ["app": "keep"]),
            F.pod("go", cpu: 1000, priority: 1, node: "a"),
            F.pod("urgent", cpu: 1500, priority: 10),
        ])
        problem.disruptionBudgets = [.init(name: "keep", selector: .init(matchLabels: ["app": "keep"]), disruptionsAllowed: 0)]
        let result = KubeScheduler(preemption: true).schedule(problem)
        #expect(result.decisions.first { $0.pod == "urgent" }?.victims == ["go"])
        #expect(result.unsafeEvictions.isEmpty)
    }

    @Test("preemption ignores the planner's safety rules, and the result says which evictions break them")
    func hazards() throws {
        let problem = PodPackingProblem(nodes: [F.node("a", cpu: 2000)], pods: [
            F.pod("bare", cpu: 1500, priority: 1, node: "a", controller: nil), F.pod("urgent", cpu: 1500, priority: 10),
        ])
        let result = KubeScheduler(preemption: true).schedule(problem)
        #expect(result.plan.evicted == ["bare"])
        #expect(result.unsafeEvictions == ["bare is evicted but has no controller, so nothing recreates it"])
    }

    @Test("a pod with preemptionPolicy Never waits")
    func neverPreempts() {
        var urgent = F.pod("urgent", cpu: 1500, priority: 10)
        urgent.preemptionPolicy = .never
        let problem = PodPackingProblem(nodes: [F.node("a", cpu: 2000)], pods: [F.pod("low", cpu: 1500, priority: 1, node: "a"), urgent])
        #expect(KubeScheduler(preemption: true).schedule(problem).plan.pending == ["urgent"])
    }
}
