/// Expert load balancing with redundant experts, as serving engines do it (DeepSeek's EPLB, vLLM,
/// SGLang): `replicas` physical slots on `gpus` GPUs hold every logical expert of a layer at
/// least once, hot experts several times; slot `s` lives on GPU `s / (replicas / gpus)`.
///
/// The model, per layer: integer replica counts (each ≥ 1, summing to `replicas`), replicas
/// assigned to GPUs with exactly `replicas / gpus` slots per GPU, and an expert's tokens split
/// evenly over its replicas (EPLB's assumption: the router picks among an expert's replicas
/// uniformly); minimise the busiest GPU's load divided by the mean GPU load. In hierarchical mode
/// (EPLB's), each expert group stays within one node, so group-limited routing stays
/// node-limited: groups are packed onto nodes (the same number per node) to balance node loads
/// first, then each node's experts are replicated into its slots and packed onto its GPUs.
///
/// With several windows of loads (a history), one placement serves them all; the objective is
/// each window's busiest-over-mean GPU load, combined by ``historyObjective``.
///
/// In JSON: `{"loads": [[…]], "replicas": 16, "gpus": 8}` with optional `nodes`, `groups`,
/// `mode`, `historyObjective`, `slotsPerGPULimit`, and `costs` with `topK` and `groupsPerToken`
/// for the modelled layer time; `loads` takes every JSON form
/// ``ExpertLoads`` reads (a layers × experts array, windows × layers × experts, or a routing log).
public struct ExpertReplicationProblem: PlanningProblem, Equatable {
    /// Which GPUs host the experts.
    public typealias Plan = ExpertReplicationPlan
    /// Why a plan or report fails verification.
    public typealias VerificationError = ExpertPlacementVerificationError

    /// Where replicas may go.
    public enum Mode: String, Sendable, Codable, CaseIterable {
        /// Any replica on any GPU.
        case global
        /// Each expert group (with all its replicas) within one node, the same number of groups
        /// per node: what EPLB does when groups divide by nodes.
        case hierarchical
    }

    /// How the per-window objectives of a history combine.
    public enum HistoryObjective: String, Sendable, Codable, CaseIterable {
        /// The worst window's busiest-over-mean GPU load.
        case worst
        /// The mean over windows of the busiest-over-mean GPU load.
        case mean
    }

    /// The loads, one or more windows.
    public private(set) var loads: ExpertLoads
    /// Physical expert slots per layer (R), a multiple of ``gpus`` and at least the expert count.
    public private(set) var replicas: Int
    /// GPUs (M).
    public private(set) var gpus: Int
    /// Nodes (N), dividing ``gpus``.
    public private(set) var nodes: Int
    /// Expert groups (G): consecutive experts, `experts / groups` each, as the router's
    /// group-limited routing sees them; 1 when the model has none.
    public private(set) var groups: Int
    /// Where replicas may go.
    public private(set) var mode: Mode
    /// How a history's windows combine.
    public private(set) var historyObjective: HistoryObjective
    /// Expert slots one GPU's memory holds, if known; a plan with more is flagged.
    public private(set) var slotsPerGPULimit: Int?
    /// The hardware, to report each placement's modelled layer time (``ExpertLayerTime``).
    public private(set) var costs: ExpertParallelCosts?
    /// Experts each token is routed to (k); required with ``costs``.
    public private(set) var topK: Int?
    /// Expert groups each token's experts lie in (group-limited routing); with ``costs``, by
    /// default `min(topK, groups)`, which assumes no group limit.
    public private(set) var groupsPerToken: Int?

    /// The largest GPU count and slot count accepted.
    public static let maximumGPUs = 100_000
    /// The largest number of physical slots per layer accepted.
    public static let maximumReplicas = 1_000_000

    /// A validated problem; `mode` defaults to EPLB's choice: hierarchical when there are
    /// several nodes and the groups divide evenly among them, global otherwise.
    public init(loads: ExpertLoads, replicas: Int, gpus: Int, nodes: Int = 1, groups: Int = 1, mode: Mode? = nil,
                historyObjective: HistoryObjective = .worst, slotsPerGPULimit: Int? = nil,
                costs: ExpertParallelCosts? = nil, topK: Int? = nil, groupsPerToken: Int? = nil) throws(PlannerInputError) {
        self.loads = loads
        self.replicas = replicas
        self.gpus = gpus
        self.nodes = nodes
        self.groups = groups
        self.mode = mode ?? (nodes > 1 && groups % nodes == 0 ? .hierarchical : .global)
        self.historyObjective = historyObjective
        self.slotsPerGPULimit = slotsPerGPULimit
        self.costs = costs
        self.topK = topK
        self.groupsPerToken = groupsPerToken
        try validate()
        if costs != nil, groupsPerToken == nil, let topK { self.groupsPerToken = min(topK, groups) }
    }

    /// The number of MoE layers.
    public var layerCount: Int { loads.layerCount }
    /// The number of logical experts per layer.
    public var expertCount: Int { loads.expertCount }
    /// Physical slots per GPU.
    public var slotsPerGPU: Int { replicas / gpus }
    /// GPUs per node.
    public var gpusPerNode: Int { gpus / nodes }
    /// Experts per group.
    public var expertsPerGroup: Int { expertCount / groups }
    /// The node of `gpu`.
    public func node(of gpu: Int) -> Int { gpu / gpusPerNode }

    /// Conditions of the input that do not stop planning but that a person must know about.
    public var warnings: [ExpertPlacementWarning] {
        guard let slotsPerGPULimit, slotsPerGPU > slotsPerGPULimit else { return [] }
        return [.slotsBeyondMemory(slotsPerGPU: slotsPerGPU, limit: slotsPerGPULimit)]
    }

    /// Checks every count against the others and its range, naming the field at fault.
    public func validate() throws(PlannerInputError) {
        guard (1...Self.maximumGPUs).contains(gpus) else { throw PlannerInputError(field: "gpus", "must be from 1 to \(Self.maximumGPUs), got \(gpus)") }
        guard (1...Self.maximumReplicas).contains(replicas) else {
            throw PlannerInputError(field: "replicas", "must be from 1 to \(Self.maximumReplicas), got \(replicas)")
        }
        guard replicas % gpus == 0 else {
            throw PlannerInputError(field: "replicas", "must be a multiple of the \(gpus) GPUs (every GPU holds the same number of slots), got \(replicas)")
        }
        guard replicas >= expertCount else {
            throw PlannerInputError(field: "replicas", "must be at least the \(expertCount) logical experts (each needs a slot), got \(replicas)")
        }
        guard nodes >= 1, gpus % nodes == 0 else { throw PlannerInputError(field: "nodes", "must divide the \(gpus) GPUs, got \(nodes)") }
        guard groups >= 1, expertCount % groups == 0 else {
            throw PlannerInputError(field: "groups", "must divide the \(expertCount) experts, got \(groups)")
        }
        if mode == .hierarchical {
            guard groups % nodes == 0 else {
                throw PlannerInputError(field: "mode", "hierarchical needs the \(groups) expert groups to divide evenly among the \(nodes) nodes")
            }
            guard (replicas / nodes) >= expertCount / nodes, replicas % nodes == 0 else {
                throw PlannerInputError(field: "replicas", "hierarchical needs the slots to divide evenly among the \(nodes) nodes")
            }
        }
        if let slotsPerGPULimit, slotsPerGPULimit < 1 {
            throw PlannerInputError(field: "slotsPerGPULimit", "must be positive, got \(slotsPerGPULimit)")
        }
        try costs?.validate()
        guard costs != nil else {
            for (field, value) in [("topK", topK), ("groupsPerToken", groupsPerToken)] where value != nil {
                throw PlannerInputError(field: field, "goes with costs (the modelled layer time); without them it changes nothing")
            }
            return
        }
        guard let topK else { throw PlannerInputError(field: "topK", "is needed with costs: the experts each token is routed to") }
        guard (1...expertCount).contains(topK) else { throw PlannerInputError(field: "topK", "must be from 1 to the \(expertCount) experts, got \(topK)") }
        if let groupsPerToken, !(1...min(groups, topK)).contains(groupsPerToken) {
            throw PlannerInputError(field: "groupsPerToken", "must be from 1 to min(topK, groups) = \(min(groups, topK)), got \(groupsPerToken)")
        }
    }
}

extension ExpertReplicationProblem {
    /// The modelled layer time of `plan` on the loads summed over the windows, when the problem
    /// has costs; `hierarchical` says the plan keeps every group within one node.
    public func layerTime(of plan: ExpertReplicationPlan, hierarchical: Bool) -> ExpertLayerTime? {
        guard let costs, let topK else { return nil }
        return ExpertLayerTime(balance: ExpertLoadBalance(plan: plan, loads: loads.summed, nodes: nodes), topK: topK,
                               drawsPerToken: hierarchical ? groupsPerToken ?? min(topK, groups) : topK, gpus: gpus, costs: costs)
    }

    /// Layer `layer`'s loads scaled so that, in every window, the mean GPU load is 1: the load of
    /// expert `e` in window `t` is `scaled[e][t]`. A window without tokens at this layer is all
    /// zeros (it cannot be unbalanced).
    func scaledLoads(layer: Int) -> [[Double]] {
        let windows = loads.windows.map { $0[layer] }
        let factors = windows.map { row in
            let total = row.reduce(0, +)
            return total > 0 ? Double(gpus) / total : 0
        }
        return (0..<expertCount).map { expert in windows.indices.map { windows[$0][expert] * factors[$0] } }
    }

    /// Combines per-window busiest-over-mean loads by ``historyObjective``.
    func combine(_ perWindow: [Double]) -> Double {
        switch historyObjective {
        case .worst: perWindow.max() ?? 0
        case .mean: perWindow.reduce(0, +) / Double(max(perWindow.count, 1))
        }
    }
}

extension ExpertReplicationProblem: Codable {
    private enum CodingKeys: String, CodingKey {
        case loads, replicas, gpus, nodes, groups, mode, historyObjective, slotsPerGPULimit, costs, topK, groupsPerToken
    }

    /// Decodes and validates a problem; `nodes` and `groups` default to 1, `mode` to EPLB's choice.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(loads: try container.decode(ExpertLoads.self, forKey: .loads),
                      replicas: try container.decode(Int.self, forKey: .replicas),
                      gpus: try container.decode(Int.self, forKey: .gpus),
                      nodes: try container.decodeIfPresent(Int.self, forKey: .nodes) ?? 1,
                      groups: try container.decodeIfPresent(Int.self, forKey: .groups) ?? 1,
                      mode: try container.decodeIfPresent(Mode.self, forKey: .mode),
                      historyObjective: try container.decodeIfPresent(HistoryObjective.self, forKey: .historyObjective) ?? .worst,
                      slotsPerGPULimit: try container.decodeIfPresent(Int.self, forKey: .slotsPerGPULimit),
                      costs: try container.decodeIfPresent(ExpertParallelCosts.self, forKey: .costs),
                      topK: try container.decodeIfPresent(Int.self, forKey: .topK),
                      groupsPerToken: try container.decodeIfPresent(Int.self, forKey: .groupsPerToken))
    }

    /// Encodes the problem with every parameter resolved; one window of loads as a 2-D array,
    /// several as a 3-D one.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if loads.windowCount == 1 {
            try container.encode(loads.windows[0], forKey: .loads)
        } else {
            try container.encode(loads.windows, forKey: .loads)
        }
        try container.encode(replicas, forKey: .replicas)
        try container.encode(gpus, forKey: .gpus)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(groups, forKey: .groups)
        try container.encode(mode, forKey: .mode)
        try container.encode(historyObjective, forKey: .historyObjective)
        try container.encodeIfPresent(slotsPerGPULimit, forKey: .slotsPerGPULimit)
        try container.encodeIfPresent(costs, forKey: .costs)
        try container.encodeIfPresent(topK, forKey: .topK)
        try container.encodeIfPresent(groupsPerToken, forKey: .groupsPerToken)
    }
}
