import CGLPK

/// Decides once, as the root node is about to branch, whether the search is better off without
/// cuts: it is when every cut round at the root (GLPK's generators and MILPKit's separators)
/// left the LP bound where the root's first LP put it.
///
/// Cuts that cannot move the root's bound seldom move a subproblem's, while every node pays for
/// generating more of them and for the larger LPs the root's cuts leave behind; the solver then
/// restarts the search without cuts (see ``GLPKParameters/withoutCuts``). Chosen on the train
/// splits: on the multiple knapsack models the root's cuts never moved the bound, and the search
/// with them took 1.8 times as long as GLPK's without cuts; on every public MIP whose tree gains
/// from cuts (bell5, p0548, gesa2 and others) the root's cuts move the bound.
struct RootCutReview {
    /// The objective of the root's first LP solution.
    private var firstRootObjective: Double?
    /// `nil` until the root branches; then whether its cuts moved its bound.
    private(set) var cutsMovedRootBound: Bool?

    /// The least change of the root's LP objective, relative to its size (at least 1), that
    /// counts as the cuts having moved the bound.
    static let minimumMovement = 1e-6

    /// Follows the root through GLPK's callback calls: notes its first LP objective, and at its
    /// `GLP_IBRANCH` call compares the final one with it.
    mutating func observe(_ tree: OpaquePointer, reason: Int32) {
        // At other calls there may be no current subproblem (GLP_ISELECT), which GLPK treats as an error.
        guard cutsMovedRootBound == nil, reason == GLP_IROWGEN || reason == GLP_IBRANCH,
              glp_ios_node_level(tree, glp_ios_curr_node(tree)) == 0 else { return }
        let objective = glp_get_obj_val(glp_ios_get_prob(tree))
        switch reason {
        case GLP_IROWGEN where firstRootObjective == nil:
            firstRootObjective = objective
        case GLP_IBRANCH:
            guard let first = firstRootObjective else { return }
            cutsMovedRootBound = abs(objective - first) >= Self.minimumMovement * max(1, abs(first))
        default:
            break
        }
    }
}
