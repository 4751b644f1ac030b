import MILP

/// Proximity search (Fischetti and Monaci) for the last step of an integral objective: find an
/// improving solution close to the incumbent, with the objective replaced by the Hamming
/// distance to the incumbent over the binary columns and the original objective kept as the
/// cutoff row. The sub-MIP's LP starts next to the incumbent, so its search reaches solutions
/// that the original objective's LP leads away from, and it ends at its first solution.
///
/// It runs when the incumbent is one step of the objective from the bound, so that any
/// improving solution is optimal, and the search's bound, rounded to that step, is still the
/// root's: branching is not closing the gap, a solution has to. Bin packing is the case in
/// point. It waits until the search has explored as many nodes as one of its sub-MIPs may take,
/// then runs once per incumbent at most that often.
public final class ProximitySearch: PrimalHeuristic {
    /// `"proximity"`.
    public let name = "proximity"
    /// The node limit of each sub-MIP, and the nodes the search explores between two runs.
    public var nodeLimit: Int
    private let formulation: Formulation
    private let binaries: [Int]
    /// The root's bound, rounded to the objective's step.
    private var rootBound: Double?
    private var lastRun = 0
    private var lastIncumbent: [Double]?

    /// Proximity search for `formulation`, each sub-MIP limited to `nodeLimit` nodes.
    public init(formulation: Formulation, nodeLimit: Int = 1000) {
        self.formulation = formulation
        self.nodeLimit = nodeLimit
        binaries = formulation.unfixedBinaryColumns
    }

    public func subMIP(at node: HeuristicNode) -> SubMIP? {
        guard formulation.hasIntegralObjective, !binaries.isEmpty, let bound = node.bound.map(formulation.roundedToObjectiveStep) else { return nil }
        if node.depth == 0, rootBound == nil { rootBound = bound }
        guard node.nodeCount - lastRun >= nodeLimit, bound == rootBound,
              let incumbent = node.incumbent, incumbent != lastIncumbent,
              let objective = node.incumbentObjective, abs(objective - bound) <= 1 + 1e-6 else { return nil }
        lastRun = node.nodeCount
        lastIncumbent = incumbent
        var subMIP = SubMIP(formulation)
        subMIP.minimize(formulation.distance(to: incumbent, over: binaries))
        subMIP.stopsAtFirstSolution = true
        subMIP.nodeLimit = nodeLimit
        return subMIP
    }
}
