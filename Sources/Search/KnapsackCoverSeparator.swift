/// Lifted cover inequalities for rows that are 0-1 knapsacks once their other columns sit at
/// their bounds.
///
/// Each finite side of a row is relaxed to `Σ a_j w_j ≤ b` with `a_j > 0` over its binary
/// columns (a column with a negative coefficient is complemented, `w = 1 − x`; every other column
/// is replaced by the bound that makes the row loosest). A cover is chosen greedily by the
/// point's values and made minimal; the cover inequality `Σ_{j∈C} w_j ≤ |C| − 1` is then lifted
/// for every other item with the superadditive function of Gu, Nemhauser and Savelsbergh
/// (``CoverLifting``).
public final class KnapsackCoverSeparator: CutSeparator {
    /// `"knapsack-cover"`.
    public let name = "knapsack-cover"
    private let formulation: Formulation
    /// Rows with at least two binary columns.
    private let candidateRows: [Int]
    private var scratch: SparseAccumulator

    /// An item of the knapsack relaxation.
    struct Item {
        var column: Int
        var weight: Double
        var isComplemented: Bool
        /// The item's value at the point (`1 − x` when complemented).
        var value: Double
    }

    /// A separator for `formulation`.
    public init(formulation: Formulation) {
        self.formulation = formulation
        candidateRows = formulation.rows.indices.filter { index in
            formulation.rows[index].columns.lazy.filter { formulation.isBinary($0) }.count >= 2
        }
        scratch = SparseAccumulator(count: formulation.columnCount)
    }

    public func separate(_ values: [Double]) -> [ScoredCut] {
        var cuts: [ScoredCut] = []
        for index in candidateRows {
            for side in BaseInequality.sides(of: formulation.rows[index]) {
                guard let (items, capacity) = Self.knapsack(of: side, formulation: formulation, values: values),
                      let cut = liftedCover(items: items, capacity: capacity, values: values) else { continue }
                cuts.append(cut)
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

    /// The lifted cover inequality of a greedy minimal cover, if it is violated.
    private func liftedCover(items: [Item], capacity: Double, values: [Double]) -> ScoredCut? {
        let order = items.indices.sorted { (items[$0].value, items[$0].weight) > (items[$1].value, items[$1].weight) }
        var cover: [Int] = []
        var weight = 0.0
        for index in order where weight <= capacity + 1e-9 {
            cover.append(index)
            weight += items[index].weight
        }
        guard weight > capacity + 1e-9 else { return nil }
        // Minimal: drop items, least valued first, while the rest still overfills the knapsack.
        for index in cover.sorted(by: { items[$0].value < items[$1].value }) where weight - items[index].weight > capacity + 1e-9 {
            cover.removeAll { $0 == index }
            weight -= items[index].weight
        }
        let lifting = CoverLifting(coverWeights: cover.map { items[$0].weight }, capacity: capacity)
        let inCover = Set(cover)
        scratch.clear()
        var rightHandSide = Double(cover.count - 1)
        for (index, item) in items.enumerated() {
            let coefficient = inCover.contains(index) ? 1 : lifting(item.weight)
            guard coefficient != 0 else { continue }
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
