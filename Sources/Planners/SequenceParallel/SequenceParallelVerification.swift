/// A sequence-parallel plan or report that breaks its problem's constraints or misstates a
/// figure; every violation found is listed.
public struct SequenceParallelVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence per violation.
    public var violations: [String]

    /// An error listing `violations`.
    public init(violations: [String]) {
        self.violations = violations
    }

    /// The violations, one per line.
    public var description: String { "the sequence-parallel plan fails verification:\n" + violations.joined(separator: "\n") }
}

extension SequenceParallelProblem {
    /// Re-checks `plan` against this problem without any solver: every group of an allowed
    /// degree on distinct, existing GPUs, inside one node or on whole nodes; every sequence in
    /// exactly one group; every group within memory; and every reported token count, time,
    /// memory figure, the step time, the utilisation and the idle GPUs recomputed from the
    /// problem's data.
    public func verify(_ plan: SequenceParallelPlan) throws(SequenceParallelVerificationError) {
        var violations: [String] = []
        var usedGPUs = Set<Int>()
        var assignedTo = Array(repeating: [Int](), count: sequences.count)
        var busy = 0.0
        for (position, group) in plan.groups.enumerated() {
            let item = "groups[\(position)]"
            if !degrees.contains(group.degree) { violations.append("\(item) has degree \(group.degree), which is not allowed") }
            if group.gpus.count != group.degree {
                violations.append("\(item) has \(group.gpus.count) GPUs but degree \(group.degree)")
            }
            for gpu in group.gpus {
                if !(0..<gpus).contains(gpu) { violations.append("\(item) uses GPU \(gpu), which does not exist") }
                if !usedGPUs.insert(gpu).inserted { violations.append("\(item) uses GPU \(gpu), which another group also uses") }
            }
            let nodes = Set(group.gpus.map { $0 / gpusPerNode })
            if group.nodes != nodes.sorted() { violations.append("\(item).nodes is \(group.nodes); its GPUs sit on \(nodes.sorted())") }
            let spansWholeNodes = group.gpus.count == nodes.count * gpusPerNode
            if nodes.count > 1 && !spansWholeNodes {
                violations.append("\(item) spans nodes \(nodes.sorted()) without using them whole")
            }
            if group.sequences.isEmpty { violations.append("\(item) runs no sequences") }
            var tokens = 0, time = 0.0
            for sequence in group.sequences {
                guard sequences.indices.contains(sequence) else {
                    violations.append("\(item) runs sequence \(sequence), which does not exist")
                    continue
                }
                assignedTo[sequence].append(position)
                tokens += sequences[sequence]
                time += costModel.time(length: sequences[sequence], degree: group.degree, gpusPerNode: gpusPerNode)
            }
            if group.tokens != tokens { violations.append("\(item).tokens is \(group.tokens); its sequences hold \(tokens)") }
            if !Self.agrees(group.time, time) { violations.append("\(item).time is \(group.time); the cost model gives \(time)") }
            let memory = costModel.memory(tokens: tokens, degree: group.degree)
            if !Self.agrees(group.memoryPerGPU, memory) {
                violations.append("\(item).memoryPerGPU is \(group.memoryPerGPU); the cost model gives \(memory)")
            }
            if memory > memoryPerGPU * (1 + 1e-12) {
                violations.append("\(item) needs \(memory) bytes per GPU, more than the \(memoryPerGPU) available")
            }
            busy += Double(group.degree) * time
        }
        for (sequence, groups) in assignedTo.enumerated() where groups.count != 1 {
            violations.append(groups.isEmpty ? "sequences[\(sequence)] is in no group"
                                             : "sequences[\(sequence)] is in groups \(groups), not exactly one")
        }
        let stepTime = plan.groups.map(\.time).max() ?? 0
        if !Self.agrees(plan.stepTime, stepTime) { violations.append("stepTime is \(plan.stepTime); the slowest group takes \(stepTime)") }
        let utilization = stepTime > 0 ? busy / (Double(gpus) * stepTime) : 0
        if !Self.agrees(plan.utilization, utilization) {
            violations.append("utilization is \(plan.utilization); busy GPU-seconds over GPUs × step time is \(utilization)")
        }
        if plan.idleGPUs != gpus - usedGPUs.count { violations.append("idleGPUs is \(plan.idleGPUs); \(gpus - usedGPUs.count) GPUs are in no group") }
        guard violations.isEmpty else { throw SequenceParallelVerificationError(violations: violations) }
    }

    /// Re-checks a report: its plan and every baseline plan with ``verify(_:)-(SequenceParallelPlan)``,
    /// and each speedup against the step times.
    public func verify(_ report: SequenceParallelReport) throws(SequenceParallelVerificationError) {
        var violations: [String] = []
        var plans: [(String, SequenceParallelPlan)] = report.plan.map { [("plan", $0)] } ?? []
        plans += report.baselines.compactMap { result in result.plan.map { ("baselines.\(result.baseline.rawValue)", $0) } }
        for (name, plan) in plans {
            do { try verify(plan) } catch { violations += error.violations.map { "\(name): \($0)" } }
        }
        for result in report.baselines {
            let expected = report.plan.flatMap { plan in result.plan.map { $0.stepTime / plan.stepTime } }
            switch (result.speedup, expected) {
            case (nil, nil): break
            case let (reported?, expected?) where Self.agrees(reported, expected): break
            default:
                violations.append("baselines.\(result.baseline.rawValue).speedup is \(result.speedup.map(String.init(describing:)) ?? "missing"); the step times give \(expected.map(String.init(describing:)) ?? "none")")
            }
        }
        if let baseline = report.fallbackBaseline, report.plan != baseline.plan(for: self) {
            violations.append("fallbackBaseline is \(baseline.rawValue), but the plan is not that baseline's plan")
        }
        if let plan = report.plan, let bound = report.lowerBound, bound > plan.stepTime * (1 + 1e-9) {
            violations.append("lowerBound \(bound) exceeds the plan's step time \(plan.stepTime)")
        }
        guard violations.isEmpty else { throw SequenceParallelVerificationError(violations: violations) }
    }

    /// Whether a reported figure matches its recomputed value up to rounding.
    static func agrees(_ reported: Double, _ computed: Double) -> Bool {
        abs(reported - computed) <= 1e-9 * max(1, abs(computed))
    }
}
