/// A sequence-parallel layout for one batch: the groups, where they sit, what each runs, and the
/// modeled step time. Every figure follows from the problem and the group memberships;
/// ``SequenceParallelProblem/verify(_:)`` recomputes them.
public struct SequenceParallelPlan: Sendable, Equatable, Codable {
    /// One SP group: a set of GPUs that runs its sequences one after another, each scattered
    /// over all of the group's GPUs.
    public struct Group: Sendable, Equatable, Codable {
        /// The SP degree: the number of GPUs.
        public var degree: Int
        /// The GPUs, as global ranks `node × gpusPerNode + local rank`.
        public var gpus: [Int]
        /// The nodes the group spans.
        public var nodes: [Int]
        /// The sequences it runs, as indices into ``SequenceParallelProblem/sequences``.
        public var sequences: [Int]
        /// The tokens of those sequences.
        public var tokens: Int
        /// The modeled seconds the group takes for its sequences.
        public var time: Double
        /// The modeled bytes each of its GPUs needs.
        public var memoryPerGPU: Double
    }

    /// The groups, in placement order (largest first).
    public var groups: [Group]
    /// The modeled step time in seconds: the slowest group's time.
    public var stepTime: Double
    /// The share of GPU-seconds spent working during the step: Σ degree × time over groups,
    /// divided by all GPUs × the step time.
    public var utilization: Double
    /// GPUs that belong to no group.
    public var idleGPUs: Int

    /// The plan in which group `i` has `groups[i].degree` GPUs and runs `groups[i].sequences`.
    /// Groups without sequences are left out; the others are placed on consecutive GPUs, largest
    /// first, which keeps every group within one node or on whole nodes when the degrees divide
    /// each other and the node size. The figures come from the problem's cost model.
    public init(problem: SequenceParallelProblem, groups memberships: [(degree: Int, sequences: [Int])]) {
        let used = memberships.filter { !$0.sequences.isEmpty }
            .enumerated().sorted { ($0.element.degree, $1.offset) > ($1.element.degree, $0.offset) }.map(\.element)
        var next = 0
        groups = used.map { membership in
            let gpus = Array(next..<(next + membership.degree))
            next += membership.degree
            let tokens = membership.sequences.reduce(0) { $0 + problem.sequences[$1] }
            return Group(
                degree: membership.degree,
                gpus: gpus,
                nodes: Array(Set(gpus.map { $0 / problem.gpusPerNode })).sorted(),
                sequences: membership.sequences,
                tokens: tokens,
                time: membership.sequences.reduce(0) { $0 + problem.time(ofSequence: $1, degree: membership.degree) },
                memoryPerGPU: problem.costModel.memory(tokens: tokens, degree: membership.degree))
        }
        stepTime = groups.map(\.time).max() ?? 0
        let busy = groups.reduce(0) { $0 + Double($1.degree) * $1.time }
        utilization = stepTime > 0 ? busy / (Double(problem.gpus) * stepTime) : 0
        idleGPUs = problem.gpus - next
    }

    /// How many groups of each degree the plan uses.
    public var layout: [Int: Int] {
        groups.reduce(into: [:]) { $0[$1.degree, default: 0] += 1 }
    }

    /// The layout as `count×degree` terms, largest degree first: `1×32 + 2×8 + 16×1`.
    public var layoutDescription: String {
        Self.describe(layout)
    }

    /// `layout` as `count×degree` terms, largest degree first.
    static func describe(_ layout: [Int: Int]) -> String {
        layout.keys.sorted(by: >).map { "\(layout[$0] ?? 0)×\($0)" }.joined(separator: " + ")
    }
}
