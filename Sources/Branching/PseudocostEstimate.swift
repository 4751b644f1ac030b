import MILP

/// Pseudocost estimates of the children of candidates: the observations the solver made from
/// real branchings, together with those a policy made in its own strong-branching trials.
///
/// A direction a variable has no observation in is estimated by the average over all variables
/// in that direction; before any observation at all, by 1 (so the score is the product of the
/// fractions, as in most-fractional branching).
struct PseudocostEstimate {
    let observed: Pseudocosts
    let trials: Pseudocosts

    /// Observations of `variable` in `direction`, from both sources.
    func count(for variable: Variable, _ direction: BranchDirection) -> Int {
        observed.count(for: variable, direction) + trials.count(for: variable, direction)
    }

    /// Observations of `variable` in its less observed direction.
    func reliability(of variable: Variable) -> Int {
        min(count(for: variable, .down), count(for: variable, .up))
    }

    /// The estimated degradation per unit of change of `variable` in `direction`.
    func perUnit(for variable: Variable, _ direction: BranchDirection) -> Double {
        let own = observed.record(for: variable), tried = trials.record(for: variable)
        let count = own.count(direction) + tried.count(direction)
        if count > 0 { return (own.sum(direction) + tried.sum(direction)) / Double(count) }
        let total = observed.overall.count(direction) + trials.overall.count(direction)
        guard total > 0 else { return 1 }
        return (observed.overall.sum(direction) + trials.overall.sum(direction)) / Double(total)
    }

    /// The estimated degradation of the child of `candidate` in `direction`.
    func gain(_ candidate: BranchingCandidate, _ direction: BranchDirection) -> Double {
        perUnit(for: candidate.variable, direction) * candidate.fraction(toward: direction)
    }

    /// The product score of `candidate` from the estimates.
    func score(_ candidate: BranchingCandidate) -> Double {
        ProductScore.of(down: gain(candidate, .down), up: gain(candidate, .up))
    }

    /// The child with the smaller estimated degradation, explored first.
    func preferredDirection(_ candidate: BranchingCandidate) -> BranchingDecision.Direction {
        gain(candidate, .down) <= gain(candidate, .up) ? .down : .up
    }
}
