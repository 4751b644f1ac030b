import MILP

/// Most-fractional branching: the candidate whose value is farthest from an integer, rounding
/// first toward the nearer integer. A classic baseline; no better than random in practice.
public final class MostFractionalBranching: BranchingPolicy {
    /// The policy; it has no settings.
    public init() {}

    /// Branches on the most fractional candidate (first one on ties).
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        var best: BranchingCandidate?
        for candidate in node.candidates where best == nil || candidate.fractionality > best!.fractionality {
            best = candidate
        }
        return best.map { BranchingDecision(variable: $0.variable, direction: $0.downFraction < 0.5 ? .down : .up) }
    }
}
