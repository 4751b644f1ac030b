/// How evenly a placement spreads some loads: per layer, the busiest GPU's load over the mean
/// GPU load (1 is perfect), and the figures behind it.
public struct ExpertLoadBalance: Sendable, Equatable, Codable {
    /// Per layer, the busiest GPU's load over the mean GPU load (1 for a layer without tokens).
    public var imbalance: [Double]
    /// Per layer, the busiest GPU's load (tokens).
    public var maxGPULoad: [Double]
    /// Per layer, the mean GPU load (tokens).
    public var meanGPULoad: [Double]
    /// Per layer, each node's load (tokens).
    public var nodeLoads: [[Double]]
    /// The mean of ``imbalance`` over layers.
    public var meanImbalance: Double
    /// The largest ``imbalance``.
    public var worstImbalance: Double

    /// The balance of `plan` on `loads[l][e]`, its GPUs grouped into `nodes` nodes.
    public init(plan: ExpertReplicationPlan, loads: [[Double]], nodes: Int) {
        var imbalance: [Double] = [], maxima: [Double] = [], means: [Double] = [], nodeLoads: [[Double]] = []
        for (layer, row) in loads.enumerated() {
            let gpuLoads = plan.gpuLoads(layer: layer, loads: row)
            let maximum = gpuLoads.max() ?? 0, mean = gpuLoads.reduce(0, +) / Double(max(gpuLoads.count, 1))
            maxima.append(maximum)
            means.append(mean)
            imbalance.append(mean > 0 ? maximum / mean : 1)
            let perNode = gpuLoads.count / nodes
            nodeLoads.append((0..<nodes).map { gpuLoads[($0 * perNode)..<(($0 + 1) * perNode)].reduce(0, +) })
        }
        self.imbalance = imbalance
        maxGPULoad = maxima
        meanGPULoad = means
        self.nodeLoads = nodeLoads
        meanImbalance = imbalance.reduce(0, +) / Double(max(imbalance.count, 1))
        worstImbalance = imbalance.max() ?? 1
    }
}
