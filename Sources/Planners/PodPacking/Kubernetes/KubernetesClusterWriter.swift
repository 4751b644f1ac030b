import Foundation

extension PodPackingProblem {
    /// The cluster as `kubectl get nodes,pods,pdb -A -o json` would print it: a `List` of Nodes,
    /// Pods (one container carrying the pod's requests, owner references naming its controller,
    /// status with phase and start time) and PodDisruptionBudgets (with their status), which
    /// ``decode(from:options:ignoring:)`` reads back into this problem. Pods without a namespace
    /// are written to `default`.
    public func kubernetesList() throws -> Data {
        let items = try nodes.map(Self.object(for:)) + pods.map(Self.object(for:)) + disruptionBudgets.map(Self.object(for:))
        let list: [String: Any] = ["apiVersion": "v1", "kind": "List", "metadata": ["resourceVersion": ""], "items": items]
        return try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys])
    }

    /// An encodable value as the JSON object it encodes to.
    private static func json(_ value: some Encodable) throws -> Any {
        try JSONSerialization.jsonObject(with: JSONEncoder().encode(value), options: [.fragmentsAllowed])
    }

    /// A resource list as Kubernetes quantity strings: `500m` of CPU, `Mi` or `Gi` where exact.
    static func quantities(_ resources: Kubernetes.ResourceList) -> [String: String] {
        var result: [String: String] = [:]
        for name in resources.names {
            let amount = resources[name]
            if name == Kubernetes.ResourceList.cpu {
                result[name] = amount % 1000 == 0 ? "\(amount / 1000)" : "\(amount)m"
            } else if amount > 0, amount % (1 << 30) == 0 {
                result[name] = "\(amount >> 30)Gi"
            } else if amount > 0, amount % (1 << 20) == 0 {
                result[name] = "\(amount >> 20)Mi"
            } else {
                result[name] = "\(amount)"
            }
        }
        return result
    }

    private static func object(for node: Node) throws -> [String: Any] {
        var spec: [String: Any] = [:]
        if node.unschedulable { spec["unschedulable"] = true }
        if !node.taints.isEmpty { spec["taints"] = try json(node.taints) }
        var status: [String: Any] = ["allocatable": quantities(node.allocatable), "capacity": quantities(node.allocatable),
                                     "conditions": [["type": "Ready", "status": "True", "reason": "KubeletReady"]]]
        if !node.images.isEmpty { status["images"] = try json(node.images) }
        return ["apiVersion": "v1", "kind": "Node", "metadata": ["name": node.name, "labels": node.labels], "spec": spec, "status": status]
    }

    private static func object(for pod: Pod) throws -> [String: Any] {
        var metadata: [String: Any] = ["name": pod.name, "namespace": pod.effectiveNamespace, "labels": pod.labels]
        if let controller = pod.controller, controller != "Node" {
            metadata["ownerReferences"] = [["apiVersion": controller == "Job" ? "batch/v1" : "apps/v1", "kind": controller,
                                            "name": pod.labels["app"] ?? pod.name, "controller": true, "blockOwnerDeletion": true]]
        }
        var annotations: [String: String] = [:]
        if pod.controller == "Node" { annotations["kubernetes.io/config.mirror"] = "static" }
        if pod.protected { annotations[KubernetesClusterReader.protectedAnnotation] = "true" }
        if !annotations.isEmpty { metadata["annotations"] = annotations }
        if pod.terminating { metadata["deletionTimestamp"] = "2026-01-01T00:00:00Z" }
        var container: [String: Any] = ["name": "main", "resources": ["requests": quantities(pod.requests)]]
        if let image = pod.images.first { container["image"] = image }
        if !pod.hostPorts.isEmpty {
            container["ports"] = pod.hostPorts.map { port -> [String: Any] in
                var entry: [String: Any] = ["containerPort": port.port, "hostPort": port.port]
                if let name = port.protocol { entry["protocol"] = name }
                if let address = port.hostIP { entry["hostIP"] = address }
                return entry
            }
        }
        var spec: [String: Any] = ["containers": [container], "priority": pod.priority, "schedulerName": "default-scheduler",
                                   "preemptionPolicy": pod.preemptionPolicy.rawValue, "restartPolicy": "Always"]
        if let node = pod.node { spec["nodeName"] = node }
        if !pod.nodeSelector.isEmpty { spec["nodeSelector"] = pod.nodeSelector }
        if let affinity = pod.affinity { spec["affinity"] = try json(affinity) }
        if !pod.tolerations.isEmpty { spec["tolerations"] = try json(pod.tolerations) }
        if !pod.topologySpreadConstraints.isEmpty { spec["topologySpreadConstraints"] = try json(pod.topologySpreadConstraints) }
        if let os = pod.os { spec["os"] = ["name": os] }
        if !pod.schedulingGates.isEmpty { spec["schedulingGates"] = pod.schedulingGates.map { ["name": $0] } }
        var status: [String: Any] = ["phase": pod.node == nil ? "Pending" : "Running"]
        if let start = pod.startTime { status["startTime"] = Pod.rfc3339(start) }
        return ["apiVersion": "v1", "kind": "Pod", "metadata": metadata, "spec": spec, "status": status]
    }

    private static func object(for budget: DisruptionBudget) throws -> [String: Any] {
        var spec: [String: Any] = [:]
        if let selector = budget.selector { spec["selector"] = try json(selector) }
        return ["apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
                "metadata": ["name": budget.name, "namespace": budget.namespace ?? "default"], "spec": spec,
                "status": ["disruptionsAllowed": budget.disruptionsAllowed]]
    }
}
