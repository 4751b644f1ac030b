/// Which GPU hosts each expert of each layer, with the figures that follow from it: per-layer
/// loads and imbalance, tokens crossing GPUs (inside and across nodes), and both objective terms.
/// ``ExpertPlacementProblem/verify(_:)`` recomputes every figure.
public struct ExpertPlacementPlan: Sendable, Equatable, Codable {
    /// One layer's load figures.
    public struct Layer: Sendable, Equatable, Codable {
        /// The tokens each GPU computes at this layer.
        public var gpuLoads: [Double]
        /// The busiest GPU's load: the layer's time.
        public var maxLoad: Double
        /// The mean load over GPUs.
        public var meanLoad: Double
        /// `maxLoad / meanLoad`: 1 is perfect balance (1 when the layer has no tokens).
        public var imbalance: Double
    }

    /// `placement[l][e]`: the GPU hosting expert `e` of layer `l`.
    public var placement: [[Int]]
    /// Load figures, one per layer.
    public var layers: [Layer]
    /// All transition tokens between consecutive layers.
    public var transitionTokens: Double
    /// Transition tokens whose two experts sit on different GPUs of one node.
    public var intraNodeTokens: Double
    /// Transition tokens whose two experts sit on different nodes.
    public var interNodeTokens: Double
    /// `intraNodeTokens + interNodeTokens`.
    public var crossGPUTokens: Double
    /// `crossGPUTokens / transitionTokens` (0 without transitions).
    public var crossGPUShare: Double
    /// The mean of the per-layer imbalances.
    public var meanImbalance: Double
    /// The largest per-layer imbalance.
    public var maxImbalance: Double
    /// The balance term of the objective: `Σ_l maxLoad_l`.
    public var balanceTerm: Double
    /// The communication term: `λ · (intraNodeCost · intraNodeTokens + interNodeCost · interNodeTokens)`.
    public var communicationTerm: Double
    /// `balanceTerm + communicationTerm`.
    public var objective: Double

    /// The plan with `placement[l][e]` as the GPU of expert `e` of layer `l`, its figures
    /// computed from `problem`. The placement must have the problem's shape and name existing GPUs.
    public init(problem: ExpertPlacementProblem, placement: [[Int]]) {
        self.placement = placement
        layers = zip(problem.loads, placement).map { loads, gpus in
            var gpuLoads = Array(repeating: 0.0, count: problem.gpus)
            for (load, gpu) in zip(loads, gpus) { gpuLoads[gpu] += load }
            let maxLoad = gpuLoads.max() ?? 0
            let meanLoad = gpuLoads.reduce(0, +) / Double(problem.gpus)
            return Layer(gpuLoads: gpuLoads, maxLoad: maxLoad, meanLoad: meanLoad, imbalance: meanLoad > 0 ? maxLoad / meanLoad : 1)
        }
        var total = 0.0, intraNode = 0.0, interNode = 0.0
        for (layer, matrix) in problem.transitions.enumerated() {
            for (expert, row) in matrix.enumerated() {
                let source = placement[layer][expert]
                for (next, count) in row.enumerated() where count > 0 {
                    let destination = placement[layer + 1][next]
                    total += count
                    if source == destination { continue }
                    if problem.node(of: source) == problem.node(of: destination) { intraNode += count } else { interNode += count }
                }
            }
        }
        transitionTokens = total
        intraNodeTokens = intraNode
        interNodeTokens = interNode
        crossGPUTokens = intraNode + interNode
        crossGPUShare = total > 0 ? (intraNode + interNode) / total : 0
        meanImbalance = layers.reduce(0) { $0 + $1.imbalance } / Double(max(layers.count, 1))
        maxImbalance = layers.map(\.imbalance).max() ?? 1
        balanceTerm = layers.reduce(0) { $0 + $1.maxLoad }
        communicationTerm = problem.communicationWeight * (problem.intraNodeCost * intraNode + problem.interNodeCost * interNode)
        objective = balanceTerm + communicationTerm
    }

    /// The experts each GPU hosts at `layer`.
    public func experts(onEachGPUAt layer: Int, gpus: Int) -> [[Int]] {
        var hosted = Array(repeating: [Int](), count: gpus)
        for (expert, gpu) in placement[layer].enumerated() { hosted[gpu].append(expert) }
        return hosted
    }
}
