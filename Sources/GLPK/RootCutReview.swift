import CGLPK

/// Decides once, as the root node is about to branch, whether cuts are worth generating below
/// it: when every cut round at the root (GLPK's generators and MILPKit's separators) left the LP
/// bound where the root's first LP put it, GLPK's generators are switched off for the rest of the
/// search and ``cutsPayBelowRoot`` tells MILPKit's cut loop to stop too.
///
/// Cuts that cannot move the root's bound seldom move a subproblem's, while every node still pays
/// for generating them and for the larger LPs they leave. Chosen on the train splits: on the
/// multiple knapsack models the root's cuts never moved the bound, and GLPK's MIR and cover cuts
/// in the tree made the search 1.8 times slower than no cuts at all; on every public MIP whose
/// tree gains from cuts (bell5, p0548, gesa2 and others) the root's cuts move the bound.
struct RootCutReview {
    /// The control structure `glp_intopt` is running with.
    private let control: UnsafeMutablePointer<glp_iocp>
    /// The objective of the root's first LP solution.
    private var firstRootObjective: Double?
    /// `nil` until the root branches; then whether cuts continue below it.
    private(set) var cutsPayBelowRoot: Bool?

    /// The least change of the root's LP objective, relative to its size (at least 1), that
    /// counts as the cuts having moved the bound.
    static let minimumMovement = 1e-6

    /// A review that switches off the generators in `control` when the root's cuts did not pay.
    init(control: UnsafeMutablePointer<glp_iocp>) {
        self.control = control
    }

    /// Follows the root through GLPK's callback calls: notes its first LP objective, and at its
    /// `GLP_IBRANCH` call compares the final one with it.
    mutating func observe(_ tree: OpaquePointer, reason: Int32) {
        // At other calls there may be no current subproblem (GLP_ISELECT), which GLPK treats as an error.
        guard cutsPayBelowRoot == nil, reason == GLP_IROWGEN || reason == GLP_IBRANCH,
              glp_ios_node_level(tree, glp_ios_curr_node(tree)) == 0 else { return }
        let objective = glp_get_obj_val(glp_ios_get_prob(tree))
        switch reason {
        case GLP_IROWGEN where firstRootObjective == nil:
            firstRootObjective = objective
        case GLP_IBRANCH:
            guard let first = firstRootObjective else { return }
            let pays = abs(objective - first) >= Self.minimumMovement * max(1, abs(first))
            cutsPayBelowRoot = pays
            if !pays {
                control.pointee.gmi_cuts = GLP_OFF
                control.pointee.mir_cuts = GLP_OFF
                control.pointee.cov_cuts = GLP_OFF
                control.pointee.clq_cuts = GLP_OFF
            }
        default:
            break
        }
    }
}
