extension PodPackingProblem {
    /// Checks the input and throws the first mistake, naming the field: repeated or empty names,
    /// negative amounts, a pod on a node that does not exist, a protected pod that is not
    /// running, running pods that overfill their node, a window that is not positive.
    public func validate() throws(PlannerInputError) {
        guard !nodes.isEmpty else { throw PlannerInputError(field: "nodes", "must list at least one node") }
        var nodeIndices: [String: Int] = [:]
        for (index, node) in nodes.enumerated() {
            guard !node.name.isEmpty else { throw PlannerInputError(field: "nodes[\(index)].name", "must not be empty") }
            guard nodeIndices.updateValue(index, forKey: node.name) == nil else {
                throw PlannerInputError(field: "nodes[\(index)].name", "repeats the node name '\(node.name)'")
            }
            guard node.cpu >= 0 else { throw PlannerInputError(field: "nodes[\(index)].cpu", "must be ≥ 0 millicores, got \(node.cpu)") }
            guard node.memory >= 0 else { throw PlannerInputError(field: "nodes[\(index)].memory", "must be ≥ 0 bytes, got \(node.memory)") }
        }
        var podNames = Set<String>()
        var cpuUsed = Array(repeating: 0, count: nodes.count), memoryUsed = cpuUsed
        for (index, pod) in pods.enumerated() {
            let field = "pods[\(index)]"
            guard !pod.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard podNames.insert(pod.name).inserted else {
                throw PlannerInputError(field: "\(field).name", "repeats the pod name '\(pod.name)'")
            }
            guard pod.cpu >= 0 else { throw PlannerInputError(field: "\(field).cpu", "must be ≥ 0 millicores, got \(pod.cpu)") }
            guard pod.memory >= 0 else { throw PlannerInputError(field: "\(field).memory", "must be ≥ 0 bytes, got \(pod.memory)") }
            guard let name = pod.node else {
                if pod.protected { throw PlannerInputError(field: "\(field).protected", "only a running pod (with a node) can be protected") }
                continue
            }
            guard let node = nodeIndices[name] else {
                throw PlannerInputError(field: "\(field).node", "names node '\(name)', which is not in nodes")
            }
            cpuUsed[node] += pod.cpu
            memoryUsed[node] += pod.memory
        }
        for (index, node) in nodes.enumerated() {
            if cpuUsed[index] > node.cpu {
                throw PlannerInputError(field: "nodes[\(index)].cpu", "the pods running on \(node.name) request \(cpuUsed[index])m, more than its \(node.cpu)m")
            }
            if memoryUsed[index] > node.memory {
                throw PlannerInputError(field: "nodes[\(index)].memory", "the pods running on \(node.name) request \(memoryUsed[index]) bytes, more than its \(node.memory)")
            }
        }
        guard options.window.isFinite, options.window > 0, options.window <= 86_400 else {
            throw PlannerInputError(field: "options.window", "must be a positive number of seconds up to a day, got \(options.window)")
        }
    }
}
