/// The default kube-scheduler, reimplemented as the baseline: pending pods in priority order
/// (ties by creation order, i.e. input order), each filtered to the nodes where its requests
/// fit and then placed on the node with the highest score, ties going to the node whose name
/// sorts first. Running pods stay where they are; there is no preemption.
///
/// The score is the sum of two plugins, each 0–100, as in the default profile:
/// - NodeResourcesFit with the LeastAllocated strategy: per resource
///   `(allocatable − requested) · 100 / allocatable`, averaged over CPU and memory (integer
///   arithmetic); or MostAllocated: `requested · 100 / allocatable`. Requests include the incoming
///   pod, and a pod that requests no CPU (memory) counts as 100m (200 MiB) here, as in Kubernetes.
/// - NodeResourcesBalancedAllocation: `(1 − |f_cpu − f_mem| / 2) · 100` truncated, where
///   f = requested / allocatable capped at 1, with actual requests; skipped for pods that
///   request nothing.
///
/// Other default plugins (topology spread, affinity, taints, image locality) see nothing in this
/// model and score every node alike, so they are left out.
public struct KubeScheduler: Sendable {
    /// The scoring strategy of NodeResourcesFit.
    public enum Scoring: String, Codable, Sendable, CaseIterable {
        /// Prefer the emptiest node (the default): spreads pods.
        case leastAllocated
        /// Prefer the fullest node that fits: packs pods.
        case mostAllocated
    }

    /// One node's score for one pod.
    public struct NodeScore: Codable, Sendable, Equatable {
        /// The node.
        public var node: String
        /// NodeResourcesFit's score, 0–100.
        public var fit: Int
        /// NodeResourcesBalancedAllocation's score, 0–100.
        public var balanced: Int
        /// The sum that decides.
        public var total: Int { fit + balanced }

        /// A score from its parts.
        public init(node: String, fit: Int, balanced: Int) {
            self.node = node
            self.fit = fit
            self.balanced = balanced
        }
    }

    /// What the scheduler did with one pending pod.
    public struct Decision: Codable, Sendable, Equatable {
        /// The pod.
        public var pod: String
        /// The node chosen, or `nil` when no node passed the filter.
        public var node: String?
        /// The scores of the nodes that passed the filter, in node order.
        public var scores: [NodeScore]
    }

    /// The baseline's placement and how it was reached.
    public struct Result: Sendable {
        /// The resulting plan: running pods unchanged, pending pods placed or left pending.
        public var plan: PodPackingPlan
        /// One decision per pending pod, in scheduling order.
        public var decisions: [Decision]
    }

    /// The CPU a pod that requests none counts as when scoring, in millicores.
    public static let defaultCPURequest = 100
    /// The memory a pod that requests none counts as when scoring, in bytes (200 MiB).
    public static let defaultMemoryRequest = 200 * 1024 * 1024

    /// The scoring strategy.
    public var scoring: Scoring

    /// A scheduler with the given strategy.
    public init(scoring: Scoring = .leastAllocated) {
        self.scoring = scoring
    }

    /// Schedules the pending pods of a valid `problem` onto its cluster.
    public func schedule(_ problem: PodPackingProblem) -> Result {
        let (assignment, decisions) = assignment(for: problem)
        return Result(plan: PodPackingPlan(problem: problem, assignment: assignment), decisions: decisions)
    }

    /// The node index of every pod after scheduling, and the decisions.
    func assignment(for problem: PodPackingProblem) -> ([Int?], [Decision]) {
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        var assignment: [Int?] = problem.pods.map { $0.node.flatMap { nodeIndices[$0] } }
        var requested = Array(repeating: (cpu: 0, memory: 0), count: problem.nodes.count)
        var nonZeroRequested = requested
        for (pod, node) in zip(problem.pods, assignment) {
            guard let node else { continue }
            requested[node].cpu += pod.cpu
            requested[node].memory += pod.memory
            nonZeroRequested[node].cpu += Self.nonZero(pod).cpu
            nonZeroRequested[node].memory += Self.nonZero(pod).memory
        }
        let queue = problem.pods.indices.filter { problem.pods[$0].node == nil }
            .sorted { (-problem.pods[$0].priority, $0) < (-problem.pods[$1].priority, $1) }
        var decisions: [Decision] = []
        for podIndex in queue {
            let pod = problem.pods[podIndex]
            var scores: [NodeScore] = []
            var best: (node: Int, total: Int)?
            for nodeIndex in problem.nodes.indices {
                let node = problem.nodes[nodeIndex]
                guard node.schedulable,
                      requested[nodeIndex].cpu + pod.cpu <= node.cpu,
                      requested[nodeIndex].memory + pod.memory <= node.memory else { continue }
                let score = NodeScore(
                    node: node.name,
                    fit: fitScore(pod: pod, node: node, nonZeroRequested: nonZeroRequested[nodeIndex]),
                    balanced: Self.balancedScore(pod: pod, node: node, requested: requested[nodeIndex]))
                scores.append(score)
                if let current = best {
                    let wins = score.total > current.total
                        || (score.total == current.total && node.name < problem.nodes[current.node].name)
                    if wins { best = (nodeIndex, score.total) }
                } else {
                    best = (nodeIndex, score.total)
                }
            }
            if let chosen = best?.node {
                assignment[podIndex] = chosen
                requested[chosen].cpu += pod.cpu
                requested[chosen].memory += pod.memory
                nonZeroRequested[chosen].cpu += Self.nonZero(pod).cpu
                nonZeroRequested[chosen].memory += Self.nonZero(pod).memory
            }
            decisions.append(Decision(pod: pod.name, node: best.map { problem.nodes[$0.node].name }, scores: scores))
        }
        return (assignment, decisions)
    }

    /// NodeResourcesFit's score for `pod` on `node`, given what the node's pods request with
    /// Kubernetes' defaults for pods that request nothing.
    private func fitScore(pod: PodPackingProblem.Pod, node: PodPackingProblem.Node, nonZeroRequested: (cpu: Int, memory: Int)) -> Int {
        let incoming = Self.nonZero(pod)
        let cpu = resourceScore(requested: nonZeroRequested.cpu + incoming.cpu, allocatable: node.cpu)
        let memory = resourceScore(requested: nonZeroRequested.memory + incoming.memory, allocatable: node.memory)
        return (cpu + memory) / 2
    }

    private func resourceScore(requested: Int, allocatable: Int) -> Int {
        guard allocatable > 0 else { return 0 }
        switch scoring {
        case .leastAllocated:
            return requested > allocatable ? 0 : (allocatable - requested) * 100 / allocatable
        case .mostAllocated:
            return min(requested, allocatable) * 100 / allocatable
        }
    }

    /// NodeResourcesBalancedAllocation's score for `pod` on `node`, given the node's actual requests.
    private static func balancedScore(pod: PodPackingProblem.Pod, node: PodPackingProblem.Node, requested: (cpu: Int, memory: Int)) -> Int {
        guard pod.cpu > 0 || pod.memory > 0 else { return 0 }
        var fractions: [Double] = []
        if node.cpu > 0 { fractions.append(min(1, Double(requested.cpu + pod.cpu) / Double(node.cpu))) }
        if node.memory > 0 { fractions.append(min(1, Double(requested.memory + pod.memory) / Double(node.memory))) }
        let deviation = fractions.count == 2 ? abs(fractions[0] - fractions[1]) / 2 : 0
        return Int((1 - deviation) * 100)
    }

    /// A pod's requests with Kubernetes' scoring defaults for requests of zero.
    private static func nonZero(_ pod: PodPackingProblem.Pod) -> (cpu: Int, memory: Int) {
        (pod.cpu == 0 ? defaultCPURequest : pod.cpu, pod.memory == 0 ? defaultMemoryRequest : pod.memory)
    }
}
