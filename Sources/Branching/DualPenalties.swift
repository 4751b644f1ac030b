import MILP

/// Lower bounds on the degradation of a candidate's children from one step of the dual simplex
/// method (the penalties of Driebeck and of Tomlin), computed from the candidate's row of the
/// simplex tableau.
///
/// To move a basic variable down by `f⁻` (or up by `f⁺`), some nonbasic variable must enter the
/// basis, moving in a direction its status allows; moving it far enough costs `|d| · f / |α|`,
/// with `d` its reduced cost and `α` its tableau coefficient. The cheapest such move bounds the
/// child's degradation from below. When no nonbasic variable can move the candidate that way, the
/// child's LP is infeasible and its penalty is `+∞`.
public struct DualPenalties: Sendable, Equatable {
    /// The bound on the down child's degradation.
    public var down: Double
    /// The bound on the up child's degradation.
    public var up: Double

    /// Tableau coefficients smaller than this in magnitude are treated as 0.
    static let pivotTolerance = 1e-9

    /// Penalties from their parts.
    public init(down: Double, up: Double) {
        self.down = down
        self.up = up
    }

    /// The penalties of `candidate` from its tableau row `entries`.
    public init(_ candidate: BranchingCandidate, tableauRow entries: [TableauEntry]) {
        var downRate = Double.infinity, upRate = Double.infinity
        for entry in entries where abs(entry.coefficient) > Self.pivotTolerance {
            let rate = abs(entry.reducedCost) / abs(entry.coefficient)
            let (canIncrease, canDecrease): (Bool, Bool) = switch entry.status {
            case .atLowerBound: (true, false)
            case .atUpperBound: (false, true)
            case .free: (true, true)
            case .fixed, .basic: (false, false)
            }
            // Increasing the nonbasic variable moves the candidate by the coefficient's sign.
            let canLower = entry.coefficient > 0 ? canDecrease : canIncrease
            let canRaise = entry.coefficient > 0 ? canIncrease : canDecrease
            if canLower { downRate = min(downRate, rate) }
            if canRaise { upRate = min(upRate, rate) }
        }
        down = downRate * candidate.downFraction
        up = upRate * candidate.upFraction
    }
}
