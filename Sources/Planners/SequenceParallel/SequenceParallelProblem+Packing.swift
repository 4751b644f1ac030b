extension SequenceParallelProblem {
    /// What greedy packing balances when it deals out sequences.
    public enum Balancing: Sendable {
        /// Tokens: each sequence goes to the group holding the fewest, as token-budget batching does.
        case tokens
        /// Modeled time: each sequence goes to the group where it would finish soonest.
        case time
    }

    /// The groups of `layout` (degree → number of groups) with sequences dealt longest first by
    /// `balancing`, each to a group that still has memory for it; `nil` when some sequence fits
    /// no group.
    public func packedPlan(layout: [Int: Int], balancing: Balancing) -> SequenceParallelPlan? {
        let degrees = layout.keys.sorted(by: >).flatMap { Array(repeating: $0, count: layout[$0] ?? 0) }
        guard let members = pack(onto: degrees, balancing: balancing) else { return nil }
        return SequenceParallelPlan(problem: self, groups: zip(degrees, members).map { ($0, $1) })
    }

    /// The sequences of each group in `degrees` after greedy packing; `nil` when some sequence
    /// fits no group.
    func pack(onto degrees: [Int], balancing: Balancing) -> [[Int]]? {
        var members = Array(repeating: [Int](), count: degrees.count)
        var tokens = Array(repeating: 0, count: degrees.count)
        var loads = Array(repeating: 0.0, count: degrees.count)
        let capacities = degrees.map { tokenCapacity(degree: $0) }
        for sequence in longestFirst {
            let length = sequences[sequence]
            func cost(_ group: Int) -> Double {
                switch balancing {
                case .tokens: Double(tokens[group])
                case .time: loads[group] + time(ofSequence: sequence, degree: degrees[group])
                }
            }
            let fitting = degrees.indices.filter { tokens[$0] + length <= capacities[$0] }
            guard let target = fitting.min(by: { cost($0) < cost($1) }) else { return nil }
            members[target].append(sequence)
            tokens[target] += length
            loads[target] += time(ofSequence: sequence, degree: degrees[target])
        }
        return members
    }

    /// The sequence indices, longest first, ties by index.
    var longestFirst: [Int] {
        sequences.indices.sorted { (sequences[$0], $1) > (sequences[$1], $0) }
    }
}
