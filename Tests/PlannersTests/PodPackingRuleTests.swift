import Foundation
import GLPK
import MILP
import Planners
import Testing

/// One scheduling rule: a cluster where the rule alone keeps `pod` off `node`.
struct RuleCase: CustomTestStringConvertible, Sendable {
    var rule: String
    /// The cluster: built here, or a kubectl list read when the test runs.
    var cluster: Source
    var pod: String
    var node: String
    /// Words the verifier's message about the broken rule contains.
    var violation: String
    /// Whether kube-scheduler itself obeys the rule when it preempts (it does not keep the
    /// planner's safety rules for pods it evicts).
    var preemptionObeys: Bool
    var testDescription: String { rule }

    enum Source: Sendable {
        case problem(PodPackingProblem)
        case kubectl(String)
    }

    init(rule: String, problem: PodPackingProblem, pod: String, node: String, violation: String, preemptionObeys: Bool = true) {
        self.init(rule: rule, cluster: .problem(problem), pod: pod, node: node, violation: violation, preemptionObeys: preemptionObeys)
    }

    init(rule: String, kubectl list: String, pod: String, node: String, violation: String) {
        self.init(rule: rule, cluster: .kubectl(list), pod: pod, node: node, violation: violation, preemptionObeys: true)
    }

    private init(rule: String, cluster: Source, pod: String, node: String, violation: String, preemptionObeys: Bool) {
        self.rule = rule
        self.cluster = cluster
        self.pod = pod
        self.node = node
        self.violation = violation
        self.preemptionObeys = preemptionObeys
    }

    /// The cluster's problem.
    func problem() throws -> PodPackingProblem {
        switch cluster {
        case let .problem(problem): problem
        case let .kubectl(list): try PodPackingProblem.decode(from: [Data(list.utf8)])
        }
    }
}

@Suite("PodPacking rules: a pod that may not go somewhere never goes there")
struct PodPackingRuleTests {
    typealias F = PodFixtures

    /// Two nodes: `a` is where the rule would put the pod, `b` is where it may go.
    static func twoNodes(a: PodPackingProblem.Node = F.node("a"), b: PodPackingProblem.Node = F.node("b", zone: "b"),
                         pod: PodPackingProblem.Pod, others: [PodPackingProblem.Pod] = []) -> PodPackingProblem {
        PodPackingProblem(nodes: [a, b], pods: others + [pod])
    }

    static func requiring(_ requirement: Kubernetes.NodeSelectorRequirement, field: Bool = false) -> PodPackingProblem.Pod {
        var pod = F.pod("p")
        let term = field ? Kubernetes.NodeSelectorTerm(matchFields: [requirement]) : Kubernetes.NodeSelectorTerm(matchExpressions: [requirement])
        pod.affinity = .init(nodeAffinity: .init(required: .init(nodeSelectorTerms: [term])))
        return pod
    }

    /// The list kubectl would print for two nodes, `a` (2 CPUs, 4 GiB) and `b` (8 CPUs, 16 GiB,
    /// zone b), and the pod objects `pods` (JSON text).
    static func kubectl(_ pods: String...) -> String {
        func node(_ name: String, cpu: Int, memory: Int, zone: String) -> String {
            #"""
            {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "\#(name)", "labels": {"kubernetes.io/hostname": "\#(name)",
             "\#(F.zone)": "\#(zone)"}}, "status": {"allocatable": {"cpu": "\#(cpu)", "memory": "\#(memory)Gi", "pods": "110"}}}
            """#
        }
        let items = [node("a", cpu: 2, memory: 4, zone: "a"), node("b", cpu: 8, memory: 16, zone: "b")] + pods
        return #"{"apiVersion": "v1", "kind": "List", "items": [\#(items.joined(separator: ","))]}"#
    }

    static let cases: [RuleCase] = {
        var cases: [RuleCase] = []
        var cordoned = F.node("a")
        cordoned.unschedulable = true
        cases.append(RuleCase(rule: "NodeUnschedulable", problem: twoNodes(a: cordoned, pod: F.pod("p")), pod: "p", node: "a",
                              violation: "cordoned"))
        var wrongEffect = F.pod("p")
        wrongEffect.tolerations = [.init(key: Kubernetes.unschedulableTaintKey, operator: .exists, effect: .noExecute)]
        cases.append(RuleCase(rule: "NodeUnschedulable, tolerated only for NoExecute", problem: twoNodes(a: cordoned, pod: wrongEffect),
                              pod: "p", node: "a", violation: "cordoned"))
        // Bound to a by spec.nodeName before it ran, and nobody recreates it: it holds a even when
        // moving it to b would let the urgent pod run.
        cases.append(RuleCase(rule: "NodeName", kubectl: kubectl(
            #"""
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "default"},
             "spec": {"nodeName": "a", "priority": 1, "containers": [{"name": "c", "resources": {"requests": {"cpu": "1500m"}}}]},
             "status": {"phase": "Pending"}}
            """#,
            #"""
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "urgent", "namespace": "default"},
             "spec": {"priority": 10, "containers": [{"name": "c", "resources": {"requests": {"cpu": "7500m"}}}]},
             "status": {"phase": "Pending"}}
            """#), pod: "default/p", node: "b", violation: "no controller"))
        var selecting = F.pod("p")
        selecting.nodeSelector = ["disk": "ssd"]
        cases.append(RuleCase(rule: "NodeAffinity nodeSelector", problem: twoNodes(b: F.node("b", labels: ["disk": "ssd"]), pod: selecting),
                              pod: "p", node: "a", violation: "node selector"))
        let labelled = F.node("a", labels: ["tier": "gold", "cores": "16"])
        let operators: [(String, Kubernetes.NodeSelectorRequirement)] = [
            ("In", .init(key: "tier", operator: .in, values: ["silver"])),
            ("NotIn", .init(key: "tier", operator: .notIn, values: ["gold"])),
            ("Exists", .init(key: "gpu", operator: .exists)),
            ("DoesNotExist", .init(key: "tier", operator: .doesNotExist)),
            ("Gt", .init(key: "cores", operator: .greaterThan, values: ["32"])),
            ("Lt", .init(key: "cores", operator: .lessThan, values: ["8"])),
        ]
        for (name, requirement) in operators {
            cases.append(RuleCase(rule: "NodeAffinity required \(name)",
                                  problem: twoNodes(a: labelled, b: F.node("b", labels: ["tier": "silver", "gpu": "yes", "cores": "4"]),
                                                    pod: requiring(requirement)),
                                  pod: "p", node: "a", violation: "node affinity"))
        }
        cases.append(RuleCase(rule: "NodeAffinity matchFields metadata.name",
                              problem: twoNodes(pod: requiring(.init(key: "metadata.name", operator: .in, values: ["b"]), field: true)),
                              pod: "p", node: "a", violation: "node affinity"))
        for effect in [Kubernetes.TaintEffect.noSchedule, .noExecute] {
            var tainted = F.node("a")
            tainted.taints = [.init(key: "dedicated", value: "gpu", effect: effect)]
            var tolerating = F.pod("p")
            tolerating.tolerations = [.init(key: "dedicated", operator: .equal, value: "cpu")]
            cases.append(RuleCase(rule: "TaintToleration \(effect.rawValue)", problem: twoNodes(a: tainted, pod: tolerating), pod: "p",
                                  node: "a", violation: "does not tolerate"))
        }
        var windows = F.pod("p")
        windows.os = "windows"
        cases.append(RuleCase(rule: "operating system",
                              problem: twoNodes(a: F.node("a", labels: ["kubernetes.io/os": "linux"]),
                                                b: F.node("b", labels: ["kubernetes.io/os": "windows"]), pod: windows),
                              pod: "p", node: "a", violation: "operating system"))
        var exporter = F.pod("exporter", cpu: 100, node: "a", controller: "DaemonSet")
        exporter.hostPorts = [.init(port: 9100)]
        var scraper = F.pod("p")
        scraper.hostPorts = [.init(port: 9100, hostIP: "10.0.0.5")]
        cases.append(RuleCase(rule: "NodePorts", problem: twoNodes(pod: scraper, others: [exporter]), pod: "p", node: "a",
                              violation: "host port 9100"))
        let resources: [(String, Kubernetes.ResourceList, Kubernetes.ResourceList)] = [
            ("cpu", [Kubernetes.ResourceList.cpu: 3000], [:]),
            ("memory", [Kubernetes.ResourceList.memory: 7 * F.gibibyte], [:]),
            ("ephemeral-storage", ["ephemeral-storage": 30 << 30], ["ephemeral-storage": 20 << 30]),
            ("hugepages-2Mi", ["hugepages-2Mi": 1 << 30], ["hugepages-2Mi": 512 << 20]),
            ("nvidia.com/gpu", ["nvidia.com/gpu": 2], ["nvidia.com/gpu": 1]),
        ]
        for (name, request, allocatableOnA) in resources {
            var big = F.pod("p", cpu: 1000, memory: F.gibibyte)
            for resource in request.names { big.requests[resource] = request[resource] }
            var roomy = F.node("b", cpu: 8000, memory: 16 * F.gibibyte, zone: "b")
            roomy.allocatable.add(request)
            var small = F.node("a", cpu: 2000, memory: 4 * F.gibibyte)
            small.allocatable.add(allocatableOnA)
            cases.append(RuleCase(rule: "NodeResourcesFit \(name)", problem: twoNodes(a: small, b: roomy, pod: big), pod: "p", node: "a",
                                  violation: "of \(name)"))
        }
        // The app container (1 GiB) fits on a, and so does the init container (3 GiB); with the
        // pod overhead (1.5 GiB) on top of the larger of the two, 4.5 GiB does not.
        cases.append(RuleCase(rule: "NodeResourcesFit init containers and overhead", kubectl: kubectl(
            #"""
            {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "p", "namespace": "default"},
             "spec": {"initContainers": [{"name": "migrate", "resources": {"requests": {"cpu": "100m", "memory": "3Gi"}}}],
                      "containers": [{"name": "app", "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}}}],
                      "overhead": {"memory": "1536Mi"}},
             "status": {"phase": "Pending"}}
            """#), pod: "default/p", node: "a", violation: "of memory"))
        var limited = F.node("a")
        limited.allocatable[Kubernetes.ResourceList.pods] = 1
        cases.append(RuleCase(rule: "NodeResourcesFit pods", problem: twoNodes(a: limited, pod: F.pod("p"),
                                                                             others: [F.pod("agent", cpu: 100, node: "a", controller: nil)]),
                              pod: "p", node: "a", violation: "it allows 1"))
        var shy = F.pod("p")
        shy.affinity = .init(podAntiAffinity: .init(required: [F.term(app: "db", key: F.zone)]))
        let twoInZoneA = [F.node("a"), F.node("a2"), F.node("b", zone: "b")]
        cases.append(RuleCase(rule: "InterPodAffinity anti-affinity (zone)",
                              problem: PodPackingProblem(nodes: twoInZoneA, pods: [F.pod("db", node: "a", labels: ["app": "db"], controller: nil), shy],
),
                              pod: "p", node: "a2", violation: "its anti-affinity excludes"))
        var guarded = F.pod("db", node: "a", labels: ["app": "db"], controller: nil)
        guarded.affinity = .init(podAntiAffinity: .init(required: [F.term(app: "web")]))
        cases.append(RuleCase(rule: "InterPodAffinity anti-affinity of a running pod",
                              problem: twoNodes(pod: F.pod("p", labels: ["app": "web"]), others: [guarded]), pod: "p", node: "a",
                              violation: "whose anti-affinity excludes it"))
        var follower = F.pod("p")
        follower.affinity = .init(podAffinity: .init(required: [F.term(app: "cache", key: F.zone)]))
        cases.append(RuleCase(rule: "InterPodAffinity affinity (zone)",
                              problem: twoNodes(pod: follower, others: [F.pod("cache", node: "b", labels: ["app": "cache"], controller: nil)]),
                              pod: "p", node: "a", violation: "affinity requires"))
        var colocated = F.pod("p")
        colocated.affinity = .init(podAffinity: .init(required: [F.term(app: "cache")]))
        cases.append(RuleCase(rule: "InterPodAffinity affinity (hostname)",
                              problem: twoNodes(b: F.node("b"), pod: colocated,
                                                others: [F.pod("cache", node: "b", labels: ["app": "cache"], controller: nil)]),
                              pod: "p", node: "a", violation: "affinity requires"))
        let spreadRule = Kubernetes.TopologySpreadConstraint(maxSkew: 1, topologyKey: F.zone, whenUnsatisfiable: .doNotSchedule,
                                                             labelSelector: .init(matchLabels: ["app": "web"]))
        var spreading = F.pod("p", labels: ["app": "web"])
        spreading.topologySpreadConstraints = [spreadRule]
        cases.append(RuleCase(rule: "PodTopologySpread DoNotSchedule",
                              problem: twoNodes(pod: spreading, others: [F.pod("web-1", node: "a", labels: ["app": "web"], controller: nil)]),
                              pod: "p", node: "a", violation: "skew 2"))
        var fewDomains = spreading
        fewDomains.topologySpreadConstraints[0].minDomains = 3
        cases.append(RuleCase(rule: "PodTopologySpread minDomains",
                              problem: twoNodes(pod: fewDomains, others: [F.pod("web-1", node: "b", labels: ["app": "web"], controller: nil)]),
                              pod: "p", node: "b", violation: "skew 2"))
        // p runs on a; the urgent pod fits only on a, and p would fit on b: moving p is what helps, and is forbidden.
        func disruption(_ running: PodPackingProblem.Pod) -> PodPackingProblem {
            twoNodes(a: F.node("a"), b: F.node("b", cpu: 3000, zone: "b"), pod: running, others: [F.pod("urgent", cpu: 4000, priority: 10)])
        }
        cases.append(RuleCase(rule: "disruption: no controller", problem: disruption(F.pod("p", cpu: 3000, priority: 1, node: "a", controller: nil)),
                              pod: "p", node: "b", violation: "no controller"))
        var daemon = F.pod("p", cpu: 3000, priority: 1, node: "a", controller: "DaemonSet")
        daemon.affinity = .init(nodeAffinity: .init(required: .init(nodeSelectorTerms: [
            .init(matchFields: [.init(key: "metadata.name", operator: .in, values: ["a"])]),
        ])))
        cases.append(RuleCase(rule: "disruption: DaemonSet", problem: disruption(daemon), pod: "p", node: "b", violation: "DaemonSet"))
        var protected = F.pod("p", cpu: 3000, priority: 1, node: "a")
        protected.protected = true
        cases.append(RuleCase(rule: "disruption: protected", problem: disruption(protected), pod: "p", node: "b", violation: "protected",
                              preemptionObeys: false))
        var budgeted = disruption(F.pod("p", cpu: 3000, priority: 1, node: "a", labels: ["app": "db"]))
        budgeted.disruptionBudgets = [.init(name: "db", selector: .init(matchLabels: ["app": "db"]), disruptionsAllowed: 0)]
        cases.append(RuleCase(rule: "disruption: budget", problem: budgeted, pod: "p", node: "b", violation: "disruption budget db",
                              preemptionObeys: false))
        return cases
    }()

    @Test("the model, the scheduler with and without preemption, and the planner never break the rule; the verifier catches it",
          arguments: cases)
    func rule(_ rule: RuleCase) throws {
        let problem = try rule.problem()
        try problem.validate()
        let index = try #require(problem.pods.firstIndex { $0.id == rule.pod })
        // Model: no variable puts the pod there, or forcing it there is infeasible.
        let formulation = try problem.formulation()
        if let variable = formulation.variable(placing: rule.pod, on: rule.node) {
            var model = formulation.model
            model.addConstraint(LinearExpression(variable) >= 1)
            let solution = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: .seconds(30)))
            #expect(solution.termination.reason == .infeasible, "the model lets \(rule.pod) onto \(rule.node)")
        }
        // Baselines and planner.
        #expect(KubeScheduler().schedule(problem).plan.placements[index].node != rule.node)
        if rule.preemptionObeys {
            #expect(KubeScheduler(preemption: true).schedule(problem).plan.placements[index].node != rule.node)
        }
        let report = try PodFixtures.plan(problem)
        let plan = try report.verifiedPlan
        #expect(plan.placements[index].node != rule.node)
        // Verifier: the plan with the pod moved there is rejected, for this rule.
        var nodes = plan.placements.map(\.node)
        nodes[index] = rule.node
        do {
            try problem.verify(PodPackingPlan(problem: problem, nodes: nodes))
            Issue.record("the verifier accepts \(rule.pod) on \(rule.node)")
        } catch {
            #expect(error.violations.contains { $0.contains(rule.violation) }, "\(error.violations)")
        }
    }

    @Test("what a rule allows stays allowed: tolerated taints and cordons, PreferNoSchedule, matching selectors")
    func allowed() throws {
        var node = F.node("a")
        node.unschedulable = true
        node.taints = [.init(key: "dedicated", value: "gpu", effect: .noSchedule), .init(key: "spot", effect: .preferNoSchedule)]
        var pod = F.pod("p")
        pod.tolerations = [.init(key: "node.kubernetes.io/unschedulable", operator: .exists), .init(key: "dedicated", value: "gpu")]
        let problem = PodPackingProblem(nodes: [node], pods: [pod])
        #expect(KubeScheduler().schedule(problem).plan.started == [.init(pod: "p", node: "a")])
        #expect(try problem.formulation().variable(placing: "p", on: "a") != nil)
        try problem.verify(PodPackingPlan(problem: problem, nodes: ["a"]))
    }

    @Test("pending pods that conflict with each other never share a domain: anti-affinity replicas, host ports, spread")
    func pendingPairs() throws {
        var replica = F.pod("web-1", labels: ["app": "web"])
        replica.affinity = .init(podAntiAffinity: .init(required: [F.term(app: "web")]))
        var ported = F.pod("lb-1", labels: ["app": "lb"])
        ported.hostPorts = [.init(port: 443)]
        var spread = F.pod("api-1", labels: ["app": "api"])
        spread.topologySpreadConstraints = [.init(maxSkew: 1, topologyKey: F.zone, whenUnsatisfiable: .doNotSchedule,
                                                  labelSelector: .init(matchLabels: ["app": "api"]))]
        let nodes = [F.node("a", cpu: 16000, memory: 64 * F.gibibyte), F.node("b", cpu: 16000, memory: 64 * F.gibibyte, zone: "b")]
        for template in [replica, ported, spread] {
            let pods = (1...3).map { number in
                var pod = template
                pod.name = template.name.dropLast() + "\(number)"
                return pod
            }
            let problem = PodPackingProblem(nodes: nodes, pods: pods)
            let report = try PodFixtures.plan(problem)
            for plan in [try report.verifiedPlan, report.scheduler, report.schedulerWithPreemption] {
                let counts = Dictionary(grouping: plan.placements.compactMap(\.node)) { $0 }.mapValues(\.count)
                #expect(counts.values.allSatisfy { $0 <= (template.name == "api-1" ? 2 : 1) }, "\(template.name): \(counts)")
            }
            #expect(throws: PodPackingVerificationError.self) {
                try problem.verify(PodPackingPlan(problem: problem, nodes: ["a", "a", "a"]))
            }
        }
    }
}
