/// Searches group layouts (how many groups of each degree) for the ones where greedy packing by
/// time gives the shortest step: FlexSP's per-pattern view of the problem.
///
/// Layouts use every GPU and have at most as many groups as there are sequences (more would stay
/// idle; fewer GPUs than all only when the largest degree cannot cover them otherwise). Every
/// such layout is tried when there are at most ``maximumLayouts`` of them; otherwise the layouts
/// mixing the most distinct degrees that stay within that number. The search stops at its
/// deadline with the best layouts seen so far.
public struct SequenceParallelLayoutSearch: Sendable {
    /// The most layouts evaluated.
    public var maximumLayouts: Int

    /// A search over at most `maximumLayouts` layouts.
    public init(maximumLayouts: Int = 2000) {
        self.maximumLayouts = maximumLayouts
    }

    /// Up to `count` layouts, best first, found before `deadline`, with their groups (sequences
    /// as indices into the problem's) and step time in seconds; empty when no layout holds the
    /// sequences in memory.
    public func bestPlans(for problem: SequenceParallelProblem, count: Int, deadline: ContinuousClock.Instant? = nil)
        -> [(layout: [Int: Int], groups: [(degree: Int, sequences: [Int])], stepTime: Double)] {
        var best: [(layout: [Int: Int], stepTime: Double)] = []
        for (evaluated, layout) in layouts(of: problem).enumerated() {
            if evaluated % 16 == 15, let deadline, ContinuousClock.now >= deadline { break }
            guard let stepTime = problem.packedStepSeconds(layout: layout),
                  best.count < count || stepTime < best[best.count - 1].stepTime else { continue }
            best.append((layout, stepTime))
            best.sort { $0.stepTime < $1.stepTime }
            if best.count > count { best.removeLast() }
        }
        return best.compactMap { layout, stepTime in problem.packed(layout: layout, balancing: .time).map { (layout, $0, stepTime) } }
    }

    /// The layouts searched, as described above.
    public func layouts(of problem: SequenceParallelProblem) -> [[Int: Int]] {
        let degrees = problem.degrees
        let groupLimit = max(problem.sequences.count, problem.gpus / (degrees.last ?? 1))
        var mixing = degrees.count
        while mixing > 1, layoutCount(gpus: problem.gpus, degrees: degrees[...], mixing: mixing, groups: groupLimit) > maximumLayouts {
            mixing -= 1
        }
        var result: [[Int: Int]] = []
        func extend(_ layout: [Int: Int], remaining: Int, groups: Int, degrees: ArraySlice<Int>, mixing: Int) {
            guard result.count < maximumLayouts else { return }
            if remaining == 0 { result.append(layout); return }
            // The largest degree left, in every group left, must still cover the GPUs.
            guard let degree = degrees.last, remaining <= groups * degree else { return }
            let rest = degrees.dropLast()
            extend(layout, remaining: remaining, groups: groups, degrees: rest, mixing: mixing)
            guard mixing > 0, degree <= remaining, groups > 0 else { return }
            for count in 1...min(remaining / degree, groups) {
                var next = layout
                next[degree] = count
                extend(next, remaining: remaining - count * degree, groups: groups - count, degrees: rest, mixing: mixing - 1)
            }
        }
        extend([:], remaining: problem.gpus, groups: groupLimit, degrees: degrees[...], mixing: mixing)
        return result
    }

    /// How many layouts use exactly `gpus` GPUs in at most `groups` groups with at most `mixing`
    /// distinct degrees (saturating far above any limit).
    private func layoutCount(gpus: Int, degrees: ArraySlice<Int>, mixing: Int, groups: Int) -> Int {
        struct State: Hashable { var remaining, end, mixing, groups: Int }
        var memo: [State: Int] = [:]
        func count(_ state: State) -> Int {
            if state.remaining == 0 { return 1 }
            guard state.end > degrees.startIndex, state.mixing > 0,
                  state.remaining <= state.groups * degrees[state.end - 1] else { return 0 }
            if let known = memo[state] { return known }
            let degree = degrees[state.end - 1]
            var total = count(State(remaining: state.remaining, end: state.end - 1, mixing: state.mixing, groups: state.groups))
            if degree <= state.remaining {
                for used in 1...min(state.remaining / degree, state.groups) where total <= maximumLayouts {
                    total += count(State(remaining: state.remaining - used * degree, end: state.end - 1, mixing: state.mixing - 1,
                                         groups: state.groups - used))
                }
            }
            memo[state] = min(total, maximumLayouts + 1)
            return memo[state]!
        }
        return count(State(remaining: gpus, end: degrees.endIndex, mixing: mixing, groups: groups))
    }
}
