import MILP

extension PodPackingProblem {
    /// The limits every number of a problem is checked against before any arithmetic. With at
    /// most ``pods`` pods of at most ``amount`` each, no sum of requests can overflow.
    public enum Limits {
        /// Nodes in a problem.
        public static let nodes = InputRange(1...10_000)
        /// Pods in a problem.
        public static let pods = InputRange(0...100_000)
        /// A resource amount in base units: up to 2^45 (32 TiB of memory, 35 billion cores in millicores).
        public static let amount = InputRange(0...(1 << 45))
        /// A pod priority: a 32-bit integer, as in Kubernetes.
        public static let priority = InputRange(Int(Int32.min)...Int(Int32.max))
        /// A spread rule's `maxSkew`.
        public static let maxSkew = InputRange(1...Int(Int32.max))
        /// A spread rule's `minDomains`.
        public static let minDomains = InputRange(1...10_000)
        /// The weight of a preferred term.
        public static let weight = InputRange(1...100)
        /// A host port.
        public static let port = InputRange(1...65_535)
        /// A disruption budget's allowance.
        public static let disruptionsAllowed = InputRange(0...100_000)
    }

    /// Checks the input and throws the first mistake, naming the field: numbers outside
    /// ``Limits``, repeated or empty names, a pod on a node that does not exist, a protected pod
    /// that is not running, malformed selectors or spread rules, a namespace selector without
    /// the namespaces to select from.
    public func validate() throws(PlannerInputError) {
        try Limits.nodes.check(nodes.count, field: "nodes", unit: "nodes")
        try Limits.pods.check(pods.count, field: "pods", unit: "pods")
        var nodeNames = Set<String>()
        for (index, node) in nodes.enumerated() {
            let field = "nodes[\(index)]"
            guard !node.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard nodeNames.insert(node.name).inserted else {
                throw PlannerInputError(field: "\(field).name", "repeats the node name '\(node.name)'")
            }
            try Self.check(node.allocatable, field: "\(field).allocatable")
            for (position, image) in node.images.enumerated() {
                try Limits.amount.check(image.sizeBytes, field: "\(field).images[\(position)].sizeBytes", unit: "bytes")
            }
        }
        var podIDs = Set<String>()
        for (index, pod) in pods.enumerated() {
            let field = "pods[\(index)]"
            guard !pod.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard podIDs.insert(pod.id).inserted else { throw PlannerInputError(field: "\(field).name", "repeats the pod '\(pod.id)'") }
            try Self.check(pod.requests, field: "\(field).requests")
            try Limits.priority.check(pod.priority, field: "\(field).priority")
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
            try Limits.disruptionsAllowed.check(budget.disruptionsAllowed, field: "\(field).disruptionsAllowed")
            if let mistake = budget.selector?.mistake() { throw PlannerInputError(field: "\(field).selector.\(mistake.field)", mistake.message) }
        }
    }

    /// Checks every amount of `resources` against ``Limits/amount``.
    private static func check(_ resources: Kubernetes.ResourceList, field: String) throws(PlannerInputError) {
        for name in resources.names {
            try Limits.amount.check(resources[name], field: "\(field).\(name)", unit: name == Kubernetes.ResourceList.cpu ? "millicores" : nil)
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
            try Limits.weight.check(preference.weight, field: "\(path).weight")
            if let mistake = preference.preference.mistake() { throw PlannerInputError(field: "\(path).preference.\(mistake.field)", mistake.message) }
        }
        for (kind, terms) in [("podAffinity", pod.affinity?.podAffinity), ("podAntiAffinity", pod.affinity?.podAntiAffinity)] {
            for (index, term) in (terms?.required ?? []).enumerated() {
                try validate(term, field: "\(field).affinity.\(kind).requiredDuringSchedulingIgnoredDuringExecution[\(index)]")
            }
            for (index, weighted) in (terms?.preferred ?? []).enumerated() {
                let path = "\(field).affinity.\(kind).preferredDuringSchedulingIgnoredDuringExecution[\(index)]"
                try Limits.weight.check(weighted.weight, field: "\(path).weight")
                try validate(weighted.podAffinityTerm, field: "\(path).podAffinityTerm")
            }
        }
        for (index, constraint) in pod.topologySpreadConstraints.enumerated() {
            let path = "\(field).topologySpreadConstraints[\(index)]"
            try Limits.maxSkew.check(constraint.maxSkew, field: "\(path).maxSkew")
            guard !constraint.topologyKey.isEmpty else { throw PlannerInputError(field: "\(path).topologyKey", "must not be empty") }
            if let minDomains = constraint.minDomains {
                guard constraint.whenUnsatisfiable == .doNotSchedule else {
                    throw PlannerInputError(field: "\(path).minDomains", "is allowed only with whenUnsatisfiable: DoNotSchedule")
                }
                try Limits.minDomains.check(minDomains, field: "\(path).minDomains")
            }
            if let mistake = constraint.labelSelector?.mistake() { throw PlannerInputError(field: "\(path).labelSelector.\(mistake.field)", mistake.message) }
        }
        for (index, port) in pod.hostPorts.enumerated() {
            try Limits.port.check(port.port, field: "\(field).hostPorts[\(index)].port")
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

}
