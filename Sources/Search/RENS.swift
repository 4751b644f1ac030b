/// Relaxation enforced neighbourhood search (Berthold): once, on the root's final LP solution,
/// fix integer columns whose LP value is integral and restrict the others to the two integers
/// around their value.
///
/// The first sub-MIP fixes every integral column. When it is proven infeasible and there is no
/// incumbent, the neighbourhood was too small (on bin packing, fixing every zero of the LP leaves
/// no packing at all), and the next call at the same node fixes half as many: those with the
/// largest reduced costs in absolute value, whose LP values the relaxation holds most firmly.
/// Halving ends when fewer than ``minimumFixedShare`` of the integer columns would be fixed, and
/// RENS is done after a sub-MIP that found a solution, that a limit stopped (a wider one would
/// be harder still), or that proved no solution in it improves on the incumbent: a wider search
/// for a better one is what the tree search does (on multiple knapsacks the widened sub-MIPs
/// took up to nine tenths of the solve).
public final class RENS: PrimalHeuristic {
    /// `"rens"`.
    public let name = "rens"
    /// The least share of integer columns that must be fixed.
    public var minimumFixedShare: Double
    private let formulation: Formulation
    /// The share of the integral columns the next sub-MIP fixes; 0 once RENS is done.
    private var fixedShareOfIntegral = 1.0
    /// Whether the last sub-MIP was built at a node with an incumbent.
    private var hadIncumbent = false

    /// RENS for `formulation`.
    public init(formulation: Formulation, minimumFixedShare: Double = 0.1) {
        self.formulation = formulation
        self.minimumFixedShare = minimumFixedShare
    }

    public func subMIP(at node: HeuristicNode) -> SubMIP? {
        guard node.depth == 0, fixedShareOfIntegral > 0 else { return nil }
        hadIncumbent = node.incumbent != nil
        var subMIP = SubMIP(formulation)
        var integers = 0
        var integral: [Int] = []
        for column in 0..<formulation.columnCount where formulation.isIntegral[column] {
            integers += 1
            let value = node.values[column]
            if abs(value - value.rounded()) <= 1e-6 {
                integral.append(column)
            } else {
                let lower = max(formulation.lowerBounds[column], value.rounded(.down))
                let upper = min(formulation.upperBounds[column], value.rounded(.up))
                if lower <= upper { subMIP.restrict(column, to: lower, upper) }
            }
        }
        let count = Int((Double(integral.count) * fixedShareOfIntegral).rounded())
        guard integers > 0, Double(count) >= minimumFixedShare * Double(integers) else {
            fixedShareOfIntegral = 0
            return nil
        }
        for column in Self.firmest(count, of: integral, reducedCosts: node.reducedCosts) {
            let rounded = min(max(node.values[column].rounded(), formulation.lowerBounds[column]), formulation.upperBounds[column])
            subMIP.restrict(column, to: rounded, rounded)
        }
        return subMIP
    }

    public func didRun(_ outcome: SubMIP.Outcome) {
        if case .neighbourhoodExhausted = outcome, !hadIncumbent {
            fixedShareOfIntegral /= 2
        } else {
            fixedShareOfIntegral = 0
        }
    }

    /// The `count` columns of `columns` with the largest reduced costs in absolute value, ties
    /// (and all of them when the reduced costs are not known) in column order.
    static func firmest(_ count: Int, of columns: [Int], reducedCosts: [Double]) -> [Int] {
        guard count < columns.count, !reducedCosts.isEmpty else { return Array(columns.prefix(count)) }
        let ranked = columns.sorted { a, b in
            let (da, db) = (abs(reducedCosts[a]), abs(reducedCosts[b]))
            return da != db ? da > db : a < b
        }
        return Array(ranked.prefix(count))
    }
}
