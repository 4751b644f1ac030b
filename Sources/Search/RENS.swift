/// Relaxation enforced neighbourhood search (Berthold): once, on the root's final LP solution,
/// fix every integer column whose LP value is integral and restrict the others to the two
/// integers around their value. Skipped when too few columns would be fixed for the sub-MIP to
/// be much smaller than the problem.
public final class RENS: PrimalHeuristic {
    /// `"rens"`.
    public let name = "rens"
    /// The least share of integer columns that must be fixed.
    public var minimumFixedShare: Double
    private let formulation: Formulation
    private var hasRun = false

    /// RENS for `formulation`.
    public init(formulation: Formulation, minimumFixedShare: Double = 0.5) {
        self.formulation = formulation
        self.minimumFixedShare = minimumFixedShare
    }

    public func subMIP(at node: HeuristicNode) -> SubMIP? {
        guard !hasRun, node.depth == 0 else { return nil }
        hasRun = true
        var subMIP = SubMIP(formulation)
        var integers = 0, fixed = 0
        for column in 0..<formulation.columnCount where formulation.isIntegral[column] {
            integers += 1
            let value = node.values[column]
            let lower = max(formulation.lowerBounds[column], value.rounded(.down))
            let upper = min(formulation.upperBounds[column], value.rounded(.up))
            if abs(value - value.rounded()) <= 1e-6 {
                let rounded = min(max(value.rounded(), formulation.lowerBounds[column]), formulation.upperBounds[column])
                subMIP.restrict(column, to: rounded, rounded)
                fixed += 1
            } else if lower <= upper {
                subMIP.restrict(column, to: lower, upper)
            }
        }
        guard integers > 0, Double(fixed) >= minimumFixedShare * Double(integers) else { return nil }
        return subMIP
    }
}
