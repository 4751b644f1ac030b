import MILP

/// Wraps a branching policy and checks that the solver carries out its decisions: at every node
/// that is a child of the node where the policy last chose a variable, that variable's bounds no
/// longer contain its fractional value there.
///
/// A child is recognised by its depth, one below the deciding node, which is exact under
/// depth-first backtracking (every open node at that depth is then a child of the last branched
/// node); run audited solves with it. The node must offer its LP relaxation.
///
/// ```swift
/// let audit = BranchingAudit(MostFractionalBranching())
/// _ = try solver.solve(model, hooks: SolverHooks(branchingPolicy: audit))
/// #expect(audit.decisions > 0 && audit.checkedChildren > 0 && audit.violations.isEmpty)
/// ```
public final class BranchingAudit: BranchingPolicy {
    /// The audited policy.
    public let policy: any BranchingPolicy
    /// How many times the policy chose a variable (rather than leaving the choice to the solver).
    public private(set) var decisions = 0
    /// How many children of a decision were checked.
    public private(set) var checkedChildren = 0
    /// One sentence per child where the decision was not carried out.
    public private(set) var violations: [String] = []
    /// The last decision, with the deciding node's depth and the variable's value there.
    private var last: (depth: Int, variable: Variable, value: Double)?

    /// An audit of `policy`.
    public init(_ policy: any BranchingPolicy) {
        self.policy = policy
    }

    /// Prepares the audited policy and forgets the previous solve's last decision.
    public func prepare(for model: Model) throws {
        last = nil
        try policy.prepare(for: model)
    }

    /// Checks the node against the last decision, then asks the audited policy.
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        if let last, node.depth == last.depth + 1, let relaxation = node.relaxation {
            checkedChildren += 1
            let column = relaxation.column(last.variable)
            let excluded = column.upperBound <= (last.value - 1e-9).rounded(.down) + 1e-9
                || column.lowerBound >= (last.value + 1e-9).rounded(.up) - 1e-9
            if !excluded {
                violations.append("at depth \(node.depth), x\(last.variable.index) still has bounds [\(column.lowerBound), \(column.upperBound)] around \(last.value)")
            }
        }
        let decision = try policy.branch(at: node)
        // Children of a node the solver branched on by its own rule cannot be checked.
        last = nil
        if let decision, let candidate = node.candidates.first(where: { $0.variable == decision.variable }) {
            decisions += 1
            last = (node.depth, decision.variable, candidate.value)
        }
        return decision
    }
}
