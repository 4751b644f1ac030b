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
    /// Re-checks `plan` against this problem without any solver: every sequence in exactly one
    /// group of one micro-batch; in each micro-batch, every group of an allowed degree with a
    /// strategy the model can run (Ulysses factors dividing its heads and key/value heads), on
    /// distinct, existing GPUs, inside one node or on whole nodes, and within memory; and every
    /// token count, time and memory figure, each micro-batch's time, utilisation and idle GPUs,
    /// and the step time recomputed from the cost model.
    public func verify(_ plan: SequenceParallelPlan) throws(SequenceParallelVerificationError) {
        var violations: [String] = []
        var assignedTo = Array(repeating: [String](), count: sequences.count)
        for (batch, microBatch) in plan.microBatches.enumerated() {
            var usedGPUs = Set<Int>()
            var busy = Duration.zero
            for (position, group) in microBatch.groups.enumerated() {
                let item = "microBatches[\(batch)].groups[\(position)]"
                violations += check(group, item: item, usedGPUs: &usedGPUs)
                for sequence in group.sequences where sequences.indices.contains(sequence) {
                    assignedTo[sequence].append("\(batch).\(position)")
                }
                busy += group.time * group.degree
            }
            let item = "microBatches[\(batch)]"
            let stepTime = microBatch.groups.map(\.time).max() ?? .zero
            if !Self.agrees(microBatch.stepTime, stepTime) {
                violations.append("\(item).stepTime is \(microBatch.stepTime); the slowest group takes \(stepTime)")
            }
            let utilization = stepTime > .zero ? busy / (stepTime * gpus) : 0
            if abs(microBatch.utilization - utilization) > 1e-9 {
                violations.append("\(item).utilization is \(microBatch.utilization); busy GPU-time over GPUs × time is \(utilization)")
            }
            if microBatch.idleGPUs != gpus - usedGPUs.count {
                violations.append("\(item).idleGPUs is \(microBatch.idleGPUs); \(gpus - usedGPUs.count) GPUs are in no group")
            }
        }
        for (sequence, groups) in assignedTo.enumerated() where groups.count != 1 {
            violations.append(groups.isEmpty ? "sequences[\(sequence)] is in no group"
                                             : "sequences[\(sequence)] is in groups \(groups) (micro-batch.group), not exactly one")
        }
        let stepTime = plan.microBatches.reduce(Duration.zero) { $0 + $1.stepTime }
        if !Self.agrees(plan.stepTime, stepTime) { violations.append("stepTime is \(plan.stepTime); the micro-batches add up to \(stepTime)") }
        guard violations.isEmpty else { throw SequenceParallelVerificationError(violations: violations) }
    }

    /// The violations of one group, named `item`; records its GPUs in `usedGPUs`.
    private func check(_ group: SequenceParallelPlan.Group, item: String, usedGPUs: inout Set<Int>) -> [String] {
        var violations: [String] = []
        if !degrees.contains(group.degree) { violations.append("\(item) has degree \(group.degree), which is not allowed") }
        if group.parallelism.degree != group.degree {
            violations.append("\(item) runs \(group.parallelism) on \(group.degree) GPUs")
        } else if group.parallelism != costModel.parallelism(degree: group.degree) {
            violations.append("\(item) runs \(group.parallelism); the cost model times degree \(group.degree) as \(costModel.parallelism(degree: group.degree))")
        }
        if let model, group.degree > 1, !model.canRun(group.parallelism, gpusPerNode: gpusPerNode) {
            violations.append("\(item) runs \(group.parallelism), which the model cannot: Ulysses factors must divide its \(model.attentionHeads) heads and \(model.keyValueHeads) key/value heads (and the node size for USP), with strategies \(model.strategies.map(\.rawValue))")
        }
        if group.gpus.count != group.degree { violations.append("\(item) has \(group.gpus.count) GPUs but degree \(group.degree)") }
        for gpu in group.gpus {
            if !(0..<gpus).contains(gpu) { violations.append("\(item) uses GPU \(gpu), which does not exist") }
            if !usedGPUs.insert(gpu).inserted { violations.append("\(item) uses GPU \(gpu), which another group of its micro-batch also uses") }
        }
        let nodes = Set(group.gpus.map { $0 / gpusPerNode })
        if group.nodes != nodes.sorted() { violations.append("\(item).nodes is \(group.nodes); its GPUs sit on \(nodes.sorted())") }
        if nodes.count > 1 && group.gpus.count != nodes.count * gpusPerNode {
            violations.append("\(item) spans nodes \(nodes.sorted()) without using them whole")
        }
        if group.sequences.isEmpty { violations.append("\(item) runs no sequences") }
        var tokens = 0, seconds = 0.0
        for sequence in group.sequences {
            guard sequences.indices.contains(sequence) else {
                violations.append("\(item) runs sequence \(sequence), which does not exist")
                continue
            }
            tokens += sequences[sequence]
            seconds += costModel.seconds(length: sequences[sequence], degree: group.degree)
        }
        if group.tokens != tokens { violations.append("\(item).tokens is \(group.tokens); its sequences hold \(tokens)") }
        if !Self.agrees(group.time, .seconds(seconds)) { violations.append("\(item).time is \(group.time); the cost model gives \(seconds) s") }
        let memory = costModel.memory(tokens: tokens, degree: group.degree)
        if abs(group.memoryPerGPU - memory) > 1e-9 * max(1, memory) {
            violations.append("\(item).memoryPerGPU is \(group.memoryPerGPU); the cost model gives \(memory)")
        }
        if memory > memoryPerGPU * (1 + 1e-12) {
            violations.append("\(item) needs \(memory) bytes per GPU, more than the \(memoryPerGPU) available")
        }
        return violations
    }

    /// Re-checks a report: its plan and every baseline plan with ``verify(_:)-(SequenceParallelPlan)``,
    /// one stage per micro-batch, each speedup against the step times, and a lower bound no
    /// higher than the plan's step time.
    public func verify(_ report: SequenceParallelReport) throws(SequenceParallelVerificationError) {
        var violations: [String] = []
        var plans: [(String, SequenceParallelPlan)] = report.plan.map { [("plan", $0)] } ?? []
        plans += report.baselines.compactMap { result in result.plan.map { ("baselines.\(result.baseline.rawValue)", $0) } }
        for (name, plan) in plans {
            do { try verify(plan) } catch { violations += error.violations.map { "\(name): \($0)" } }
        }
        if report.stages.count != report.plan?.microBatchCount ?? 0 {
            violations.append("stages lists \(report.stages.count) stages for \(report.plan?.microBatchCount ?? 0) micro-batches")
        }
        for result in report.baselines {
            let expected = report.plan.flatMap { plan in result.plan.flatMap { SequenceParallelReport.speedup(of: $0, over: plan) } }
            switch (result.speedup, expected) {
            case (nil, nil): break
            case let (reported?, expected?) where abs(reported - expected) <= 1e-9 * max(1, expected): break
            default:
                violations.append("baselines.\(result.baseline.rawValue).speedup is \(result.speedup.map(String.init(describing:)) ?? "missing"); the step times give \(expected.map(String.init(describing:)) ?? "none")")
            }
        }
        if let baseline = report.fallbackBaseline, report.plan != baseline.plan(for: self) {
            violations.append("fallbackBaseline is \(baseline.rawValue), but the plan is not that baseline's plan")
        }
        if let plan = report.plan, let bound = report.lowerBound, bound > plan.stepTime + .nanoseconds(1) {
            violations.append("lowerBound \(bound) exceeds the plan's step time \(plan.stepTime)")
        }
        guard violations.isEmpty else { throw SequenceParallelVerificationError(violations: violations) }
    }

    /// Whether a reported time matches its recomputed value up to rounding.
    static func agrees(_ reported: Duration, _ computed: Duration) -> Bool {
        abs((reported - computed).inSeconds) <= 1e-9 * max(1, abs(computed.inSeconds))
    }
}
