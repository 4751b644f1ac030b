/// Relaxation induced neighbourhood search (Danna, Rothberg and Le Pape): every
/// ``frequency`` nodes once there is an incumbent, fix the integer columns on which the node's
/// LP solution and the incumbent agree, and search the rest. Each run that finds nothing
/// doubles the wait before the next; a success restores ``frequency``.
public final class RINS: PrimalHeuristic {
    /// `"rins"`.
    public let name = "rins"
    /// Nodes between two runs.
    public var frequency: Int
    /// The least share of integer columns that must agree for the sub-MIP to be worth solving.
    public var minimumFixedShare: Double
    private let formulation: Formulation
    private var lastRun: Int?
    /// The nodes to wait before the next run.
    private var wait: Int

    /// RINS for `formulation`.
    public init(formulation: Formulation, frequency: Int = 20, minimumFixedShare: Double = 0.3) {
        self.formulation = formulation
        self.frequency = frequency
        self.minimumFixedShare = minimumFixedShare
        wait = frequency
    }

    public func subMIP(at node: HeuristicNode) -> SubMIP? {
        guard let incumbent = node.incumbent else { return nil }
        if let lastRun, node.nodeCount - lastRun < wait { return nil }
        lastRun = node.nodeCount
        var subMIP = SubMIP(formulation)
        var integers = 0, fixed = 0
        for column in 0..<formulation.columnCount where formulation.isIntegral[column] {
            integers += 1
            if abs(node.values[column] - incumbent[column]) <= 1e-6 {
                subMIP.restrict(column, to: incumbent[column], incumbent[column])
                fixed += 1
            }
        }
        guard fixed < integers, Double(fixed) >= minimumFixedShare * Double(integers) else { return nil }
        return subMIP
    }
}

extension RINS {
    public func didRun(_ outcome: SubMIP.Outcome) {
        wait = if case .improved = outcome { frequency } else { min(2 * wait, 1 << 20) }
    }
}
