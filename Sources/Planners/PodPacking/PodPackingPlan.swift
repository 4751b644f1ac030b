/// Where every pod of a ``PodPackingProblem`` runs, and what changes from the current state:
/// pods started, moved, evicted and left pending, overall and per priority tier.
public struct PodPackingPlan: Codable, Sendable, Equatable {
    /// A pod and the node it runs on in the plan.
    public struct Placement: Codable, Sendable, Equatable {
        /// The pod.
        public var pod: String
        /// The node, or `nil` when the pod does not run (pending or evicted).
        public var node: String?

        /// A placement from its parts.
        public init(pod: String, node: String?) {
            self.pod = pod
            self.node = node
        }
    }

    /// A pending pod that the plan starts.
    public struct Start: Codable, Sendable, Equatable {
        /// The pod.
        public var pod: String
        /// The node it starts on.
        public var node: String

        /// A start from its parts.
        public init(pod: String, node: String) {
            self.pod = pod
            self.node = node
        }
    }

    /// A running pod that the plan moves to another node.
    public struct Move: Codable, Sendable, Equatable {
        /// The pod.
        public var pod: String
        /// The node it runs on now.
        public var from: String
        /// The node it runs on in the plan.
        public var to: String

        /// A move from its parts.
        public init(pod: String, from: String, to: String) {
            self.pod = pod
            self.from = from
            self.to = to
        }
    }

    /// The counts for the pods of one priority.
    public struct Tier: Codable, Sendable, Equatable {
        /// The priority.
        public var priority: Int
        /// The pods with this priority.
        public var pods: Int
        /// Those that run in the plan.
        public var placed: Int
        /// Pending pods the plan starts.
        public var started: Int
        /// Running pods the plan moves.
        public var moved: Int
        /// Running pods the plan evicts.
        public var evicted: Int
        /// Pending pods the plan leaves pending.
        public var pending: Int

        /// Counts from their parts.
        public init(priority: Int, pods: Int, placed: Int, started: Int, moved: Int, evicted: Int, pending: Int) {
            self.priority = priority
            self.pods = pods
            self.placed = placed
            self.started = started
            self.moved = moved
            self.evicted = evicted
            self.pending = pending
        }
    }

    /// Every pod in the problem's order, with its node in the plan.
    public var placements: [Placement]
    /// Pending pods that start.
    public var started: [Start]
    /// Running pods that move.
    public var moved: [Move]
    /// Running pods that are evicted.
    public var evicted: [String]
    /// Pending pods that stay pending.
    public var pending: [String]
    /// The counts per priority, highest priority first.
    public var tiers: [Tier]

    /// Pods placed per tier, highest priority first: the vector compared lexicographically.
    public var placedPerTier: [Int] { tiers.map(\.placed) }

    /// Evictions plus twice the moves: the disruption the planner minimises after the counts.
    public var disruption: Int { evicted.count + 2 * moved.count }

    /// The plan that runs each pod of `problem` on the node named in `nodes` (in the problem's
    /// pod order; `nil` for a pod that does not run), with its lists and counts worked out; it
    /// may break the problem's rules, which ``PodPackingProblem/verify(_:)`` tells. A name that
    /// is not a node of the problem leaves the pod without a node.
    public init(problem: PodPackingProblem, nodes: [String?]) {
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        self.init(problem: problem, assignment: nodes.map { $0.flatMap { nodeIndices[$0] } })
    }

    /// The plan that puts pod `i` on node `assignment[i]` (an index into the problem's nodes).
    init(problem: PodPackingProblem, assignment: [Int?]) {
        var placements: [Placement] = [], started: [Start] = [], moved: [Move] = []
        var evicted: [String] = [], pending: [String] = []
        var tiers = Dictionary(uniqueKeysWithValues: problem.priorityTiers.map {
            ($0, Tier(priority: $0, pods: 0, placed: 0, started: 0, moved: 0, evicted: 0, pending: 0))
        })
        for (pod, node) in zip(problem.pods, assignment) {
            let target = node.map { problem.nodes[$0].name }
            placements.append(Placement(pod: pod.id, node: target))
            tiers[pod.priority]?.pods += 1
            if target != nil { tiers[pod.priority]?.placed += 1 }
            switch (pod.node, target) {
            case let (nil, target?):
                started.append(Start(pod: pod.id, node: target))
                tiers[pod.priority]?.started += 1
            case (nil, nil):
                pending.append(pod.id)
                tiers[pod.priority]?.pending += 1
            case let (origin?, target?) where origin != target:
                moved.append(Move(pod: pod.id, from: origin, to: target))
                tiers[pod.priority]?.moved += 1
            case (_?, nil):
                evicted.append(pod.id)
                tiers[pod.priority]?.evicted += 1
            default:
                break
            }
        }
        self.placements = placements
        self.started = started
        self.moved = moved
        self.evicted = evicted
        self.pending = pending
        self.tiers = problem.priorityTiers.compactMap { tiers[$0] }
    }

    /// The node index of every pod in `problem` (whose plan this is).
    func assignment(in problem: PodPackingProblem) -> [Int?] {
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        return placements.map { $0.node.flatMap { nodeIndices[$0] } }
    }

    /// How this plan ranks against `other` for the same problem, in the planner's lexicographic
    /// order: tier by tier from the highest priority, more pods placed at the tier is better,
    /// then, with equal counts, less disruption (evictions plus twice the moves) of the pods at
    /// or above the tier's priority.
    public func compared(to other: PodPackingPlan) -> Comparison {
        var mine = 0, theirs = 0
        for (tier, otherTier) in zip(tiers, other.tiers) {
            if tier.placed != otherTier.placed { return tier.placed > otherTier.placed ? .better : .worse }
            mine += tier.evicted + 2 * tier.moved
            theirs += otherTier.evicted + 2 * otherTier.moved
            if mine != theirs { return mine < theirs ? .better : .worse }
        }
        return .same
    }

    /// How one plan ranks against another.
    public enum Comparison: String, Codable, Sendable {
        /// At the first tier where they differ, more pods placed there, or as many with less disruption at or above it.
        case better
        /// The same counts and disruption at every tier.
        case same
        /// At the first tier where they differ, fewer pods placed there, or as many with more disruption at or above it.
        case worse
    }
}
