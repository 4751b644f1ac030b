/// Marchand and Wolsey's aggregation heuristic: walks from each row along continuous columns,
/// adding one row at a time, and hands each aggregated inequality to a rounding procedure.
///
/// From each finite side of a start row, the aggregated inequality is offered to the procedure;
/// then the continuous column of the aggregation farthest from its bounds (variable bounds
/// counted) is eliminated by adding a multiple of another row containing it, the tightest at the
/// point, and the procedure is tried again, up to ``maximumAggregations`` rows added. (Unlike
/// Marchand and Wolsey, a walk goes on after a cut: longer paths give cuts on larger sets.) Rows linked through continuous columns (flow conservation through arcs) are so
/// walked along a path, which yields cuts on sets of nodes. Variable-bound rows start walks but
/// are never added to one.
struct PathAggregation {
    /// The most rows added to a start row.
    var maximumAggregations: Int
    private let formulation: Formulation
    /// Rows with a continuous column and an integer column or a continuous one that has a
    /// variable bound. Rows of integer columns alone are left to single-row separators (GLPK's
    /// MIR and cover cuts, ``KnapsackCoverSeparator``): on them a walk has nothing to eliminate.
    private let startRows: [Int]
    private var aggregation: SparseAccumulator

    /// Walks over `formulation`'s rows.
    init(formulation: Formulation, maximumAggregations: Int) {
        self.formulation = formulation
        self.maximumAggregations = maximumAggregations
        startRows = formulation.rows.indices.filter { index in
            let columns = formulation.rows[index].columns
            return columns.contains { !formulation.isIntegral[$0] } && columns.contains { column in
                formulation.isIntegral[column] || !formulation.variableUpperBounds[column].isEmpty
                    || !formulation.variableLowerBounds[column].isEmpty
            }
        }
        aggregation = SparseAccumulator(count: formulation.columnCount)
    }

    /// The cuts of every walk: `round(inequality, startRow)` is asked at each step.
    mutating func cuts(at values: [Double], round: (BaseInequality, Int) -> ScoredCut?) -> [ScoredCut] {
        let activities = formulation.rows.map { row in zip(row.columns, row.coefficients).reduce(0.0) { $0 + $1.1 * values[$1.0] } }
        var cuts: [ScoredCut] = []
        for start in startRows {
            for side in BaseInequality.sides(of: formulation.rows[start]) {
                walk(from: start, side, values: values, activities: activities, round: round, into: &cuts)
            }
        }
        return cuts
    }

    private mutating func walk(
        from start: Int, _ side: BaseInequality, values: [Double], activities: [Double],
        round: (BaseInequality, Int) -> ScoredCut?, into cuts: inout [ScoredCut]
    ) {
        aggregation.clear()
        for (column, coefficient) in zip(side.columns, side.coefficients) { aggregation.add(coefficient, at: column) }
        var rightHandSide = side.rightHandSide
        var used: Set<Int> = [start]
        for step in 0...maximumAggregations {
            var base = BaseInequality(columns: [], coefficients: [], rightHandSide: rightHandSide)
            for column in aggregation.columns where abs(aggregation.values[column]) > 1e-12 {
                base.columns.append(column)
                base.coefficients.append(aggregation.values[column])
            }
            if let cut = round(base, start) { cuts.append(cut) }
            guard step < maximumAggregations,
                  let next = nextAggregation(of: base, excluding: used, values: values, activities: activities) else { return }
            let row = formulation.rows[next.row]
            for (column, coefficient) in zip(row.columns, row.coefficients) { aggregation.add(next.multiplier * coefficient, at: column) }
            aggregation.zero(next.column)
            rightHandSide += next.multiplier * (next.multiplier > 0 ? row.upperBound : row.lowerBound)
            used.insert(next.row)
        }
    }

    /// The continuous column to eliminate and the row (with its multiplier) that eliminates it:
    /// columns farthest from their bounds first; among rows, the one with the least slack on the
    /// side the multiplier uses.
    private func nextAggregation(
        of base: BaseInequality, excluding used: Set<Int>, values: [Double], activities: [Double]
    ) -> (column: Int, row: Int, multiplier: Double)? {
        var candidates: [(column: Int, coefficient: Double, distance: Double)] = []
        for (column, coefficient) in zip(base.columns, base.coefficients) where !formulation.isIntegral[column] {
            let distance = boundDistance(of: column, values: values)
            if distance > 1e-6 { candidates.append((column, coefficient, distance)) }
        }
        for candidate in candidates.sorted(by: { $0.distance > $1.distance }) {
            var best: (row: Int, multiplier: Double, slack: Double, length: Int)?
            for index in formulation.rowsContaining[candidate.column] where !used.contains(index) {
                let row = formulation.rows[index]
                guard let position = row.columns.firstIndex(of: candidate.column) else { continue }
                let multiplier = -candidate.coefficient / row.coefficients[position]
                let bound = multiplier > 0 ? row.upperBound : row.lowerBound
                guard bound.isFinite, multiplier.isFinite else { continue }
                let slack = multiplier > 0 ? bound - activities[index] : activities[index] - bound
                if best == nil || slack < best!.slack - 1e-9 || (abs(slack - best!.slack) <= 1e-9 && row.columns.count < best!.length) {
                    best = (index, multiplier, slack, row.columns.count)
                }
            }
            if let best { return (candidate.column, best.row, best.multiplier) }
        }
        return nil
    }

    /// How far a continuous column's value is from its nearest bound, variable bounds included;
    /// infinite for a free column.
    private func boundDistance(of column: Int, values: [Double]) -> Double {
        var lower = formulation.lowerBounds[column], upper = formulation.upperBounds[column]
        for bound in formulation.variableLowerBounds[column] { lower = max(lower, bound.value(at: values)) }
        for bound in formulation.variableUpperBounds[column] { upper = min(upper, bound.value(at: values)) }
        return min(values[column] - lower, upper - values[column])
    }
}
