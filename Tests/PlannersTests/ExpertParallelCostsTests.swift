import Foundation
import Planners
import Testing

@Suite("Expert placement: communication costs from the hardware")
struct ExpertParallelCostsTests {
    /// A 4096-wide bf16 activation over 450 GB/s NVLink and 50 GB/s NICs, experts at 0.1 µs per token.
    static func costs() throws -> ExpertParallelCosts {
        try ExpertParallelCosts(hiddenSize: 4096, dtype: .bf16, intraNodeBandwidth: 450e9, interNodeBandwidth: 50e9,
                                expertTimePerToken: .nanoseconds(100))
    }

    @Test("a token weighs hidden size × dtype bytes; each crossing costs its transfer time over the expert time")
    func derivation() throws {
        let costs = try Self.costs()
        #expect(costs.bytesPerToken == 8192)
        #expect(abs(costs.intraNodeCost / (8192 / 450e9 / 1e-7) - 1) < 1e-9)
        #expect(abs(costs.interNodeCost / (8192 / 50e9 / 1e-7) - 1) < 1e-9)
    }

    @Test("a trace with costs takes both costs from them and λ = 1/gpus; bare costs beside them are refused")
    func traceCosts() throws {
        let costs = try Self.costs()
        let problem = try ExpertPlacementProblem(loads: [[1, 1], [1, 1]], transitions: [[[1, 0], [0, 1]]], gpus: 4, gpusPerNode: 2, costs: costs)
        #expect(problem.intraNodeCost == costs.intraNodeCost && problem.interNodeCost == costs.interNodeCost)
        #expect(problem.communicationWeight == 0.25)
        #expect(try problem.withGPUs(8, gpusPerNode: 2).communicationWeight == 0.125)
        #expect { try ExpertPlacementProblem(loads: [[1]], transitions: [], gpus: 1, communicationWeight: 1, costs: costs) } throws: {
            ($0 as? PlannerInputError)?.field == "communicationWeight"
        }
        let json = try PlannerJSON.encode(problem)
        #expect(try ExpertPlacementProblem.decode(from: json) == problem)
    }

    @Test("the modelled layer time: busiest GPU × (expert + 2 NVLink) + 2 × tokens × (N − 1) × max q_n × NIC / M")
    func layerTime() throws {
        let costs = try Self.costs()
        // Two nodes of two GPUs; the second node carries 3/4 of the load, top-2 routing.
        let loads = try ExpertLoads([[30, 30, 10, 10]])
        let problem = try ExpertReplicationProblem(loads: loads, replicas: 4, gpus: 4, nodes: 2, groups: 2, mode: .global,
                                                   costs: costs, topK: 2, groupsPerToken: 1)
        let plan = try ExpertReplicationPlan(physicalToLogicalMap: [[2, 3, 0, 1]], gpus: 4, experts: 4)
        let time = try #require(problem.layerTime(of: plan, hierarchical: false))
        let busiest = 30 * (1e-7 + 2 * 8192 / 450e9)
        let reach = 1 - 0.25 * 0.25, tokens = 80.0 / 2
        let interNode = 2 * tokens * 1 * reach * (8192 / 50e9) / 4
        #expect(abs(time.busiestGPU[0].inSeconds / busiest - 1) < 1e-9)
        #expect(abs(time.interNode[0].inSeconds / interNode - 1) < 1e-9)
        // Kept in one node per group, a token's one group (of two experts) reaches fewer nodes.
        let grouped = try #require(problem.layerTime(of: plan, hierarchical: true))
        #expect(grouped.interNode[0] < time.interNode[0])
    }
}
