/// Path-aggregated complemented MIR cuts: ``ComplementedMIR`` on the inequalities that
/// Marchand and Wolsey's aggregation heuristic (``PathAggregation``) walks through.
public final class PathMIRSeparator: CutSeparator {
    /// `"path-mir"`.
    public let name = "path-mir"
    private let formulation: Formulation
    private var paths: PathAggregation
    private var scratch: SparseAccumulator

    /// A separator for `formulation` that adds at most `maximumAggregations` rows to a start row.
    public init(formulation: Formulation, maximumAggregations: Int = 10) {
        self.formulation = formulation
        paths = PathAggregation(formulation: formulation, maximumAggregations: maximumAggregations)
        scratch = SparseAccumulator(count: formulation.columnCount)
    }

    public func separate(_ values: [Double]) -> [ScoredCut] {
        let mir = ComplementedMIR(formulation: formulation, values: values)
        var scratch = self.scratch
        defer { self.scratch = scratch }
        return paths.cuts(at: values) { base, start in mir.cut(from: base, ownRow: start, accumulator: &scratch) }
    }
}
