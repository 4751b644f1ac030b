import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("PodPacking generators")
struct PodPackingGeneratorTests {
    @Test("the paper's grid is deterministic and follows its capacity rule")
    func grid() throws {
        let parameters = PodPackingGenerator.Parameters(nodes: 8, podsPerNode: 4, priorities: 4, utilization: 1.05)
        let problem = PodPackingGenerator(parameters).problem(seed: 11)
        #expect(problem == PodPackingGenerator(parameters).problem(seed: 11))
        #expect(problem != PodPackingGenerator(parameters).problem(seed: 12))
        #expect(problem.pods.count == 32 && problem.nodes.count == 8)
        for pod in problem.pods {
            #expect((100...1000).contains(pod.requests["cpu"]) && (1...4).contains(pod.priority) && pod.node == nil)
        }
        let cpu = problem.pods.map { $0.requests["cpu"] }
        let capacity = max(cpu.max()!, Int((Double(cpu.reduce(0, +)) / (1.05 * 8)).rounded(.up)))
        #expect(problem.nodes.allSatisfy { $0.allocatable["cpu"] == capacity })
        #expect(PodPackingGenerator.paperGrid.count == 96)
    }

    @Test("realistic clusters are deterministic, valid, and hold every kind of pool and workload")
    func realistic() throws {
        let parameters = KubernetesClusterGenerator.Parameters(nodes: 16, load: 0.8, arrivals: 0.2)
        let problem = KubernetesClusterGenerator(parameters).problem(seed: 5)
        #expect(problem == KubernetesClusterGenerator(parameters).problem(seed: 5))
        #expect(problem != KubernetesClusterGenerator(parameters).problem(seed: 6))
        try problem.validate()
        #expect(problem.nodes.count == 16)
        #expect(Set(problem.nodes.compactMap { $0.labels["topology.kubernetes.io/zone"] }).count == 3)
        #expect(problem.nodes.contains { $0.allocatable["nvidia.com/gpu"] > 0 && $0.taints.contains { $0.effect == .noSchedule } })
        #expect(problem.nodes.contains { $0.taints.contains { $0.effect == .preferNoSchedule } })
        let controllers = Set(problem.pods.compactMap(\.controller))
        #expect(controllers == ["DaemonSet", "ReplicaSet", "StatefulSet", "Job"])
        #expect(problem.pods.contains { $0.controller == nil && $0.isRunning })
        #expect(problem.pods.contains { !$0.isRunning } && problem.pods.contains { !$0.hostPorts.isEmpty })
        #expect(problem.pods.contains { !($0.affinity?.podAntiAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []).isEmpty })
        #expect(!problem.disruptionBudgets.isEmpty)
        // The running pods were placed by the default scheduler, so they obey every rule.
        try problem.verify(PodPackingPlan(problem: problem, nodes: problem.pods.map(\.node)))
    }

    /// The model's lexicographic optimum, solved from scratch: no starting plan, each stage's
    /// optimum frozen before the next.
    static func optimum(of problem: PodPackingProblem) throws -> PodPackingPlan? {
        let formulation = try problem.formulation()
        var model = formulation.model
        var solution: Solution?
        for tier in problem.priorityTiers {
            for placing in [true, false] {
                let expression = placing ? formulation.placedPods(minimumPriority: tier) : formulation.disruption(minimumPriority: tier)
                if placing { model.maximize(expression) } else { model.minimize(expression) }
                let stage = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: .seconds(60)))
                guard stage.termination.reason == .optimal, let value = stage.objectiveValue?.rounded() else { return nil }
                model.addConstraint(placing ? expression >= value : expression <= value)
                solution = stage
            }
        }
        return solution.flatMap(formulation.decode)
    }

    /// Two small grid clusters (4 nodes) and two realistic ones (8 nodes) that leave pods pending.
    static func smallProblemsWithPendingPods() -> [PodPackingProblem] {
        let grid = PodPackingGenerator.paperGrid.filter { $0.nodes == 4 }
        let realistic = KubernetesClusterGenerator.benchmarkGrid.filter { $0.nodes == 8 }
        return PodPackingGenerator.instancesWithPendingPods(count: 2, firstSeed: 1, grid: grid).map(\.problem)
            + KubernetesClusterGenerator.instancesWithPendingPods(count: 2, firstSeed: 1, grid: realistic).map(\.problem)
    }

    @Test("the model's optimum, found without the baselines as a start, is never worse than a safe scheduler with preemption")
    func optimumFromScratch() throws {
        let problems = Self.smallProblemsWithPendingPods()
        var safe = 0
        for problem in problems {
            let preempting = KubeScheduler(preemption: true).schedule(problem)
            let optimum = try #require(try Self.optimum(of: problem))
            try problem.verify(optimum)
            #expect(optimum.compared(to: KubeScheduler().schedule(problem).plan) != .worse)
            if preempting.unsafeEvictions.isEmpty {
                safe += 1
                #expect(optimum.compared(to: preempting.plan) != .worse)
            }
        }
        #expect(safe >= 2, "too few clusters where preemption is safe to compare with")
    }

    @Test("kept instances leave pods pending under the default scheduler, and the planner is never worse")
    func pendingInstances() throws {
        let problems = Self.smallProblemsWithPendingPods()
        #expect(problems.count == 4)
        for problem in problems {
            #expect(!KubeScheduler().schedule(problem).plan.pending.isEmpty)
            let report = try PodFixtures.plan(problem)
            let plan = try report.verifiedPlan
            #expect(report.comparison != .worse)
            // The known plan, with every auxiliary variable set from it, is a feasible start.
            #expect(report.stages.allSatisfy { $0.start == nil || $0.start == .accepted }, "\(report.stages.map(\.start))")
            try problem.verify(plan)
        }
    }
}
