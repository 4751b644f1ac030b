extension SequenceParallelProblem {
    /// `groups` (sequences as indices into this problem's) improved by local search, as
    /// scheduling does for makespans: a sequence of the slowest group moves to another group, or
    /// swaps with one of another group, whenever that leaves both groups below the slowest
    /// group's time and within memory; repeated until no move helps or `deadline` passes. Every
    /// accepted move makes the sorted group times smaller, so the search ends.
    public func polished(_ groups: [(degree: Int, sequences: [Int])], deadline: ContinuousClock.Instant? = nil)
        -> [(degree: Int, sequences: [Int])] {
        var members = groups.map(\.sequences)
        let positions = groups.map { group in degrees.firstIndex(of: group.degree)! }
        func seconds(_ sequence: Int, _ group: Int) -> Double { secondsTable[positions[group]][sequence] }
        var loads = members.indices.map { group in members[group].reduce(0.0) { $0 + seconds($1, group) } }
        var tokens = members.map { $0.reduce(0) { $0 + sequences[$1] } }
        func fits(_ added: Int, _ removed: Int, in group: Int) -> Bool {
            tokens[group] + added - removed <= capacities[positions[group]]
        }
        // Improving moves are rare once the plan is good; a cap keeps pathological inputs bounded.
        for round in 0..<(4 * sequences.count + 16) {
            if round % 8 == 7, let deadline, ContinuousClock.now >= deadline { break }
            guard let slowest = loads.indices.max(by: { loads[$0] < loads[$1] }) else { break }
            let limit = loads[slowest] * (1 - 1e-12)
            let others = loads.indices.filter { $0 != slowest }.sorted { loads[$0] < loads[$1] }
            var move: (from: Int, to: Int, sequence: Int, swapped: Int?)?
            search: for (place, sequence) in members[slowest].enumerated().sorted(by: { seconds($0.element, slowest) > seconds($1.element, slowest) }) {
                for group in others where fits(sequences[sequence], 0, in: group) && loads[group] + seconds(sequence, group) < limit {
                    move = (place, group, sequence, nil)
                    break search
                }
                for group in others {
                    for (otherPlace, other) in members[group].enumerated()
                    where seconds(other, slowest) < seconds(sequence, slowest)
                        && loads[group] - seconds(other, group) + seconds(sequence, group) < limit
                        && fits(sequences[sequence], sequences[other], in: group)
                        && fits(sequences[other], sequences[sequence], in: slowest) {
                        move = (place, group, sequence, otherPlace)
                        break search
                    }
                }
            }
            guard let move else { break }
            members[slowest].remove(at: move.from)
            loads[slowest] -= seconds(move.sequence, slowest)
            tokens[slowest] -= sequences[move.sequence]
            if let otherPlace = move.swapped {
                let other = members[move.to].remove(at: otherPlace)
                loads[move.to] -= seconds(other, move.to)
                tokens[move.to] -= sequences[other]
                members[slowest].append(other)
                loads[slowest] += seconds(other, slowest)
                tokens[slowest] += sequences[other]
            }
            members[move.to].append(move.sequence)
            loads[move.to] += seconds(move.sequence, move.to)
            tokens[move.to] += sequences[move.sequence]
        }
        return zip(groups, members).map { ($0.degree, $1) }
    }
}
