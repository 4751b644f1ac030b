import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("Expert placement: planner, report and generator")
struct ExpertPlacementPlannerTests {
    @Test("the whole model reaches the enumerated optimum, proven, and the report verifies")
    func wholeModel() throws {
        let problem = try ExpertPlacementProblem(
            loads: [[5, 1, 3, 3], [2, 2, 4, 4], [1, 6, 1, 2]],
            transitions: [[[0, 4, 0, 1], [1, 0, 0, 0], [0, 0, 3, 0], [1, 0, 1, 1]],
                          [[1, 1, 0, 0], [0, 1, 0, 1], [0, 2, 1, 1], [0, 2, 0, 2]]],
            gpus: 2, communicationWeight: 1)
        let report = try ExpertPlacementPlanner(solver: GLPKSolver(), decomposition: .wholeModel).plan(problem)
        #expect(report.status == .optimal && !report.timeLimitReached)
        #expect(abs(report.verifiedPlan.objective - ExpertPlacementFixtures.bruteForceOptimum(problem)) < 1e-6)
        #expect(report.fallbackBaseline == nil || report.verifiedPlan.objective <= report.baselines.map(\.plan.objective).min()!)
        #expect(report.gap.map { $0 <= 0.01 } == true)
        try problem.verify(report)
    }

    @Test("a model the solver could not set up before the deadline is not started: the best baseline, with the time limit reached",
          arguments: [ExpertPlacementDecomposition.wholeModel, .windows(layers: 1, stride: 1)])
    func modelTooLargeForTimeLeft(decomposition: ExpertPlacementDecomposition) throws {
        let problem = try ExpertPlacementProblem(
            loads: [[5, 1, 3, 3], [2, 2, 4, 4], [1, 6, 1, 2]],
            transitions: [[[0, 4, 0, 1], [1, 0, 0, 0], [0, 0, 3, 0], [1, 0, 1, 1]],
                          [[1, 1, 0, 0], [0, 1, 0, 1], [0, 2, 1, 1], [0, 2, 0, 2]]],
            gpus: 2, communicationWeight: 1)
        // Enough for building the models (no refusal), too little for loading even the smallest:
        // one layer between two fixed ones.
        let budget = PlanningBudget(timeLimit: .microseconds(100), mipGap: 0.01)
        let smallest = ExpertPlacementFormulation(problem: problem, layers: 1..<2, previous: [0, 0, 1, 1], following: [0, 1, 0, 1])
        #expect(ExpertPlacementPlanner.setupTime(of: smallest.model) > budget.timeLimit!)
        let report = try ExpertPlacementPlanner(solver: GLPKSolver(), budget: budget, decomposition: decomposition).plan(problem)
        #expect(report.solves.isEmpty)
        #expect(report.timeLimitReached)
        #expect(report.status == .feasible)
        #expect(report.fallbackBaseline != nil)
        try problem.verify(report)
    }

    @Test("layer-by-layer windows give a verified plan no worse than any baseline, with a gap")
    func windows() throws {
        let problem = try ExpertTraceGenerator(layers: 5, experts: 6, tokens: 400, gpus: 3, affinity: 0.8...0.9).problem(seed: 11)
        let planner = ExpertPlacementPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(5), mipGap: 0.01),
                                             decomposition: .windows(layers: 1, stride: 1))
        let report = try planner.plan(problem)
        #expect(report.decomposition == .windows(layers: 1, stride: 1))
        #expect(report.baselines.allSatisfy { report.verifiedPlan.objective <= $0.plan.objective + 1e-9 })
        #expect(report.solves.contains { $0.purpose == .placement })
        #expect(report.solves.contains { $0.purpose == .bound })
        let bound = try #require(report.lowerBound)
        #expect(bound <= report.verifiedPlan.objective + 1e-9)
        try problem.verify(report)
    }

    @Test("the automatic choice takes the whole model for small problems and windows for large ones")
    func automaticDecomposition() throws {
        let planner = ExpertPlacementPlanner(solver: GLPKSolver(), wholeModelLimit: 100)
        #expect(planner.decomposition(for: try ExpertPlacementFixtures.twoLayers()) == .wholeModel)
        let large = try ExpertTraceGenerator(layers: 4, experts: 8, tokens: 500, gpus: 4).problem(seed: 1)
        #expect(planner.decomposition(for: large) == .windows(layers: 1, stride: 1))
    }

    @Test("a verification error in a report is caught: a tampered gap bound")
    func tamperedReport() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        var report = try ExpertPlacementPlanner(solver: GLPKSolver(), decomposition: .wholeModel).plan(problem)
        report.lowerBound = report.verifiedPlan.objective + 1
        report.baselines[0].crossGPUReduction = 0.5
        do {
            try problem.verify(report)
            Issue.record("a tampered report passed verification")
        } catch {
            #expect(error.violations.count == 2)
        }
    }

    @Test("the summary names the figures of the plan and of every baseline")
    func summary() throws {
        let problem = try ExpertPlacementFixtures.twoLayers()
        let report = try ExpertPlacementPlanner(solver: GLPKSolver()).plan(problem)
        let text = report.summary(for: problem)
        for title in ["plan", "contiguous", "round-robin", "greedy load balance", "cross-GPU", "imbalance"] {
            #expect(text.contains(title), "missing \(title)")
        }
        let json = try PlannerJSON.encode(report)
        #expect(try JSONDecoder().decode(ExpertPlacementReport.self, from: json) == report)
    }

    @Test("the generator is deterministic per seed and shapes the trace as asked")
    func generator() throws {
        let generator = ExpertTraceGenerator(layers: 4, experts: 8, topK: 2, tokens: 300, gpus: 4, affinity: 0.9...0.9, preferredExperts: 1...1)
        let first = try generator.problem(seed: 42)
        #expect(try generator.problem(seed: 42) == first)
        #expect(try generator.problem(seed: 43) != first)
        #expect(first.layerCount == 4 && first.expertCount == 8 && first.gpus == 4)
        #expect(first.loads.allSatisfy { $0.reduce(0, +) == 600 })
        // With one preferred expert taking 90%, each expert's largest transition dominates its row.
        let rows = first.transitions.flatMap { $0 }.filter { $0.reduce(0, +) > 20 }
        let concentration = rows.map { $0.max()! / $0.reduce(0, +) }.reduce(0, +) / Double(rows.count)
        #expect(concentration > 0.3)
        #expect(throws: PlannerInputError.self) { try ExpertTraceGenerator(experts: 4, topK: 5).problem(seed: 1) }
    }
}
