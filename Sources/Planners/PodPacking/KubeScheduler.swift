/// The default kube-scheduler (release ``Kubernetes/schedulerVersion``), reimplemented as the
/// baseline: pending pods in priority order (ties by creation order, i.e. input order), each
/// filtered by the default filters and placed on the feasible node with the highest weighted
/// score; with ``preemption`` on, a pod that fits nowhere runs DefaultPreemption.
///
/// - Filters: NodeUnschedulable, NodeAffinity, TaintToleration, NodePorts, NodeResourcesFit
///   (every requested resource and the pod count), InterPodAffinity (both directions of
///   anti-affinity) and PodTopologySpread (`DoNotSchedule`); see ``PlacementRules``.
/// - Scores, each normalised to 0–100 over the feasible nodes and weighted as in the default
///   profile: TaintToleration ×3 (`PreferNoSchedule` taints not tolerated), NodeAffinity ×2
///   (preferred terms), NodeResourcesFit ×1 (LeastAllocated over CPU and memory, counting 100m
///   and 200 MiB for requests of 0; or MostAllocated), PodTopologySpread ×2 (`ScheduleAnyway`
///   rules the pod lists), InterPodAffinity ×2 (preferred terms of the pod and of running pods,
///   running pods' required affinity at weight 1), NodeResourcesBalancedAllocation ×1,
///   ImageLocality ×1. The highest total wins; ties go to the node whose name sorts first (the
///   real scheduler picks among ties at random).
/// - DefaultPreemption: on every node where removing pods could help, remove all lower-priority
///   pods, keep the pod only if it then fits, and reprieve the removed pods one by one (the
///   ones whose eviction would break a disruption budget first, most important first); pick
///   the node with the fewest budget violations, then the lowest highest victim priority, the
///   smallest priority sum, the fewest victims, the latest start of the most important victims,
///   then by name. The victims are evicted (replacements of pods with a controller join the
///   queue), the pod is placed there, and pods that failed before are tried again.
///
/// Not modelled, since the input does not carry them: the default spreading the scheduler
/// applies to pods of Services and ReplicaSets that list no spread rules (a score), volume
/// rules (refused by the input reader), and the sampling of nodes on clusters over 100 nodes
/// (every feasible node is scored here).
public struct KubeScheduler: Sendable {
    /// The scoring strategy of NodeResourcesFit.
    public enum Scoring: String, Codable, Sendable, CaseIterable {
        /// Prefer the emptiest node (the default): spreads pods.
        case leastAllocated
        /// Prefer the fullest node that fits: packs pods.
        case mostAllocated
    }

    /// One node's scores for one pod, each plugin's normalised to 0–100.
    public struct NodeScore: Codable, Sendable, Equatable {
        /// The node.
        public var node: String
        /// NodeResourcesFit.
        public var fit: Int
        /// NodeResourcesBalancedAllocation.
        public var balanced: Int
        /// TaintToleration.
        public var taints: Int
        /// NodeAffinity.
        public var nodeAffinity: Int
        /// InterPodAffinity.
        public var podAffinity: Int
        /// PodTopologySpread.
        public var spread: Int
        /// ImageLocality.
        public var images: Int

        /// The weighted sum that decides.
        public var total: Int { fit + balanced + 3 * taints + 2 * nodeAffinity + 2 * podAffinity + 2 * spread + images }

        /// Scores from their parts.
        public init(node: String, fit: Int, balanced: Int, taints: Int = 0, nodeAffinity: Int = 0, podAffinity: Int = 0,
                    spread: Int = 0, images: Int = 0) {
            self.node = node
            self.fit = fit
            self.balanced = balanced
            self.taints = taints
            self.nodeAffinity = nodeAffinity
            self.podAffinity = podAffinity
            self.spread = spread
            self.images = images
        }
    }

    /// What the scheduler did with one pending pod in one attempt.
    public struct Decision: Codable, Sendable, Equatable {
        /// The pod.
        public var pod: String
        /// The node chosen, or `nil` when the pod stays pending.
        public var node: String?
        /// The scores of the feasible nodes, in node order (empty when the pod preempted or failed).
        public var scores: [NodeScore]
        /// The pods evicted to make room, when the pod preempted them.
        public var victims: [String]
    }

    /// The baseline's placement and how it was reached.
    public struct Result: Sendable {
        /// The resulting plan.
        public var plan: PodPackingPlan
        /// One decision per scheduling attempt, in order.
        public var decisions: [Decision]
        /// Evictions by preemption that the planner's safety rules forbid: pods without a
        /// controller (gone for good), DaemonSet, static, protected or terminating pods, and
        /// evictions beyond a disruption budget; one sentence each.
        public var unsafeEvictions: [String]
    }

    /// The scoring strategy.
    public var scoring: Scoring
    /// Whether pods that fit nowhere preempt lower-priority pods (DefaultPreemption).
    public var preemption: Bool

    /// A scheduler with the given strategy, without preemption unless asked.
    public init(scoring: Scoring = .leastAllocated, preemption: Bool = false) {
        self.scoring = scoring
        self.preemption = preemption
    }

    /// Schedules the pending pods of a valid `problem` onto its cluster.
    public func schedule(_ problem: PodPackingProblem) -> Result {
        schedule(PlacementRules(problem))
    }

    /// Schedules with rules already worked out.
    func schedule(_ rules: PlacementRules) -> Result {
        let problem = rules.problem
        var snapshot = ClusterSnapshot(rules: rules)
        var queue = problem.pods.indices.filter { problem.pods[$0].node == nil && problem.pods[$0].schedulingGates.isEmpty }
            .sorted { (-problem.pods[$0].priority, $0) < (-problem.pods[$1].priority, $1) }
        var failed: [Int] = []
        var decisions: [Decision] = []
        var evicted = Set<Int>()
        while !queue.isEmpty {
            let pod = queue.removeFirst()
            let feasible = problem.nodes.indices.filter { snapshot.failure(of: pod, on: $0) == nil }
            if !feasible.isEmpty {
                let scores = self.scores(of: pod, on: feasible, in: snapshot)
                let best = zip(feasible, scores).max { first, second in
                    (first.1.total, problem.nodes[second.0].name) < (second.1.total, problem.nodes[first.0].name)
                }!
                snapshot.place(pod, on: best.0)
                decisions.append(Decision(pod: problem.pods[pod].id, node: problem.nodes[best.0].name, scores: scores, victims: []))
                continue
            }
            guard preemption, problem.pods[pod].preemptionPolicy == .preemptLowerPriority,
                  let (node, victims) = preemptionTarget(for: pod, in: &snapshot) else {
                failed.append(pod)
                decisions.append(Decision(pod: problem.pods[pod].id, node: nil, scores: [], victims: []))
                continue
            }
            for victim in victims {
                snapshot.remove(victim)
                evicted.insert(victim)
                guard problem.pods[victim].controller != nil else { continue }
                let position = queue.firstIndex { problem.pods[$0].priority < problem.pods[victim].priority } ?? queue.count
                queue.insert(victim, at: position)
            }
            snapshot.place(pod, on: node)
            decisions.append(Decision(pod: problem.pods[pod].id, node: problem.nodes[node].name, scores: [],
                                      victims: victims.map { problem.pods[$0].id }))
            queue.insert(contentsOf: failed, at: 0)
            queue.sort { (-problem.pods[$0].priority, $0) < (-problem.pods[$1].priority, $1) }
            failed = []
        }
        return Result(plan: PodPackingPlan(problem: problem, assignment: snapshot.assignment), decisions: decisions,
                      unsafeEvictions: Self.unsafeEvictions(evicted.filter { problem.pods[$0].isRunning }.sorted(), problem: problem))
    }

    /// The evictions among `evicted` (pods that ran at the start) that break the planner's safety rules.
    private static func unsafeEvictions(_ evicted: [Int], problem: PodPackingProblem) -> [String] {
        var sentences: [String] = []
        for pod in evicted.map({ problem.pods[$0] }) where !pod.isMovable {
            let reason = pod.controller == nil ? "has no controller, so nothing recreates it"
                : pod.terminating ? "is terminating" : pod.protected ? "is protected" : "belongs to a \(pod.controller!)"
            sentences.append("\(pod.id) is evicted but \(reason)")
        }
        for budget in problem.disruptionBudgets {
            let count = evicted.count { budget.covers(problem.pods[$0]) }
            if count > budget.disruptionsAllowed {
                sentences.append("\(count) pods of disruption budget \(budget.id) are evicted; it allows \(budget.disruptionsAllowed)")
            }
        }
        return sentences
    }
}
