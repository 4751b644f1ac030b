import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("PodPacking planner")
struct PodPackingPlannerTests {
    typealias F = PodFixtures

    static func problem(_ nodes: [PodPackingProblem.Node], _ pods: [PodPackingProblem.Pod]) -> PodPackingProblem {
        PodPackingProblem(nodes: nodes, pods: pods)
    }

    /// Nodes a (2000m) and b (1000m); h1 (900m) is scheduled first and the default scheduler puts it on
    /// a, the emptier node, which leaves no room for h2 (1500m). The optimum swaps them.
    static let misplaced = problem([F.node("a", cpu: 2000), F.node("b", cpu: 1000)],
                                   [F.pod("h1", cpu: 900, priority: 10), F.pod("h2", cpu: 1500, priority: 10)])

    /// Two 2000m nodes each running a 600m low-priority pod; a 1500m high-priority pod is pending.
    static func crowded(cpu: Int = 600) -> PodPackingProblem {
        problem([F.node("a", cpu: 2000), F.node("b", cpu: 2000)],
                [F.pod("low1", cpu: cpu, priority: 1, node: "a"), F.pod("low2", cpu: cpu, priority: 1, node: "b"),
                 F.pod("high", cpu: 1500, priority: 10)])
    }

    @Test("the planner places a pod the default scheduler leaves pending, and proves it")
    func beatsScheduler() throws {
        let report = try PodFixtures.plan(Self.misplaced)
        let plan = try report.verifiedPlan
        #expect(report.scheduler.pending == ["h2"])
        #expect(plan.pending.isEmpty)
        #expect(Set(plan.started.map { "\($0.pod)→\($0.node)" }) == ["h1→b", "h2→a"])
        #expect(report.comparison == .better)
        #expect(report.status == .optimal)
        #expect(!report.isSchedulerProvenOptimal)
    }

    @Test("a low-priority pod moves to make room rather than being evicted; preemption would evict it")
    func moveRatherThanEvict() throws {
        let report = try PodFixtures.plan(Self.crowded())
        let plan = try report.verifiedPlan
        #expect(plan.placedPerTier == [1, 2])
        #expect(report.scheduler.placedPerTier == [0, 2])
        #expect(report.schedulerWithPreemption.placedPerTier == [1, 2], "the victim's replacement fits on the other node")
        #expect(plan.moved.count == 1 && plan.evicted.isEmpty)
        #expect(report.status == .optimal)
        #expect(report.stages.map(\.goal) == [.placedPods, .placedPods, .disruption])
        #expect(report.summary(for: Self.crowded()).contains("Move: "))
    }

    @Test("a low-priority pod is evicted when a high-priority one has nowhere else to go")
    func evict() throws {
        let report = try PodFixtures.plan(Self.crowded(cpu: 1200))
        let plan = try report.verifiedPlan
        #expect(plan.placedPerTier == [1, 1])
        #expect(plan.evicted.count == 1 && plan.moved.isEmpty)
        #expect(report.comparison == .better && report.comparisonWithPreemption == .same)
        #expect(report.status == .optimal)
    }

    @Test("with moves off, or with the running pods protected or bare, nothing running is disturbed")
    func noMovesAndProtection() throws {
        var noMoves = Self.crowded()
        noMoves.options.allowMoves = false
        var protected = Self.crowded()
        protected.pods[0].protected = true
        protected.pods[1].protected = true
        var bare = Self.crowded()
        bare.pods[0].controller = nil
        bare.pods[1].controller = nil
        for problem in [noMoves, protected, bare] {
            let report = try PodFixtures.plan(problem)
            let plan = try report.verifiedPlan
            #expect(plan.placedPerTier == [0, 2])
            #expect(plan.moved.isEmpty && plan.evicted.isEmpty)
            #expect(report.isSchedulerProvenOptimal)
        }
    }

    @Test("a disruption budget caps the pods that leave, and the preemption baseline's breach is reported")
    func budget() throws {
        var problem = Self.problem([F.node("a", cpu: 2000), F.node("b", cpu: 2000)], [
            F.pod("db-1", cpu: 1200, priority: 1, node: "a", labels: ["app": "db"]),
            F.pod("db-2", cpu: 1200, priority: 1, node: "b", labels: ["app": "db"]),
            F.pod("high-1", cpu: 1500, priority: 10), F.pod("high-2", cpu: 1500, priority: 10),
        ])
        problem.disruptionBudgets = [.init(name: "db", selector: .init(matchLabels: ["app": "db"]), disruptionsAllowed: 1)]
        let report = try PodFixtures.plan(problem)
        let plan = try report.verifiedPlan
        #expect(plan.placedPerTier == [1, 1])
        #expect(report.schedulerWithPreemption.placedPerTier == [2, 0])
        #expect(report.preemptionHazards == ["2 pods of disruption budget db are evicted; it allows 1"])
        #expect(report.comparisonWithPreemption == .worse)
    }

    @Test("one high-priority pod outweighs any number of lower ones")
    func lexicographic() throws {
        let problem = Self.problem([F.node("n", cpu: 2000)], [
            F.pod("small1", cpu: 900, priority: 1, node: "n"), F.pod("small2", cpu: 900, priority: 1, node: "n"),
            F.pod("big", cpu: 1500, priority: 2),
        ])
        let report = try PodFixtures.plan(problem)
        let plan = try report.verifiedPlan
        #expect(plan.placedPerTier == [1, 0])
        #expect(plan.evicted.sorted() == ["small1", "small2"])
    }

    @Test("plans rank as they are optimised: a tier's disruption before the pods of lower tiers")
    func ranking() {
        let problem = Self.problem([F.node("a"), F.node("b")], [
            F.pod("running", priority: 1, node: "a"), F.pod("low1", priority: 0), F.pod("low2", priority: 0),
        ])
        let calm = PodPackingPlan(problem: problem, nodes: ["a", "a", nil])
        let busy = PodPackingPlan(problem: problem, nodes: ["b", "a", "a"])
        #expect(calm.compared(to: busy) == .better, "no move at priority 1 outranks a second pod at priority 0")
        #expect(busy.compared(to: calm) == .worse)
        #expect(calm.compared(to: calm) == .same)
        let elsewhere = PodPackingPlan(problem: problem, nodes: ["b", "a", "b"])
        #expect(elsewhere.compared(to: calm) == .worse && busy.compared(to: elsewhere) == .same)
    }

    @Test("when the scheduler leaves nothing pending, no MILP is solved and it is proven optimal")
    func schedulerSuffices() throws {
        let problem = Self.problem([F.node("n", cpu: 2000)], [F.pod("p", priority: 3), F.pod("q")])
        let report = try PodFixtures.plan(problem)
        #expect(!report.usedSolver)
        #expect(report.status == .optimal && report.isSchedulerProvenOptimal)
        #expect(report.plan == report.scheduler)
    }

    @Test("the model groups identical pending replicas and fixes pods that may not move")
    func model() throws {
        var cordoned = F.node("b", cpu: 4000)
        cordoned.unschedulable = true
        let problem = Self.problem([F.node("a", cpu: 4000), cordoned], [
            F.pod("web-1", priority: 5), F.pod("web-2", priority: 5), F.pod("web-3", priority: 5),
            F.pod("db", cpu: 1000, priority: 5, node: "b"), F.pod("agent", cpu: 3000, node: "a", controller: "DaemonSet"),
        ])
        let formulation = try problem.formulation()
        // web-1…3 share one count on a (b is cordoned), at most 2 since the agent leaves 1000m;
        // db may stay on cordoned b or move to a; the agent is fixed.
        #expect(formulation.model.variableCount == 3)
        let replicas = try #require(formulation.variable(placing: "web-2", on: "a"))
        #expect(formulation.model[replicas].kind == .integer && formulation.model[replicas].upperBound == 2)
        #expect(formulation.variable(placing: "web-1", on: "b") == nil)
        #expect(formulation.variable(placing: "db", on: "b") != nil && formulation.variable(placing: "db", on: "a") != nil)
        #expect(formulation.variable(placing: "agent", on: "a") == nil)
    }

    @Test("running pods above every pending priority are fixed: moving them could only cost")
    func highTiersFixed() throws {
        let problem = Self.problem([F.node("a"), F.node("b")], [F.pod("top", priority: 100, node: "a"), F.pod("new", priority: 5)])
        #expect(try problem.formulation().variable(placing: "top", on: "b") == nil)
    }

    @Test("the decoder hands out replicas in order and reads moves")
    func decoder() throws {
        let problem = Self.problem([F.node("a"), F.node("b")], [
            F.pod("web-1", priority: 5), F.pod("web-2", priority: 5), F.pod("web-3", priority: 5),
            F.pod("db", cpu: 1000, priority: 5, node: "b"),
        ])
        let formulation = try problem.formulation()
        var values = Array(repeating: 0.0, count: formulation.model.variableCount)
        values[try #require(formulation.variable(placing: "web-1", on: "a")).index] = 1
        values[try #require(formulation.variable(placing: "web-1", on: "b")).index] = 1
        values[try #require(formulation.variable(placing: "db", on: "a")).index] = 1
        let plan = try #require(formulation.decode(Solution(termination: Termination(.optimal), objectiveValue: 3, values: values)))
        #expect(plan.placements.map(\.node) == ["a", "b", nil, "a"])
        #expect(plan.moved == [.init(pod: "db", from: "b", to: "a")])
        #expect(plan.pending == ["web-3"])
        #expect(plan.tiers == [.init(priority: 5, pods: 4, placed: 3, started: 2, moved: 1, evicted: 0, pending: 1)])
        try problem.verify(plan)
    }

    @Test("verify rejects stale lists and an overfull node")
    func verifyRejects() throws {
        let problem = Self.crowded()
        let plan = try PodFixtures.plan(problem).verifiedPlan
        var stale = plan
        stale.started = []
        #expect(throws: PodPackingVerificationError(violations: ["the started pods differ from the placements"])) { try problem.verify(stale) }
        let overfull = PodPackingPlan(problem: problem, nodes: ["a", "b", "a"])
        do {
            try problem.verify(overfull)
            Issue.record("verify accepted an overfull node")
        } catch {
            #expect(error.violations == ["high arrives on a, where pods request 2100 of cpu, more than its 2000"])
        }
    }

    @Test("a cluster too large for its window is refused before any work starts")
    func tooLarge() throws {
        var problem = Self.crowded()
        problem.pods += (1...400).map { F.pod("extra-\($0)", cpu: 10) }
        problem.nodes += (1...100).map { F.node("n\($0)") }
        do {
            _ = try PodFixtures.plan(problem, window: .milliseconds(10))
            Issue.record("a cluster too large for its window was planned")
        } catch let error as PlannerInputError {
            #expect(error.message.contains("placement pairs") && error.message.contains("give a window of at least 1 s"), "\(error)")
        }
    }

    /// A mistake made to a valid cluster and the field the error must name.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var field: String
        var change: @Sendable (inout PodPackingProblem) -> Void
        var testDescription: String { field }
    }

    static let mistakes: [Mistake] = [
        Mistake(field: "nodes") { $0.nodes = [] },
        Mistake(field: "nodes[1].name") { $0.nodes[1].name = "a" },
        Mistake(field: "nodes[0].allocatable.cpu") { $0.nodes[0].allocatable["cpu"] = -1 },
        Mistake(field: "nodes[0].allocatable.memory") { $0.nodes[0].allocatable["memory"] = Int.max },
        Mistake(field: "pods[1].name") { $0.pods[1].name = "low1" },
        Mistake(field: "pods[2].requests.cpu") { $0.pods[2].requests["cpu"] = (1 << 45) + 1 },
        Mistake(field: "pods[2].priority") { $0.pods[2].priority = Int(Int32.max) + 1 },
        Mistake(field: "pods[0].node") { $0.pods[0].node = "z" },
        Mistake(field: "pods[2].protected") { $0.pods[2].protected = true },
        Mistake(field: "pods[2].topologySpreadConstraints[0].maxSkew") {
            $0.pods[2].topologySpreadConstraints = [.init(maxSkew: 0, topologyKey: "zone", whenUnsatisfiable: .doNotSchedule, labelSelector: nil)]
        },
        Mistake(field: "pods[2].hostPorts[0].port") { $0.pods[2].hostPorts = [.init(port: 70_000)] },
        Mistake(field: "pods[2].affinity.podAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].labelSelector.matchExpressions[0]") {
            $0.pods[2].affinity = .init(podAffinity: .init(required: [
                .init(labelSelector: .init(matchExpressions: [.init(key: "app", operator: .in)]), topologyKey: "zone"),
            ]))
        },
        Mistake(field: "pods[2].affinity.podAntiAffinity.requiredDuringSchedulingIgnoredDuringExecution[0].namespaceSelector") {
            $0.pods[2].affinity = .init(podAntiAffinity: .init(required: [
                .init(labelSelector: .init(), namespaceSelector: .init(matchLabels: ["team": "x"]), topologyKey: "zone"),
            ]))
        },
        Mistake(field: "disruptionBudgets[0].disruptionsAllowed") {
            $0.disruptionBudgets = [.init(name: "b", selector: nil, disruptionsAllowed: -1)]
        },
    ]

    @Test("invalid clusters name the field", arguments: mistakes)
    func validation(mistake: Mistake) {
        var problem = Self.crowded()
        mistake.change(&problem)
        do {
            try problem.validate()
            Issue.record("\(mistake.field): the mistake was accepted")
        } catch {
            #expect(error.field == mistake.field, "\(error)")
        }
    }

    @Test("the compact JSON form takes numbers or quantities, with defaults, and round-trips")
    func compactJSON() throws {
        let json = #"""
        {"nodes": [{"name": "n", "allocatable": {"cpu": "4", "memory": "8Gi", "pods": 110, "nvidia.com/gpu": 2},
                    "taints": [{"key": "gpu", "effect": "NoSchedule"}]}],
         "pods": [{"name": "p", "requests": {"cpu": 250, "memory": "512Mi"}, "node": "n", "controller": "ReplicaSet"},
                  {"name": "q", "namespace": "ml", "requests": {"cpu": "1.5", "memory": 1000000, "nvidia.com/gpu": 1}, "priority": 7,
                   "tolerations": [{"key": "gpu", "operator": "Exists"}]}],
         "disruptionBudgets": [{"name": "b", "selector": {}, "disruptionsAllowed": 1}],
         "options": {"allowMoves": false}}
        """#
        let problem = try PodPackingProblem.decode(from: [Data(json.utf8)])
        #expect(problem.nodes[0].allocatable == ["cpu": 4000, "memory": 8 << 30, "pods": 110, "nvidia.com/gpu": 2])
        #expect(problem.pods[0].requests == ["cpu": 250, "memory": 512 << 20])
        #expect(problem.pods[1].id == "ml/q" && problem.pods[1].requests["cpu"] == 1500 && problem.pods[1].priority == 7)
        #expect(problem.options == .init(allowMoves: false))
        let again = try PodPackingProblem.decode(from: [PlannerJSON.encode(problem)])
        #expect(again == problem)
        do {
            _ = try PodPackingProblem.decode(from: Data(json.replacingOccurrences(of: "allowMoves", with: "allowMove").utf8))
            Issue.record("a misspelt option was accepted")
        } catch {
            #expect(error.description == #"options.allowMove: unknown field; did you mean "allowMoves"?"#)
        }
        do {
            _ = try PodPackingProblem.decode(from: [Data(#"{"nodes": [{"name": "n", "allocatable": {"cpu": "4 cores"}}], "pods": []}"#.utf8)])
            Issue.record("a bad quantity was accepted")
        } catch {
            #expect(error.field == "nodes[0].allocatable.cpu")
            #expect(error.message.contains("'4 cores' is not a Kubernetes quantity"))
        }
    }
}
