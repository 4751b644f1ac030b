import Foundation
import MILP

/// The modelled time of a placement's MoE layers under standard expert parallelism with
/// node-limited dispatch, from ``ExpertParallelCosts``: what keeping expert groups within nodes
/// buys (fewer nodes per token) against what it costs (a busier busiest GPU).
///
/// The execution model, per layer: tokens are spread evenly over the GPUs (their home), each is
/// dispatched to its `k` experts and the outputs are combined back home. As in DeepSeek-V3's
/// dispatch, a token crosses to another node once per destination node and is forwarded inside
/// that node over NVLink. With `N` nodes and `M` GPUs, the layer takes
///
///     busiest GPU load × (expert time + 2 × intra-node transfer time)
///     + 2 × tokens × (N − 1) × max_n q_n × inter-node transfer time / M
///
/// The first term is compute plus the NVLink forward in and out of the busiest GPU; the second is
/// the inter-node dispatch and combine received by the busiest node's NICs, where `q_n = 1 −
/// (1 − p_n)^d` is the chance that a token reaches node `n`, `p_n` node `n`'s share of the
/// layer's load, and `d` the independent node draws per token: its `k` experts when replicas may
/// go anywhere (global), its `groupsPerToken` groups when each group lives in one node
/// (hierarchical). Compute and transfers are added, not overlapped: an upper estimate.
public struct ExpertLayerTime: Sendable, Equatable, Codable {
    /// Per layer, compute and the NVLink forward at the busiest GPU (seconds in JSON).
    public var busiestGPU: [Duration]
    /// Per layer, the inter-node dispatch and combine at the busiest node (seconds in JSON).
    public var interNode: [Duration]
    /// Per layer, the sum of both.
    public var layers: [Duration]
    /// The sum over layers.
    public var total: Duration

    /// The modelled time of the placement whose balance is `balance`, with `drawsPerToken` node
    /// draws per token (`k` for a global placement, the groups per token for a hierarchical one).
    public init(balance: ExpertLoadBalance, topK: Int, drawsPerToken: Int, gpus: Int, costs: ExpertParallelCosts) {
        let perToken = costs.expertTimePerToken + costs.intraNodeTransferTime * 2
        busiestGPU = balance.maxGPULoad.map { perToken * $0 }
        interNode = balance.nodeLoads.map { nodes in
            let total = nodes.reduce(0, +)
            guard nodes.count > 1, total > 0 else { return .zero }
            let reach = nodes.map { 1 - pow(1 - $0 / total, Double(drawsPerToken)) }.max() ?? 0
            let tokens = total / Double(topK)
            return costs.interNodeTransferTime * (2 * tokens * Double(nodes.count - 1) * reach / Double(gpus))
        }
        layers = zip(busiestGPU, interNode).map(+)
        total = layers.reduce(.zero, +)
    }

    private enum CodingKeys: String, CodingKey { case busiestGPU, interNode, layers, total }

    /// Decodes times given in seconds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        func seconds(_ key: CodingKeys) throws -> [Duration] { try container.decode([CodedAsSeconds].self, forKey: key).map(\.wrappedValue) }
        busiestGPU = try seconds(.busiestGPU)
        interNode = try seconds(.interNode)
        layers = try seconds(.layers)
        total = try container.decode(CodedAsSeconds.self, forKey: .total).wrappedValue
    }

    /// Encodes every time in seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(busiestGPU.map(CodedAsSeconds.init), forKey: .busiestGPU)
        try container.encode(interNode.map(CodedAsSeconds.init), forKey: .interNode)
        try container.encode(layers.map(CodedAsSeconds.init), forKey: .layers)
        try container.encode(CodedAsSeconds(wrappedValue: total), forKey: .total)
    }
}
