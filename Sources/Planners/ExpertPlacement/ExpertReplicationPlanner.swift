import Dispatch
import Foundation
import MILP
import Synchronization

/// Places redundant experts layer by layer, on all cores, within one time budget.
///
/// ```swift
/// let problem = try ExpertReplicationProblem(loads: loads, replicas: 288, gpus: 32, nodes: 4, groups: 8)
/// let report = try ExpertReplicationPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(10))).plan(problem)
/// ```
///
/// Each layer is independent, so layers run in parallel, each taking an equal share of the time
/// left when it starts. A layer starts from EPLB's own greedy placement (replicate, then pack),
/// improves it by local search (swaps of replicas between GPUs, replica moves between experts),
/// and, when the gap to its lower bound is still open and the exact model is small enough to pay
/// off in its share of time, hands the result to the MILP as its start and cutoff: the MILP then
/// either finds a better placement or proves none exists. In hierarchical mode the expert groups are first
/// placed on nodes by a small MILP that proves the node loads optimal, and each node is then
/// placed as above. A layer's plan is never worse than EPLB's in the same mode on the same loads.
///
/// Every layer reports a lower bound on its objective: the largest of the mean GPU load (1 after
/// scaling), the least possible load of one replica (EPLB's replication is optimal for that),
/// and the MILP's bound when it ran; in hierarchical mode, the node-level bound (the busiest
/// node's load, proven least, spread over its GPUs), which no placement that keeps groups within
/// nodes can beat.
public struct ExpertReplicationPlanner: Planner {
    /// 10 s for all layers; a layer stops once within 0.01% of its lower bound.
    public static let defaultBudget = PlanningBudget(timeLimit: .seconds(10), mipGap: 1e-4)

    /// The MILP solver.
    public var solver: any Solver
    /// The time for everything (checks, baselines, search, every solve and verification; no
    /// limit when `nil`) and the relative gap to its lower bound at which a layer stops (`nil`:
    /// only a proof of optimality stops it).
    public var budget: PlanningBudget
    /// Layers planned at once; the number of cores by default.
    public var threads: Int
    /// The largest exact model (integer variables) the planner will solve for one layer or node.
    public var largestModel: Int
    /// The most replica-count vectors the planner will try one by one for one layer or node.
    public var largestEnumeration: Int

    /// A planner.
    public init(solver: any Solver, budget: PlanningBudget = defaultBudget,
                threads: Int? = nil, largestModel: Int = 5_000, largestEnumeration: Int = 200_000) {
        self.solver = solver
        self.budget = budget
        self.threads = max(1, threads ?? ProcessInfo.processInfo.activeProcessorCount)
        self.largestModel = largestModel
        self.largestEnumeration = largestEnumeration
    }

    /// Operations per second one core is assumed to manage on the mandatory work (baselines,
    /// greedy starts, verification): deliberately low, so a refusal is never a close call.
    static let operationsPerSecond = 2e7

    /// The mandatory work for `problem`, in seconds on one core at ``operationsPerSecond``.
    public static func mandatorySeconds(for problem: ExpertReplicationProblem) -> Double {
        let slots = Double(problem.replicas + problem.expertCount)
        let perLayer = slots * (log2(slots) + 8) * Double(problem.loads.windowCount + 4) + Double(problem.gpus) * 64
        return Double(problem.layerCount) * perLayer / operationsPerSecond
    }

    /// A layer stops once its relative gap to its lower bound is at most this.
    var gapTolerance: Double { budget.mipGap ?? 0 }

    /// Plans `problem`.
    ///
    /// - Throws: ``PlannerInputError`` when the mandatory work alone would not fit the budget
    ///   (naming the sizes and the budget needed), `SolverError` when the solver refuses a model,
    ///   and ``ExpertPlacementVerificationError`` if the plan fails verification (a bug).
    public func plan(_ problem: ExpertReplicationProblem) throws -> ExpertReplicationReport {
        let clock = ContinuousClock(), start = clock.now
        let timeLimit = budget.timeLimit ?? SolverOptions.Descriptions.longestTimeLimit
        let mandatory = Self.mandatorySeconds(for: problem) / Double(threads)
        guard mandatory <= timeLimit.inSeconds / 2 else {
            throw PlannerInputError(field: "timeLimit", String(
                format: "%d layers × %d slots on %d GPUs need about %.1f s for the baselines and checks alone; give at least %.0f s",
                problem.layerCount, problem.replicas, problem.gpus, mandatory, (2 * mandatory).rounded(.up)))
        }
        // Baselines first: the plan is compared with them, and EPLB's plans seed each layer.
        let baselines = ExpertReplicationBaseline.allCases.compactMap { baseline in baseline.plan(for: problem).map { (baseline, $0) } }
        let sameMode = baselines.first { $0.0 == (problem.mode == .hierarchical ? .eplbHierarchical : .eplbGlobal) }?.1
        // Search until 80% of the budget, or earlier when building and verifying the report (on
        // one core, in proportion to the problem's size) may need more than the rest.
        let searchDeadline = start + timeLimit - max(timeLimit * 0.2, .seconds(Self.mandatorySeconds(for: problem)))
        let layers = problem.layerCount
        let results = Mutex([LayerOutcome?](repeating: nil, count: layers))
        let failure = Mutex<(any Error)?>(nil)
        let started = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: min(threads, layers)) { _ in
            while true {
                let layer: Int? = started.withLock { next in
                    guard next < layers else { return nil }
                    defer { next += 1 }
                    return next
                }
                guard let layer else { return }
                // An equal share of what is left, counting the layers still to start.
                let now = clock.now
                let share = (searchDeadline - now) * Double(min(threads, layers - layer)) / Double(layers - layer)
                var search = LayerSearch(planner: self, problem: problem, layer: layer, deadline: now + share,
                                         eplb: sameMode.map { $0.experts(onEachGPUAt: layer) })
                do {
                    let outcome = try search.run()
                    results.withLock { $0[layer] = outcome }
                } catch {
                    failure.withLock { $0 = error }
                }
            }
        }
        if let error = failure.withLock({ $0 }) { throw error }
        let outcomes = results.withLock { $0.map { $0! } }
        let plan = ExpertReplicationPlan(gpuExperts: outcomes.map(\.hosted), experts: problem.expertCount)
        let searchEnded = clock.now
        let report = ExpertReplicationReport(
            problem: problem, plan: plan, layers: outcomes.map(\.result), baselines: baselines,
            timeLimitReached: searchEnded >= searchDeadline, wallTime: clock.now - start)
        try problem.verify(report)
        return report
    }
}

/// What the search found for one layer.
struct LayerOutcome {
    var hosted: [[Int]]
    var result: ExpertReplicationReport.Layer
}

/// The search for one layer: start, local search, exact model where it pays.
private struct LayerSearch {
    let planner: ExpertReplicationPlanner
    let problem: ExpertReplicationProblem
    let layer: Int
    let deadline: ContinuousClock.Instant
    /// EPLB's placement of this layer in the problem's mode, the plan must not be worse.
    let eplb: [[Int]]?

    mutating func run() throws -> LayerOutcome {
        let scaled = problem.scaledLoads(layer: layer)
        let globalBound = Self.lowerBound(scaled, gpus: problem.gpus, slots: problem.replicas, objective: problem.historyObjective)
        var hosted: [[Int]] = []
        var bound = globalBound
        var nodeLevel: ExpertReplicationReport.NodeLevel?
        var exact = false, finder = ExpertReplicationReport.Layer.Source.localSearch
        switch problem.mode {
        case .global:
            let part = try place(experts: Array(0..<problem.expertCount), scaled: scaled, gpus: problem.gpus,
                                 slots: problem.replicas, target: globalBound, until: deadline)
            hosted = part.hosted
            bound = max(bound, part.bound)
            exact = part.exact
            finder = part.finder
        case .hierarchical:
            let groups = try placeGroups(scaled, until: deadline)
            nodeLevel = groups.level
            bound = max(bound, groups.level.bound)
            let perGroup = problem.expertsPerGroup
            for node in 0..<problem.nodes {
                let experts = groups.nodes.indices.filter { groups.nodes[$0] == node }
                    .flatMap { Array(($0 * perGroup)..<(($0 + 1) * perGroup)) }
                let nodeDeadline = ContinuousClock.now + (deadline - ContinuousClock.now) / Double(problem.nodes - node)
                let part = try place(experts: experts, scaled: scaled, gpus: problem.gpusPerNode, slots: problem.replicas / problem.nodes,
                                     target: bound, until: nodeDeadline)
                hosted += part.hosted.map { $0.map { experts[$0] } }
                if part.finder != .localSearch { finder = part.finder }
            }
        }
        var score = ReplicaPacking(loads: scaled, hosted: hosted, objective: problem.historyObjective).score
        var source = finder
        if let eplb {
            let eplbScore = ReplicaPacking(loads: scaled, hosted: eplb, objective: problem.historyObjective).score
            if eplbScore < score {
                hosted = eplb
                score = eplbScore
                source = .eplb
            }
        }
        let gap = score > 0 ? max(0, score - bound) / score : 0
        return LayerOutcome(hosted: hosted, result: .init(
            score: score, lowerBound: min(bound, score), globalLowerBound: min(globalBound, score), gap: gap,
            proven: gap <= planner.gapTolerance || exact, source: source, nodeLevel: nodeLevel))
    }

    /// Replicates and packs `experts` into `slots` slots on `gpus` GPUs: EPLB's greedy start,
    /// local search, then the exact model when the gap is open and the model small enough.
    /// `exact` says the result is proven optimal, `finder` what found it.
    private func place(experts: [Int], scaled: [[Double]], gpus: Int, slots: Int, target: Double,
                       until deadline: ContinuousClock.Instant) throws -> (hosted: [[Int]], bound: Double, exact: Bool, finder: ExpertReplicationReport.Layer.Source) {
        let loads = experts.map { scaled[$0] }
        let ownBound = Self.lowerBound(loads, gpus: gpus, slots: slots, objective: problem.historyObjective)
        let start = EPLB.place(loads.map { $0.reduce(0, +) }, slots: slots, gpus: gpus)
        var packing = ReplicaPacking(loads: loads, hosted: start, objective: problem.historyObjective)
        let goal = max(target, ownBound) * (1 + planner.gapTolerance)
        // Local search first; with few count vectors, trying them all; the exact model then
        // gets what is left if it is small enough to pay.
        let size = ReplicaPackingFormulation.integerVariables(experts: experts.count, slots: slots, gpus: gpus)
        let pays = size <= planner.largestModel
        let enumerable = ReplicaCountEnumeration.countVectors(experts: experts.count, slots: slots, limit: planner.largestEnumeration) <= planner.largestEnumeration
        let now = ContinuousClock.now
        packing.improve(target: goal, until: pays || enumerable ? now + (deadline - now) * 0.3 : deadline)
        var bound = ownBound, finder = ExpertReplicationReport.Layer.Source.localSearch
        if enumerable, packing.score > goal {
            let exhaustive = ReplicaCountEnumeration.search(packing, slots: slots, until: deadline)
            if exhaustive.best.score < packing.score { finder = .enumeration }
            packing = exhaustive.best
            if let complete = exhaustive.bound { bound = max(bound, min(complete, packing.score)) }
            if packing.score <= bound * (1 + 1e-12) { return (packing.hosted, bound, true, finder) }
            if finder == .enumeration { packing.improve(target: goal, until: ContinuousClock.now + (deadline - ContinuousClock.now) * 0.3) }
        }
        guard pays, packing.score > max(goal, bound * (1 + planner.gapTolerance)), ContinuousClock.now < deadline else {
            return (packing.hosted, bound, false, finder)
        }
        let formulation = ReplicaPackingFormulation(loads: loads, gpus: gpus, slotsPerGPU: slots / gpus, objective: problem.historyObjective,
                                                    lowerBound: bound, cutoff: packing.score)
        // The local search's packing is both the cutoff and the MIP start.
        let options = SolverOptions(timeLimit: max(deadline - ContinuousClock.now, .milliseconds(1)), mipGap: planner.gapTolerance,
                                    initialSolution: formulation.start(from: packing))
        let solution = try planner.solver.solve(formulation.model, options: options)
        var hosted = packing.hosted
        if let found = formulation.hosted(in: solution),
           ReplicaPacking(loads: loads, hosted: found, objective: problem.historyObjective).score < packing.score {
            hosted = found
            finder = .milp
        }
        let score = ReplicaPacking(loads: loads, hosted: hosted, objective: problem.historyObjective).score
        switch solution.termination.reason {
        case .optimal: bound = max(bound, min(score, solution.bestBound ?? bound))
        case .infeasible: bound = score  // nothing at or below the cutoff beats the local search's packing
        default: bound = max(bound, solution.bestBound ?? bound)
        }
        return (hosted, bound, solution.termination.reason == .optimal || solution.termination.reason == .infeasible, finder)
    }

    /// The groups' nodes (the same number per node) with the least busiest node, and the
    /// node-level bound: EPLB's group packing as a start, then the MILP, which proves it.
    private func placeGroups(_ scaled: [[Double]], until deadline: ContinuousClock.Instant) throws -> (nodes: [Int], level: ExpertReplicationReport.NodeLevel) {
        let perGroup = problem.expertsPerGroup, windows = scaled.first?.count ?? 0
        let groupLoads = (0..<problem.groups).map { group in
            (0..<windows).map { window in (group * perGroup..<(group + 1) * perGroup).reduce(0) { $0 + scaled[$1][window] } }
        }
        func score(_ nodes: [Int]) -> Double {
            let maxima = (0..<windows).map { window in
                (0..<problem.nodes).map { node in groupLoads.indices.filter { nodes[$0] == node }.reduce(0) { $0 + groupLoads[$1][window] } }.max() ?? 0
            }
            return problem.combine(maxima) / Double(problem.gpusPerNode)
        }
        var nodes = EPLB.pack(groupLoads.map { $0.reduce(0, +) }, packs: problem.nodes)
        let eplbScore = score(nodes)
        var best = eplbScore
        var bound = 0.0
        var proven = false
        if problem.nodes > 1 {
            let formulation = GroupPlacementFormulation(loads: groupLoads, nodes: problem.nodes, objective: problem.historyObjective,
                                                        cutoff: best * Double(problem.gpusPerNode))
            let budget = max((deadline - ContinuousClock.now) * 0.3, .milliseconds(1))
            let solution = try planner.solver.solve(formulation.model, options: SolverOptions(timeLimit: budget, mipGap: 0))
            if let found = formulation.nodes(in: solution), score(found) < best {
                nodes = found
                best = score(found)
            }
            // Infeasible under the cutoff means nothing beats EPLB's packing: it is optimal.
            proven = solution.termination.reason == .optimal || solution.termination.reason == .infeasible
            bound = proven ? best : (solution.bestBound ?? 0) / Double(problem.gpusPerNode)
        } else {
            proven = true
            bound = best
        }
        return (nodes, .init(groupNodes: nodes, busiestNodeLoad: best, bound: min(bound, best), proven: proven, eplbBusiestNodeLoad: eplbScore))
    }

    /// A lower bound on the objective of `loads[e][t]` in `slots` slots on `gpus` GPUs: per
    /// window, the mean GPU load and the least possible load of the heaviest replica (EPLB's
    /// greedy replication minimises it), combined over windows.
    static func lowerBound(_ loads: [[Double]], gpus: Int, slots: Int, objective: ExpertReplicationProblem.HistoryObjective) -> Double {
        let windows = loads.first?.count ?? 0
        let perWindow = (0..<windows).map { window in
            let column = loads.map { $0[window] }
            let counts = EPLB.replicate(column, slots: slots)
            let heaviest = zip(column, counts).map { $0 / Double($1) }.max() ?? 0
            return max(column.reduce(0, +) / Double(gpus), heaviest)
        }
        switch objective {
        case .worst: return perWindow.max() ?? 0
        case .mean: return perWindow.reduce(0, +) / Double(max(windows, 1))
        }
    }
}
