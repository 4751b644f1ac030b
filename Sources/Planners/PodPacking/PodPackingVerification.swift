/// A pod placement plan that breaks its problem's constraints or misstates a figure; every
/// violation found is listed.
public struct PodPackingVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence per violation.
    public var violations: [String]

    /// The violations, one per line.
    public var description: String { "the pod placement plan fails verification:\n" + violations.joined(separator: "\n") }
}

extension PodPackingProblem {
    /// Re-checks `plan` against this problem without any solver: every pod listed once, in
    /// order; every node's CPU and memory requests within its allocatable amounts; protected pods
    /// (and, with moves off, all running pods) on their node; new placements only on schedulable
    /// nodes; and the started, moved, evicted and pending lists and the per-tier counts recomputed.
    public func verify(_ plan: PodPackingPlan) throws(PodPackingVerificationError) {
        var violations: [String] = []
        guard plan.placements.count == pods.count else {
            throw PodPackingVerificationError(violations: ["the plan places \(plan.placements.count) pods; the problem has \(pods.count)"])
        }
        var nodeIndices: [String: Int] = [:]
        for (index, node) in nodes.enumerated() { nodeIndices[node.name] = index }
        var cpu = Array(repeating: 0, count: nodes.count), memory = cpu
        var started: [PodPackingPlan.Start] = [], moved: [PodPackingPlan.Move] = []
        var evicted: [String] = [], pending: [String] = []
        var counts: [Int: (pods: Int, placed: Int, started: Int, moved: Int, evicted: Int, pending: Int)] = [:]
        for (pod, placement) in zip(pods, plan.placements) {
            guard placement.pod == pod.name else {
                violations.append("placement of '\(placement.pod)' stands where '\(pod.name)' belongs")
                continue
            }
            var tier = counts[pod.priority] ?? (0, 0, 0, 0, 0, 0)
            tier.pods += 1
            if let target = placement.node {
                guard let node = nodeIndices[target] else {
                    violations.append("\(pod.name) is placed on '\(target)', which is not a node of the problem")
                    continue
                }
                cpu[node] += pod.cpu
                memory[node] += pod.memory
                tier.placed += 1
                if target != pod.node, !nodes[node].schedulable {
                    violations.append("\(pod.name) is newly placed on \(target), which is not schedulable")
                }
            }
            if let origin = pod.node, placement.node != origin {
                if pod.protected { violations.append("\(pod.name) is protected but does not stay on \(origin)") }
                if !options.allowMoves { violations.append("\(pod.name) leaves \(origin) although moves are not allowed") }
            }
            switch (pod.node, placement.node) {
            case let (nil, target?): started.append(.init(pod: pod.name, node: target)); tier.started += 1
            case (nil, nil): pending.append(pod.name); tier.pending += 1
            case let (origin?, target?) where origin != target: moved.append(.init(pod: pod.name, from: origin, to: target)); tier.moved += 1
            case (_?, nil): evicted.append(pod.name); tier.evicted += 1
            default: break
            }
            counts[pod.priority] = tier
        }
        for (index, node) in nodes.enumerated() {
            if cpu[index] > node.cpu { violations.append("\(node.name): pods request \(cpu[index])m CPU, more than its \(node.cpu)m") }
            if memory[index] > node.memory {
                violations.append("\(node.name): pods request \(memory[index]) bytes of memory, more than its \(node.memory)")
            }
        }
        if plan.started != started { violations.append("the started pods differ from the placements") }
        if plan.moved != moved { violations.append("the moved pods differ from the placements") }
        if plan.evicted != evicted { violations.append("the evicted pods differ from the placements") }
        if plan.pending != pending { violations.append("the pending pods differ from the placements") }
        let tiers = counts.keys.sorted(by: >).map { priority in
            let count = counts[priority]!
            return PodPackingPlan.Tier(priority: priority, pods: count.pods, placed: count.placed, started: count.started,
                                       moved: count.moved, evicted: count.evicted, pending: count.pending)
        }
        if violations.isEmpty, plan.tiers != tiers { violations.append("the per-tier counts differ from the placements") }
        guard violations.isEmpty else { throw PodPackingVerificationError(violations: violations) }
    }
}
