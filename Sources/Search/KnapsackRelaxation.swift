/// The 0-1 knapsack relaxations of a formulation's rows, for separators that cut knapsacks.
///
/// Each finite side of a row is relaxed to `Σ a_j w_j ≤ b` with `a_j > 0` over its binary
/// columns (a column with a negative coefficient is complemented, `w = 1 − x`; every other column
/// is replaced by the bound that makes the row loosest). A separator states its cut in the items,
/// `Σ α_j w_j ≤ β`, and the relaxation writes it back in the columns.
struct KnapsackRelaxation {
    /// An item of a knapsack.
    struct Item {
        var column: Int
        var weight: Double
        var isComplemented: Bool
        /// The item's value at the point (`1 − x` when complemented).
        var value: Double
    }

    /// A cut in a knapsack's items: `Σ coefficients[j]·w_j ≤ rightHandSide`, by item index.
    typealias ItemCut = (coefficients: [Double], rightHandSide: Double)

    private let formulation: Formulation
    /// Rows with at least two binary columns.
    private let candidateRows: [Int]
    private var scratch: SparseAccumulator

    /// The relaxations of `formulation`'s rows.
    init(formulation: Formulation) {
        self.formulation = formulation
        candidateRows = formulation.rows.indices.filter { index in
            formulation.rows[index].columns.lazy.filter { formulation.isBinary($0) }.count >= 2
        }
        scratch = SparseAccumulator(count: formulation.columnCount)
    }

    /// The violated cuts `cut` finds at `values`, asked once for every row side that relaxes to
    /// a knapsack (its items and capacity), in the columns.
    mutating func cuts(at values: [Double], _ cut: (_ items: [Item], _ capacity: Double) -> ItemCut?) -> [ScoredCut] {
        var cuts: [ScoredCut] = []
        for index in candidateRows {
            for side in BaseInequality.sides(of: formulation.rows[index]) {
                guard let (items, capacity) = Self.knapsack(of: side, formulation: formulation, values: values),
                      let found = cut(items, capacity),
                      let written = columnCut(found, items: items, values: values) else { continue }
                cuts.append(written)
            }
        }
        return cuts
    }

    /// The 0-1 knapsack relaxation of `side`, or `nil` when a non-binary column lacks the bound
    /// it needs, the capacity is negative, or all items fit together.
    static func knapsack(of side: BaseInequality, formulation: Formulation, values: [Double]) -> (items: [Item], capacity: Double)? {
        var items: [Item] = []
        var capacity = side.rightHandSide
        for (column, coefficient) in zip(side.columns, side.coefficients) where coefficient != 0 {
            let lower = formulation.lowerBounds[column], upper = formulation.upperBounds[column]
            if formulation.isBinary(column), lower == 0, upper == 1 {
                if coefficient > 0 {
                    items.append(Item(column: column, weight: coefficient, isComplemented: false, value: values[column]))
                } else {
                    items.append(Item(column: column, weight: -coefficient, isComplemented: true, value: 1 - values[column]))
                    capacity -= coefficient
                }
            } else {
                let bound = coefficient > 0 ? lower : upper
                guard bound.isFinite else { return nil }
                capacity -= coefficient * bound
            }
        }
        let total = items.reduce(0) { $0 + $1.weight }
        guard items.count >= 2, capacity >= 0, total > capacity + 1e-9 else { return nil }
        return (items, capacity)
    }

    /// `cut` written in the columns (`w = 1 − x` for complemented items), scored at `values`.
    private mutating func columnCut(_ cut: ItemCut, items: [Item], values: [Double]) -> ScoredCut? {
        scratch.clear()
        var rightHandSide = cut.rightHandSide
        for (item, coefficient) in zip(items, cut.coefficients) where coefficient != 0 {
            if item.isComplemented {
                scratch.add(-coefficient, at: item.column)
                rightHandSide -= coefficient
            } else {
                scratch.add(coefficient, at: item.column)
            }
        }
        return ScoredCut(scratch, rightHandSide: rightHandSide, formulation: formulation, values: values)
    }
}
