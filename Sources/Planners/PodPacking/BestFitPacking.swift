/// The packing heuristic the planner uses besides the default scheduler: pods in priority
/// order, larger pods first within a priority, each on the feasible node (every default filter
/// passes) it fits most tightly (the least CPU and memory left, each as a share of the node),
/// ties to the node whose name sorts first; a running pod goes back to its own node whenever
/// that is feasible. Packing tightly leaves whole nodes free for large pods, where the default
/// scheduler's spreading leaves every node a little space that no pending pod fits.
enum BestFitPacking {
    /// The pending pods packed around the running ones, which stay where they are.
    static func pendingPods(_ rules: PlacementRules) -> [Int?] {
        complete(rules.origins, rules: rules)
    }

    /// Every pod of `formulation` that may move packed again, around the pods that must stay.
    static func repacked(_ formulation: PodPackingFormulation) -> [Int?] {
        var assignment = [Int?](repeating: nil, count: formulation.problem.pods.count)
        for (pod, node) in formulation.fixed { assignment[pod] = node }
        return complete(assignment, rules: formulation.rules)
    }

    /// `assignment` with the placeable pods it leaves without a node packed best-fit into the room that is left.
    static func complete(_ assignment: [Int?], rules: PlacementRules) -> [Int?] {
        let problem = rules.problem
        var snapshot = ClusterSnapshot(rules: rules, assignment: assignment)
        let cpu = rules.resourceNames.firstIndex(of: Kubernetes.ResourceList.cpu)
        let memory = rules.resourceNames.firstIndex(of: Kubernetes.ResourceList.memory)
        func share(_ amount: Int, of node: Int, _ resource: Int?) -> Double {
            guard let resource, rules.allocatable[node][resource] > 0 else { return 0 }
            return Double(amount) / Double(rules.allocatable[node][resource])
        }
        let totals = [cpu, memory].map { resource in
            resource.map { index in Double(max(1, rules.allocatable.reduce(0) { $0 + $1[index] })) } ?? 1
        }
        func size(_ pod: Int) -> Double {
            zip([cpu, memory], totals).reduce(0) { sum, entry in sum + Double(entry.0.map { rules.requests[pod][$0] } ?? 0) / entry.1 }
        }
        let queue = problem.pods.indices.filter { snapshot.assignment[$0] == nil && problem.pods[$0].schedulingGates.isEmpty }.sorted {
            let (first, second) = (problem.pods[$0], problem.pods[$1])
            if first.priority != second.priority { return first.priority > second.priority }
            return (size($0), $1) > (size($1), $0)
        }
        for pod in queue {
            if let origin = rules.origins[pod], snapshot.failure(of: pod, on: origin) == nil {
                snapshot.place(pod, on: origin)
                continue
            }
            var best: (node: Int, slack: Double)?
            for node in problem.nodes.indices where snapshot.failure(of: pod, on: node) == nil {
                let slack = [cpu, memory].reduce(0.0) { sum, resource in
                    guard let resource else { return sum }
                    return sum + share(rules.allocatable[node][resource] - snapshot.requested[node][resource] - rules.requests[pod][resource],
                                       of: node, resource)
                }
                if best.map({ slack < $0.slack || (slack == $0.slack && problem.nodes[node].name < problem.nodes[$0.node].name) }) ?? true {
                    best = (node, slack)
                }
            }
            if let node = best?.node { snapshot.place(pod, on: node) }
        }
        return snapshot.assignment
    }
}
