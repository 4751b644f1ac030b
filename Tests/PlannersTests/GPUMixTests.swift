import Foundation
import GLPK
import MILP
import Planners
import Testing

/// The reference example of PLANNERS.md: two types, two-by-two buckets, λ = 30, k = 1.
let referenceGPUMix = GPUMixProblem(
    rate: 30, sliceFactor: 1,
    distribution: [[0.2, 0.1], [0.5, 0.2]],
    types: [
        .init(name: "A10G", price: 1.01, rates: [[2, 1], [5, 2]]),
        .init(name: "A100-80GB", price: 3.67, rates: [[20, 20], [40, 20]]),
    ])

@Suite("GPUMix planner")
struct GPUMixTests {
    @Test("the reference example needs 3×A10G + 1×A100 at $6.70/h")
    func referenceExample() throws {
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(referenceGPUMix)
        let plan = try #require(report.plan)
        #expect(report.isProvenOptimal)
        #expect(plan.gpus(of: "A10G") == 3)
        #expect(plan.gpus(of: "A100-80GB") == 1)
        #expect(abs(plan.costPerHour - 6.70) < 1e-9)
    }

    @Test("the reference file in Instances decodes to the reference example")
    func referenceFile() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Instances/planners/gpu-mix/reference.json")
        var problem = try PlannerJSON.decode(GPUMixProblem.self, from: Data(contentsOf: url))
        problem.slo = nil
        #expect(problem == referenceGPUMix)
    }

    @Test("baselines on the reference example: 2×A100 for both, hand-computed")
    func baselines() throws {
        // Loads on A100: 6/20 + 3/20 + 15/40 + 6/20 = 1.125 GPUs → 2; on A10G 3+3+3+3 = 12 → 12 × 1.01.
        let single = try #require(referenceGPUMix.bestSingleTypePlan())
        #expect(single.allocations.map(\.type) == ["A100-80GB"])
        #expect(single.gpus(of: "A100-80GB") == 2)
        #expect(abs(single.allocations[0].load - 1.125) < 1e-12)
        // c/μ: A10G 0.505, 1.01, 0.202, 0.505; A100 0.1835, 0.1835, 0.09175, 0.1835 → all to A100.
        let greedy = try #require(referenceGPUMix.greedyPlan())
        #expect(greedy == single)
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(referenceGPUMix)
        #expect(abs(try #require(report.savingsVersusBestSingleType) - (1 - 6.70 / 7.34)) < 1e-9)
    }

    @Test("the greedy baseline mixes types when per-request cost favours different types per bucket")
    func greedyMixes() throws {
        let problem = GPUMixProblem(
            rate: 10, sliceFactor: 2, distribution: [[0.5, 0.5]],
            types: [.init(name: "small", price: 1, rates: [[10, 1]]), .init(name: "large", price: 4, rates: [[20, 20]])])
        // Bucket 0: small 0.1 $/req vs large 0.2 → small, load 5/10 = 0.5 → 1 GPU.
        // Bucket 1: small 1.0 vs large 0.2 → large, load 5/20 = 0.25 → 1 GPU.
        let greedy = try #require(problem.greedyPlan())
        #expect(greedy.gpus(of: "small") == 1)
        #expect(greedy.gpus(of: "large") == 1)
        #expect(greedy.costPerHour == 5)
        #expect(greedy.slices.count == 4)
        try problem.verify(greedy)
    }

    @Test("the model has one slice count per bucket and serving type, one unit count per type, and linking rows")
    func model() throws {
        let formulation = try referenceGPUMix.formulation().get()
        #expect(formulation.model.variableCount == 4 * 2 + 2)
        #expect(formulation.model.constraintCount == 4 + 2 + 4 * 2)
        #expect(formulation.model.variable(named: "units[A10G]") != nil)
        #expect(formulation.model.objective.sense == .minimize)
    }

    @Test("the decoder reads slice counts back and recomputes GPUs from the load")
    func decoder() throws {
        let formulation = try referenceGPUMix.formulation().get()
        let model = formulation.model
        var values = Array(repeating: 0.0, count: model.variableCount)
        for bucket in ["0,0", "0,1", "1,0", "1,1"] {
            values[try #require(model.variable(named: "slices[\(bucket)][A100-80GB]")).index] = 1
        }
        // A deliberately wasteful unit count: the decoder keeps only the units the load needs.
        values[try #require(model.variable(named: "units[A100-80GB]")).index] = 5
        let solution = Solution(termination: Termination(.timeLimit), objectiveValue: 5 * 3.67, values: values)
        let plan = try #require(formulation.decode(solution))
        #expect(plan.gpus(of: "A100-80GB") == 2)
        #expect(plan.gpus(of: "A10G") == 0)
        #expect(plan.slices.allSatisfy { $0.type == "A100-80GB" })
        try referenceGPUMix.verify(plan)
        #expect(formulation.decode(Solution(termination: Termination(.infeasible))) == nil)
    }

    @Test("verify rejects a hand-broken plan, naming each violation")
    func verifyRejectsBrokenPlan() throws {
        var plan = try #require(try GPUMixPlanner(solver: GLPKSolver()).plan(referenceGPUMix).plan)
        let index = try #require(plan.allocations.firstIndex { $0.type == "A10G" })
        plan.allocations[index].units = 2
        plan.allocations[index].gpus = 2
        // A slice of the other type goes missing, so that the A10Gs' three GPUs of load stay on
        // two, whichever of the optimal plans the solver returned.
        plan.slices.remove(at: try #require(plan.slices.lastIndex { $0.type != "A10G" }))
        do {
            try referenceGPUMix.verify(plan)
            Issue.record("verify accepted a plan with too few A10Gs and a missing slice")
        } catch {
            #expect(error.violations.contains { $0.contains("more than 1.0 × 2.0 GPUs") })
            #expect(error.violations.contains { $0.contains("is not served") })
            #expect(error.violations.contains { $0.contains("costPerHour") })
        }
    }

    @Test("verify rejects a slice on a type that cannot serve its bucket")
    func verifyRejectsUnservableSlice() throws {
        let problem = GPUMixProblem(
            rate: 1, sliceFactor: 1, distribution: [[1]],
            types: [.init(name: "a", price: 1, rates: [[0]]), .init(name: "b", price: 2, rates: [[5]])])
        let plan = GPUMixPlan(
            allocations: [.init(type: "a", units: 1, unitsPerGPU: 1, gpus: 1, costPerHour: 1, load: 0.2, utilization: 0.2)],
            slices: [.init(bucket: GPUMixBucket(input: 0, output: 0), slice: 0, type: "a", rate: 1, load: 0.2)],
            costPerHour: 1)
        #expect(throws: GPUMixVerificationError.self) { try problem.verify(plan) }
    }

    @Test("slices of one bucket may be split across types")
    func slicesSplit() throws {
        // One bucket at 10 req/s in 4 slices of 2.5 req/s. "small" (5 req/s per GPU, $1, at most 1 GPU)
        // takes 2 slices; the other 5 req/s need 5/6 of a "large" GPU (6 req/s, $3): $4 in all.
        // Large alone needs ⌈10/6⌉ = 2 GPUs ($6); small alone needs 2 GPUs, over its cap.
        let problem = GPUMixProblem(
            rate: 10, sliceFactor: 4, distribution: [[1]],
            types: [.init(name: "small", price: 1, rates: [[5]], available: 1), .init(name: "large", price: 3, rates: [[6]])])
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        let plan = try #require(report.plan)
        #expect(plan.gpus(of: "small") == 1)
        #expect(plan.gpus(of: "large") == 1)
        #expect(plan.costPerHour == 4)
        #expect(plan.slices.filter { $0.type == "small" }.count == 2)
        #expect(report.bestSingleType?.allocations.map(\.type) == ["large"])
        #expect(report.bestSingleType?.costPerHour == 6)
        // Greedy sends the whole bucket to small (0.2 $/req vs 0.5), which needs 2 GPUs: over the cap.
        #expect(report.greedy == nil)
    }

    @Test("headroom leaves capacity unused")
    func headroom() throws {
        var problem = referenceGPUMix
        problem.headroom = 0.5
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        let plan = try #require(report.plan)
        #expect(plan.allocations.allSatisfy { $0.utilization <= 0.5 + 1e-12 })
        #expect(plan.costPerHour > 6.70)
    }

    @Test("fractional units: hundredths of a GPU are bought when unitsPerGPU is 100")
    func fractionalUnits() throws {
        let problem = GPUMixProblem(
            rate: 3, sliceFactor: 1, distribution: [[1]],
            types: [.init(name: "A100", price: 4, rates: [[10]], unitsPerGPU: 100)])
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        let plan = try #require(report.plan)
        #expect(plan.allocations.first?.units == 30)
        #expect(plan.gpus(of: "A100") == 0.3)
        #expect(abs(plan.costPerHour - 1.2) < 1e-9)
    }

    @Test("availability caps force a mix when the cheapest type runs out")
    func availabilityCaps() throws {
        var problem = referenceGPUMix
        problem.types[0].available = 1
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        let plan = try #require(report.plan)
        #expect(plan.gpus(of: "A10G") <= 1)
        try problem.verify(plan)
    }

    @Test("a type without a profile is never chosen, and named in the report")
    func unprofiledType() throws {
        var problem = referenceGPUMix
        problem.types.append(.init(name: "H100", price: 0.01, rates: nil))
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.plan?.gpus(of: "H100") == 0)
        #expect(abs((report.plan?.costPerHour ?? 0) - 6.70) < 1e-9)
        #expect(report.summary(for: problem).contains("Types without a profile, never chosen: H100"))
    }

    @Test("the JSON report holds values, not sentences, and reads back strictly to the same report")
    func jsonReport() throws {
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(referenceGPUMix)
        #expect(report.status == .optimal)
        let json = try PlannerJSON.encode(report)
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any])
        #expect(object["status"] as? String == "optimal")
        #expect(abs(try #require(object["solveSeconds"] as? Double) - report.solveTime.inSeconds) < 1e-12)
        #expect(try InputDecoder().decode(GPUMixReport.self, fromJSON: json) == report)

        var unserved = referenceGPUMix
        unserved.types[1].rates = [[20, 20], [40, 0]]
        unserved.types[0].rates = [[2, 1], [5, 0]]
        let infeasible = try GPUMixPlanner(solver: GLPKSolver()).plan(unserved)
        #expect(infeasible.status == .infeasible)
        let text = String(decoding: try PlannerJSON.encode(infeasible), as: UTF8.self)
        #expect(!text.contains("has no GPU type"), "an explanation sentence is in the JSON: \(text)")
        #expect(try InputDecoder().decode(GPUMixReport.self, fromJSON: Array(text.utf8)) == infeasible)
    }
}
