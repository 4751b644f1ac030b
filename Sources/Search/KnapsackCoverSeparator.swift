/// Lifted cover inequalities for rows that are 0-1 knapsacks once their other columns sit at
/// their bounds (``KnapsackRelaxation``).
///
/// A cover is chosen greedily by the point's values and made minimal; the cover inequality
/// `Σ_{j∈C} w_j ≤ |C| − 1` is then lifted for every other item with the superadditive function
/// of Gu, Nemhauser and Savelsbergh (``CoverLifting``).
public final class KnapsackCoverSeparator: CutSeparator {
    /// `"knapsack-cover"`.
    public let name = "knapsack-cover"
    private var relaxation: KnapsackRelaxation

    /// A separator for `formulation`.
    public init(formulation: Formulation) {
        relaxation = KnapsackRelaxation(formulation: formulation)
    }

    public func separate(_ values: [Double]) -> [ScoredCut] {
        relaxation.cuts(at: values, Self.liftedCover)
    }

    /// The lifted cover inequality of a greedy minimal cover, in the items.
    private static func liftedCover(items: [KnapsackRelaxation.Item], capacity: Double) -> KnapsackRelaxation.ItemCut? {
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
        let coefficients = items.indices.map { inCover.contains($0) ? 1 : lifting(items[$0].weight) }
        return (coefficients, Double(cover.count - 1))
    }
}
