import MILP

/// Wraps a policy and measures the time spent in its calls: the policy's share of the cost of
/// a node.
final class TimedBranchingPolicy: BranchingPolicy {
    private let policy: any BranchingPolicy
    private let clock = ContinuousClock()
    /// Time spent in ``branch(at:)``.
    private(set) var elapsed: Duration = .zero
    /// Calls of ``branch(at:)``.
    private(set) var calls = 0

    init(_ policy: any BranchingPolicy) {
        self.policy = policy
    }

    func prepare(for model: Model) throws {
        try policy.prepare(for: model)
    }

    func branch(at node: BranchingNode) throws -> BranchingDecision? {
        let start = clock.now
        defer {
            elapsed += clock.now - start
            calls += 1
        }
        return try policy.branch(at: node)
    }
}
