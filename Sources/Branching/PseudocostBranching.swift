import MILP

/// Pseudocost branching: scores each candidate by the product of its children's degradations
/// estimated from past branchings (``MILP/BranchingNode/pseudocosts``), per unit of change times
/// the change.
///
/// A variable with no observation in a direction is initialised either with the average over all
/// variables (``Initialization/average``) or, once, with a strong-branching trial of that child
/// (``Initialization/strongBranching(iterationLimit:)``), whose result joins the observations.
public final class PseudocostBranching: BranchingPolicy {
    /// How a direction without observations is estimated.
    public enum Initialization: Sendable, Equatable {
        /// The average over all observed variables (1 before any observation).
        case average
        /// A strong-branching trial with this iteration limit, the first time it is needed.
        case strongBranching(iterationLimit: Int)
    }

    /// How a direction without observations is estimated.
    public let initialization: Initialization
    private var trials = Pseudocosts()

    /// Pseudocost branching initialised by `initialization`.
    public init(initialization: Initialization = .average) {
        self.initialization = initialization
    }

    /// Forgets the trials of an earlier solve.
    public func prepare(for model: Model) throws {
        trials = Pseudocosts()
    }

    /// Branches on the best estimated product score (first one on ties).
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        if case let .strongBranching(iterationLimit) = initialization {
            let estimate = PseudocostEstimate(observed: node.pseudocosts, trials: trials)
            for candidate in node.candidates where estimate.reliability(of: candidate.variable) == 0 {
                try StrongBranchingResult(candidate, at: node, iterationLimit: iterationLimit).record(into: &trials)
            }
        }
        let estimate = PseudocostEstimate(observed: node.pseudocosts, trials: trials)
        var best: (candidate: BranchingCandidate, score: Double)?
        for candidate in node.candidates {
            let score = estimate.score(candidate)
            if best == nil || score > best!.score { best = (candidate, score) }
        }
        return best.map { BranchingDecision(variable: $0.candidate.variable, direction: estimate.preferredDirection($0.candidate)) }
    }
}
