import MILP

/// The FlexSP model of one micro-batch as a MILP, with what it takes to read a plan back and to
/// hand a known plan to the solver as a start.
///
/// Group slots: for every allowed degree `d`, as many candidate groups `k` as could be useful
/// (`gpus / d`, but no more than the sequences that fit such a group), each open or not
/// (`open[d,k]`, binary), and the open ones use at most `gpus` GPUs. The longest sequences are
/// placed individually (`host[i,d,k]`, binary); every other sequence `i` picks a degree
/// (`run[i,d]`, binary), and the time and tokens of the sequences on degree `d` spread over that
/// degree's open groups as continuous `fill` and `fillTokens`. Every group's time (hosted
/// sequences plus fill) is at most the step time `T`, which is minimised, and its tokens fit its
/// memory. Times are each sequence's own; the one relaxation is that short sequences spread
/// continuously over the groups of their degree. So every real plan is a solution of the model
/// with its real step time, and the model's optimum, LP relaxation and best bound are valid
/// lower bounds on the micro-batch's step time; the decoder packs the short sequences for real.
///
/// Symmetry: groups of one degree are interchangeable, so slot `k + 1` opens only after slot
/// `k`, the `j`-th individual sequence that may run at a degree may only use that degree's
/// first `j + 1` slots (number the groups by their longest individual sequence), and slots that
/// may host no individual sequence carry no more fill than the slot before. An `upperBound`
/// on the step time (a known plan's) caps `T` and removes placements that alone would exceed it.
public struct SequenceParallelFormulation: Sendable {
    /// The MILP.
    public let model: Model
    /// The sequences placed individually, longest first.
    public let individualSequences: [Int]
    /// The step time `T`.
    public let stepTime: Variable

    private let problem: SequenceParallelProblem
    private let slots: [Slot]
    /// The other sequences, longest first.
    private let shortSequences: [Int]
    /// Per short sequence, its run variable per degree, or `nil` where it may not run.
    private let runs: [[Int: Variable]]

    /// One candidate group.
    private struct Slot: Sendable {
        var degree: Int
        var open: Variable
        var fill: Variable
        var fillTokens: Variable
        /// Per individual sequence, its host variable here, or `nil` where it may not go.
        var hosts: [Variable?]
    }

    /// The model of `problem`: its `individualCount` longest sequences placed one by one, the
    /// rest by degree, admitting only step times up to `upperBound` when given (seconds).
    public init(problem: SequenceParallelProblem, individualCount: Int = 12, upperBound: Double? = nil) {
        self.problem = problem
        let order = problem.longestFirst
        let individual = Array(order.prefix(individualCount))
        let short = Array(order.dropFirst(individualCount))
        individualSequences = individual
        shortSequences = short

        let bound = upperBound.map { $0 * (1 + 1e-9) } ?? .infinity
        let positions = Dictionary(uniqueKeysWithValues: problem.degrees.enumerated().map { ($1, $0) })
        func allowed(_ sequence: Int, _ degree: Int) -> Bool {
            let position = positions[degree]!
            return problem.sequences[sequence] <= problem.capacities[position] && problem.secondsTable[position][sequence] <= bound
        }
        func seconds(_ sequence: Int, _ degree: Int) -> Double { problem.secondsTable[positions[degree]!][sequence] }

        var model = Model(name: "sequence-parallel")
        let stepTime = model.addVariable("T", upperBound: bound)
        let fillBound = bound.isFinite ? bound : problem.sequences.indices.reduce(0.0) { total, sequence in
            total + problem.degrees.map { seconds(sequence, $0) }.max()!
        }
        var slots: [Slot] = []
        var area = LinearExpression()
        var runs = Array(repeating: [Int: Variable](), count: short.count)
        for degree in problem.degrees {
            let capacity = Double(problem.capacities[positions[degree]!])
            let hostable = individual.filter { allowed($0, degree) }
            let runnable = short.indices.filter { allowed(short[$0], degree) }
            let slotCount = min(problem.gpus / degree, hostable.count + runnable.count)
            var shortTime = LinearExpression(), shortTokens = LinearExpression()
            for position in runnable {
                let sequence = short[position]
                let run = model.addVariable("run[\(sequence),\(degree)]", kind: .binary)
                runs[position][degree] = run
                shortTime.add(seconds(sequence, degree), run)
                shortTokens.add(Double(problem.sequences[sequence]), run)
            }
            var fills: [Variable] = [], fillTokens: [Variable] = []
            var previous: (open: Variable, fill: Variable, hostsNothing: Bool)?
            for slot in 0..<slotCount {
                let name = "\(degree),\(slot)"
                let open = model.addVariable("open[\(name)]", kind: .binary)
                let fill = model.addVariable("fill[\(name)]")
                let tokensFill = model.addVariable("fillTokens[\(name)]")
                var rank = 0
                let hosts = individual.map { sequence -> Variable? in
                    guard allowed(sequence, degree) else { return nil }
                    defer { rank += 1 }
                    return slot <= rank ? model.addVariable("host[\(sequence),\(name)]", kind: .binary) : nil
                }
                var time = LinearExpression(fill), tokens = LinearExpression(tokensFill)
                for (sequence, host) in zip(individual, hosts) {
                    guard let host else { continue }
                    time.add(seconds(sequence, degree), host)
                    tokens.add(Double(problem.sequences[sequence]), host)
                    model.addConstraint(host <= open)
                }
                model.addConstraint(fill <= fillBound * open, name: "fillOpen[\(name)]")
                model.addConstraint(tokens <= capacity * open, name: "memory[\(name)]")
                model.addConstraint(time <= stepTime, name: "time[\(name)]")
                let hostsNothing = hosts.allSatisfy { $0 == nil }
                if let previous {
                    model.addConstraint(open <= previous.open, name: "openOrder[\(name)]")
                    // Slots that host no individual sequence differ only in their fill: order it.
                    if hostsNothing && previous.hostsNothing { model.addConstraint(fill <= previous.fill, name: "fillOrder[\(name)]") }
                }
                previous = (open, fill, hostsNothing)
                fills.append(fill)
                fillTokens.append(tokensFill)
                slots.append(Slot(degree: degree, open: open, fill: fill, fillTokens: tokensFill, hosts: hosts))
            }
            model.addConstraint(fills.sum() == shortTime, name: "fill[\(degree)]")
            model.addConstraint(fillTokens.sum() == shortTokens, name: "fillTokens[\(degree)]")
            area += Double(degree) * shortTime
        }
        for (position, sequence) in individual.enumerated() {
            let placements = slots.compactMap { slot in slot.hosts[position].map { (slot.degree, $0) } }
            model.addConstraint(placements.map(\.1).sum() == 1, name: "place[\(sequence)]")
            // A sequence alone takes no longer than the step.
            model.addConstraint(placements.sum { seconds(sequence, $0.0) * $0.1 } <= stepTime, name: "alone[\(sequence)]")
            area += placements.sum { Double($0.0) * seconds(sequence, $0.0) * $0.1 }
        }
        for (position, sequence) in short.enumerated() {
            let choices = runs[position].sorted { $0.key < $1.key }
            model.addConstraint(choices.map(\.value).sum() == 1, name: "place[\(sequence)]")
            model.addConstraint(choices.sum { seconds(sequence, $0.key) * $0.value } <= stepTime, name: "alone[\(sequence)]")
        }
        model.addConstraint(slots.sum { Double($0.degree) * $0.open } <= Double(problem.gpus), name: "gpus")
        // The GPU-seconds of all work fit in the GPUs times the step: the bound that matters most
        // when many short sequences share the GPUs.
        model.addConstraint(area <= Double(problem.gpus) * stepTime, name: "area")
        model.minimize(stepTime)
        self.model = model
        self.stepTime = stepTime
        self.slots = slots
        self.runs = runs
    }

    /// The groups a solution describes (sequences as indices into the problem's), or `nil` when
    /// it has none or its short sequences cannot be packed into memory. The open groups and the
    /// individually placed sequences are the solution's; the short sequences are packed longest
    /// first in two ways, and the faster wins: each onto the least-loaded group of the degree the
    /// solution gives it (another group where it finishes soonest when none has room), or each
    /// onto the group of any degree where it finishes soonest.
    public func decode(_ solution: Solution) -> [(degree: Int, sequences: [Int])]? {
        guard solution.hasSolution else { return nil }
        var groups: [Group] = []
        for slot in slots where solution[slot.open] > 0.5 {
            var group = Group(degree: slot.degree)
            for (sequence, host) in zip(individualSequences, slot.hosts) where host.map({ solution[$0] > 0.5 }) ?? false {
                group.add(sequence, problem: problem)
            }
            groups.append(group)
        }
        let chosen = shortSequences.indices.map { position in
            runs[position].first { solution[$0.value] > 0.5 }?.key
        }
        let candidates = [pack(groups, degrees: chosen), pack(groups, degrees: nil)].compactMap { $0 }
        return candidates.min { ($0.map(\.time).max() ?? 0) < ($1.map(\.time).max() ?? 0) }?
            .map { ($0.degree, $0.sequences) }
    }

    /// The values of every variable for `groups` (sequences as indices into the problem's), as
    /// a start for the solver, or `nil` when the groups do not fit the model (a group of a
    /// degree beyond its slots, a placement above the upper bound, a sequence missing).
    public func startingValues(for groups: [(degree: Int, sequences: [Int])]) -> [Double]? {
        var values = Array(repeating: 0.0, count: model.variableCount)
        let individualPosition = Dictionary(uniqueKeysWithValues: individualSequences.enumerated().map { ($1, $0) })
        let shortPosition = Dictionary(uniqueKeysWithValues: shortSequences.enumerated().map { ($1, $0) })
        var placed = 0, stepTime = 0.0
        for degree in problem.degrees {
            // Number the groups of this degree by their longest individual sequence, then the
            // rest by their time, longest first.
            func key(_ group: (degree: Int, sequences: [Int])) -> (Int, Double) {
                let time = group.sequences.reduce(0.0) { $0 + problem.seconds(ofSequence: $1, degree: degree) }
                return (group.sequences.compactMap { individualPosition[$0] }.min() ?? Int.max, -time)
            }
            let ofDegree = groups.filter { $0.degree == degree && !$0.sequences.isEmpty }.sorted { key($0) < key($1) }
            let degreeSlots = slots.filter { $0.degree == degree }
            guard ofDegree.count <= degreeSlots.count else { return nil }
            for (slot, group) in zip(degreeSlots, ofDegree) {
                values[slot.open.index] = 1
                var time = 0.0
                for sequence in group.sequences {
                    let seconds = problem.seconds(ofSequence: sequence, degree: degree)
                    time += seconds
                    placed += 1
                    if let position = individualPosition[sequence] {
                        guard let host = slot.hosts[position] else { return nil }
                        values[host.index] = 1
                    } else if let position = shortPosition[sequence], let run = runs[position][degree] {
                        values[run.index] = 1
                        values[slot.fill.index] += seconds
                        values[slot.fillTokens.index] += Double(problem.sequences[sequence])
                    } else {
                        return nil
                    }
                }
                stepTime = max(stepTime, time)
            }
        }
        guard placed == problem.sequences.count else { return nil }
        values[self.stepTime.index] = stepTime
        return values
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
            time += problem.seconds(ofSequence: sequence, degree: degree)
        }
    }

    /// The short sequences packed longest first: onto the least-loaded group of `degrees[i]`
    /// (when given and one has room), else onto the group where each finishes soonest.
    private func pack(_ groups: [Group], degrees: [Int?]?) -> [Group]? {
        var groups = groups
        for (position, sequence) in shortSequences.enumerated() {
            let length = problem.sequences[sequence]
            let fitting = groups.indices.filter { groups[$0].tokens + length <= problem.tokenCapacity(degree: groups[$0].degree) }
            let preferred = degrees?[position].flatMap { degree in
                fitting.filter { groups[$0].degree == degree }.min { groups[$0].time < groups[$1].time }
            }
            let finish = { (group: Int) in groups[group].time + problem.seconds(ofSequence: sequence, degree: groups[group].degree) }
            guard let target = preferred ?? fitting.min(by: { finish($0) < finish($1) }) else { return nil }
            groups[target].add(sequence, problem: problem)
        }
        return groups
    }
}
