import Foundation

extension SequenceParallelReport {
    /// A human-readable report: the outcome, each micro-batch's groups and figures, and each
    /// baseline beside the plan.
    public func summary(for problem: SequenceParallelProblem) -> String {
        let nodes = problem.nodes == 1 ? "1 node" : "\(problem.nodes) nodes"
        let model = problem.model?.name.map { "; \($0)" } ?? ""
        var lines = ["Sequence parallelism: \(problem.sequences.count) sequences, \(problem.tokens) tokens (longest \(problem.sequences.max() ?? 0)), \(problem.gpus) GPUs in \(nodes) of \(problem.gpusPerNode)\(model), \(String(format: "%.2f", problem.costModel.activationMemory / 1e6)) MB of activations per token"]
        guard let plan else {
            switch noPlanReason {
            case .tooLargeForBudget:
                lines.append("No plan: \(problem.sequences.count) sequences on \(problem.gpus) GPUs are too many to plan within \(Self.seconds(planningTime)) of budget; give more time.")
            default:
                lines.append("No plan: the budget ended before a first plan (after \(Self.seconds(planningTime))).")
            }
            return lines.joined(separator: "\n")
        }
        let perPass = problem.costModel.tokenCapacity(degree: problem.gpus, memoryPerGPU: problem.memoryPerGPU)
        let batches = plan.microBatchCount == 1 ? "1 micro-batch" : "\(plan.microBatchCount) micro-batches"
        var outcome = "\(batches) (the GPUs hold \(perPass) tokens per pass); step \(Self.seconds(plan.stepTime))"
        if let gap, let lowerBound { outcome += ", gap \(Self.percent(gap)) to the lower bound \(Self.seconds(lowerBound))" }
        lines.append(outcome + (status == .optimal ? " (within the gap tolerance)" : " (budget ended before the gap tolerance)"))
        let origins = fallbackBaseline.map { "the \($0.title) baseline" }
            ?? stages.enumerated().map { "micro-batch \($0.offset + 1) by \(Self.describe($0.element))" }.joined(separator: ", ")
        lines.append("Found in \(Self.seconds(planningTime)): \(origins)")
        for (index, microBatch) in plan.microBatches.enumerated() {
            lines.append("")
            lines.append("micro-batch \(index + 1): \(SequenceParallelPlan.describe(microBatch.layout)), \(Self.seconds(microBatch.stepTime)), utilisation \(Self.percent(microBatch.utilization)), \(microBatch.idleGPUs) idle GPUs")
            lines.append("group  degree  strategy      nodes      sequences  tokens     time      memory/GPU")
            for (position, group) in microBatch.groups.enumerated() {
                let nodes = group.nodes.count == 1 ? "\(group.nodes[0])" : "\(group.nodes[0])–\(group.nodes[group.nodes.count - 1])"
                lines.append(TextTable.row([String(position), String(group.degree), group.parallelism.description, nodes,
                                           String(group.sequences.count), String(group.tokens), Self.seconds(group.time),
                                           String(format: "%.1f GB", group.memoryPerGPU / 1e9)],
                                          widths: [7, 8, 14, 11, 11, 11, 10, 10]))
            }
        }
        lines.append("")
        lines.append("baseline                  micro-batches  step      speedup")
        for result in baselines {
            guard let baselinePlan = result.plan else {
                lines.append(TextTable.row([result.baseline.title, "no static degree holds the longest sequence"], widths: [26, 20]))
                continue
            }
            lines.append(TextTable.row([result.baseline.title, String(baselinePlan.microBatchCount), Self.seconds(baselinePlan.stepTime),
                                       result.speedup.map { String(format: "%.2f×", $0) } ?? "–"], widths: [26, 15, 10, 8]))
        }
        return lines.joined(separator: "\n")
    }

    private static func describe(_ stage: Stage) -> String {
        switch stage {
        case .greedy: "greedy packing"
        case .layoutSearch: "the layout search"
        case .milp: "the MILP"
        case .baseline: "a baseline"
        }
    }

    private static func seconds(_ value: Duration) -> String { String(format: "%.3f s", value.inSeconds) }
    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
