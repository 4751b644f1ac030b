import MILP

/// Both children of a candidate, solved on copies of the node's LP: the raw material of strong
/// branching.
///
/// A child's gain is its objective degradation from the node's LP objective. A pruned child
/// (infeasible, or no better than the incumbent) gains the distance to the incumbent, the most a
/// surviving child could gain; without an incumbent an infeasible child gains `+∞`. A trial the
/// simplex method could not finish gains 0, since nothing is known.
public struct StrongBranchingResult: Sendable {
    /// The candidate.
    public var candidate: BranchingCandidate
    /// The down child's trial.
    public var down: ChildRelaxation
    /// The up child's trial.
    public var up: ChildRelaxation
    /// The down child's degradation.
    public var downGain: Double
    /// The up child's degradation.
    public var upGain: Double

    /// Solves both children of `candidate` at `node` with at most `iterationLimit` dual simplex
    /// iterations each.
    public init(_ candidate: BranchingCandidate, at node: BranchingNode, iterationLimit: Int) throws {
        guard let relaxation = node.relaxation else { throw BranchingPolicyError.relaxationUnavailable(policy: "strong branching") }
        self.candidate = candidate
        down = try relaxation.solveChild(branchingOn: candidate.variable, .down, iterationLimit: iterationLimit)
        up = try relaxation.solveChild(branchingOn: candidate.variable, .up, iterationLimit: iterationLimit)
        downGain = Self.gain(of: down, at: node)
        upGain = Self.gain(of: up, at: node)
    }

    /// The product score of the two gains (`+∞` when a gain is).
    public var score: Double { ProductScore.of(down: downGain, up: upGain) }

    /// The child with the smaller gain, explored first: the likelier home of good solutions.
    public var preferredDirection: BranchingDecision.Direction { downGain <= upGain ? .down : .up }

    /// Adds each child solved to optimality, and so an exact gain, to `pseudocosts`.
    public func record(into pseudocosts: inout Pseudocosts) {
        for (child, gain, direction) in [(down, downGain, BranchDirection.down), (up, upGain, .up)] where child.outcome == .optimal {
            let change = candidate.fraction(toward: direction)
            if change > 0 { pseudocosts.record(gain / change, for: candidate.variable, direction) }
        }
    }

    private static func gain(of child: ChildRelaxation, at node: BranchingNode) -> Double {
        switch child.outcome {
        case .optimal, .iterationLimit: node.degradation(to: child.objective)
        case .cutoff: node.cutoffGap ?? node.degradation(to: child.objective)
        case .infeasible: node.cutoffGap ?? .infinity
        case .failed: 0
        }
    }
}
