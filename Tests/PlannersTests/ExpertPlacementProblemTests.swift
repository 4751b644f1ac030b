import Foundation
import Planners
import Testing

@Suite("Expert placement: input and validation")
struct ExpertPlacementProblemTests {
    @Test("defaults: one node, an even split of slots, λ = 1/gpus, inter-node 4× intra-node")
    func defaults() throws {
        let problem = try ExpertPlacementProblem(loads: [[1, 1, 1]], transitions: [], gpus: 2)
        #expect(problem.gpusPerNode == 2)
        #expect(problem.nodes == 1)
        #expect(problem.slotsPerGPU == 2)
        #expect(problem.communicationWeight == 0.5)
        #expect(problem.interNodeCost == 4)
    }

    @Test("invalid input names the field, layer or expert at fault", arguments: [
        (#"{"gpus": 2, "loads": [[1, 2], [3]], "transitions": [[[0, 0], [0, 0]]]}"#, "loads[1]"),
        (#"{"gpus": 2, "loads": [[1, -2]], "transitions": []}"#, "loads[0][1]"),
        (#"{"gpus": 2, "loads": [[1, 2], [3, 4]], "transitions": []}"#, "transitions"),
        (#"{"gpus": 2, "loads": [[1, 2], [3, 4]], "transitions": [[[0, 0], [0]]]}"#, "transitions[0][1]"),
        (#"{"gpus": 2, "loads": [[1, 2], [3, 4]], "transitions": [[[0, 0], [0, "many"]]]}"#, "transitions[0][1][1]"),
        (#"{"gpus": 2, "slotsPerGPU": 1, "loads": [[1, 2, 3]], "transitions": []}"#, "slotsPerGPU"),
        (#"{"gpus": 6, "gpusPerNode": 4, "loads": [[1, 2]], "transitions": []}"#, "gpus"),
        (#"{"gpus": 2, "interNodeCost": 0.5, "loads": [[1, 2]], "transitions": []}"#, "interNodeCost"),
        (#"{"gpus": 2, "loads": [[1, 2]], "transitions": [], "layers": 3}"#, "layers"),
        (#"{"gpus": 2, "transitions": []}"#, "loads"),
        (#"{"loads": [[1, 2]], "transitions": []}"#, "gpus"),
        (#"{"gpus": 2, "experts": 2, "routingLog": [{"token": 0, "layer": 0, "experts": [2]}]}"#, "routingLog[0].experts[0]"),
        (#"{"gpus": 2, "routingLog": [{"token": 0, "layer": 0, "experts": [1, 1]}]}"#, "routingLog[0].experts[1]"),
        (#"{"gpus": 2, "routingLog": [{"token": 0, "layer": 0, "experts": [0]}, {"token": 0, "layer": 0, "experts": [1]}]}"#, "routingLog[1].layer"),
    ])
    func invalidInput(json: String, field: String) {
        #expect(throws: PlannerInputError.self) { try PlannerJSON.decode(ExpertPlacementProblem.self, from: Data(json.utf8)) }
        do {
            _ = try PlannerJSON.decode(ExpertPlacementProblem.self, from: Data(json.utf8))
        } catch {
            #expect(error.field == field, "\(error)")
        }
    }

    @Test("a layer with the wrong number of experts is named with both counts")
    func raggedLayerMessage() {
        #expect(throws: PlannerInputError(field: "loads[1]", "layer 1 has 1 experts; layer 0 has 2")) {
            try ExpertPlacementProblem(loads: [[1, 2], [3]], transitions: [[[0, 0], [0, 0]]], gpus: 2)
        }
    }

    @Test("a routing log decodes into loads and transitions")
    func routingLogDecodes() throws {
        let json = #"""
            {"gpus": 2, "routingLog": [
              {"token": 0, "layer": 0, "experts": [0, 1]}, {"token": 0, "layer": 1, "experts": [1]},
              {"token": 1, "layer": 0, "experts": [1]}, {"token": 1, "layer": 1, "experts": [0, 1]}]}
            """#
        let problem = try PlannerJSON.decode(ExpertPlacementProblem.self, from: Data(json.utf8))
        #expect(problem.loads == [[1, 2], [1, 2]])
        #expect(problem.transitions == [[[0, 0.5], [1, 1.5]]])
    }

    @Test("a problem survives a JSON round trip")
    func roundTrip() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        let decoded = try PlannerJSON.decode(ExpertPlacementProblem.self, from: PlannerJSON.encode(problem))
        #expect(decoded == problem)
    }

    @Test("withGPUs re-derives the defaults and keeps a single node single")
    func withGPUs() throws {
        let problem = try ExpertPlacementProblem(loads: [[1, 1, 1, 1, 1, 1, 1, 1]], transitions: [], gpus: 4)
        let wider = try problem.withGPUs(8)
        #expect(wider.slotsPerGPU == 1)
        #expect(wider.communicationWeight == 1.0 / 8)
        #expect(wider.nodes == 1)
        #expect(throws: PlannerInputError.self) { try problem.withGPUs(8, gpusPerNode: 3) }
    }
}

@Suite("Expert placement: routing log")
struct ExpertPlacementRoutingLogTests {
    @Test("loads count chosen experts; transitions weigh each pair 1/k of the earlier layer")
    func derivation() throws {
        let log = ExpertRoutingLog(records: [
            .init(token: 7, layer: 0, experts: [0, 2]), .init(token: 7, layer: 1, experts: [1]), .init(token: 7, layer: 2, experts: [0, 1]),
            .init(token: 3, layer: 1, experts: [2, 0]), .init(token: 3, layer: 2, experts: [2]),
            .init(token: 5, layer: 0, experts: [1]),
        ])
        let counts = try log.counts(layers: 3, experts: 3)
        #expect(counts.loads == [[1, 1, 1], [1, 1, 1], [1, 1, 1]])
        // Token 7: 0→1 and 2→1 with weight 1/2; then 1→0 and 1→1 with weight 1. Token 3: 2→2 and 0→2 with 1/2.
        #expect(counts.transitions[0] == [[0, 0.5, 0], [0, 0, 0], [0, 0.5, 0]])
        #expect(counts.transitions[1] == [[0, 0, 0.5], [1, 1, 0], [0, 0, 0.5]])
        #expect(log.shape.layers == 3 && log.shape.experts == 3)
    }

    @Test("a record outside the model is named")
    func outOfRange() {
        let log = ExpertRoutingLog(records: [.init(token: 0, layer: 4, experts: [0])])
        #expect(throws: PlannerInputError(field: "routingLog[0].layer", "layer 4 does not exist; the model has layers 0..<2")) {
            try log.counts(layers: 2, experts: 2)
        }
    }

    @Test("the log is a JSON array of records")
    func jsonShape() throws {
        let log = ExpertRoutingLog(records: [.init(token: 1, layer: 0, experts: [3])])
        let text = String(decoding: try PlannerJSON.encode(log), as: UTF8.self)
        #expect(text.hasPrefix("["))
        #expect(try PlannerJSON.decode(ExpertRoutingLog.self, from: Data(text.utf8)) == log)
    }
}
