extension PodPackingProblem {
    /// Checks the input and throws the first mistake, naming the field: sizes beyond
    /// ``Kubernetes/maximumNodes`` and ``Kubernetes/maximumPods``, repeated or empty names,
    /// amounts outside 0…``Kubernetes/maximumAmount``, priorities outside 32 bits, a pod on a
    /// node that does not exist, a protected pod that is not running, malformed selectors,
    /// spread rules, weights or ports, a namespace selector without the namespaces to select
    /// from, a negative disruption budget.
    public func validate() throws(PlannerInputError) {
        guard !nodes.isEmpty else { throw PlannerInputError(field: "nodes", "must list at least one node") }
        guard nodes.count <= Kubernetes.maximumNodes else {
            throw PlannerInputError(field: "nodes", "holds \(nodes.count) nodes; at most \(Kubernetes.maximumNodes) are accepted")
        }
        guard pods.count <= Kubernetes.maximumPods else {
            throw PlannerInputError(field: "pods", "holds \(pods.count) pods; at most \(Kubernetes.maximumPods) are accepted")
        }
        var nodeNames = Set<String>()
        for (index, node) in nodes.enumerated() {
            let field = "nodes[\(index)]"
            guard !node.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard nodeNames.insert(node.name).inserted else {
                throw PlannerInputError(field: "\(field).name", "repeats the node name '\(node.name)'")
            }
            try Self.check(node.allocatable, field: "\(field).allocatable")
            for (position, image) in node.images.enumerated() where !(0...Kubernetes.maximumAmount).contains(image.sizeBytes) {
                throw PlannerInputError(field: "\(field).images[\(position)].sizeBytes", "must be 0…\(Kubernetes.maximumAmount), got \(image.sizeBytes)")
            }
        }
        var podIDs = Set<String>()
        for (index, pod) in pods.enumerated() {
            let field = "pods[\(index)]"
            guard !pod.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard podIDs.insert(pod.id).inserted else { throw PlannerInputError(field: "\(field).name", "repeats the pod '\(pod.id)'") }
            try Self.check(pod.requests, field: "\(field).requests")
            guard Kubernetes.priorities.contains(pod.priority) else {
                throw PlannerInputError(field: "\(field).priority", "must be a 32-bit integer (\(Kubernetes.priorities)), got \(pod.priority)")
            }
            if let node = pod.node, !nodeNames.contains(node) {
                throw PlannerInputError(field: "\(field).node", "names node '\(node)', which is not in nodes")
            }
            if pod.node == nil, pod.protected {
                throw PlannerInputError(field: "\(field).protected", "only a running pod (with a node) can be protected")
            }
            try validateRules(of: pod, field: field)
        }
        for (index, budget) in disruptionBudgets.enumerated() {
            let field = "disruptionBudgets[\(index)]"
            guard (0...Kubernetes.maximumPods).contains(budget.disruptionsAllowed) else {
                throw PlannerInputError(field: "\(field).disruptionsAllowed", "must be 0…\(Kubernetes.maximumPods), got \(budget.disruptionsAllowed)")
            }
            if let mistake = budget.selector?.mistake() { throw PlannerInputError(field: "\(field).selector.\(mistake.field)", mistake.message) }
        }
    }

    /// Checks every amount of `resources` is within 0…``Kubernetes/maximumAmount``.
    private static func check(_ resources: Kubernetes.ResourceList, field: String) throws(PlannerInputError) {
        for name in resources.names where !(0...Kubernetes.maximumAmount).contains(resources[name]) {
            throw PlannerInputError(field: "\(field).\(name)", "must be 0…\(Kubernetes.maximumAmount) (2^45) in base units, got \(resources[name])")
        }
    }

    /// Checks a pod's selectors, affinity terms, spread rules and host ports.
    private func validateRules(of pod: Pod, field: String) throws(PlannerInputError) {
        if let required = pod.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution {
            for (index, term) in required.nodeSelectorTerms.enumerated() {
                if let mistake = term.mistake() {
                    throw PlannerInputError(
                        field: "\(field).affinity.nodeAffinity.requiredDuringSchedulingIgnoredDuringExecution.nodeSelectorTerms[\(index)].\(mistake.field)",
                        mistake.message)
                }
            }
        }
        for (index, preference) in (pod.affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).enumerated() {
            let path = "\(field).affinity.nodeAffinity.preferredDuringSchedulingIgnoredDuringExecution[\(index)]"
            try Self.checkWeight(preference.weight, field: "\(path).weight")
            if let mistake = preference.preference.mistake() { throw PlannerInputError(field: "\(path).preference.\(mistake.field)", mistake.message) }
        }
        for (kind, terms) in [("podAffinity", pod.affinity?.podAffinity), ("podAntiAffinity", pod.affinity?.podAntiAffinity)] {
            for (index, term) in (terms?.required ?? []).enumerated() {
                try validate(term, field: "\(field).affinity.\(kind).requiredDuringSchedulingIgnoredDuringExecution[\(index)]")
            }
            for (index, weighted) in (terms?.preferred ?? []).enumerated() {
                let path = "\(field).affinity.\(kind).preferredDuringSchedulingIgnoredDuringExecution[\(index)]"
                try Self.checkWeight(weighted.weight, field: "\(path).weight")
                try validate(weighted.podAffinityTerm, field: "\(path).podAffinityTerm")
            }
        }
        for (index, constraint) in pod.topologySpreadConstraints.enumerated() {
            let path = "\(field).topologySpreadConstraints[\(index)]"
            guard (1...Int(Int32.max)).contains(constraint.maxSkew) else {
                throw PlannerInputError(field: "\(path).maxSkew", "must be at least 1, got \(constraint.maxSkew)")
            }
            guard !constraint.topologyKey.isEmpty else { throw PlannerInputError(field: "\(path).topologyKey", "must not be empty") }
            if let minDomains = constraint.minDomains {
                guard constraint.whenUnsatisfiable == .doNotSchedule else {
                    throw PlannerInputError(field: "\(path).minDomains", "is allowed only with whenUnsatisfiable: DoNotSchedule")
                }
                guard (1...Kubernetes.maximumNodes).contains(minDomains) else {
                    throw PlannerInputError(field: "\(path).minDomains", "must be 1…\(Kubernetes.maximumNodes), got \(minDomains)")
                }
            }
            if let mistake = constraint.labelSelector?.mistake() { throw PlannerInputError(field: "\(path).labelSelector.\(mistake.field)", mistake.message) }
        }
        for (index, port) in pod.hostPorts.enumerated() {
            guard (1...65_535).contains(port.port) else {
                throw PlannerInputError(field: "\(field).hostPorts[\(index)].port", "must be 1…65535, got \(port.port)")
            }
            if let name = port.protocol, !["TCP", "UDP", "SCTP"].contains(name) {
                throw PlannerInputError(field: "\(field).hostPorts[\(index)].protocol", "must be TCP, UDP or SCTP, got '\(name)'")
            }
        }
    }

    /// Checks one pod affinity term.
    private func validate(_ term: Kubernetes.PodAffinityTerm, field: String) throws(PlannerInputError) {
        guard !term.topologyKey.isEmpty else { throw PlannerInputError(field: "\(field).topologyKey", "must not be empty") }
        if let mistake = term.labelSelector?.mistake() { throw PlannerInputError(field: "\(field).labelSelector.\(mistake.field)", mistake.message) }
        if let selector = term.namespaceSelector {
            if let mistake = selector.mistake() { throw PlannerInputError(field: "\(field).namespaceSelector.\(mistake.field)", mistake.message) }
            if !selector.isEmpty, namespaces.isEmpty {
                throw PlannerInputError(
                    field: "\(field).namespaceSelector",
                    "selects namespaces by label, but the input lists no namespaces: add them (kubectl get namespaces -o json)")
            }
        }
    }

    private static func checkWeight(_ weight: Int, field: String) throws(PlannerInputError) {
        guard (1...100).contains(weight) else { throw PlannerInputError(field: field, "must be 1…100, got \(weight)") }
    }
}
