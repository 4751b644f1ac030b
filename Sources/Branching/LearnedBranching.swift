import MILP

/// Branching by a learned ``LinearScorer``: computes every candidate's features, branches on the
/// highest score and explores first the child with the smaller dual penalty.
public final class LearnedBranching: BranchingPolicy {
    /// The scorer.
    public let scorer: LinearScorer
    private var extractor: BranchingFeatureExtractor?

    /// Branching by `scorer`.
    public init(scorer: LinearScorer) {
        self.scorer = scorer
    }

    /// Computes the model's static features.
    public func prepare(for model: Model) throws {
        extractor = BranchingFeatureExtractor(model: model)
    }

    /// Branches on the best-scored candidate (first one on ties).
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        guard let extractor else { return nil }
        let candidates = extractor.features(at: node)
        let scores = candidates.map { scorer.score($0.features) }
        guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return nil }
        let direction: BranchingDecision.Direction = candidates[best].penalties.map { $0.down <= $0.up ? .down : .up } ?? .automatic
        return BranchingDecision(variable: node.candidates[best].variable, direction: direction)
    }
}
