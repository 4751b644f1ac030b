/// Searches group layouts (how many groups of each degree) for the ones where greedy packing by
/// time gives the shortest step: FlexSP's per-pattern view, used to find good starting layouts
/// for the assignment model.
///
/// Every layout that uses all GPUs is tried when there are at most ``maximumLayouts`` of them;
/// otherwise the layouts mixing the most distinct degrees that stay within that number.
public struct SequenceParallelLayoutSearch: Sendable {
    /// The most layouts evaluated.
    public var maximumLayouts: Int

    /// A search over at most `maximumLayouts` layouts.
    public init(maximumLayouts: Int = 5000) {
        self.maximumLayouts = maximumLayouts
    }

    /// Up to `count` distinct layouts, best first, with the step time greedy packing reaches on each.
    public func bestLayouts(for problem: SequenceParallelProblem, count: Int) -> [(layout: [Int: Int], stepTime: Double)] {
        let order = problem.longestFirst
        let lengths = order.map { problem.sequences[$0] }
        // Tables by position in `problem.degrees`, so the inner loop does no hashing.
        let times = problem.degrees.map { degree in order.map { problem.time(ofSequence: $0, degree: degree) } }
        let capacities = problem.degrees.map { problem.tokenCapacity(degree: $0) }
        var best: [(layout: [Int: Int], stepTime: Double)] = []
        for layout in layouts(of: problem) {
            let groups = problem.degrees.indices.reversed().flatMap { Array(repeating: $0, count: layout[problem.degrees[$0]] ?? 0) }
            var loads = Array(repeating: 0.0, count: groups.count)
            var tokens = Array(repeating: 0, count: groups.count)
            var feasible = true
            for position in order.indices {
                var target = -1, finish = Double.infinity
                for group in groups.indices where tokens[group] + lengths[position] <= capacities[groups[group]] {
                    let candidate = loads[group] + times[groups[group]][position]
                    if candidate < finish { finish = candidate; target = group }
                }
                guard target >= 0 else { feasible = false; break }
                loads[target] = finish
                tokens[target] += lengths[position]
            }
            guard feasible, let stepTime = loads.max() else { continue }
            if best.count < count || stepTime < best[best.count - 1].stepTime {
                best.append((layout, stepTime))
                best.sort { $0.stepTime < $1.stepTime }
                if best.count > count { best.removeLast() }
            }
        }
        return best
    }

    /// The layouts that use every GPU, limited as described above.
    func layouts(of problem: SequenceParallelProblem) -> [[Int: Int]] {
        let degrees = problem.degrees
        var mixing = degrees.count
        while mixing > 1, layoutCount(gpus: problem.gpus, degrees: degrees[...], mixing: mixing) > maximumLayouts { mixing -= 1 }
        var result: [[Int: Int]] = []
        func extend(_ layout: [Int: Int], remaining: Int, degrees: ArraySlice<Int>, mixing: Int) {
            guard result.count < maximumLayouts else { return }
            if remaining == 0 { result.append(layout); return }
            guard let degree = degrees.last else { return }
            let rest = degrees.dropLast()
            extend(layout, remaining: remaining, degrees: rest, mixing: mixing)
            guard mixing > 0, degree <= remaining else { return }
            for count in 1...(remaining / degree) {
                var next = layout
                next[degree] = count
                extend(next, remaining: remaining - count * degree, degrees: rest, mixing: mixing - 1)
            }
        }
        extend([:], remaining: problem.gpus, degrees: degrees[...], mixing: mixing)
        return result
    }

    /// How many layouts use exactly `gpus` GPUs with at most `mixing` distinct degrees.
    private func layoutCount(gpus: Int, degrees: ArraySlice<Int>, mixing: Int) -> Int {
        var memo: [[Int]: Int] = [:]
        func count(_ remaining: Int, _ end: Int, _ mixing: Int) -> Int {
            if remaining == 0 { return 1 }
            guard end > degrees.startIndex, mixing > 0 else { return 0 }
            if let known = memo[[remaining, end, mixing]] { return known }
            let degree = degrees[end - 1]
            var total = count(remaining, end - 1, mixing)
            if degree <= remaining {
                for used in 1...(remaining / degree) { total += count(remaining - used * degree, end - 1, mixing - 1) }
            }
            memo[[remaining, end, mixing]] = min(total, Int.max / 4)
            return memo[[remaining, end, mixing]]!
        }
        return count(gpus, degrees.endIndex, mixing)
    }
}
