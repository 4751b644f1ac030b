import CGLPK
import MILP

/// Turns the sequence of GLPK's callback calls into pseudocost observations.
///
/// It remembers each branching a policy decided. A child's LP has been solved, and not pruned,
/// when GLPK first calls with `GLP_IROWGEN` at that child; the child's objective degradation per
/// unit of change of the branching variable is then recorded. A child is recognised at its
/// `GLP_IPREPRO` call: after `GLP_ISELECT` the new node's parent is looked up; right after
/// `GLP_IBRANCH` at the same node, GLPK has pruned one child at once and goes on with the other
/// in place. Children GLPK prunes (infeasible, or no better than the incumbent) are never seen
/// by the callback and so are not observed.
struct PseudocostObserver {
    /// A branching at a node: the variable, its LP value there, and the node's LP objective.
    private struct Branching {
        let variable: Variable
        let value: Double
        let objective: Double
    }

    /// The observations so far.
    private(set) var pseudocosts = Pseudocosts()
    private let sense: ObjectiveSense
    /// Branchings by the reference number of the node they were made at.
    private var branchings: [Int32: Branching] = [:]
    /// The child whose first LP solution is awaited, and the branching that made it.
    private var awaited: (node: Int32, branching: Branching)?
    private var previousReason: Int32 = 0

    init(sense: ObjectiveSense) {
        self.sense = sense
    }

    /// Follows one callback call.
    mutating func observe(_ tree: OpaquePointer, reason: Int32) {
        defer { previousReason = reason }
        switch reason {
        case GLP_IPREPRO:
            let node = glp_ios_curr_node(tree)
            if previousReason == GLP_ISELECT {
                let parent = glp_ios_up_node(tree, node)
                awaited = branchings[parent].map { (node, $0) }
            } else if previousReason == GLP_IBRANCH {
                awaited = branchings.removeValue(forKey: node).map { (node, $0) }
            }
        case GLP_IROWGEN:
            guard let awaited, awaited.node == glp_ios_curr_node(tree) else { return }
            self.awaited = nil
            record(awaited.branching, problem: glp_ios_get_prob(tree))
        default:
            break
        }
    }

    /// Remembers that the current node branches on `variable`.
    mutating func branched(at node: Int32, on variable: Variable, value: Double, objective: Double) {
        branchings[node] = Branching(variable: variable, value: value, objective: objective)
    }

    /// Forgets any branching remembered for `node`, whose reference number GLPK may have reused.
    mutating func branchedWithoutPolicy(at node: Int32) {
        branchings[node] = nil
    }

    private mutating func record(_ branching: Branching, problem: OpaquePointer?) {
        let column = Int32(branching.variable.index + 1)
        let lower = glp_get_col_lb(problem, column), upper = glp_get_col_ub(problem, column)
        let down = branching.value.rounded(.down), up = branching.value.rounded(.up)
        let direction: BranchDirection
        let change: Double
        if upper <= down {
            (direction, change) = (.down, branching.value - down)
        } else if lower >= up {
            (direction, change) = (.up, up - branching.value)
        } else {
            return
        }
        guard change > 0 else { return }
        let objective = glp_get_obj_val(problem)
        let degradation = sense == .minimize ? objective - branching.objective : branching.objective - objective
        pseudocosts.record(degradation / change, for: branching.variable, direction)
    }
}
