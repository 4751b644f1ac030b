/// The placements a serving engineer compares against: EPLB in both modes, fed the loads summed
/// over the history (what engines do today), and one copy per expert without replication.
public enum ExpertReplicationBaseline: String, Sendable, Codable, CaseIterable {
    /// EPLB's hierarchical mode: groups packed onto nodes, then replicas within each node.
    case eplbHierarchical
    /// EPLB's global mode: replicas over all experts, packed onto all GPUs.
    case eplbGlobal
    /// One copy per expert: experts `0..<E/M` on GPU 0, the next on GPU 1, …
    case contiguous
    /// One copy per expert: expert `e` on GPU `e mod M`.
    case roundRobin

    /// The baseline's plan for `problem`, or `nil` when it does not apply: EPLB hierarchical
    /// needs the groups to divide among the nodes, the unreplicated ones the experts among the GPUs.
    public func plan(for problem: ExpertReplicationProblem) -> ExpertReplicationPlan? {
        let experts = problem.expertCount, gpus = problem.gpus
        let hosted: [[[Int]]]
        switch self {
        case .eplbHierarchical:
            guard problem.groups % problem.nodes == 0 else { return nil }
            hosted = problem.loads.summed.map {
                EPLB.hierarchical($0, slots: problem.replicas, gpus: gpus, nodes: problem.nodes, groups: problem.groups)
            }
        case .eplbGlobal:
            hosted = problem.loads.summed.map { EPLB.global($0, slots: problem.replicas, gpus: gpus) }
        case .contiguous, .roundRobin:
            guard experts % gpus == 0 else { return nil }
            let perGPU = experts / gpus
            let layer = (0..<gpus).map { gpu in
                (0..<perGPU).map { self == .contiguous ? gpu * perGPU + $0 : $0 * gpus + gpu }
            }
            hosted = Array(repeating: layer, count: problem.layerCount)
        }
        return ExpertReplicationPlan(gpuExperts: hosted, experts: experts)
    }

    /// A short name for reports.
    public var title: String {
        switch self {
        case .eplbHierarchical: "EPLB hierarchical"
        case .eplbGlobal: "EPLB global"
        case .contiguous: "contiguous (no replicas)"
        case .roundRobin: "round-robin (no replicas)"
        }
    }
}
