extension ExpertReplicationProblem {
    /// Re-checks a plan against this problem without any solver or search code: the shape,
    /// every expert of every layer in at least one slot, and in hierarchical mode every group
    /// with all its replicas in one node and the same number of groups per node.
    public func verify(_ plan: ExpertReplicationPlan) throws(ExpertPlacementVerificationError) {
        var violations: [String] = []
        do {
            _ = try ExpertReplicationPlan(physicalToLogicalMap: plan.physicalToLogicalMap, gpus: plan.gpus, experts: plan.experts)
        } catch {
            violations.append(error.description)
        }
        if plan.layerCount != layerCount || plan.replicas != replicas || plan.gpus != gpus || plan.experts != expertCount {
            violations.append("the plan has \(plan.layerCount) layers × \(plan.replicas) slots on \(plan.gpus) GPUs for \(plan.experts) experts; the problem has \(layerCount) × \(replicas) on \(gpus) for \(expertCount)")
        }
        guard violations.isEmpty else { throw ExpertPlacementVerificationError(violations: violations) }
        if mode == .hierarchical {
            let slotsPerNode = replicas / nodes
            for (layer, slots) in plan.physicalToLogicalMap.enumerated() {
                var groupNodes = Array(repeating: Set<Int>(), count: groups)
                for (slot, expert) in slots.enumerated() { groupNodes[expert / expertsPerGroup].insert(slot / slotsPerNode) }
                for (group, nodes) in groupNodes.enumerated() where nodes.count != 1 {
                    violations.append("layer \(layer): group \(group) spans nodes \(nodes.sorted())")
                }
                for node in 0..<nodes {
                    let count = groupNodes.filter { $0 == [node] }.count
                    if count != groups / nodes { violations.append("layer \(layer): node \(node) holds \(count) groups, not \(groups / nodes)") }
                }
            }
        }
        guard violations.isEmpty else { throw ExpertPlacementVerificationError(violations: violations) }
    }

    /// Re-checks a report: its plan, every layer's objective recomputed from the loads, bounds
    /// below objectives, gaps, the plan never worse than EPLB in the problem's mode on any layer,
    /// and every baseline's objectives.
    public func verify(_ report: ExpertReplicationReport) throws(ExpertPlacementVerificationError) {
        try verify(report.verifiedPlan)
        var violations: [String] = []
        let scores = self.scores(of: report.verifiedPlan)
        for (layer, result) in report.layers.enumerated() {
            if !Self.agrees(result.score, scores[layer]) {
                violations.append("layers[\(layer)].score is \(result.score); the loads and plan give \(scores[layer])")
            }
            if result.lowerBound > result.score * (1 + 1e-9) || result.globalLowerBound > result.lowerBound * (1 + 1e-9) {
                violations.append("layers[\(layer)]: bounds \(result.globalLowerBound) ≤ \(result.lowerBound) ≤ score \(result.score) do not hold")
            }
            let gap = result.score > 0 ? max(0, result.score - result.lowerBound) / result.score : 0
            if !Self.agrees(result.gap, gap) { violations.append("layers[\(layer)].gap is \(result.gap); the bound gives \(gap)") }
        }
        let sameMode: ExpertReplicationBaseline = mode == .hierarchical ? .eplbHierarchical : .eplbGlobal
        for result in report.baselines {
            let recomputed = self.scores(of: result.plan)
            if zip(result.scores, recomputed).contains(where: { !Self.agrees($0, $1) }) {
                violations.append("baselines.\(result.baseline.rawValue).scores do not match the loads and its plan")
            }
            if result.plan != result.baseline.plan(for: self) {
                violations.append("baselines.\(result.baseline.rawValue): the plan is not what \(result.baseline.title) gives")
            }
            if result.baseline == sameMode {
                for layer in scores.indices where scores[layer] > recomputed[layer] * (1 + 1e-9) {
                    violations.append("layer \(layer): the plan (\(scores[layer])) is worse than \(result.baseline.title) (\(recomputed[layer]))")
                }
            }
        }
        guard violations.isEmpty else { throw ExpertPlacementVerificationError(violations: violations) }
    }

    private static func agrees(_ reported: Double, _ computed: Double) -> Bool {
        abs(reported - computed) <= 1e-9 * max(1, abs(computed))
    }
}
