import MILP

/// Replicas of some experts packed onto some GPUs, exactly `slotsPerGPU` per GPU, with the local
/// search that improves it: swaps of two replicas between GPUs, and replica moves (one slot
/// taken from an expert with several replicas and given to another expert).
///
/// Loads are vectors, one entry per window of the history; a packing's score combines each
/// window's busiest GPU load by the problem's ``ExpertReplicationProblem/HistoryObjective``. Ties
/// in the score are broken by the sum of squared GPU loads, so that moves which even out the
/// other GPUs count as progress.
struct ReplicaPacking {
    /// `loads[e][t]`: expert `e`'s load in window `t`.
    let loads: [[Double]]
    /// Slots per GPU.
    let slotsPerGPU: Int
    /// How windows combine.
    let objective: ExpertReplicationProblem.HistoryObjective
    /// Replicas per expert.
    private(set) var counts: [Int]
    /// `hosted[g]`: the experts in GPU `g`'s slots.
    private(set) var hosted: [[Int]]
    /// `gpuLoads[g][t]`.
    private(set) var gpuLoads: [[Double]]

    /// A packing of `hosted` (every GPU with `slotsPerGPU` experts).
    init(loads: [[Double]], hosted: [[Int]], objective: ExpertReplicationProblem.HistoryObjective) {
        self.loads = loads
        self.objective = objective
        self.hosted = hosted
        slotsPerGPU = hosted.first?.count ?? 0
        var counts = Array(repeating: 0, count: loads.count)
        for experts in hosted { for expert in experts { counts[expert] += 1 } }
        self.counts = counts
        gpuLoads = []
        gpuLoads = hosted.map(load(of:))
    }

    var windows: Int { loads.first?.count ?? 0 }
    var gpus: Int { hosted.count }

    /// The load of a GPU hosting `experts` with the current counts.
    func load(of experts: [Int]) -> [Double] {
        var total = Array(repeating: 0.0, count: windows)
        for expert in experts {
            for window in 0..<windows { total[window] += loads[expert][window] / Double(counts[expert]) }
        }
        return total
    }

    /// Each window's busiest GPU load.
    var windowMaxima: [Double] {
        (0..<windows).map { window in gpuLoads.reduce(0) { max($0, $1[window]) } }
    }

    /// The score: the windows' busiest GPU loads, combined.
    var score: Double { combine(windowMaxima) }

    private func combine(_ maxima: [Double]) -> Double {
        switch objective {
        case .worst: maxima.max() ?? 0
        case .mean: maxima.reduce(0, +) / Double(max(maxima.count, 1))
        }
    }

    private var sumOfSquares: Double { gpuLoads.reduce(0) { $0 + $1.reduce(0) { $0 + $1 * $1 } } }

    // MARK: Local search

    /// Improves the packing by steepest descent over swaps and replica moves, with sideways
    /// moves between GPU pairs when stuck, until nothing improves, the score reaches `target`, or
    /// `deadline` passes.
    mutating func improve(target: Double, until deadline: ContinuousClock.Instant) {
        var sideways = SeededGenerator(seed: UInt64(truncatingIfNeeded: loads.count &* 7919 &+ gpus))
        var stalls = 0
        while score > target, ContinuousClock.now < deadline {
            if applyBestSwap() || applyBestReplicaMove() { stalls = 0; continue }
            stalls += 1
            if stalls > 3 || !shuffleSideways(using: &sideways, until: deadline) { return }
        }
    }

    /// The GPUs that are busiest in some window.
    private var busiest: [Int] {
        var result: [Int] = []
        for window in 0..<windows {
            guard let gpu = gpuLoads.indices.max(by: { gpuLoads[$0][window] < gpuLoads[$1][window] }) else { continue }
            if !result.contains(gpu) { result.append(gpu) }
        }
        return result
    }

    /// Per window, the three busiest GPUs and their loads, for the busiest load without two GPUs.
    private var leaders: [[(gpu: Int, load: Double)]] {
        (0..<windows).map { window in
            var top: [(gpu: Int, load: Double)] = []
            for (gpu, load) in gpuLoads.enumerated() {
                let value = load[window]
                if top.count < 3 || value > top[top.count - 1].load {
                    top.append((gpu, value))
                    top.sort { $0.load > $1.load }
                    if top.count > 3 { top.removeLast() }
                }
            }
            return top
        }
    }

    /// The score and sum of squares if GPUs `a` and `b` had loads `newA` and `newB`.
    private func evaluate(_ a: Int, _ newA: [Double], _ b: Int, _ newB: [Double], leaders: [[(gpu: Int, load: Double)]]) -> (Double, Double) {
        var maxima = Array(repeating: 0.0, count: windows)
        var squares = 0.0
        for window in 0..<windows {
            let others = leaders[window].first { $0.gpu != a && $0.gpu != b }?.load ?? 0
            maxima[window] = max(others, newA[window], newB[window])
            let oldA = gpuLoads[a][window], oldB = gpuLoads[b][window]
            squares += newA[window] * newA[window] + newB[window] * newB[window] - oldA * oldA - oldB * oldB
        }
        return (combine(maxima), squares)
    }

    private static func isBetter(_ candidate: (Double, Double), than current: (Double, Double)) -> Bool {
        let tolerance = 1e-12 * max(1, abs(current.0))
        if candidate.0 < current.0 - tolerance { return true }
        return candidate.0 <= current.0 + tolerance && candidate.1 < current.1 - 1e-12 * max(1, abs(current.1))
    }

    /// The best swap of a replica on GPU `a` with one on GPU `b` that beats `current`, if any.
    private func bestSwap(_ a: Int, _ b: Int, beating current: (Double, Double),
                          leaders: [[(gpu: Int, load: Double)]]) -> (score: (Double, Double), i: Int, j: Int)? {
        var best: (score: (Double, Double), i: Int, j: Int)?
        for (i, x) in hosted[a].enumerated() {
            for (j, y) in hosted[b].enumerated() where x != y {
                var newA = gpuLoads[a], newB = gpuLoads[b]
                for window in 0..<windows {
                    let delta = loads[x][window] / Double(counts[x]) - loads[y][window] / Double(counts[y])
                    newA[window] -= delta
                    newB[window] += delta
                }
                let candidate = evaluate(a, newA, b, newB, leaders: leaders)
                if Self.isBetter(candidate, than: best?.score ?? current) { best = (candidate, i, j) }
            }
        }
        return best
    }

    /// Swaps slot `i` of GPU `a` with slot `j` of GPU `b`.
    private mutating func swap(_ a: Int, _ i: Int, _ b: Int, _ j: Int) {
        let x = hosted[a][i]
        hosted[a][i] = hosted[b][j]
        hosted[b][j] = x
        gpuLoads[a] = load(of: hosted[a])
        gpuLoads[b] = load(of: hosted[b])
    }

    /// Applies the best swap of a replica on a busiest GPU with one on another GPU; whether one helped.
    private mutating func applyBestSwap() -> Bool {
        let leaders = self.leaders
        var best: (score: (Double, Double), a: Int, i: Int, b: Int, j: Int)?
        for a in busiest {
            for b in 0..<gpus where b != a {
                if let swap = bestSwap(a, b, beating: best?.score ?? (score, 0), leaders: leaders) {
                    best = (swap.score, a, swap.i, b, swap.j)
                }
            }
        }
        guard let best else { return false }
        swap(best.a, best.i, best.b, best.j)
        return true
    }

    /// Applies the best replica move: a slot of an expert with several replicas handed to an
    /// expert on a busiest GPU; whether one helped.
    private mutating func applyBestReplicaMove() -> Bool {
        let current = (score, sumOfSquares)
        var best: (score: (Double, Double), gpu: Int, slot: Int, receiver: Int)?
        let receivers = Set(busiest.flatMap { hosted[$0] })
        for gpu in 0..<gpus {
            for (slot, donor) in hosted[gpu].enumerated() where counts[donor] > 1 {
                // One slot per donor and GPU is enough: they are interchangeable.
                if hosted[gpu][..<slot].contains(donor) { continue }
                for receiver in receivers where receiver != donor {
                    var trial = self
                    trial.move(gpu: gpu, slot: slot, to: receiver)
                    let candidate = (trial.score, trial.sumOfSquares)
                    if Self.isBetter(candidate, than: best?.score ?? current) { best = (candidate, gpu, slot, receiver) }
                }
            }
        }
        guard let best else { return false }
        move(gpu: best.gpu, slot: best.slot, to: best.receiver)
        return true
    }

    /// Gives the slot `slot` of `gpu` to `expert`, updating the loads of every GPU concerned.
    mutating func move(gpu: Int, slot: Int, to expert: Int) {
        let donor = hosted[gpu][slot]
        counts[donor] -= 1
        counts[expert] += 1
        hosted[gpu][slot] = expert
        for other in 0..<gpus where other == gpu || hosted[other].contains(donor) || hosted[other].contains(expert) {
            gpuLoads[other] = load(of: hosted[other])
        }
    }

    /// Evens out random pairs of GPUs by swaps that do not raise the score (sideways moves that
    /// let the descent continue elsewhere); whether any swap was made.
    private mutating func shuffleSideways(using random: inout SeededGenerator, until deadline: ContinuousClock.Instant) -> Bool {
        var changed = false
        for _ in 0..<(4 * gpus) where ContinuousClock.now < deadline {
            let a = random.integer(in: 0...(gpus - 1)), b = random.integer(in: 0...(gpus - 1))
            guard a != b else { continue }
            guard let best = bestSwap(a, b, beating: (score, 0), leaders: leaders) else { continue }
            swap(a, best.i, b, best.j)
            changed = true
        }
        return changed
    }
}
