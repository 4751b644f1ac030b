/// What a primal heuristic sees at a branch-and-bound node.
public struct HeuristicNode {
    /// Nodes created so far in the search.
    public var nodeCount: Int
    /// The node's depth; the root is 0.
    public var depth: Int
    /// The node's LP solution, by column.
    public var values: [Double]
    /// The incumbent solution, by column, if there is one.
    public var incumbent: [Double]?
    /// The incumbent's objective value.
    public var incumbentObjective: Double?

    /// A node from its parts.
    public init(nodeCount: Int, depth: Int, values: [Double], incumbent: [Double]? = nil, incumbentObjective: Double? = nil) {
        self.nodeCount = nodeCount
        self.depth = depth
        self.values = values
        self.incumbent = incumbent
        self.incumbentObjective = incumbentObjective
    }
}

/// A large-neighbourhood heuristic: at some nodes it restricts the formulation to a smaller MIP
/// around the LP solution or the incumbent, which a ``HeuristicRunner`` solves.
public protocol PrimalHeuristic: AnyObject {
    /// A short name for statistics, such as `"rins"`.
    var name: String { get }

    /// The restricted problem to solve at `node`, or `nil` to pass this node. Called once per
    /// node at most; a heuristic that returns a problem counts that as a run.
    func subMIP(at node: HeuristicNode) -> SubMIP?

    /// Told after each run whether its sub-MIP gave an improving solution, so that a heuristic
    /// can run less often while it fails.
    func didRun(improving: Bool)
}

extension PrimalHeuristic {
    /// Ignores the outcome.
    public func didRun(improving: Bool) {}
}
