import MILP

/// Reliability branching: pseudocost branching that first runs strong-branching trials on the
/// candidates whose pseudocosts are not yet reliable, that is, rest on fewer than
/// ``reliabilityThreshold`` observations in either direction. Trials join the observations.
///
/// Candidates are taken in decreasing order of pseudocost score; trials stop after
/// ``lookahead`` trials in a row that did not improve the best score.
public final class ReliabilityBranching: BranchingPolicy {
    /// Observations per direction from which a variable's pseudocosts are trusted (η).
    public let reliabilityThreshold: Int
    /// The dual simplex iterations allowed per child in a trial.
    public let iterationLimit: Int
    /// Trials in a row without improvement after which the policy stops trying (λ).
    public let lookahead: Int
    private var trials = Pseudocosts()

    /// Reliability branching with threshold η, trial iteration limit and lookahead λ.
    public init(reliabilityThreshold: Int = 4, iterationLimit: Int = 100, lookahead: Int = 8) {
        self.reliabilityThreshold = reliabilityThreshold
        self.iterationLimit = iterationLimit
        self.lookahead = lookahead
    }

    /// Forgets the trials of an earlier solve.
    public func prepare(for model: Model) throws {
        trials = Pseudocosts()
    }

    /// Branches on the best score, from trials for unreliable candidates and pseudocosts otherwise.
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        let estimate = PseudocostEstimate(observed: node.pseudocosts, trials: trials)
        let ranked = node.candidates.map { (candidate: $0, score: estimate.score($0)) }.sorted { $0.score > $1.score }
        var best: (candidate: BranchingCandidate, score: Double, direction: BranchingDecision.Direction)?
        var trialsWithoutImprovement = 0
        for (candidate, pseudocostScore) in ranked {
            var score = pseudocostScore
            var direction = estimate.preferredDirection(candidate)
            let isReliable = estimate.reliability(of: candidate.variable) >= reliabilityThreshold
            if !isReliable, trialsWithoutImprovement < lookahead {
                let result = try StrongBranchingResult(candidate, at: node, iterationLimit: iterationLimit)
                result.record(into: &trials)
                (score, direction) = (result.score, result.preferredDirection)
                trialsWithoutImprovement = best == nil || score > best!.score ? 0 : trialsWithoutImprovement + 1
            }
            if best == nil || score > best!.score { best = (candidate, score, direction) }
        }
        return best.map { BranchingDecision(variable: $0.candidate.variable, direction: $0.direction) }
    }
}
