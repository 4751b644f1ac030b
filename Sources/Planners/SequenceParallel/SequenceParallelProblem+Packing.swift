extension SequenceParallelProblem {
    /// What greedy packing balances when it deals out sequences.
    public enum Balancing: Sendable {
        /// Tokens: each sequence goes to the group holding the fewest, as token-budget batching does.
        case tokens
        /// Modeled time: each sequence goes to the group where it would finish soonest.
        case time
    }

    /// The groups of `layout` (degree → number of groups) with the sequences dealt longest first
    /// by `balancing`, each to a group that still has memory for it; `nil` when some sequence fits
    /// no group. A layout with more groups of a degree than there are sequences gets only as many
    /// as there are sequences: the others would stay idle.
    public func packed(layout: [Int: Int], balancing: Balancing) -> [(degree: Int, sequences: [Int])]? {
        let positions = groupPositions(layout)
        var members = Array(repeating: [Int](), count: positions.count)
        guard deal(onto: positions, balancing: balancing, placing: { members[$0].append($1) }) != nil else { return nil }
        return zip(positions, members).map { (degrees[$0], $1) }
    }

    /// The step time in seconds of ``packed(layout:balancing:)`` by time, without building the
    /// groups: what the layout search compares layouts by.
    func packedStepSeconds(layout: [Int: Int]) -> Double? {
        deal(onto: groupPositions(layout), balancing: .time, placing: { _, _ in })?.max() ?? nil
    }

    /// One group per unit of `layout`, as positions in ``degrees``, largest degree first, at
    /// most as many of a degree as there are sequences.
    private func groupPositions(_ layout: [Int: Int]) -> [Int] {
        layout.keys.sorted(by: >).flatMap { degree -> [Int] in
            guard let position = degrees.firstIndex(of: degree) else { return [] }
            return Array(repeating: position, count: min(layout[degree] ?? 0, sequences.count))
        }
    }

    /// Deals the sequences longest first onto groups of the degrees at `positions`, telling
    /// `placing(group, sequence)` each choice; the groups' seconds, or `nil` when some sequence
    /// fits no group.
    private func deal(onto positions: [Int], balancing: Balancing, placing: (Int, Int) -> Void) -> [Double]? {
        var tokens = Array(repeating: 0, count: positions.count)
        var loads = Array(repeating: 0.0, count: positions.count)
        for sequence in longestFirst {
            let length = sequences[sequence]
            var target = -1, best = Double.infinity
            for (group, position) in positions.enumerated() where tokens[group] + length <= capacities[position] {
                let cost = balancing == .tokens ? Double(tokens[group]) : loads[group] + secondsTable[position][sequence]
                if cost < best { best = cost; target = group }
            }
            guard target >= 0 else { return nil }
            placing(target, sequence)
            tokens[target] += length
            loads[target] += secondsTable[positions[target]][sequence]
        }
        return loads
    }

    /// The slowest group's seconds.
    func stepSeconds(of groups: [(degree: Int, sequences: [Int])]) -> Double {
        groups.map { group in group.sequences.reduce(0.0) { $0 + seconds(ofSequence: $1, degree: group.degree) } }.max() ?? 0
    }

    /// The fewest micro-batches the GPUs' memory allows: the batch's tokens over what all GPUs
    /// together hold.
    public var minimumMicroBatchCount: Int {
        let capacity = max(costModel.tokenCapacity(degree: gpus, memoryPerGPU: memoryPerGPU), 1)
        return max(1, (tokens + capacity - 1) / capacity)
    }

    /// How the micro-batch loop splits a batch.
    public enum MicroBatchSplit: Sendable, CaseIterable {
        /// Longest first, each sequence to the micro-batch holding the fewest tokens (ties to the
        /// first): FlexSP's memory-balanced split.
        case balancedTokens
        /// Sorted by length: longest first, one micro-batch after the other up to an equal share
        /// of the tokens, so that sequences of similar length share a micro-batch.
        case byLength
        /// Long sequences together: each micro-batch in turn takes the longest sequences left
        /// until its GPU-time covers its longest sequence's time (so the long ones run side by
        /// side instead of each holding up a micro-batch of its own), then the shortest ones left
        /// as far as the later micro-batches could not hold the rest in nine tenths of their memory.
        case longTogether
    }

    /// The sequences split into `count` micro-batches by `split`.
    public func microBatchMembers(count: Int, split: MicroBatchSplit = .balancedTokens) -> [[Int]] {
        var members = Array(repeating: [Int](), count: max(count, 1))
        switch split {
        case .balancedTokens:
            var tokens = Array(repeating: 0, count: members.count)
            for sequence in longestFirst {
                let target = tokens.indices.min { (tokens[$0], $0) < (tokens[$1], $1) } ?? 0
                members[target].append(sequence)
                tokens[target] += sequences[sequence]
            }
        case .byLength:
            let share = Double(tokens) / Double(members.count)
            var batch = 0, held = 0
            for sequence in longestFirst {
                if batch < members.count - 1, !members[batch].isEmpty, Double(held + sequences[sequence]) > share { (batch, held) = (batch + 1, 0) }
                members[batch].append(sequence)
                held += sequences[sequence]
            }
        case .longTogether:
            let capacity = 0.9 * Double(costModel.tokenCapacity(degree: gpus, memoryPerGPU: memoryPerGPU))
            var left = longestFirst[...], leftTokens = Double(self.tokens)
            for batch in members.indices {
                let last = batch == members.count - 1
                // The tokens this micro-batch must take for the later ones to hold the rest.
                let mustHold = leftTokens - Double(members.count - batch - 1) * capacity
                var tokens = 0.0, longest = 0.0, gpuSeconds = 0.0
                func take(_ sequence: Int) {
                    members[batch].append(sequence)
                    let least = leastTime(sequence)
                    (tokens, longest, gpuSeconds) = (tokens + Double(sequences[sequence]), max(longest, least.seconds), gpuSeconds + least.gpuSeconds)
                }
                while let next = left.first, last || members[batch].isEmpty
                        || (gpuSeconds / Double(gpus) < longest && tokens + Double(sequences[next]) <= capacity) {
                    take(left.removeFirst())
                }
                while tokens < mustHold, let shortest = left.last, tokens + Double(sequences[shortest]) <= capacity {
                    take(left.removeLast())
                }
                leftTokens -= tokens
            }
        }
        return members
    }

    /// A sequence's fastest time alone (on its fastest group that holds it) and its least
    /// GPU-time (degree × time, on the group where that is least).
    func leastTime(_ sequence: Int) -> (seconds: Double, gpuSeconds: Double) {
        var seconds = Double.infinity, gpuSeconds = Double.infinity
        for position in degrees.indices where capacities[position] >= sequences[sequence] {
            seconds = min(seconds, secondsTable[position][sequence])
            gpuSeconds = min(gpuSeconds, Double(degrees[position]) * secondsTable[position][sequence])
        }
        return (seconds, gpuSeconds)
    }

    /// FlexSP's micro-batch loop: from ``minimumMicroBatchCount`` up, split the batch by each of
    /// `splits` and plan each micro-batch with `planOne` (which sees the micro-batch as a problem
    /// of its own, ``restricted(to:)``), until some split gets a plan for every micro-batch; of
    /// those, the one whose plans' `seconds` add up to the least wins. Returns the members of each
    /// micro-batch (indices into ``sequences``) and their plans, or `nil` when not even one
    /// sequence per micro-batch can be planned, or `givingUp()` says to stop.
    func microBatched<Plan>(
        splits: [MicroBatchSplit] = [.balancedTokens],
        givingUp: () -> Bool = { false },
        seconds: (SequenceParallelProblem, Plan) -> Double = { _, _ in 0 },
        _ planOne: (SequenceParallelProblem) -> Plan?
    ) -> (members: [[Int]], plans: [Plan])? {
        var count = minimumMicroBatchCount
        while count <= sequences.count, !givingUp() {
            var best: (members: [[Int]], plans: [Plan], seconds: Double)?
            for split in splits {
                let members = microBatchMembers(count: count, split: split).filter { !$0.isEmpty }
                var plans: [Plan] = [], total = 0.0
                for part in members {
                    let problem = restricted(to: part)
                    guard let plan = planOne(problem) else { break }
                    plans.append(plan)
                    total += seconds(problem, plan)
                }
                if plans.count == members.count, total < best?.seconds ?? .infinity { best = (members, plans, total) }
            }
            if let best { return (best.members, best.plans) }
            count += 1
        }
        return nil
    }

    /// The plan whose micro-batches have `members` and, in each, the groups of `groups` (whose
    /// sequences are positions in that micro-batch's members).
    func plan(members: [[Int]], groups: [[(degree: Int, sequences: [Int])]]) -> SequenceParallelPlan {
        SequenceParallelPlan(problem: self, microBatches: zip(members, groups).map { part, groups in
            groups.map { ($0.degree, $0.sequences.map { part[$0] }) }
        })
    }
}
