/// Bound propagation and probing on a formulation's integer columns: each row's activity range
/// under the current bounds narrows the bounds of its integer columns, until nothing changes;
/// probing sets a binary column to one value, propagates, and fixes it at the other value when
/// that leaves some row unsatisfiable.
///
/// Every bound it finds holds for every solution that satisfies the rows and the starting
/// bounds, so a problem narrowed this way has exactly the solutions it had before.
public struct BoundPropagation {
    /// The rows propagated: the formulation's rows and any rows given beside them.
    private let rows: [Formulation.Row]
    private let isIntegral: [Bool]
    /// For each column, the rows (indices into ``rows``) it appears in.
    private let rowsOfColumn: [[Int]]
    /// Each column's lower bound.
    public private(set) var lowerBounds: [Double]
    /// Each column's upper bound.
    public private(set) var upperBounds: [Double]

    /// Propagation over `formulation`'s rows and `extraRows`, from the formulation's bounds.
    public init(_ formulation: Formulation, extraRows: [Formulation.Row] = []) {
        rows = formulation.rows + extraRows
        isIntegral = formulation.isIntegral
        lowerBounds = formulation.lowerBounds
        upperBounds = formulation.upperBounds
        var rowsOfColumn = [[Int]](repeating: [], count: formulation.columnCount)
        for (index, row) in rows.enumerated() {
            for column in row.columns { rowsOfColumn[column].append(index) }
        }
        self.rowsOfColumn = rowsOfColumn
    }

    /// Whether column `column` has a single value left.
    public func isFixed(_ column: Int) -> Bool { lowerBounds[column] == upperBounds[column] }

    /// Propagates every row until no bound moves; returns `false` when some row cannot be
    /// satisfied within the bounds (no solution is left).
    public mutating func propagate() -> Bool {
        propagate(from: Array(rows.indices))
    }

    /// Probes every binary column that is not fixed, in order, propagating after each fixing;
    /// returns `false` when no solution is left.
    public mutating func probeBinaries() -> Bool {
        for column in isIntegral.indices where isIntegral[column] && lowerBounds[column] == 0 && upperBounds[column] == 1 {
            guard !isFixed(column) else { continue }
            var withOne = self
            withOne.lowerBounds[column] = 1
            let oneFeasible = withOne.propagate(from: rowsOfColumn[column])
            var withZero = self
            withZero.upperBounds[column] = 0
            let zeroFeasible = withZero.propagate(from: rowsOfColumn[column])
            switch (oneFeasible, zeroFeasible) {
            case (false, false): return false
            case (false, true): self = withZero
            case (true, false): self = withOne
            case (true, true): break
            }
        }
        return true
    }

    /// Propagates the rows `start` and every row whose columns' bounds move on the way.
    private mutating func propagate(from start: [Int]) -> Bool {
        var queue = start
        var queued = [Bool](repeating: false, count: rows.count)
        for row in start { queued[row] = true }
        while let index = queue.popLast() {
            queued[index] = false
            guard let moved = tighten(rows[index]) else { return false }
            for column in moved {
                for other in rowsOfColumn[column] where !queued[other] {
                    queued[other] = true
                    queue.append(other)
                }
            }
        }
        return true
    }

    /// Narrows the integer columns of `row` by its activity range; returns the columns whose
    /// bounds moved, or `nil` when the row cannot be satisfied.
    private mutating func tighten(_ row: Formulation.Row) -> [Int]? {
        // The least and greatest activity, and how many terms are unbounded each way.
        var least = 0.0, greatest = 0.0, leastInfinite = 0, greatestInfinite = 0
        for (column, coefficient) in zip(row.columns, row.coefficients) {
            let (low, high) = range(of: coefficient, times: column)
            if low.isFinite { least += low } else { leastInfinite += 1 }
            if high.isFinite { greatest += high } else { greatestInfinite += 1 }
        }
        let tolerance = 1e-6 * max(1, abs(row.lowerBound.isFinite ? row.lowerBound : 0), abs(row.upperBound.isFinite ? row.upperBound : 0))
        if leastInfinite == 0, least > row.upperBound + tolerance { return nil }
        if greatestInfinite == 0, greatest < row.lowerBound - tolerance { return nil }
        var moved: [Int] = []
        for (column, coefficient) in zip(row.columns, row.coefficients) where isIntegral[column] {
            let (low, high) = range(of: coefficient, times: column)
            // The activity of the other terms: at least `others.least`, at most `others.greatest`.
            let othersLeast = low.isFinite ? (leastInfinite == 0 ? least - low : -Double.infinity)
                                           : (leastInfinite == 1 ? least : -Double.infinity)
            let othersGreatest = high.isFinite ? (greatestInfinite == 0 ? greatest - high : Double.infinity)
                                               : (greatestInfinite == 1 ? greatest : Double.infinity)
            // coefficient·x ≤ upper − othersLeast and ≥ lower − othersGreatest.
            let termUpper = row.upperBound - othersLeast, termLower = row.lowerBound - othersGreatest
            var lower = lowerBounds[column], upper = upperBounds[column]
            if coefficient > 0 {
                if termUpper.isFinite { upper = min(upper, Formulation.integerFloor(termUpper / coefficient + 1e-9)) }
                if termLower.isFinite { lower = max(lower, Formulation.integerCeiling(termLower / coefficient - 1e-9)) }
            } else {
                if termUpper.isFinite { lower = max(lower, Formulation.integerCeiling(termUpper / coefficient - 1e-9)) }
                if termLower.isFinite { upper = min(upper, Formulation.integerFloor(termLower / coefficient + 1e-9)) }
            }
            guard lower <= upper else { return nil }
            if lower != lowerBounds[column] || upper != upperBounds[column] {
                lowerBounds[column] = lower
                upperBounds[column] = upper
                moved.append(column)
            }
        }
        return moved
    }

    /// The least and greatest value of `coefficient·x` for column `column` within its bounds.
    private func range(of coefficient: Double, times column: Int) -> (low: Double, high: Double) {
        coefficient > 0 ? (coefficient * lowerBounds[column], coefficient * upperBounds[column])
                        : (coefficient * upperBounds[column], coefficient * lowerBounds[column])
    }
}
