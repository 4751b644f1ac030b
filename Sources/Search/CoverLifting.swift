/// The superadditive lifting function of Gu, Nemhauser and Savelsbergh for a minimal cover of
/// a 0-1 knapsack `Σ a_j x_j ≤ b`: `g(a_k)` is a valid coefficient for every item `k` outside the
/// cover in `Σ_{j∈C} x_j + Σ_{k∉C} g(a_k) x_k ≤ |C| − 1`, whatever the order of lifting.
///
/// With the cover's weights sorted `a_1 ≥ … ≥ a_r`, `μ_h = a_1 + … + a_h`, the excess
/// `λ = μ_r − b > 0` and `ρ_h = max(0, a_{h+1} − (a_1 − λ))`: `g(z) = 0` up to `μ_1 − λ`;
/// on `(μ_h − λ, μ_h − λ + ρ_h]` it rises linearly to `h` as `h − (μ_h − λ + ρ_h − z)/ρ_1`; on
/// `[μ_h − λ + ρ_h, μ_{h+1} − λ]` it is `h`. It never exceeds the exact lifting function, which
/// is `h` on `(μ_h − λ, μ_{h+1} − λ]`.
struct CoverLifting {
    /// `μ_0 = 0, μ_1, …, μ_r`.
    private let prefixSums: [Double]
    private let excess: Double
    /// `ρ_h` for `h = 0…r−1` (`ρ_0` unused).
    private let slopes: [Double]

    /// The function for a cover with these weights and the knapsack's capacity; the cover's
    /// weights must exceed the capacity.
    init(coverWeights: [Double], capacity: Double) {
        let weights = coverWeights.sorted(by: >)
        var sums = [0.0]
        for weight in weights { sums.append(sums.last! + weight) }
        prefixSums = sums
        let excess = sums.last! - capacity
        self.excess = excess
        // ρ_h = max(0, a_{h+1} − (a_1 − λ)); with weights counted from 0, a_{h+1} is weights[h].
        slopes = weights.indices.map { h in h > 0 ? max(0, weights[h] - (weights[0] - excess)) : 0 }
    }

    /// The cover's size `r`.
    var coverSize: Int { prefixSums.count - 1 }

    /// `g(z)` for an item of weight `z ≥ 0`; an item heavier than the capacity (it fits in no
    /// solution, so any coefficient is valid) gets `r − 1`.
    func callAsFunction(_ z: Double) -> Double {
        let r = coverSize
        guard r > 1, z > prefixSums[1] - excess else { return 0 }
        for h in 1..<r {
            let start = prefixSums[h] - excess
            if z <= start + slopes[h] { return Double(h) - (start + slopes[h] - z) / slopes[1] }
            if z <= prefixSums[h + 1] - excess { return Double(h) }
        }
        return Double(r - 1)
    }
}
