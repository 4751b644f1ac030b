import Foundation
import GLPK
import MILP
import Planners
import Testing

private let gibibyte = 1 << 30

@Suite("PodPacking planner")
struct PodPackingTests {
    /// Nodes a (2000m) and b (1000m); h1 (900m) is scheduled first and the default scheduler puts it on
    /// a, the emptier node, which leaves no room for h2 (1500m). The optimum swaps them.
    static let misplaced = PodPackingProblem(
        nodes: [.init(name: "a", cpu: 2000, memory: 8 * gibibyte), .init(name: "b", cpu: 1000, memory: 8 * gibibyte)],
        pods: [.init(name: "h1", cpu: 900, memory: gibibyte, priority: 10), .init(name: "h2", cpu: 1500, memory: gibibyte, priority: 10)])

    /// Two 2000m nodes each running a 600m low-priority pod; a 1500m high-priority pod is pending.
    static func crowded(protected: Bool = false) -> PodPackingProblem {
        PodPackingProblem(
            nodes: [.init(name: "a", cpu: 2000, memory: 4 * gibibyte), .init(name: "b", cpu: 2000, memory: 4 * gibibyte)],
            pods: [
                .init(name: "low1", cpu: 600, memory: gibibyte, priority: 1, node: "a", protected: protected),
                .init(name: "low2", cpu: 600, memory: gibibyte, priority: 1, node: "b", protected: protected),
                .init(name: "high", cpu: 1500, memory: gibibyte, priority: 10),
            ])
    }

    @Test("the planner places a pod the default scheduler leaves pending, and proves it")
    func beatsBaseline() throws {
        let report = try PodPackingPlanner(solver: GLPKSolver()).plan(Self.misplaced)
        #expect(report.baseline.pending == ["h2"])
        #expect(report.plan.pending.isEmpty)
        #expect(Set(report.plan.started.map { "\($0.pod)→\($0.node)" }) == ["h1→b", "h2→a"])
        #expect(report.comparison == .better)
        #expect(report.isProvenOptimal)
        #expect(!report.isBaselineProvenOptimal)
    }

    @Test("a low-priority pod moves to make room, rather than being evicted")
    func moveRatherThanEvict() throws {
        let report = try PodPackingPlanner(solver: GLPKSolver()).plan(Self.crowded())
        #expect(report.plan.placedPerTier == [1, 2])
        #expect(report.baseline.placedPerTier == [0, 2])
        #expect(report.plan.moved.count == 1)
        #expect(report.plan.evicted.isEmpty)
        #expect(report.isProvenOptimal)
        #expect(report.stages.map(\.goal) == [.placedPods, .placedPods, .disruption])
        #expect(report.summary.contains("Move: "))
    }

    @Test("a low-priority pod is evicted when a high-priority one has nowhere else to go")
    func evict() throws {
        var problem = Self.crowded()
        problem.pods[0].cpu = 1200
        problem.pods[1].cpu = 1200
        let report = try PodPackingPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.plan.placedPerTier == [1, 1])
        #expect(report.plan.evicted.count == 1)
        #expect(report.plan.moved.isEmpty)
        #expect(report.comparison == .better)
        #expect(report.isProvenOptimal)
    }

    @Test("with moves off, or with the running pods protected, nothing running is disturbed")
    func noMovesAndProtection() throws {
        var noMoves = Self.crowded()
        noMoves.options.allowMoves = false
        for problem in [noMoves, Self.crowded(protected: true)] {
            let report = try PodPackingPlanner(solver: GLPKSolver()).plan(problem)
            #expect(report.plan.placedPerTier == [0, 2])
            #expect(report.plan.moved.isEmpty && report.plan.evicted.isEmpty)
            #expect(report.comparison == .same)
            #expect(report.isBaselineProvenOptimal)
        }
    }

    @Test("one high-priority pod outweighs any number of lower ones")
    func lexicographic() throws {
        let problem = PodPackingProblem(
            nodes: [.init(name: "n", cpu: 2000, memory: 8 * gibibyte)],
            pods: [
                .init(name: "small1", cpu: 900, memory: gibibyte, priority: 1, node: "n"),
                .init(name: "small2", cpu: 900, memory: gibibyte, priority: 1, node: "n"),
                .init(name: "big", cpu: 1500, memory: gibibyte, priority: 2),
            ])
        let report = try PodPackingPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.plan.placedPerTier == [1, 0])
        #expect(report.plan.evicted.sorted() == ["small1", "small2"])
    }

    @Test("when the baseline leaves nothing pending, no MILP is solved and it is proven optimal")
    func baselineSuffices() throws {
        let problem = PodPackingProblem(
            nodes: [.init(name: "n", cpu: 2000, memory: 8 * gibibyte)],
            pods: [.init(name: "p", cpu: 500, memory: gibibyte, priority: 3), .init(name: "q", cpu: 500, memory: gibibyte)])
        let report = try PodPackingPlanner(solver: GLPKSolver()).plan(problem)
        #expect(!report.usedSolver)
        #expect(report.isProvenOptimal && report.isBaselineProvenOptimal)
        #expect(report.plan == report.baseline)
    }

    @Test("the model groups identical pending replicas, fixes protected pods, and keeps cordoned nodes for their own pods")
    func model() throws {
        let problem = PodPackingProblem(
            nodes: [.init(name: "a", cpu: 4000, memory: 8 * gibibyte), .init(name: "b", cpu: 4000, memory: 8 * gibibyte, schedulable: false)],
            pods: [
                .init(name: "web-1", cpu: 500, memory: gibibyte, priority: 5),
                .init(name: "web-2", cpu: 500, memory: gibibyte, priority: 5),
                .init(name: "web-3", cpu: 500, memory: gibibyte, priority: 5),
                .init(name: "db", cpu: 1000, memory: 2 * gibibyte, priority: 9, node: "b"),
                .init(name: "agent", cpu: 3000, memory: gibibyte, priority: 0, node: "a", protected: true),
            ])
        let model = try problem.formulation().model
        // web-1…3 share one count on a (b is cordoned), at most 2 since the protected agent leaves 1000m;
        // db may stay on cordoned b or move to a.
        #expect(model.variableCount == 3)
        let replicas = try #require(model.variable(named: "place[web-1+2,a]"))
        #expect(model[replicas].kind == .integer && model[replicas].upperBound == 2)
        #expect(model.variable(named: "place[web-1+2,b]") == nil)
        #expect(model.variable(named: "place[db,b]") != nil)
        #expect(model.variable(named: "place[db,a]") != nil)
        #expect(model.variable(named: "place[agent,a]") == nil)
        #expect(model.constraint(named: "cpu[a]").map { model[$0].upperBound } == 1000)
    }

    @Test("the decoder hands out replicas in order and reads moves")
    func decoder() throws {
        let problem = PodPackingProblem(
            nodes: [.init(name: "a", cpu: 4000, memory: 8 * gibibyte), .init(name: "b", cpu: 4000, memory: 8 * gibibyte)],
            pods: [
                .init(name: "web-1", cpu: 500, memory: gibibyte, priority: 5),
                .init(name: "web-2", cpu: 500, memory: gibibyte, priority: 5),
                .init(name: "web-3", cpu: 500, memory: gibibyte, priority: 5),
                .init(name: "db", cpu: 1000, memory: 2 * gibibyte, priority: 9, node: "b"),
            ])
        let formulation = try problem.formulation()
        let model = formulation.model
        var values = Array(repeating: 0.0, count: model.variableCount)
        values[try #require(model.variable(named: "place[web-1+2,a]")).index] = 1
        values[try #require(model.variable(named: "place[web-1+2,b]")).index] = 1
        values[try #require(model.variable(named: "place[db,a]")).index] = 1
        let plan = try #require(formulation.decode(Solution(termination: Termination(.optimal), objectiveValue: 3, values: values)))
        #expect(plan.placements.map(\.node) == ["a", "b", nil, "a"])
        #expect(plan.moved == [.init(pod: "db", from: "b", to: "a")])
        #expect(plan.pending == ["web-3"])
        #expect(plan.tiers == [
            .init(priority: 9, pods: 1, placed: 1, started: 0, moved: 1, evicted: 0, pending: 0),
            .init(priority: 5, pods: 3, placed: 2, started: 2, moved: 0, evicted: 0, pending: 1),
        ])
        try problem.verify(plan)
    }

    @Test("verify rejects a hand-broken plan: an overfull node, a moved protected pod, stale counts")
    func verifyRejects() throws {
        let problem = Self.crowded(protected: true)
        let plan = try PodPackingPlanner(solver: GLPKSolver()).plan(problem).plan
        var broken = plan
        broken.placements[2].node = "a"
        broken.placements[0].node = "b"
        do {
            try problem.verify(broken)
            Issue.record("verify accepted a broken plan")
        } catch {
            #expect(error.violations.contains { $0.contains("low1 is protected") })
            #expect(error.violations.contains { $0.contains("the started pods differ") })
        }
        var overfull = plan
        overfull.placements[2].node = "a"
        overfull.started = [.init(pod: "high", node: "a")]
        overfull.pending = []
        do {
            try problem.verify(overfull)
            Issue.record("verify accepted an overfull node")
        } catch {
            #expect(error.violations == ["a: pods request 2100m CPU, more than its 2000m"])
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
        Mistake(field: "nodes[0].cpu") { $0.nodes[0].cpu = -1 },
        Mistake(field: "pods[1].name") { $0.pods[1].name = "low1" },
        Mistake(field: "pods[2].memory") { $0.pods[2].memory = -5 },
        Mistake(field: "pods[0].node") { $0.pods[0].node = "z" },
        Mistake(field: "pods[2].protected") { $0.pods[2].protected = true },
        Mistake(field: "nodes[1].cpu") { $0.pods[1].cpu = 2500 },
        Mistake(field: "options.window") { $0.options.window = 0 },
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

    @Test("the compact JSON form takes numbers or quantities, with defaults for the options")
    func compactJSON() throws {
        let json = #"""
        {"nodes": [{"name": "n", "cpu": "4", "memory": "8Gi"}],
         "pods": [{"name": "p", "cpu": 250, "memory": "512Mi", "node": "n", "protected": true},
                  {"name": "q", "cpu": "1.5", "memory": 1000000, "priority": 7}],
         "options": {"window": 10}}
        """#
        let problem = try PodPackingProblem.decode(from: Data(json.utf8))
        #expect(problem.nodes == [.init(name: "n", cpu: 4000, memory: 8 * gibibyte)])
        #expect(problem.pods == [
            .init(name: "p", cpu: 250, memory: 512 << 20, node: "n", protected: true),
            .init(name: "q", cpu: 1500, memory: 1_000_000, priority: 7),
        ])
        #expect(problem.options == .init(window: 10, allowMoves: true, scoring: .leastAllocated))
        do {
            _ = try PodPackingProblem.decode(from: Data(#"{"nodes": [{"name": "n", "cpu": "4 cores", "memory": 1}], "pods": []}"#.utf8))
            Issue.record("a bad quantity was accepted")
        } catch {
            #expect(error.field == "nodes[0].cpu")
            #expect(error.message.contains("'4 cores' is not a Kubernetes quantity"))
        }
    }

    @Test("the generator is deterministic and follows the paper's capacity rule")
    func generator() throws {
        let parameters = PodPackingGenerator.Parameters(nodes: 8, podsPerNode: 4, priorities: 4, utilization: 1.05)
        let problem = PodPackingGenerator(parameters).problem(seed: 11)
        #expect(problem == PodPackingGenerator(parameters).problem(seed: 11))
        #expect(problem != PodPackingGenerator(parameters).problem(seed: 12))
        #expect(problem.pods.count == 32 && problem.nodes.count == 8)
        for pod in problem.pods {
            #expect((100...1000).contains(pod.cpu) && (1...4).contains(pod.priority) && pod.node == nil)
        }
        let totalCPU = problem.pods.reduce(0) { $0 + $1.cpu }
        let largestCPU = try #require(problem.pods.map(\.cpu).max())
        let capacity = max(largestCPU, Int((Double(totalCPU) / (1.05 * 8)).rounded(.up)))
        #expect(problem.nodes.allSatisfy { $0.cpu == capacity })
        #expect(PodPackingGenerator.paperGrid.count == 96)
    }

    @Test("instances kept for the benchmark all leave pods pending under the default scheduler, and the planner is never worse")
    func pendingInstances() throws {
        let grid = PodPackingGenerator.paperGrid.filter { $0.nodes == 4 }
        let instances = PodPackingGenerator.instancesWithPendingPods(count: 3, firstSeed: 1, grid: grid)
        #expect(instances.count == 3)
        for instance in instances {
            #expect(!KubeScheduler().schedule(instance.problem).plan.pending.isEmpty, "\(instance.name)")
            let report = try PodPackingPlanner(solver: GLPKSolver()).plan(instance.problem)
            #expect(report.comparison != .worse, "\(instance.name)")
        }
    }
}
