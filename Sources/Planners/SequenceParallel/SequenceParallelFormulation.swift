import MILP

/// The FlexSP model of one batch as a MILP, with what it takes to read a plan back.
///
/// Group slots: for every allowed degree `d`, `gpus / d` candidate groups `k`, each open or not
/// (`open[d,k]`, binary), and the open ones use at most `gpus` GPUs. The longest sequences are
/// placed individually (`host[i,d,k]`, binary); the others are bucketed by length, and
/// `count[b,d]` (integer) says how many of bucket `b` run on groups of degree `d`, their time and
/// tokens spread over those groups as continuous `fill` and `fillTokens`. Every group's time
/// (hosted sequences plus fill) is at most the step time `T`, which is minimised, and its tokens
/// fit its memory. Short sequences are fine-grained, so spreading them continuously costs little
/// and keeps the model small; the decoder packs them longest first.
///
/// Groups of one degree are interchangeable: slot `k + 1` opens only after slot `k` and carries
/// no more time, so each layout has a single representation, and only the first slots of a degree
/// (as many as there are individual sequences) may host one. A step time `upperBound` (that of a
/// known plan, or a target below it) caps `T`, bounds the fill of a group, and removes placements
/// that alone would exceed it.
/// Given a `layout`, the model keeps exactly those groups, all open, and decides only the
/// assignment: FlexSP's solve-per-group-size-pattern.
public struct SequenceParallelFormulation: Sendable {
    /// The MILP.
    public let model: Model
    /// The sequences placed individually, longest first.
    public let individualSequences: [Int]
    /// The buckets of the other sequences, longest first.
    public let buckets: [SequenceLengthBucket]
    /// The step time `T`.
    public let stepTime: Variable

    private let problem: SequenceParallelProblem
    private let slots: [Slot]
    /// Per degree, the count variable of each bucket, or `nil` where the bucket may not go.
    private let counts: [Int: [Variable?]]

    /// One candidate group.
    private struct Slot: Sendable {
        var degree: Int
        var open: Variable
        /// Per individual sequence, its host variable here, or `nil` where it may not go.
        var hosts: [Variable?]
    }

    /// The model of `problem`: its `individualCount` longest sequences placed one by one, the rest
    /// in at most `maximumBuckets` length buckets, admitting only step times up to `upperBound`
    /// when given (the model is infeasible when nothing reaches it). `layout`,
    /// when given, fixes the groups: how many of each degree.
    public init(
        problem: SequenceParallelProblem,
        individualCount: Int = 16,
        maximumBuckets: Int = 12,
        upperBound: Double? = nil,
        layout: [Int: Int]? = nil
    ) {
        self.problem = problem
        let order = problem.sequences.indices.sorted { (problem.sequences[$0], $1) > (problem.sequences[$1], $0) }
        let individual = Array(order.prefix(individualCount))
        let rest = Array(order.dropFirst(individualCount))
        let buckets = SequenceLengthBucket.buckets(of: rest, in: problem, maximumCount: maximumBuckets)
        individualSequences = individual
        self.buckets = buckets

        let slowest = problem.sequences.indices.reduce(0.0) { total, sequence in
            total + (problem.degrees.map { problem.time(ofSequence: sequence, degree: $0) }.max() ?? 0)
        }
        let bound = min(upperBound ?? slowest, slowest) * (1 + 1e-9)
        func allowed(_ sequence: Int, _ degree: Int) -> Bool {
            problem.sequences[sequence] <= problem.tokenCapacity(degree: degree)
                && problem.time(ofSequence: sequence, degree: degree) <= bound
        }

        var model = Model(name: "sequence-parallel")
        let stepTime = model.addVariable("T", upperBound: upperBound == nil ? .infinity : bound)
        var slots: [Slot] = []
        var counts: [Int: [Variable?]] = [:]
        var area = LinearExpression()
        for degree in problem.degrees {
            let capacity = Double(problem.tokenCapacity(degree: degree))
            let hostable = individual.filter { allowed($0, degree) }.count
            let bucketCounts = buckets.indices.map { bucket -> Variable? in
                guard buckets[bucket].sequences.allSatisfy({ allowed($0, degree) }) else { return nil }
                return model.addVariable("count[\(bucket),\(degree)]", kind: .integer, upperBound: Double(buckets[bucket].sequences.count))
            }
            counts[degree] = bucketCounts
            var fills: [Variable] = [], fillTokens: [Variable] = []
            var previous: (open: Variable, time: LinearExpression)?
            let slotCount = layout.map { $0[degree] ?? 0 } ?? problem.gpus / degree
            for position in 0..<slotCount {
                let name = "\(degree),\(position)"
                let open = model.addVariable("open[\(name)]", kind: .binary)
                if layout != nil { model.setBounds(open, lower: 1, upper: 1) }
                let fill = model.addVariable("fill[\(name)]")
                let tokensFill = model.addVariable("fillTokens[\(name)]")
                let hosts = individual.map { sequence -> Variable? in
                    guard position < hostable, allowed(sequence, degree) else { return nil }
                    return model.addVariable("host[\(sequence),\(name)]", kind: .binary)
                }
                var time = LinearExpression(fill), tokens = LinearExpression(tokensFill)
                for (sequence, host) in zip(individual, hosts) {
                    guard let host else { continue }
                    time.add(problem.time(ofSequence: sequence, degree: degree), host)
                    tokens.add(Double(problem.sequences[sequence]), host)
                    model.addConstraint(host <= open)
                }
                model.addConstraint(fill <= bound * open, name: "fillOpen[\(name)]")
                model.addConstraint(tokens <= capacity * open, name: "memory[\(name)]")
                model.addConstraint(time <= stepTime, name: "time[\(name)]")
                if let previous {
                    model.addConstraint(open <= previous.open, name: "openOrder[\(name)]")
                    model.addConstraint(time <= previous.time, name: "timeOrder[\(name)]")
                }
                previous = (open, time)
                fills.append(fill)
                fillTokens.append(tokensFill)
                slots.append(Slot(degree: degree, open: open, hosts: hosts))
            }
            var work = LinearExpression(), tokens = LinearExpression()
            for (bucket, count) in bucketCounts.enumerated() {
                guard let count else { continue }
                let members = buckets[bucket].sequences
                let meanTime = members.reduce(0) { $0 + problem.time(ofSequence: $1, degree: degree) } / Double(members.count)
                let meanLength = Double(members.reduce(0) { $0 + problem.sequences[$1] }) / Double(members.count)
                work.add(meanTime, count)
                tokens.add(meanLength, count)
            }
            model.addConstraint(fills.sum() == work, name: "fill[\(degree)]")
            area += Double(degree) * work
            model.addConstraint(fillTokens.sum() == tokens, name: "fillTokens[\(degree)]")
        }
        for (position, sequence) in individual.enumerated() {
            let placements = slots.compactMap { slot in slot.hosts[position].map { (slot.degree, $0) } }
            model.addConstraint(placements.map(\.1).sum() == 1, name: "place[\(sequence)]")
            // A sequence alone takes no longer than the step.
            model.addConstraint(placements.sum { problem.time(ofSequence: sequence, degree: $0.0) * $0.1 } <= stepTime,
                                name: "alone[\(sequence)]")
            area += placements.sum { Double($0.0) * problem.time(ofSequence: sequence, degree: $0.0) * $0.1 }
        }
        for bucket in buckets.indices {
            let assigned = problem.degrees.compactMap { counts[$0]?[bucket] }
            model.addConstraint(assigned.sum() == Double(buckets[bucket].sequences.count), name: "bucket[\(bucket)]")
        }
        model.addConstraint(slots.sum { Double($0.degree) * $0.open } <= Double(problem.gpus), name: "gpus")
        // The GPU-seconds of all work fit in the GPUs times the step: the bound that matters most
        // when many short sequences share the GPUs.
        model.addConstraint(area <= Double(problem.gpus) * stepTime, name: "area")
        model.minimize(stepTime)
        self.model = model
        self.stepTime = stepTime
        self.slots = slots
        self.counts = counts
    }

    /// The plan a solution describes, or `nil` when it has none or its short sequences cannot be
    /// packed into memory. The open groups and the individually placed sequences are the
    /// solution's; the short sequences are packed longest first in two ways, and the faster plan
    /// wins: following the solution's bucket counts per degree (each degree takes its buckets'
    /// longest members, onto its group with the least time so far), or ignoring them (onto the
    /// group of any degree where the sequence would finish soonest).
    public func decode(_ solution: Solution) -> SequenceParallelPlan? {
        guard solution.hasSolution else { return nil }
        var groups: [Group] = []
        for slot in slots where solution[slot.open] > 0.5 {
            var group = Group(degree: slot.degree)
            for (sequence, host) in zip(individualSequences, slot.hosts) where host.map({ solution[$0] > 0.5 }) ?? false {
                group.add(sequence, problem: problem)
            }
            groups.append(group)
        }
        let candidates = [packByCounts(groups, solution: solution), packFreely(groups)].compactMap { $0 }
        return candidates.map { groups in SequenceParallelPlan(problem: problem, groups: groups.map { ($0.degree, $0.sequences) }) }
            .min { $0.stepTime < $1.stepTime }
    }

    /// A group being filled by the decoder.
    private struct Group {
        var degree: Int
        var sequences: [Int] = []
        var tokens = 0
        var time = 0.0

        mutating func add(_ sequence: Int, problem: SequenceParallelProblem) {
            sequences.append(sequence)
            tokens += problem.sequences[sequence]
            time += problem.time(ofSequence: sequence, degree: degree)
        }
    }

    /// The short sequences packed by the solution's bucket counts per degree.
    private func packByCounts(_ groups: [Group], solution: Solution) -> [Group]? {
        var groups = groups
        var remaining = buckets.map { $0.sequences[...] }
        for degree in problem.degrees.reversed() {
            var short: [Int] = []
            for (bucket, count) in (counts[degree] ?? []).enumerated() {
                guard let count else { continue }
                let taken = min(Int(solution[count].rounded()), remaining[bucket].count)
                short += remaining[bucket].prefix(taken)
                remaining[bucket] = remaining[bucket].dropFirst(taken)
            }
            short.sort { (problem.sequences[$0], $1) > (problem.sequences[$1], $0) }
            for sequence in short {
                let fitting = fits(sequence, in: groups)
                guard let target = fitting.filter({ groups[$0].degree == degree }).min(by: { groups[$0].time < groups[$1].time })
                        ?? soonest(sequence, among: fitting, in: groups) else { return nil }
                groups[target].add(sequence, problem: problem)
            }
        }
        guard remaining.allSatisfy(\.isEmpty) else { return nil }
        return groups
    }

    /// The short sequences packed longest first onto the group where each finishes soonest.
    private func packFreely(_ groups: [Group]) -> [Group]? {
        var groups = groups
        let short = buckets.flatMap(\.sequences).sorted { (problem.sequences[$0], $1) > (problem.sequences[$1], $0) }
        for sequence in short {
            guard let target = soonest(sequence, among: fits(sequence, in: groups), in: groups) else { return nil }
            groups[target].add(sequence, problem: problem)
        }
        return groups
    }

    /// The groups with memory left for `sequence`.
    private func fits(_ sequence: Int, in groups: [Group]) -> [Int] {
        groups.indices.filter { groups[$0].tokens + problem.sequences[sequence] <= problem.tokenCapacity(degree: groups[$0].degree) }
    }

    /// Among `candidates`, the group where `sequence` would finish soonest.
    private func soonest(_ sequence: Int, among candidates: [Int], in groups: [Group]) -> Int? {
        candidates.min { groups[$0].time + problem.time(ofSequence: sequence, degree: groups[$0].degree)
            < groups[$1].time + problem.time(ofSequence: sequence, degree: groups[$1].degree) }
    }
}
