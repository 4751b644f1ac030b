/// Exact search over every replica-count vector of a small layer (few experts, few slots):
/// where the number of count vectors is small, trying them all both finds better placements and
/// proves a lower bound for any placement.
///
/// For given counts, every replica's load is known; sorted in decreasing order `a₁ ≥ a₂ ≥ …`,
/// with `M` GPUs of `S` slots, some GPU must carry:
/// - with `S = 2`, `max_i (a_i + a_{R+1−i})`: pairing the largest with the smallest is the best
///   pairing there is, so for one window this bound is the optimum for these counts and the
///   pairing attains it;
/// - with any `S`, for `k = 1 … S − 1`, `k + 1` of the `kM + 1` largest replicas (pigeonhole),
///   plus `S − k − 1` replicas at least as light as the lightest;
/// - the mean, and the heaviest replica with `S − 1` of the lightest.
/// The least bound over all count vectors bounds every placement of the layer.
enum ReplicaCountEnumeration {
    /// The number of count vectors (each expert at least one replica, `slots` in all), or
    /// `Int.max` beyond `limit`.
    static func countVectors(experts: Int, slots: Int, limit: Int) -> Int {
        // C(slots − 1, experts − 1), computed incrementally and stopped past the limit.
        let n = slots - 1, k = min(experts - 1, slots - experts)
        guard k >= 0 else { return 0 }
        var result = 1
        for i in 0..<k {
            result = result * (n - i) / (i + 1)
            if result > limit { return .max }
        }
        return result
    }

    /// Tries every count vector: returns the best packing found (starting from `incumbent`)
    /// and the least bound over all vectors, or `nil` for the bound if `deadline` came first.
    static func search(_ incumbent: ReplicaPacking, slots: Int, until deadline: ContinuousClock.Instant) -> (best: ReplicaPacking, bound: Double?) {
        let loads = incumbent.loads, experts = loads.count, gpus = incumbent.gpus, perGPU = incumbent.slotsPerGPU
        var best = incumbent
        var bound = Double.infinity
        var counts = Array(repeating: 1, count: experts)
        var complete = true
        var visited = 0
        func visit() {
            visited += 1
            if visited % 256 == 0 && ContinuousClock.now >= deadline { complete = false }
            guard complete else { return }
            let perWindow = (0..<incumbent.windows).map { window -> (bound: Double, replicas: [(load: Double, expert: Int)]) in
                var replicas: [(load: Double, expert: Int)] = []
                for expert in 0..<experts {
                    for _ in 0..<counts[expert] { replicas.append((loads[expert][window] / Double(counts[expert]), expert)) }
                }
                replicas.sort { $0.load > $1.load }
                return (Self.bound(replicas.map(\.load), gpus: gpus, perGPU: perGPU), replicas)
            }
            let countsBound = combine(perWindow.map(\.bound), incumbent.objective)
            bound = min(bound, countsBound)
            guard countsBound < best.score * (1 - 1e-12) else { return }
            // A packing for these counts: the best pairing with two slots, else the greedy one.
            let sorted = perWindow[0].replicas
            var hosted: [[Int]]
            if perGPU == 2 {
                hosted = (0..<gpus).map { [sorted[$0].expert, sorted[sorted.count - 1 - $0].expert] }
            } else {
                let packs = EPLB.pack(sorted.map(\.load), packs: gpus)
                hosted = Array(repeating: [], count: gpus)
                for (item, pack) in packs.enumerated() { hosted[pack].append(sorted[item].expert) }
            }
            let candidate = ReplicaPacking(loads: loads, hosted: hosted, objective: incumbent.objective)
            if candidate.score < best.score { best = candidate }
        }
        func extend(_ expert: Int, remaining: Int) {
            guard complete else { return }
            if expert == experts - 1 {
                counts[expert] = 1 + remaining
                visit()
                return
            }
            for extra in 0...remaining {
                counts[expert] = 1 + extra
                extend(expert + 1, remaining: remaining - extra)
            }
        }
        extend(0, remaining: slots - experts)
        return (best, complete ? bound : nil)
    }

    /// The least possible busiest GPU load for replica loads `sorted` (decreasing) on `gpus`
    /// GPUs with `perGPU` slots each, by the arguments above.
    static func bound(_ sorted: [Double], gpus: Int, perGPU: Int) -> Double {
        let count = sorted.count
        guard count > 0 else { return 0 }
        var bound = sorted.reduce(0, +) / Double(gpus)
        let lightest = { (n: Int) in n > 0 ? sorted[(count - n)...].reduce(0, +) : 0 }
        bound = max(bound, sorted[0] + lightest(perGPU - 1))
        if perGPU == 2 {
            for i in 0..<(count / 2) { bound = max(bound, sorted[i] + sorted[count - 1 - i]) }
        }
        for k in 1..<max(perGPU, 1) where k * gpus < count {
            let top = sorted[(k * gpus - k)...(k * gpus)].reduce(0, +)
            bound = max(bound, top + lightest(perGPU - k - 1))
        }
        return bound
    }

    private static func combine(_ values: [Double], _ objective: ExpertReplicationProblem.HistoryObjective) -> Double {
        switch objective {
        case .worst: values.max() ?? 0
        case .mean: values.reduce(0, +) / Double(max(values.count, 1))
        }
    }
}
