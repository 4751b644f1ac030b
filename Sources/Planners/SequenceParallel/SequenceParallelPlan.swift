import MILP

/// A sequence-parallel plan for one training step: the micro-batches, run one after another,
/// and in each the groups, where they sit, what they run, and the modeled times. Every figure
/// follows from the problem and the group memberships; ``SequenceParallelProblem/verify(_:)``
/// recomputes them.
public struct SequenceParallelPlan: Sendable, Equatable, Codable {
    /// One SP group: a set of GPUs that runs its sequences one after another, each scattered
    /// over all of the group's GPUs.
    public struct Group: Sendable, Equatable, Codable {
        /// The SP degree: the number of GPUs.
        public var degree: Int
        /// How the group shares attention: Ulysses, ring or USP, with its factors.
        public var parallelism: SequenceParallelism
        /// The GPUs, as global ranks `node × gpusPerNode + local rank`.
        public var gpus: [Int]
        /// The nodes the group spans.
        public var nodes: [Int]
        /// The sequences it runs, as indices into ``SequenceParallelProblem/sequences``.
        public var sequences: [Int]
        /// The tokens of those sequences.
        public var tokens: Int
        /// The modeled time the group takes for its sequences.
        @CodedAsSeconds public var time: Duration
        /// The modeled bytes each of its GPUs needs.
        public var memoryPerGPU: Double
    }

    /// One pass over the GPUs: groups that run at the same time.
    public struct MicroBatch: Sendable, Equatable, Codable {
        /// The groups, in placement order (largest first).
        public var groups: [Group]
        /// The modeled time of the micro-batch: its slowest group's time.
        @CodedAsSeconds public var stepTime: Duration
        /// The share of GPU-time spent working: Σ degree × time over groups, divided by all GPUs
        /// × the micro-batch's time.
        public var utilization: Double
        /// GPUs that belong to no group.
        public var idleGPUs: Int
    }

    /// The micro-batches, in the order they run.
    public var microBatches: [MicroBatch]
    /// The modeled step time: the micro-batches' times added up.
    @CodedAsSeconds public var stepTime: Duration

    /// The plan whose micro-batch `k` has, for each `(degree, sequences)` pair of
    /// `microBatches[k]`, a group of that many GPUs running those sequences (indices into the
    /// problem's sequences). Groups without sequences are left out; the others are placed on
    /// consecutive GPUs, largest first, which keeps every group within one node or on whole nodes
    /// when the degrees divide each other and the node size. The figures come from the problem's
    /// cost model.
    public init(problem: SequenceParallelProblem, microBatches: [[(degree: Int, sequences: [Int])]]) {
        let microBatches = microBatches.map { MicroBatch(problem: problem, groups: $0) }
        self.microBatches = microBatches
        stepTime = microBatches.reduce(.zero) { $0 + $1.stepTime }
    }

    /// The number of micro-batches.
    public var microBatchCount: Int { microBatches.count }

    /// How many groups of each degree each micro-batch uses.
    public var layouts: [[Int: Int]] {
        microBatches.map { $0.layout }
    }

    /// The layouts as `count×degree` terms, largest degree first, micro-batches separated by ` | `.
    public var layoutDescription: String {
        microBatches.map { Self.describe($0.layout) }.joined(separator: " | ")
    }

    /// `layout` as `count×degree` terms, largest degree first: `1×32 + 2×8 + 16×1`.
    static func describe(_ layout: [Int: Int]) -> String {
        layout.keys.sorted(by: >).map { "\(layout[$0] ?? 0)×\($0)" }.joined(separator: " + ")
    }
}

extension SequenceParallelPlan.MicroBatch {
    /// The micro-batch with a group per `(degree, sequences)` pair that has sequences, placed
    /// largest first on consecutive GPUs, with every figure from the problem's cost model.
    init(problem: SequenceParallelProblem, groups memberships: [(degree: Int, sequences: [Int])]) {
        let used = memberships.filter { !$0.sequences.isEmpty }
            .enumerated().sorted { ($0.element.degree, $1.offset) > ($1.element.degree, $0.offset) }.map(\.element)
        var next = 0
        let groups = used.map { membership in
            let gpus = Array(next..<(next + membership.degree))
            next += membership.degree
            let tokens = membership.sequences.reduce(0) { $0 + problem.sequences[$1] }
            let seconds = membership.sequences.reduce(0.0) { $0 + problem.seconds(ofSequence: $1, degree: membership.degree) }
            return SequenceParallelPlan.Group(
                degree: membership.degree,
                parallelism: problem.costModel.parallelism(degree: membership.degree),
                gpus: gpus,
                nodes: Array(Set(gpus.map { $0 / problem.gpusPerNode })).sorted(),
                sequences: membership.sequences,
                tokens: tokens,
                time: Duration(modeledSeconds: seconds),
                memoryPerGPU: problem.costModel.memory(tokens: tokens, degree: membership.degree))
        }
        let stepTime = groups.map(\.time).max() ?? .zero
        let busy = groups.reduce(Duration.zero) { $0 + $1.time * $1.degree }
        self.init(groups: groups, stepTime: stepTime, utilization: stepTime > .zero ? busy / (stepTime * problem.gpus) : 0,
                  idleGPUs: problem.gpus - next)
    }

    /// How many groups of each degree the micro-batch uses.
    var layout: [Int: Int] {
        groups.reduce(into: [:]) { $0[$1.degree, default: 0] += 1 }
    }
}

extension Duration {
    /// A modeled time of `seconds`, to the nanosecond: the precision a report's JSON keeps (see
    /// ``MILP/CodedAsSeconds``), so that a decoded report equals the one written.
    init(modeledSeconds seconds: Double) {
        let (whole, attoseconds) = Duration.seconds(seconds).components
        self = .seconds(whole) + .nanoseconds(Int64((Double(attoseconds) / 1e9).rounded()))
    }
}
