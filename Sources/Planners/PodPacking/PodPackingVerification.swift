/// A pod placement plan that breaks its problem's rules or misstates a figure; every violation
/// found is listed.
public struct PodPackingVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence per violation.
    public var violations: [String]

    /// An error listing `violations`.
    public init(violations: [String]) {
        self.violations = violations
    }

    /// The violations, one per line.
    public var description: String { "the pod placement plan fails verification:\n" + violations.joined(separator: "\n") }
}

extension PodPackingProblem {
    /// Re-checks `plan` against this problem, rule by rule from the pods' and nodes' own fields,
    /// without the model, the baseline or any solver.
    ///
    /// Every pod is listed once, in order. A pod that leaves its node may be moved (see
    /// ``Pod/isMovable``, moves allowed, at most one covering disruption budget), and no budget
    /// loses more pods than it allows. Each pod placed on a node anew (started, or moved there)
    /// passes every default filter against the final placement: the node is not cordoned
    /// (unless tolerated), matches the node selector, required node affinity and operating
    /// system, has no untolerated `NoSchedule`/`NoExecute` taint; every resource the pod
    /// requests, and the pod count, fit the node's allocatable amounts counting every pod there;
    /// no other pod there binds a conflicting host port; no pod in the same domain is selected by
    /// the pod's required anti-affinity, nor selects the pod by its own; each required affinity
    /// term finds a pod meeting all terms in its domain (or none runs on a node with the terms'
    /// keys and the pod meets them itself); each `DoNotSchedule` spread rule keeps the skew
    /// within `maxSkew`. Pods with scheduling gates are not placed. Finally the started, moved,
    /// evicted and pending lists and the per-tier counts are recomputed.
    public func verify(_ plan: PodPackingPlan) throws(PodPackingVerificationError) {
        guard plan.placements.count == pods.count else {
            throw PodPackingVerificationError(violations: ["the plan places \(plan.placements.count) pods; the problem has \(pods.count)"])
        }
        var violations: [String] = []
        var nodeIndices: [String: Int] = [:]
        for (index, node) in nodes.enumerated() { nodeIndices[node.name] = index }
        var target = [Int?](repeating: nil, count: pods.count)
        for (index, (pod, placement)) in zip(pods, plan.placements).enumerated() {
            guard placement.pod == pod.id else {
                violations.append("placement of '\(placement.pod)' stands where '\(pod.id)' belongs")
                continue
            }
            guard let name = placement.node else { continue }
            guard let node = nodeIndices[name] else {
                violations.append("\(pod.id) is placed on '\(name)', which is not a node of the problem")
                continue
            }
            target[index] = node
        }
        guard violations.isEmpty else { throw PodPackingVerificationError(violations: violations) }
        var check = PlanCheck(problem: self, target: target)
        check.checkDisruption()
        for index in pods.indices where target[index] != nil && pods[index].node != nodes[target[index]!].name {
            check.checkArrival(of: index)
        }
        violations = check.violations
        violations += recount(plan, target: target)
        guard violations.isEmpty else { throw PodPackingVerificationError(violations: violations) }
    }

    /// The mismatches between the plan's lists and counts and what its placements say.
    private func recount(_ plan: PodPackingPlan, target: [Int?]) -> [String] {
        let expected = PodPackingPlan(problem: self, assignment: target)
        var mismatches: [String] = []
        if plan.started != expected.started { mismatches.append("the started pods differ from the placements") }
        if plan.moved != expected.moved { mismatches.append("the moved pods differ from the placements") }
        if plan.evicted != expected.evicted { mismatches.append("the evicted pods differ from the placements") }
        if plan.pending != expected.pending { mismatches.append("the pending pods differ from the placements") }
        if mismatches.isEmpty, plan.tiers != expected.tiers { mismatches.append("the per-tier counts differ from the placements") }
        return mismatches
    }
}

/// The final placement of a plan and the rule checks on it.
private struct PlanCheck {
    let problem: PodPackingProblem
    /// Each pod's node in the plan.
    let target: [Int?]
    let nodeLabels: [[String: String]]
    /// Each node's pods in the plan.
    let podsOn: [[Int]]
    /// Pods with required anti-affinity terms, which may rule out others near them.
    let antiAffinityCarriers: [Int]
    var violations: [String] = []
    /// Spread counts already made, per rule as it applies to a pod.
    private var spreadCounts: [SpreadKey: [String: Int]] = [:]

    init(problem: PodPackingProblem, target: [Int?]) {
        self.problem = problem
        self.target = target
        nodeLabels = PlacementRules.nodeLabels(of: problem)
        var podsOn = Array(repeating: [Int](), count: problem.nodes.count)
        for (pod, node) in target.enumerated() { if let node { podsOn[node].append(pod) } }
        self.podsOn = podsOn
        antiAffinityCarriers = problem.pods.indices.filter {
            target[$0] != nil && !(problem.pods[$0].affinity?.podAntiAffinity?.required.isEmpty ?? true)
        }
    }

    private func id(_ pod: Int) -> String { problem.pods[pod].id }
    private func nodeName(_ pod: Int) -> String { problem.nodes[target[pod]!].name }

    /// Pods that leave their node may; budgets keep their allowance.
    mutating func checkDisruption() {
        var leaving = [Bool](repeating: false, count: problem.pods.count)
        for (index, pod) in problem.pods.enumerated() {
            guard let origin = pod.node, target[index].map({ problem.nodes[$0].name }) != origin else { continue }
            leaving[index] = true
            let what = target[index] == nil ? "is evicted" : "moves from \(origin)"
            if !problem.options.allowMoves { violations.append("\(pod.id) \(what) although moves are not allowed") }
            if pod.protected { violations.append("\(pod.id) \(what) but is protected") }
            if pod.terminating { violations.append("\(pod.id) \(what) but is terminating") }
            if pod.controller == nil { violations.append("\(pod.id) \(what) but has no controller to recreate it") }
            if pod.controller == "DaemonSet" || pod.controller == "Node" {
                violations.append("\(pod.id) \(what) but belongs to a \(pod.controller!), which recreates it on the same node")
            }
            let budgets = problem.disruptionBudgets.filter { $0.covers(pod) }
            if budgets.count > 1 {
                violations.append("\(pod.id) \(what) but \(budgets.count) disruption budgets cover it, so the eviction API refuses it")
            }
        }
        for budget in problem.disruptionBudgets {
            let count = problem.pods.indices.count { leaving[$0] && budget.covers(problem.pods[$0]) }
            if count > budget.disruptionsAllowed {
                violations.append("\(count) pods covered by disruption budget \(budget.id) leave their nodes; it allows \(budget.disruptionsAllowed)")
            }
        }
    }

    /// Every default filter for `pod`, placed on its target node anew.
    mutating func checkArrival(of pod: Int) {
        let spec = problem.pods[pod]
        let node = target[pod]!
        let name = problem.nodes[node].name
        let labels = nodeLabels[node]
        let nodeSpec = problem.nodes[node]
        if !spec.schedulingGates.isEmpty { violations.append("\(spec.id) is placed but has scheduling gates") }
        if nodeSpec.unschedulable, !spec.tolerations.contains(where: {
            $0.tolerates(Kubernetes.Taint(key: Kubernetes.unschedulableTaintKey, effect: .noSchedule))
        }) {
            violations.append("\(spec.id) is placed on cordoned node \(name)")
        }
        if !spec.matchesNodeAffinity(nodeSpec, labels: labels) {
            violations.append("\(spec.id) is placed on \(name), which its node selector or required node affinity excludes")
        }
        for taint in nodeSpec.taints where taint.effect.isFilter && !spec.tolerations.contains(where: { $0.tolerates(taint) }) {
            violations.append("\(spec.id) is placed on \(name), whose taint \(taint.key):\(taint.effect.rawValue) it does not tolerate")
        }
        if let os = spec.os, labels[Kubernetes.operatingSystemLabel] != os {
            violations.append("\(spec.id) needs operating system \(os); \(name) is not labelled with it")
        }
        checkResources(of: pod, on: node)
        checkPorts(of: pod, on: node)
        checkAntiAffinity(of: pod, on: node)
        checkAffinity(of: pod, on: node)
        for (index, constraint) in spec.topologySpreadConstraints.enumerated() where constraint.whenUnsatisfiable == .doNotSchedule {
            checkSpread(constraint, index, of: pod, on: node)
        }
    }

    /// Every resource the pod requests, and the pod count, within the node's allocatable amounts.
    private mutating func checkResources(of pod: Int, on node: Int) {
        let spec = problem.pods[pod], nodeSpec = problem.nodes[node]
        for resource in spec.requests.names where resource != Kubernetes.ResourceList.pods && spec.requests[resource] > 0 {
            let total = podsOn[node].reduce(0) { $0 + problem.pods[$1].requests[resource] }
            if total > nodeSpec.allocatable[resource] {
                violations.append("\(spec.id) arrives on \(nodeSpec.name), where pods request \(total) of \(resource), more than its \(nodeSpec.allocatable[resource])")
            }
        }
        if let limit = nodeSpec.allocatable.amounts[Kubernetes.ResourceList.pods], podsOn[node].count > limit {
            violations.append("\(spec.id) arrives on \(nodeSpec.name), which would run \(podsOn[node].count) pods; it allows \(limit)")
        }
    }

    /// No other pod on the node binds a conflicting host port.
    private mutating func checkPorts(of pod: Int, on node: Int) {
        for port in problem.pods[pod].hostPorts {
            for other in podsOn[node] where other != pod && problem.pods[other].hostPorts.contains(where: port.conflicts) {
                violations.append("\(id(pod)) and \(id(other)) both bind host port \(port.port) on \(problem.nodes[node].name)")
            }
        }
    }

    /// Whether `term`, carried by `carrier`, selects `other`.
    private func term(_ term: Kubernetes.PodAffinityTerm, of carrier: Int, selects other: Int) -> Bool {
        let carrierSpec = problem.pods[carrier], otherSpec = problem.pods[other]
        guard term.namespaces(for: carrierSpec.effectiveNamespace, in: problem.namespaces)?.contains(otherSpec.effectiveNamespace) ?? true
        else { return false }
        return term.selector(for: carrierSpec.labels)?.matches(otherSpec.labels) ?? false
    }

    /// The pods (other than `pod`) on nodes sharing `node`'s value of `key`; none when the node lacks it.
    private func pods(near node: Int, key: String, besides pod: Int) -> [Int] {
        guard let value = nodeLabels[node][key] else { return [] }
        return problem.nodes.indices.filter { nodeLabels[$0][key] == value }.flatMap { podsOn[$0] }.filter { $0 != pod }
    }

    /// Required anti-affinity both ways: the pod's terms select no pod in their domain, and no
    /// pod's term selects the pod from the same domain.
    private mutating func checkAntiAffinity(of pod: Int, on node: Int) {
        for term in problem.pods[pod].affinity?.podAntiAffinity?.required ?? [] {
            for other in pods(near: node, key: term.topologyKey, besides: pod) where self.term(term, of: pod, selects: other) {
                violations.append("\(id(pod)) arrives on \(problem.nodes[node].name) in the same \(term.topologyKey) as \(id(other)), which its anti-affinity excludes")
            }
        }
        for carrier in antiAffinityCarriers where carrier != pod {
            for term in problem.pods[carrier].affinity?.podAntiAffinity?.required ?? [] {
                guard let value = nodeLabels[node][term.topologyKey], nodeLabels[target[carrier]!][term.topologyKey] == value,
                      self.term(term, of: carrier, selects: pod) else { continue }
                violations.append("\(id(pod)) arrives on \(problem.nodes[node].name) in the same \(term.topologyKey) as \(id(carrier)), whose anti-affinity excludes it")
            }
        }
    }

    /// Required affinity: every term finds a pod meeting all terms in its domain, or the pod is
    /// the first of its group.
    private mutating func checkAffinity(of pod: Int, on node: Int) {
        if let key = unmetAffinityKey(of: pod, on: node) {
            violations.append("\(id(pod)) arrives on \(problem.nodes[node].name) with no pod its affinity requires in the same \(key)")
        }
    }

    /// The topology key of a required affinity term of `pod` left unmet on `node`, if any.
    private func unmetAffinityKey(of pod: Int, on node: Int) -> String? {
        let terms = problem.pods[pod].affinity?.podAffinity?.required ?? []
        func meetsAll(_ other: Int) -> Bool { terms.allSatisfy { term($0, of: pod, selects: other) } }
        let missing = terms.filter { term in !pods(near: node, key: term.topologyKey, besides: pod).contains(where: meetsAll) }
        guard let first = missing.first else { return nil }
        let keys = Set(terms.map(\.topologyKey))
        let isFirstOfGroup = meetsAll(pod)
            && terms.allSatisfy { nodeLabels[node][$0.topologyKey] != nil }
            && !problem.pods.indices.contains { other in
                other != pod && target[other].map { host in keys.contains { nodeLabels[host][$0] != nil } } == true && meetsAll(other)
            }
        return isFirstOfGroup ? nil : first.topologyKey
    }

    /// A `DoNotSchedule` spread rule: the node carries every key of the pod's such rules, and
    /// its domain holds at most `maxSkew` more matching pods than the emptiest counted domain.
    private mutating func checkSpread(_ constraint: Kubernetes.TopologySpreadConstraint, _ index: Int, of pod: Int, on node: Int) {
        let spec = problem.pods[pod]
        let keys = spec.topologySpreadConstraints.filter { $0.whenUnsatisfiable == .doNotSchedule }.map(\.topologyKey)
        guard keys.allSatisfy({ nodeLabels[node][$0] != nil }) else {
            violations.append("\(spec.id) arrives on \(problem.nodes[node].name), which lacks a topology label its spread rules need")
            return
        }
        let counted = problem.nodes.indices.filter { constraint.counts(problem.nodes[$0], labels: nodeLabels[$0], keys: keys, for: spec) }
        let selector = constraint.selector(for: spec.labels)
        let key = SpreadKey(selector: selector, namespace: spec.effectiveNamespace, topologyKey: constraint.topologyKey, nodes: counted)
        if spreadCounts[key] == nil {
            var counts: [String: Int] = [:]
            for host in counted {
                let value = nodeLabels[host][constraint.topologyKey]!
                counts[value, default: 0] += podsOn[host].count { other in
                    let otherSpec = problem.pods[other]
                    return !otherSpec.terminating && otherSpec.effectiveNamespace == spec.effectiveNamespace
                        && (selector?.matches(otherSpec.labels) ?? false)
                }
            }
            spreadCounts[key] = counts
        }
        let counts = spreadCounts[key]!
        let own = counts[nodeLabels[node][constraint.topologyKey]!] ?? 0
        let fewest = counts.count < (constraint.minDomains ?? 1) ? 0 : (counts.values.min() ?? 0)
        if own - fewest > constraint.maxSkew {
            violations.append("\(spec.id) arrives on \(problem.nodes[node].name): its spread rule \(index) over \(constraint.topologyKey) would have skew \(own - fewest), more than \(constraint.maxSkew)")
        }
    }

    private struct SpreadKey: Hashable {
        var selector: Kubernetes.LabelSelector?
        var namespace: String
        var topologyKey: String
        var nodes: [Int]
    }
}
