import Foundation
import GLPK
import MILP
import Planners
import Testing

/// The cluster a user first tried: `kubectl get nodes,pods -A -o json` of six nodes — a tainted
/// control plane, a tainted GPU node with two GPUs, two SSD workers in two zones, a small
/// worker that takes 3 pods, a cordoned worker — running system pods, a database, a search
/// pod and one web replica; pending: two more web replicas (required anti-affinity per host),
/// four CPU batch pods (SSD only, an init container asking more memory), three GPU pods, four
/// small probes for the small node, and a pod allowed only in zone eu-west-1b.
@Suite("PodPacking on the cluster from the issue")
struct PodPackingIssueClusterTests {
    static func problem() throws -> PodPackingProblem {
        try PodPackingProblem.decode(from: PodFixtures.file("issue-cluster.json"))
    }

    /// Every way the first version broke this cluster, as a check on a plan.
    static func mistakes(in plan: PodPackingPlan, of problem: PodPackingProblem) -> [String] {
        var found: [String] = []
        let nodeOf = Dictionary(uniqueKeysWithValues: plan.placements.map { ($0.pod, $0.node) })
        let started = Dictionary(uniqueKeysWithValues: plan.started.map { ($0.pod, $0.node) })
        for (pod, node) in started where pod.hasPrefix("batch/") && (node == "gpu-1" || node == "cp-1") {
            found.append("CPU batch pod \(pod) on tainted \(node)")
        }
        let gpuPods = plan.placements.filter { $0.pod.hasPrefix("ml/") && $0.node == "gpu-1" }.count
        if gpuPods > 2 { found.append("\(gpuPods) GPU pods on a node with 2 GPUs") }
        let onSmall = plan.placements.filter { $0.node == "worker-b2" }.count
        if onSmall > 3 { found.append("\(onSmall) pods on a node that allows 3") }
        if let node = nodeOf["shop/checkout-84c7b9d6f4-zb7qq"], let node, !["worker-b1", "worker-b2"].contains(node) {
            found.append("the zone-b-only pod in zone a, on \(node)")
        }
        let web = plan.placements.filter { $0.pod.hasPrefix("shop/web-") }.compactMap(\.node)
        if Set(web).count != web.count { found.append("two web replicas on one node: \(web)") }
        if started.values.contains("worker-a2") { found.append("a new pod on cordoned worker-a2") }
        if started.values.contains("cp-1") { found.append("a new pod on the control plane") }
        return found
    }

    @Test("the reader finds the nodes, pods and effective requests kubectl printed")
    func reads() throws {
        let problem = try Self.problem()
        #expect(problem.nodes.map(\.name) == ["cp-1", "gpu-1", "worker-a1", "worker-b1", "worker-b2", "worker-a2"])
        #expect(problem.nodes[1].allocatable["nvidia.com/gpu"] == 2)
        #expect(problem.nodes[4].allocatable["pods"] == 3)
        #expect(problem.nodes[5].unschedulable)
        #expect(problem.pods.count == 29, "15 running and 14 pending; the finished pod is skipped")
        let batch = try #require(problem.pods.first { $0.id == "batch/etl-29344400-q8n2v" })
        // max(app container 2500m / 4Gi, init container 500m / 6Gi) per resource.
        #expect(batch.requests == ["cpu": 2500, "memory": 6 << 30])
        #expect(problem.pods.first { $0.id.hasPrefix("kube-system/etcd") }?.controller == "Node")
        #expect(problem.pods.first { $0.id.hasPrefix("kube-system/kube-proxy") }?.controller == "DaemonSet")
    }

    @Test("the plan, the scheduler and the scheduler with preemption make none of the first version's mistakes")
    func noMistakes() throws {
        let problem = try Self.problem()
        let report = try PodFixtures.plan(problem)
        let plan = try report.verifiedPlan
        for (name, plan) in [("plan", plan), ("scheduler", report.scheduler), ("preemption", report.schedulerWithPreemption)] {
            #expect(Self.mistakes(in: plan, of: problem).isEmpty, "\(name): \(Self.mistakes(in: plan, of: problem))")
        }
        try problem.verify(plan)
        #expect(report.status == .optimal)
        #expect(report.comparison != .worse && report.comparisonWithPreemption != .worse)
        #expect(plan.placedPerTier.first == 10)
    }

    /// Each mistake the first version made, as a change to a correct plan, with words the
    /// verifier's message about it contains.
    static let broken: [(mistake: String, changes: [String: String], words: String)] = [
        ("batch pod on the GPU node", ["batch/etl-29344400-z9c3b": "gpu-1"], "nvidia.com/gpu:NoSchedule"),
        ("batch pod on the control plane", ["batch/etl-29344400-z9c3b": "cp-1"], "node-role.kubernetes.io/control-plane"),
        ("three GPU pods on two GPUs", ["ml/llm-serve-7c8d9e6f5-x1d4f": "gpu-1"], "of nvidia.com/gpu"),
        ("four pods on a node for three", ["tools/probe-6d5c4b3a2-a1xyz": "worker-b2"], "it allows 3"),
        ("zone-b pod in zone a", ["shop/checkout-84c7b9d6f4-zb7qq": "worker-a1"], "node affinity"),
        ("web replicas together", ["shop/web-5f7c9d8b6-t7w4x": "worker-a1"], "anti-affinity"),
        ("new pod on a cordoned node", ["tools/probe-6d5c4b3a2-a1xyz": "worker-a2"], "cordoned"),
    ]

    /// The plan's nodes with `changes` made.
    static func nodes(of plan: PodPackingPlan, in problem: PodPackingProblem, changing changes: [String: String]) -> [String?] {
        let index = Dictionary(uniqueKeysWithValues: problem.pods.enumerated().map { ($1.id, $0) })
        var nodes = plan.placements.map(\.node)
        for (pod, node) in changes { nodes[index[pod]!] = node }
        return nodes
    }

    /// The model with every placement variable fixed to what `nodes` says, or `nil` when the
    /// model has no variable for one of them (it never places that pod there).
    static func model(_ formulation: PodPackingFormulation, fixedTo nodes: [String?]) -> Model? {
        let problem = formulation.problem
        var counts: [Variable: Int] = [:]
        for (pod, target) in zip(problem.pods, nodes) {
            let variables = problem.nodes.compactMap { formulation.variable(placing: pod.id, on: $0.name) }
            for variable in variables { counts[variable, default: 0] += 0 }
            if let target, let variable = formulation.variable(placing: pod.id, on: target) {
                counts[variable]! += 1
            } else if variables.isEmpty, pod.node != nil, target != pod.node {
                return nil  // a pod the model fixes where it runs, moved or evicted
            } else if target != nil, !variables.isEmpty || target != pod.node {
                return nil  // placed where the model has no variable
            }
        }
        var model = formulation.model
        for (variable, count) in counts { model.addConstraint(variable == Double(count)) }
        return model
    }

    @Test("the model admits none of the first version's mistakes, and admits the verified plan")
    func modelRejects() throws {
        let problem = try Self.problem()
        let plan = try PodFixtures.plan(problem).verifiedPlan
        let formulation = try problem.formulation()
        let solver = GLPKSolver()
        let options = SolverOptions(timeLimit: .seconds(30))
        let planned = try #require(Self.model(formulation, fixedTo: plan.placements.map(\.node)))
        #expect(try solver.solve(planned, options: options).termination.reason == .optimal)
        for (mistake, changes, _) in Self.broken {
            guard let model = Self.model(formulation, fixedTo: Self.nodes(of: plan, in: problem, changing: changes)) else { continue }
            #expect(try solver.solve(model, options: options).termination.reason == .infeasible, "the model admits: \(mistake)")
        }
    }

    @Test("the verifier rejects each mistake the first version made")
    func verifierRejects() throws {
        let problem = try Self.problem()
        let plan = try PodFixtures.plan(problem).verifiedPlan
        for (mistake, changes, words) in Self.broken {
            let nodes = Self.nodes(of: plan, in: problem, changing: changes)
            do {
                try problem.verify(PodPackingPlan(problem: problem, nodes: nodes))
                Issue.record("the verifier accepts: \(mistake)")
            } catch {
                #expect(error.violations.contains { $0.contains(words) }, "\(mistake): \(error.violations)")
            }
        }
    }

    @Test("actions bind the started pods, as API objects kubectl can create")
    func actions() throws {
        let problem = try Self.problem()
        let plan = try PodFixtures.plan(problem).verifiedPlan
        let list = try #require(JSONSerialization.jsonObject(with: plan.actions(for: problem)) as? [String: Any])
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(list["kind"] as? String == "List")
        #expect(items.count == plan.started.count + plan.moved.count + plan.evicted.count)
        for binding in items where binding["kind"] as? String == "Binding" {
            #expect(binding["apiVersion"] as? String == "v1")
            let metadata = try #require(binding["metadata"] as? [String: String])
            let target = try #require(binding["target"] as? [String: String])
            #expect(plan.started.contains { $0.pod == "\(metadata["namespace"]!)/\(metadata["name"]!)" && $0.node == target["name"] })
            #expect(target["kind"] == "Node")
        }
    }
}
