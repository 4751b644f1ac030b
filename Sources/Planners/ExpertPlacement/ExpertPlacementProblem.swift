/// Mixture-of-experts layers to place on GPUs under expert parallelism (MoETuner, ExFlow).
///
/// For each MoE layer, the tokens routed to each expert (`loads`), and for each pair of
/// consecutive layers, how many tokens go from expert `e` of one layer to expert `f` of the next
/// (`transitions`). The question: which GPU hosts each expert of each layer, so that GPUs carry
/// similar loads and few tokens cross GPUs between layers. Every initializer validates and throws
/// a ``PlannerInputError`` naming the offending layer, expert or field.
///
/// The execution model is ExFlow's: a token stays on the GPU of the expert that computed it until
/// the next layer's expert takes it, so a transition between experts on different GPUs moves the
/// token once. With ``costs`` the communication term is derived from the hardware: a crossing
/// costs its transfer time over the expert's compute time per token (``ExpertParallelCosts``),
/// and λ is `1 / gpus` because the all-to-all between two layers moves the crossing tokens on all
/// GPUs' links at once. The objective is then in expert compute times of one token, and times
/// the expert's time per token it is the modelled time of the traced batch through all layers.
public struct ExpertPlacementProblem: PlanningProblem, Equatable {
    /// Which GPUs host the experts.
    public typealias Plan = ExpertPlacementPlan
    /// Why a plan or report fails verification.
    public typealias VerificationError = ExpertPlacementVerificationError

    /// `loads[l][e]`: tokens routed to expert `e` of layer `l`.
    public private(set) var loads: [[Double]]
    /// `transitions[l][e][f]`: tokens routed to expert `e` of layer `l` and then to expert `f` of
    /// layer `l + 1`; one matrix per pair of consecutive layers.
    public private(set) var transitions: [[[Double]]]
    /// The number of GPUs.
    public private(set) var gpus: Int
    /// GPUs per node; `gpus` is a whole number of nodes.
    public private(set) var gpusPerNode: Int
    /// Experts of one layer that one GPU can host.
    public private(set) var slotsPerGPU: Int
    /// The cost of one token moving between two GPUs of one node.
    public private(set) var intraNodeCost: Double
    /// The cost of one token moving between GPUs of different nodes.
    public private(set) var interNodeCost: Double
    /// λ: the weight of communication against balance in the objective
    /// `Σ_l maxLoad_l + λ · Σ cost · crossing tokens`.
    public private(set) var communicationWeight: Double
    /// The hardware the costs and λ were derived from, when they were.
    public private(set) var costs: ExpertParallelCosts?

    /// A validated problem.
    ///
    /// - Parameters:
    ///   - loads: tokens per expert, one array per layer.
    ///   - transitions: token counts between consecutive layers, `layers − 1` square matrices.
    ///   - gpus: the number of GPUs.
    ///   - gpusPerNode: GPUs per node; `nil` puts all GPUs in one node.
    ///   - slotsPerGPU: experts per layer per GPU; `nil` means ⌈experts / gpus⌉, an even split.
    ///   - intraNodeCost: the cost of a token crossing GPUs within a node.
    ///   - interNodeCost: the cost of a token crossing nodes; `nil` means 4 × `intraNodeCost`
    ///     (InfiniBand is several times slower than NVLink).
    ///   - communicationWeight: λ; `nil` means `1 / gpus`: the all-to-all spreads crossing tokens
    ///     over all GPUs, each moving about `1/gpus` of them, so moving a token counts as much as
    ///     computing one on the busiest GPU.
    ///   - costs: the hardware to derive both costs from (λ is then `1 / gpus`); give either
    ///     these or the bare costs and λ.
    public init(
        loads: [[Double]],
        transitions: [[[Double]]],
        gpus: Int,
        gpusPerNode: Int? = nil,
        slotsPerGPU: Int? = nil,
        intraNodeCost: Double? = nil,
        interNodeCost: Double? = nil,
        communicationWeight: Double? = nil,
        costs: ExpertParallelCosts? = nil
    ) throws(PlannerInputError) {
        if costs != nil, let given = [("intraNodeCost", intraNodeCost), ("interNodeCost", interNodeCost),
                                      ("communicationWeight", communicationWeight)].first(where: { $0.1 != nil }) {
            throw PlannerInputError(field: given.0, "give either costs (hiddenSize, dtype, bandwidths, expert time) or bare costs and λ, not both")
        }
        self.loads = loads
        self.transitions = transitions
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode ?? gpus
        let experts = loads.first?.count ?? 0
        self.slotsPerGPU = slotsPerGPU ?? (gpus > 0 && experts > 0 ? (experts - 1) / gpus + 1 : 0)
        let intraNodeCost = costs?.intraNodeCost ?? intraNodeCost ?? 1
        self.intraNodeCost = intraNodeCost
        self.interNodeCost = costs?.interNodeCost ?? interNodeCost ?? 4 * intraNodeCost
        self.communicationWeight = communicationWeight ?? (gpus > 0 ? 1 / Double(gpus) : 0)
        self.costs = costs
        try validate()
    }

    /// A validated problem whose loads and transitions are counted from a token-level routing log
    /// of `layers` layers with `experts` experts each; see ``ExpertRoutingLog``.
    public init(
        routingLog: ExpertRoutingLog,
        layers: Int,
        experts: Int,
        gpus: Int,
        gpusPerNode: Int? = nil,
        slotsPerGPU: Int? = nil,
        intraNodeCost: Double? = nil,
        interNodeCost: Double? = nil,
        communicationWeight: Double? = nil,
        costs: ExpertParallelCosts? = nil
    ) throws(PlannerInputError) {
        let counts = try routingLog.counts(layers: layers, experts: experts)
        try self.init(loads: counts.loads, transitions: counts.transitions, gpus: gpus, gpusPerNode: gpusPerNode,
                      slotsPerGPU: slotsPerGPU, intraNodeCost: intraNodeCost, interNodeCost: interNodeCost,
                      communicationWeight: communicationWeight, costs: costs)
    }

    /// The number of MoE layers.
    public var layerCount: Int { loads.count }
    /// The number of experts per layer.
    public var expertCount: Int { loads.first?.count ?? 0 }
    /// The number of nodes.
    public var nodes: Int { gpus / gpusPerNode }

    /// The node of `gpu`.
    public func node(of gpu: Int) -> Int { gpu / gpusPerNode }

    /// The same problem on `gpus` GPUs. A single node stays a single node; slots per GPU and the
    /// communication weight follow the new GPU count where the original had their defaults (or
    /// derived them from ``costs``).
    public func withGPUs(_ gpus: Int, gpusPerNode: Int? = nil) throws(PlannerInputError) -> ExpertPlacementProblem {
        let defaultSlots = (expertCount + self.gpus - 1) / self.gpus
        let derived = costs != nil
        return try ExpertPlacementProblem(
            loads: loads, transitions: transitions, gpus: gpus, gpusPerNode: gpusPerNode ?? (nodes == 1 ? gpus : self.gpusPerNode),
            slotsPerGPU: slotsPerGPU == defaultSlots ? nil : slotsPerGPU, intraNodeCost: derived ? nil : intraNodeCost,
            interNodeCost: derived ? nil : interNodeCost,
            communicationWeight: derived || communicationWeight == 1 / Double(self.gpus) ? nil : communicationWeight, costs: costs)
    }

    /// The same trace and GPUs with the communication costs and λ derived from `costs`.
    public func withCosts(_ costs: ExpertParallelCosts) throws(PlannerInputError) -> ExpertPlacementProblem {
        try ExpertPlacementProblem(loads: loads, transitions: transitions, gpus: gpus, gpusPerNode: gpusPerNode, slotsPerGPU: slotsPerGPU,
                                   costs: costs)
    }

    /// The largest GPU count and slots per GPU accepted.
    public static let limits = (gpus: 100_000, slotsPerGPU: 10_000)

    // MARK: Validation

    /// Checks the trace's shape and every number, naming the layer, expert or field at fault.
    public func validate() throws(PlannerInputError) {
        guard !loads.isEmpty else { throw PlannerInputError(field: "loads", "lists no layers") }
        let experts = expertCount
        guard experts > 0 else { throw PlannerInputError(field: "loads[0]", "lists no experts") }
        for (layer, row) in loads.enumerated() {
            guard row.count == experts else {
                throw PlannerInputError(field: "loads[\(layer)]", "layer \(layer) has \(row.count) experts; layer 0 has \(experts)")
            }
            for (expert, load) in row.enumerated() where !(load.isFinite && load >= 0) {
                throw PlannerInputError(field: "loads[\(layer)][\(expert)]", "the load of expert \(expert) in layer \(layer) must be a finite number ≥ 0, got \(load)")
            }
        }
        guard transitions.count == loads.count - 1 else {
            throw PlannerInputError(field: "transitions", "expected \(loads.count - 1) matrices, one per pair of consecutive layers, got \(transitions.count)")
        }
        for (layer, matrix) in transitions.enumerated() {
            guard matrix.count == experts else {
                throw PlannerInputError(field: "transitions[\(layer)]", "expected \(experts) rows (experts of layer \(layer)), got \(matrix.count)")
            }
            for (expert, row) in matrix.enumerated() {
                guard row.count == experts else {
                    throw PlannerInputError(field: "transitions[\(layer)][\(expert)]", "expected \(experts) counts (experts of layer \(layer + 1)), got \(row.count)")
                }
                for (next, count) in row.enumerated() where !(count.isFinite && count >= 0) {
                    throw PlannerInputError(field: "transitions[\(layer)][\(expert)][\(next)]", "tokens from expert \(expert) of layer \(layer) to expert \(next) of layer \(layer + 1) must be a finite number ≥ 0, got \(count)")
                }
            }
        }
        guard (1...Self.limits.gpus).contains(gpus) else {
            throw PlannerInputError(field: "gpus", "must be from 1 to \(Self.limits.gpus), got \(gpus)")
        }
        guard gpusPerNode > 0 else { throw PlannerInputError(field: "gpusPerNode", "must be positive, got \(gpusPerNode)") }
        guard gpus % gpusPerNode == 0 else {
            throw PlannerInputError(field: "gpus", "must be a whole number of nodes of \(gpusPerNode) GPUs, got \(gpus)")
        }
        guard (1...Self.limits.slotsPerGPU).contains(slotsPerGPU) else {
            throw PlannerInputError(field: "slotsPerGPU", "must be from 1 to \(Self.limits.slotsPerGPU), got \(slotsPerGPU)")
        }
        guard slotsPerGPU * gpus >= experts else {
            throw PlannerInputError(field: "slotsPerGPU", "\(gpus) GPUs × \(slotsPerGPU) slots hold \(slotsPerGPU * gpus) experts per layer, fewer than the \(experts) experts")
        }
        guard intraNodeCost.isFinite, intraNodeCost >= 0 else {
            throw PlannerInputError(field: "intraNodeCost", "must be a finite number ≥ 0, got \(intraNodeCost)")
        }
        guard interNodeCost.isFinite, interNodeCost >= intraNodeCost else {
            throw PlannerInputError(field: "interNodeCost", "must be finite and at least intraNodeCost (\(intraNodeCost)), got \(interNodeCost)")
        }
        guard communicationWeight.isFinite, communicationWeight >= 0 else {
            throw PlannerInputError(field: "communicationWeight", "must be a finite number ≥ 0, got \(communicationWeight)")
        }
    }
}

extension ExpertPlacementProblem {
    /// A lower bound on layer `layer`'s busiest-GPU load in any placement: the largest expert
    /// load, the mean GPU load, and (with more experts than GPUs) the two experts that must share
    /// a GPU among the `gpus + 1` largest.
    func minimumMaxLoad(layer: Int) -> Double {
        let loads = self.loads[layer]
        let descending = loads.sorted(by: >)
        var bound = max(descending[0], loads.reduce(0, +) / Double(gpus))
        if loads.count > gpus { bound = max(bound, descending[gpus - 1] + descending[gpus]) }
        return bound
    }
}
