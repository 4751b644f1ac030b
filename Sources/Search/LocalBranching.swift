import MILP

/// Local branching (Fischetti and Lodi) as a heuristic: around each new incumbent, search the
/// solutions that flip at most ``neighbourhood`` of its binary columns, at most once every
/// ``frequency`` nodes.
public final class LocalBranching: PrimalHeuristic {
    /// `"local-branching"`.
    public let name = "local-branching"
    /// The most binary columns a solution may flip.
    public var neighbourhood: Int
    /// The fewest nodes between two runs.
    public var frequency: Int
    private let formulation: Formulation
    private let binaries: [Int]
    private var lastIncumbent: [Double]?
    private var lastRun: Int?

    /// Local branching for `formulation`.
    public init(formulation: Formulation, neighbourhood: Int = 10, frequency: Int = 50) {
        self.formulation = formulation
        self.neighbourhood = neighbourhood
        self.frequency = frequency
        binaries = formulation.unfixedBinaryColumns
    }

    public func subMIP(at node: HeuristicNode) -> SubMIP? {
        guard let incumbent = node.incumbent, incumbent != lastIncumbent, binaries.count > neighbourhood else { return nil }
        if let lastRun, node.nodeCount - lastRun < frequency { return nil }
        lastRun = node.nodeCount
        lastIncumbent = incumbent
        var subMIP = SubMIP(formulation)
        subMIP.add(formulation.distance(to: incumbent, over: binaries) <= Double(neighbourhood))
        return subMIP
    }
}
