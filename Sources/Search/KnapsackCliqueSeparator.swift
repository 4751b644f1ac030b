/// Clique inequalities of 0-1 knapsack rows: sets of items no two of which fit together.
///
/// Each finite side of a row is relaxed to a 0-1 knapsack `Σ a_j w_j ≤ b`
/// (``KnapsackRelaxation``), so that a column with a negative coefficient enters
/// complemented: the row `Σ a_j x_j ≤ u·y` of a bin of capacity `u` opened by `y` becomes
/// `Σ a_j x_j + u·(1 − y) ≤ u`. Two items with `a_i + a_j > b` are in conflict, and items in
/// conflict pairwise give `Σ_{j∈K} w_j ≤ 1`; for the bin that is `Σ_{j∈K} x_j ≤ y` over items
/// heavier than half of it. GLPK's clique generator finds such cliques in its conflict graph but
/// adds one cut per round; this separator returns the heaviest clique of every row side whose
/// weight at the point exceeds 1, so that all bins are cut in the same round.
///
/// With the items sorted by weight, a clique is a run of the heaviest items plus one lighter item
/// in conflict with the lightest of them, so each row's heaviest clique is found exactly, in
/// O(n log n).
public final class KnapsackCliqueSeparator: CutSeparator {
    /// `"knapsack-clique"`.
    public let name = "knapsack-clique"
    private var relaxation: KnapsackRelaxation

    /// A separator for `formulation`.
    public init(formulation: Formulation) {
        relaxation = KnapsackRelaxation(formulation: formulation)
    }

    public func separate(_ values: [Double]) -> [ScoredCut] {
        relaxation.cuts(at: values) { items, capacity in
            guard let clique = Self.heaviestClique(weights: items.map(\.weight), values: items.map(\.value), capacity: capacity) else { return nil }
            var coefficients = [Double](repeating: 0, count: items.count)
            for item in clique { coefficients[item] = 1 }
            return (coefficients, 1)
        }
    }

    /// The items of the heaviest clique by `values` among items of the given `weights` in a
    /// knapsack of `capacity`, when its value exceeds 1 (the clique inequality is violated);
    /// `nil` otherwise.
    ///
    /// Items `i ≠ j` conflict when `weights[i] + weights[j]` exceeds the capacity by more than a
    /// relative `1e-6`, a margin that keeps rounding from making a pair that fits look as if it did not.
    static func heaviestClique(weights: [Double], values: [Double], capacity: Double) -> [Int]? {
        let order = weights.indices.sorted { weights[$0] > weights[$1] }
        let limit = capacity + 1e-6 * max(1, abs(capacity))
        // prefix[k]: the value of the k heaviest items.
        var prefix = [0.0]
        for item in order { prefix.append(prefix.last! + max(0, values[item])) }
        var best: (value: Double, run: Int, last: Int)?
        // Every clique has a lightest item (`last`, by position in `order`); the items it
        // conflicts with among the heavier ones are a run of the heaviest, all in conflict with
        // each other, since they weigh at least as much as the run's lightest.
        var run = 0
        for last in order.indices.reversed() {
            let weight = weights[order[last]]
            // The run only grows as `last` moves to heavier items.
            while run < last, weights[order[run]] + weight > limit { run += 1 }
            let length = min(run, last)
            guard length >= 1 else { continue }
            let value = prefix[length] + max(0, values[order[last]])
            if value > (best?.value ?? 1 + 1e-6) { best = (value, length, last) }
        }
        guard let best else { return nil }
        return Array(order[0..<best.run]) + [order[best.last]]
    }
}
