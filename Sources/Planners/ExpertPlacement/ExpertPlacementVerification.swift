/// An expert placement plan or report that breaks its problem's constraints or misstates a
/// figure; every violation found is listed.
public struct ExpertPlacementVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence per violation.
    public var violations: [String]

    /// An error listing `violations`.
    public init(violations: [String]) {
        self.violations = violations
    }

    /// The violations, one per line.
    public var description: String { "the expert placement fails verification:\n" + violations.joined(separator: "\n") }
}

extension ExpertPlacementProblem {
    /// Re-checks `plan` against this problem without any solver: a GPU for every expert of every
    /// layer, no GPU over its slots, and every reported load, imbalance, token count, share and
    /// objective term recomputed from the trace.
    public func verify(_ plan: ExpertPlacementPlan) throws(ExpertPlacementVerificationError) {
        var violations: [String] = []
        guard plan.placement.count == layerCount else {
            throw ExpertPlacementVerificationError(violations: ["placement has \(plan.placement.count) layers; the problem has \(layerCount)"])
        }
        for (layer, row) in plan.placement.enumerated() {
            guard row.count == expertCount else {
                violations.append("placement[\(layer)] places \(row.count) experts; layers have \(expertCount)")
                continue
            }
            var hosted = Array(repeating: 0, count: gpus)
            for (expert, gpu) in row.enumerated() {
                guard (0..<gpus).contains(gpu) else {
                    violations.append("placement[\(layer)][\(expert)]: GPU \(gpu) does not exist")
                    continue
                }
                hosted[gpu] += 1
            }
            for (gpu, count) in hosted.enumerated() where count > slotsPerGPU {
                violations.append("layer \(layer): GPU \(gpu) hosts \(count) experts, more than its \(slotsPerGPU) slots")
            }
        }
        guard violations.isEmpty else { throw ExpertPlacementVerificationError(violations: violations) }

        if plan.layers.count != layerCount { violations.append("layers has \(plan.layers.count) entries; the problem has \(layerCount) layers") }
        var balance = 0.0, imbalances: [Double] = []
        for (layer, figures) in zip(0..<layerCount, plan.layers) {
            var gpuLoads = Array(repeating: 0.0, count: gpus)
            for expert in 0..<expertCount { gpuLoads[plan.placement[layer][expert]] += loads[layer][expert] }
            let maxLoad = gpuLoads.max() ?? 0, meanLoad = loads[layer].reduce(0, +) / Double(gpus)
            let imbalance = meanLoad > 0 ? maxLoad / meanLoad : 1
            let item = "layers[\(layer)]"
            if figures.gpuLoads.count != gpus || !zip(figures.gpuLoads, gpuLoads).allSatisfy({ Self.agrees($0, $1) }) {
                violations.append("\(item).gpuLoads is \(figures.gpuLoads); the placement gives \(gpuLoads)")
            }
            if !Self.agrees(figures.maxLoad, maxLoad) { violations.append("\(item).maxLoad is \(figures.maxLoad); the busiest GPU carries \(maxLoad)") }
            if !Self.agrees(figures.meanLoad, meanLoad) { violations.append("\(item).meanLoad is \(figures.meanLoad); the loads give \(meanLoad)") }
            if !Self.agrees(figures.imbalance, imbalance) { violations.append("\(item).imbalance is \(figures.imbalance); max/mean is \(imbalance)") }
            balance += maxLoad
            imbalances.append(imbalance)
        }

        var total = 0.0, intraNode = 0.0, interNode = 0.0
        for layer in 0..<max(layerCount - 1, 0) {
            for expert in 0..<expertCount {
                for next in 0..<expertCount {
                    let count = transitions[layer][expert][next]
                    total += count
                    let source = plan.placement[layer][expert], destination = plan.placement[layer + 1][next]
                    if source != destination {
                        if node(of: source) == node(of: destination) { intraNode += count } else { interNode += count }
                    }
                }
            }
        }
        let communication = communicationWeight * (intraNodeCost * intraNode + interNodeCost * interNode)
        let figures: [(String, Double, Double)] = [
            ("transitionTokens", plan.transitionTokens, total),
            ("intraNodeTokens", plan.intraNodeTokens, intraNode),
            ("interNodeTokens", plan.interNodeTokens, interNode),
            ("crossGPUTokens", plan.crossGPUTokens, intraNode + interNode),
            ("crossGPUShare", plan.crossGPUShare, total > 0 ? (intraNode + interNode) / total : 0),
            ("meanImbalance", plan.meanImbalance, imbalances.reduce(0, +) / Double(max(imbalances.count, 1))),
            ("maxImbalance", plan.maxImbalance, imbalances.max() ?? 1),
            ("balanceTerm", plan.balanceTerm, balance),
            ("communicationTerm", plan.communicationTerm, communication),
            ("objective", plan.objective, balance + communication),
        ]
        for (name, reported, computed) in figures where !Self.agrees(reported, computed) {
            violations.append("\(name) is \(reported); the trace and placement give \(computed)")
        }
        guard violations.isEmpty else { throw ExpertPlacementVerificationError(violations: violations) }
    }

    /// Re-checks a report: its plan and every baseline's with ``verify(_:)-(ExpertPlacementPlan)``,
    /// each baseline against a fresh run of the heuristic, the comparisons, and the gap.
    public func verify(_ report: ExpertPlacementReport) throws(ExpertPlacementVerificationError) {
        var violations: [String] = []
        do { try verify(report.verifiedPlan) } catch { violations += error.violations.map { "plan: \($0)" } }
        for result in report.baselines {
            let name = "baselines.\(result.baseline.rawValue)"
            do { try verify(result.plan) } catch { violations += error.violations.map { "\(name): \($0)" } }
            if result.plan.placement != result.baseline.placement(for: self) {
                violations.append("\(name): the placement is not what the \(result.baseline.title) heuristic gives")
            }
            let crossing = ExpertPlacementReport.BaselineResult.reduction(from: result.plan.crossGPUTokens, to: report.verifiedPlan.crossGPUTokens)
            if !Self.agrees(result.crossGPUReduction, crossing) {
                violations.append("\(name).crossGPUReduction is \(result.crossGPUReduction); the token counts give \(crossing)")
            }
            let objective = ExpertPlacementReport.BaselineResult.reduction(from: result.plan.objective, to: report.verifiedPlan.objective)
            if !Self.agrees(result.objectiveReduction, objective) {
                violations.append("\(name).objectiveReduction is \(result.objectiveReduction); the objectives give \(objective)")
            }
        }
        if let fallback = report.fallbackBaseline, report.verifiedPlan.placement != fallback.placement(for: self) {
            violations.append("fallbackBaseline is \(fallback.rawValue), but the plan is not that baseline's placement")
        }
        if let bound = report.lowerBound, bound > report.verifiedPlan.objective * (1 + 1e-9) + 1e-9 {
            violations.append("lowerBound \(bound) exceeds the plan's objective \(report.verifiedPlan.objective)")
        }
        guard violations.isEmpty else { throw ExpertPlacementVerificationError(violations: violations) }
    }

    /// Whether a reported figure matches its recomputed value up to rounding.
    static func agrees(_ reported: Double, _ computed: Double) -> Bool {
        abs(reported - computed) <= 1e-9 * max(1, abs(computed))
    }
}
