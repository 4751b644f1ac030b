import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("Expert replication: maps, EPLB and the planner")
struct ExpertReplicationTests {
    /// Two GPUs with three slots, experts loaded 10, 1, 1, 1: EPLB gives expert 0 all three
    /// extra replicas (busiest GPU 7.67 against a mean of 6.5); giving one to a light expert
    /// instead balances perfectly (5 + 0.5 + 1 on each GPU).
    static func lopsided() throws -> ExpertReplicationProblem {
        try ExpertReplicationProblem(loads: ExpertLoads([[10, 1, 1, 1]]), replicas: 6, gpus: 2)
    }

    @Test("the maps round-trip through JSON and .npy, with −1 padding and counts summing to the slots")
    func mapsRoundTrip() throws {
        let plan = try ExpertReplicationPlan(physicalToLogicalMap: [[0, 1, 0, 2, 3, 0], [3, 2, 1, 0, 1, 1]], gpus: 2, experts: 4)
        #expect(plan.logicalCount == [[3, 1, 1, 1], [1, 3, 1, 1]])
        #expect(plan.logicalToPhysicalMap[0][0] == [0, 2, 5])
        #expect(plan.logicalToPhysicalMap[0][1] == [1, -1, -1])
        let decoded = try InputDecoder().decode(ExpertReplicationPlan.self, fromJSON: try PlannerJSON.encode(plan))
        #expect(decoded == plan)
        let arrays = Dictionary(uniqueKeysWithValues: plan.numPyArrays.map { ($0.name, try! NumPyArray(npy: $0.array.npyInt64())) })
        #expect(arrays["physical_to_logical_map"]?.shape == [2, 6])
        #expect(arrays["physical_to_logical_map"]?.values == plan.physicalToLogicalMap.flatMap { $0 }.map(Double.init))
        #expect(arrays["logical_to_physical_map"]?.shape == [2, 4, 3])
        #expect(arrays["logical_to_physical_map"]?.values == plan.logicalToPhysicalMap.flatMap { $0.flatMap { $0 } }.map(Double.init))
        #expect(arrays["logical_count"]?.values == plan.logicalCount.flatMap { $0 }.map(Double.init))
    }

    @Test("the count of map entries the writers are budgeted by is the count the three maps hold")
    func mapEntries() throws {
        let plan = try ExpertReplicationPlan(physicalToLogicalMap: [[0, 1, 0, 2, 3, 0], [3, 2, 1, 0, 1, 1]], gpus: 2, experts: 4)
        let held = plan.physicalToLogicalMap.joined().count + plan.logicalToPhysicalMap.joined().joined().count + plan.logicalCount.joined().count
        #expect(ExpertReplicationPlan.mapEntries(layers: 2, experts: 4, replicas: 6) == Double(held))
        #expect(plan.physicalToLogicalMap.indices.map(plan.logicalCount(at:)) == plan.logicalCount)
    }

    @Test("the report's JSON holds the plan's maps and every baseline's slot map as nested arrays, and decodes back")
    func reportJSON() throws {
        let problem = try Self.lopsided()
        let report = try ExpertReplicationPlanner(solver: GLPKSolver(), threads: 1).plan(problem)
        let data = try PlannerJSON.encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["physicalToLogicalMap"] as? [[Int]] == report.verifiedPlan.physicalToLogicalMap)
        #expect(object["logicalToPhysicalMap"] as? [[[Int]]] == report.verifiedPlan.logicalToPhysicalMap)
        #expect(object["logicalCount"] as? [[Int]] == report.verifiedPlan.logicalCount)
        let baselines = try #require(object["baselines"] as? [[String: Any]])
        #expect(baselines.map { $0["physicalToLogicalMap"] as? [[Int]] } == report.baselines.map(\.plan.physicalToLogicalMap))
        let decoded = try PlannerJSON.decode(ExpertReplicationReport.self, from: data)
        #expect(decoded.verifiedPlan == report.verifiedPlan)
        #expect(decoded.baselines.map(\.plan) == report.baselines.map(\.plan))
    }

    @Test("a plan whose slots leave an expert out, or whose maps disagree, is refused")
    func planValidation() {
        #expect { try ExpertReplicationPlan(physicalToLogicalMap: [[0, 0, 1, 1]], gpus: 2, experts: 3) } throws: {
            ($0 as? PlannerInputError)?.message.contains("expert 2 has no slot") == true
        }
        #expect { try ExpertReplicationPlan(physicalToLogicalMap: [[0, 1], [0, 2]], gpus: 2, experts: 2) } throws: {
            ($0 as? PlannerInputError)?.field == "physicalToLogicalMap[1][1]"
        }
        let json = Data(#"{"physicalToLogicalMap": [[0, 1]], "logicalCount": [[2, 0]], "gpus": 1}"#.utf8)
        #expect { try InputDecoder().decode(ExpertReplicationPlan.self, fromJSON: json) } throws: { ($0 as? PlannerInputError)?.field == "logicalCount" }
    }

    @Test("EPLB global replicates the heaviest expert and packs heaviest-first")
    func eplbGlobal() throws {
        let problem = try Self.lopsided()
        let plan = try #require(ExpertReplicationBaseline.eplbGlobal.plan(for: problem))
        #expect(plan.logicalCount == [[3, 1, 1, 1]])
        let loads = plan.gpuLoads(layer: 0, loads: [10, 1, 1, 1]).sorted()
        #expect(abs(loads[1] - (20.0 / 3 + 1)) < 1e-9)
    }

    @Test("the planner moves a replica where EPLB cannot and proves perfect balance")
    func plannerBeatsEPLB() throws {
        let report = try ExpertReplicationPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(30), mipGap: 1e-4), threads: 1).plan(try Self.lopsided())
        // Expert 0 gets two replicas, a light expert the spare slot (which one does not matter).
        #expect(report.verifiedPlan.logicalCount[0][0] == 2)
        #expect(abs(report.layers[0].score - 1) < 1e-9)
        #expect(report.layers[0].proven)
        #expect(report.status == .optimal)
    }

    @Test("on small problems the proven objective is the enumerated optimum, by count enumeration and by the MILP", arguments: [
        [3.0, 5, 1], [7, 7, 2], [9, 1, 1], [4, 3, 2],
    ], [true, false])
    func plannerMatchesEnumeration(loads: [Double], enumerating: Bool) throws {
        let problem = try ExpertReplicationProblem(loads: ExpertLoads([loads]), replicas: 6, gpus: 3)
        let planner = ExpertReplicationPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(30)), threads: 1,
                                               largestEnumeration: enumerating ? 1000 : 0)
        let report = try planner.plan(problem)
        #expect(report.layers[0].proven)
        #expect(abs(report.layers[0].score - Self.enumeratedOptimum(loads, slots: 6, gpus: 3)) < 1e-9)
    }

    @Test("hierarchical plans keep every group in one node and are never worse than EPLB on any layer")
    func hierarchical() throws {
        let loads = try ExpertLoadGenerator(layers: 4, experts: 16, topK: 2, groups: 4, tokens: 2000).loads(seed: 7)
        let problem = try ExpertReplicationProblem(loads: loads, replicas: 24, gpus: 8, nodes: 2, groups: 4)
        #expect(problem.mode == .hierarchical)
        let report = try ExpertReplicationPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(30), mipGap: 1e-4), threads: 2).plan(problem)
        try problem.verify(report)
        let eplb = try #require(report.result(for: .eplbHierarchical))
        for (layer, result) in report.layers.enumerated() {
            #expect(result.score <= eplb.scores[layer] + 1e-12)
            #expect(result.nodeLevel?.proven == true)
            #expect(result.lowerBound <= result.score)
        }
    }

    @Test("a history is optimised for its worst window")
    func history() throws {
        let loads = try ExpertLoadGenerator(layers: 2, experts: 8, topK: 2, groups: 1, tokens: 4000, windows: 3).loads(seed: 3)
        let problem = try ExpertReplicationProblem(loads: loads, replicas: 12, gpus: 4, historyObjective: .worst)
        let report = try ExpertReplicationPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(30), mipGap: 1e-4), threads: 1).plan(problem)
        let eplb = try #require(report.result(for: .eplbGlobal))
        for layer in 0..<2 { #expect(report.layers[layer].score <= eplb.scores[layer] + 1e-12) }
    }

    @Test("invalid shapes are refused naming the field", arguments: [
        (6, 4, 1, 1, "replicas"), (3, 1, 1, 1, "replicas"), (8, 4, 3, 1, "nodes"), (8, 4, 1, 3, "groups"),
    ])
    func validation(replicas: Int, gpus: Int, nodes: Int, groups: Int, field: String) throws {
        let loads = try ExpertLoads([[1, 2, 3, 4]])
        #expect { try ExpertReplicationProblem(loads: loads, replicas: replicas, gpus: gpus, nodes: nodes, groups: groups) } throws: {
            ($0 as? PlannerInputError)?.field == field
        }
    }

    @Test("a problem too large for the budget is refused before any work, naming the budget")
    func budgetCheck() throws {
        let loads = try ExpertLoads(Array(repeating: Array(repeating: 1.0, count: 1000), count: 2000))
        let problem = try ExpertReplicationProblem(loads: loads, replicas: 2000, gpus: 1000)
        #expect { try ExpertReplicationPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .milliseconds(100)), threads: 1).plan(problem) } throws: {
            ($0 as? PlannerInputError)?.field == "timeLimit"
        }
    }

    /// The least busiest-over-mean GPU load over every replica count and packing (tiny inputs).
    static func enumeratedOptimum(_ loads: [Double], slots: Int, gpus: Int) -> Double {
        let perGPU = slots / gpus, mean = loads.reduce(0, +) / Double(gpus)
        var best = Double.infinity
        func counts(_ prefix: [Int]) {
            if prefix.count == loads.count {
                guard prefix.reduce(0, +) == slots else { return }
                let replicas = prefix.enumerated().flatMap { Array(repeating: loads[$0] / Double($1), count: $1) }
                pack(replicas, into: Array(repeating: [Double](), count: gpus))
                return
            }
            for count in 1...(slots - loads.count + 1) { counts(prefix + [count]) }
        }
        func pack(_ items: [Double], into bins: [[Double]]) {
            guard let item = items.first else {
                best = min(best, bins.map { $0.reduce(0, +) }.max()! / mean)
                return
            }
            for bin in bins.indices where bins[bin].count < perGPU {
                var next = bins
                next[bin].append(item)
                pack(Array(items.dropFirst()), into: next)
            }
        }
        counts([])
        return best
    }
}
