/// Placements a practitioner would use today, all blind to inter-layer affinity.
public enum ExpertPlacementBaseline: String, Sendable, Codable, CaseIterable {
    /// Experts `0..<s` on GPU 0, the next `s` on GPU 1, … (`s` = slots per GPU), in every layer.
    case contiguous
    /// Expert `e` on GPU `e mod gpus`, in every layer.
    case roundRobin
    /// Per layer, experts by decreasing load, each onto the least-loaded GPU with a free slot
    /// (longest processing time first).
    case greedyLoadBalance

    /// The baseline's placement of `problem`.
    public func placement(for problem: ExpertPlacementProblem) -> [[Int]] {
        let experts = problem.expertCount
        switch self {
        case .contiguous:
            let row = (0..<experts).map { $0 / problem.slotsPerGPU }
            return Array(repeating: row, count: problem.layerCount)
        case .roundRobin:
            let row = (0..<experts).map { $0 % problem.gpus }
            return Array(repeating: row, count: problem.layerCount)
        case .greedyLoadBalance:
            return problem.loads.map { loads in
                var gpuLoads = Array(repeating: 0.0, count: problem.gpus)
                var free = Array(repeating: problem.slotsPerGPU, count: problem.gpus)
                var row = Array(repeating: 0, count: experts)
                for expert in loads.indices.sorted(by: { (loads[$0], $1) > (loads[$1], $0) }) {
                    let gpu = (0..<problem.gpus).filter { free[$0] > 0 }.min { (gpuLoads[$0], $0) < (gpuLoads[$1], $1) }!
                    row[expert] = gpu
                    gpuLoads[gpu] += loads[expert]
                    free[gpu] -= 1
                }
                return row
            }
        }
    }

    /// The baseline's plan for `problem`.
    public func plan(for problem: ExpertPlacementProblem) -> ExpertPlacementPlan {
        ExpertPlacementPlan(problem: problem, placement: placement(for: problem))
    }

    /// A short name for reports.
    public var title: String {
        switch self {
        case .contiguous: "contiguous"
        case .roundRobin: "round-robin"
        case .greedyLoadBalance: "greedy load balance"
        }
    }
}
