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
    /// A bound on the objective of every solution not yet excluded, when known: the best bound
    /// over the search's open nodes, possibly computed some nodes ago and then weaker.
    public var bound: Double?
    /// The node's LP reduced costs, by column; empty when not known.
    public var reducedCosts: [Double]

    /// A node from its parts.
    public init(nodeCount: Int, depth: Int, values: [Double], incumbent: [Double]? = nil, incumbentObjective: Double? = nil, bound: Double? = nil, reducedCosts: [Double] = []) {
        self.nodeCount = nodeCount
        self.depth = depth
        self.values = values
        self.incumbent = incumbent
        self.incumbentObjective = incumbentObjective
        self.bound = bound
        self.reducedCosts = reducedCosts
    }
}

/// A large-neighbourhood heuristic: at some nodes it restricts the formulation to a smaller MIP
/// around the LP solution or the incumbent, which a ``HeuristicRunner`` solves.
public protocol PrimalHeuristic: AnyObject {
    /// A short name for statistics, such as `"rins"`.
    var name: String { get }

    /// The restricted problem to solve at `node`, or `nil` to pass this node; a heuristic that
    /// returns a problem counts that as a run. After a run that found nothing it is asked again
    /// at the same node, so that it can retry with a larger neighbourhood; it must return `nil`
    /// once it has nothing more to try there.
    func subMIP(at node: HeuristicNode) -> SubMIP?

    /// Told after each run what its sub-MIP came to, so that a heuristic can run less often while
    /// it fails, or retry with a larger neighbourhood only when the last one held nothing.
    func didRun(_ outcome: SubMIP.Outcome)
}

extension PrimalHeuristic {
    /// Ignores the outcome.
    public func didRun(_ outcome: SubMIP.Outcome) {}
}
