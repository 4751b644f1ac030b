import MILP

/// Full strong branching: at every node, solves both children of every candidate on copies of
/// the node's LP (warm-started from the node's basis, with an iteration limit) and branches on
/// the best product score. The smallest trees, the slowest nodes.
public final class StrongBranching: BranchingPolicy {
    /// The dual simplex iterations allowed per child.
    public let iterationLimit: Int

    /// Strong branching with `iterationLimit` iterations per child.
    public init(iterationLimit: Int = 200) {
        self.iterationLimit = iterationLimit
    }

    /// Branches on the candidate whose children degrade most (first one on ties).
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        var best: StrongBranchingResult?
        for candidate in node.candidates {
            let result = try StrongBranchingResult(candidate, at: node, iterationLimit: iterationLimit)
            if best == nil || result.score > best!.score { best = result }
        }
        return best.map { BranchingDecision(variable: $0.candidate.variable, direction: $0.preferredDirection) }
    }
}
