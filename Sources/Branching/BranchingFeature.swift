/// The features of a branching candidate, in the fixed order of feature vectors.
///
/// Static features depend on the model only; dynamic ones on the node. Every feature is
/// normalised to a bounded range as its documentation says, so that vectors of different
/// instances and nodes are comparable before a scorer standardises them. Notation: `c` the
/// objective (negated for a maximisation, so that a positive coefficient always costs), `a_ij`
/// the constraint coefficients, `r_ij = a_ij / max_k |a_ik|` the coefficients scaled by their
/// row's largest, `x` the candidate's LP value, `f⁻ = x − ⌊x⌋`, `f⁺ = ⌈x⌉ − x`, `l`, `u` its
/// bounds at the node, `p⁻`, `p⁺` its ``DualPenalties``, `ψ⁻`, `ψ⁺` its pseudocosts per unit
/// (average-initialised), `n⁻`, `n⁺` their observation counts, `g` the gap from the node's LP
/// objective to the incumbent.
///
/// The order, names and meaning are version ``schemaVersion``; any change bumps it, and saved
/// scorers and samples of another version are refused.
public enum BranchingFeature: String, CaseIterable, Sendable, Codable {
    /// `c_j / max_k |c_k|`, in [−1, 1] (static).
    case objectiveCoefficient
    /// `|c_j| / max_k |c_k|`, in [0, 1] (static).
    case objectiveMagnitude
    /// The column's nonzeros over the largest column's, in [0, 1] (static).
    case columnDegree
    /// The column's nonzeros over the number of rows, in [0, 1] (static).
    case rowShare
    /// The mean of `r_ij` over the column, in [−1, 1] (static).
    case meanRowCoefficient
    /// The smallest `r_ij` of the column, in [−1, 1] (static).
    case minRowCoefficient
    /// The largest `r_ij` of the column, in [−1, 1] (static).
    case maxRowCoefficient
    /// The share of the column's nonzeros that are positive, in [0, 1] (static).
    case positiveShare
    /// `|c_j| / max(Σ_i |r_ij|, 1)` over its largest value among the columns, in [0, 1] (static).
    case objectiveDensity
    /// `2 · min(f⁻, f⁺)`, in (0, 1].
    case fractionality
    /// `f⁻`, in (0, 1).
    case downFraction
    /// `(x − l) / (u − l)` when both bounds are finite, else `f⁻`, in [0, 1].
    case relativeValue
    /// `s / (1 + s)` with `s = x − l` (1 without a lower bound).
    case lowerSlack
    /// `s / (1 + s)` with `s = u − x` (1 without an upper bound).
    case upperSlack
    /// `|d_j| / (1 + |c_j|)` capped at 1, with `d_j` the reduced cost.
    case reducedCost
    /// `p⁻` over the largest finite penalty of the node's candidates, 1 if infinite.
    case downPenalty
    /// `p⁺` over the largest finite penalty of the node's candidates, 1 if infinite.
    case upPenalty
    /// The product score of the penalties over the node's largest, 1 if infinite.
    case penaltyScore
    /// 1 if a penalty is infinite (a child's LP is infeasible), else 0.
    case penaltyInfeasible
    /// `min(p⁻ / g, 1)`; 0 without an incumbent.
    case downPenaltyToGap
    /// `min(p⁺ / g, 1)`; 0 without an incumbent.
    case upPenaltyToGap
    /// `ψ⁻ f⁻` over the node's largest pseudocost estimate; 0 before any observation.
    case downPseudocost
    /// `ψ⁺ f⁺` over the node's largest pseudocost estimate; 0 before any observation.
    case upPseudocost
    /// The product score of the pseudocost estimates over the node's largest; 0 before any observation.
    case pseudocostScore
    /// `n⁻ / (1 + n⁻)`, in [0, 1).
    case downObservations
    /// `n⁺ / (1 + n⁺)`, in [0, 1).
    case upObservations
    /// `min((n⁻ + n⁺) / (depth + 1), 1)`: how often the variable was branched on per level of the
    /// node's path from the root.
    case observationsPerDepth

    /// The version of the order, names and meaning of the features.
    public static let schemaVersion = 1

    /// The number of features.
    public static var count: Int { allCases.count }

    /// The feature names in order.
    public static var names: [String] { allCases.map(\.rawValue) }
}
