/// The packing heuristic the planner uses besides the default scheduler: pods in priority
/// order, larger pods first within a priority, each on the node it fits most tightly (the least
/// capacity left, CPU and memory each as a share of the node), ties to the node whose name sorts
/// first; a running pod stays on its own node whenever that still fits it. Packing tightly
/// leaves whole nodes free for large pods, where the default scheduler's spreading leaves every
/// node a little space that no pending pod fits.
enum BestFitPacking {
    /// The pending pods packed around the running ones, which stay where they are.
    static func pendingPods(of problem: PodPackingProblem) -> [Int?] {
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        return complete(problem.pods.map { $0.node.flatMap { nodeIndices[$0] } }, of: problem)
    }

    /// Every pod that may move packed again, from an empty cluster but for the pods that must stay.
    static func repacked(_ problem: PodPackingProblem) -> [Int?] {
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        return complete(problem.pods.map { pod in
            pod.protected || !problem.options.allowMoves ? pod.node.flatMap { nodeIndices[$0] } : nil
        }, of: problem)
    }

    /// `assignment` (a node index per pod, whose placed pods fit) with the pods it leaves without a
    /// node packed best-fit into the room that is left.
    static func complete(_ assignment: [Int?], of problem: PodPackingProblem) -> [Int?] {
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        var assignment = assignment
        var residual = problem.nodes.map { (cpu: $0.cpu, memory: $0.memory) }
        for (pod, node) in zip(problem.pods, assignment) {
            guard let node else { continue }
            residual[node].cpu -= pod.cpu
            residual[node].memory -= pod.memory
        }
        let totalCPU = Double(max(1, problem.nodes.reduce(0) { $0 + $1.cpu }))
        let totalMemory = Double(max(1, problem.nodes.reduce(0) { $0 + $1.memory }))
        func size(_ pod: PodPackingProblem.Pod) -> Double { Double(pod.cpu) / totalCPU + Double(pod.memory) / totalMemory }
        let queue = problem.pods.indices.filter { assignment[$0] == nil }.sorted {
            let (first, second) = (problem.pods[$0], problem.pods[$1])
            if first.priority != second.priority { return first.priority > second.priority }
            if size(first) != size(second) { return size(first) > size(second) }
            return $0 < $1
        }
        for index in queue {
            let pod = problem.pods[index]
            let origin = pod.node.flatMap { nodeIndices[$0] }
            var best: (node: Int, slack: Double)?
            for (nodeIndex, node) in problem.nodes.enumerated() where node.schedulable || nodeIndex == origin {
                let cpu = residual[nodeIndex].cpu - pod.cpu, memory = residual[nodeIndex].memory - pod.memory
                guard cpu >= 0, memory >= 0 else { continue }
                if nodeIndex == origin {
                    best = (nodeIndex, -1)
                    break
                }
                let slack = Double(cpu) / Double(max(1, node.cpu)) + Double(memory) / Double(max(1, node.memory))
                if best.map({ slack < $0.slack || (slack == $0.slack && node.name < problem.nodes[$0.node].name) }) ?? true {
                    best = (nodeIndex, slack)
                }
            }
            guard let chosen = best?.node else { continue }
            assignment[index] = chosen
            residual[chosen].cpu -= pod.cpu
            residual[chosen].memory -= pod.memory
        }
        return assignment
    }
}
