/// The superadditive lifting function of a flow cover, after Gu, Nemhauser and Savelsbergh:
/// how much the left side of a flow cover inequality must give up when `z` more units enter the
/// node (or a covered outflow arc of capacity `z` closes).
///
/// With `λ` the cover's excess and `M_i` the sum of the `i` largest capacities above `λ` (of the
/// cover's inflow arcs and of the outflow arcs whose opening costs `λ`),
/// `f(z) = i·λ` on `[M_i, M_{i+1} − λ]` and `f(z) = z − M_i + i·λ` on `(M_i − λ, M_i)`:
/// each unit of extra flow costs one unit until it is cheaper to close a large arc for `λ`.
struct FlowCoverLifting {
    /// `M_0 = 0, M_1, …, M_r`.
    private let prefixSums: [Double]
    /// The cover's excess `λ`.
    let excess: Double

    /// The function for a cover with excess `excess > 0` whose arcs above it have these capacities.
    init(capacities: [Double], excess: Double) {
        var sums = [0.0]
        for capacity in capacities.filter({ $0 > excess }).sorted(by: >) { sums.append(sums.last! + capacity) }
        prefixSums = sums
        self.excess = excess
    }

    /// The segment of `z`: the largest `i` with `M_i − λ < z` (0 when there is none), found by
    /// bisection, since `M_i` rises with `i`.
    private func segment(of z: Double) -> Int {
        var low = 0, high = prefixSums.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if prefixSums[middle] - excess < z { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// `f(z)` for `z ≥ 0`.
    func callAsFunction(_ z: Double) -> Double {
        let i = segment(of: z)
        return z < prefixSums[i] ? z - prefixSums[i] + Double(i) * excess : Double(i) * excess
    }

    /// The coefficients `(α, β)` of the term `α·x − β·y` that lifts an inflow arc of capacity
    /// `capacity` (flow `x`, switch `y`) into the cut: the line of slope 1 through `(u, f(u))`
    /// when `u` lies on a rising part of `f` or at its top (`f` rises no faster, so the line stays
    /// below it on `[0, u]`), and `(0, 0)` past it on a flat part.
    func inflowTerm(capacity: Double) -> (flow: Double, switch: Double) {
        let i = segment(of: capacity)
        guard i > 0, capacity <= prefixSums[i] else { return (0, 0) }
        return (1, prefixSums[i] - Double(i) * excess)
    }
}
