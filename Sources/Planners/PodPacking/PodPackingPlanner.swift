import MILP

/// Plans pod placements: runs the kube-scheduler baselines (without and with preemption), and
/// when pods are left pending, solves the lexicographic MILP tier by tier within the decision
/// window.
///
/// For each priority tier q, highest first, two stages: maximise the pods placed with
/// priority ≥ q, then minimise the disruption (evictions, and moves counted twice) of running
/// pods with priority ≥ q; each optimum is frozen as a constraint before the next stage.
///
/// The search starts from the best of the feasible plans at hand: the default scheduler's, the
/// scheduler with preemption's when its evictions are safe, and two best-fit packings (pending
/// pods only; everything that may move). The best plan known so far is kept throughout. A
/// placement stage first solves the LP relaxation, whose bound may prove the known plan optimal
/// and whose solution, rounded down and completed best-fit, may improve it; branch-and-cut is
/// then asked only for something strictly better, so a solver that proves that infeasible
/// proves the known plan optimal, and a stage that runs out of time keeps it. A stage whose
/// known value is already at its bound is decided without a solve.
///
/// **Time.** The budget's time limit is the decision window (1 s and 10 s in the paper) and
/// covers everything: the baselines, the model, every solve and the final verification. A
/// problem too large for its window is refused before any work starts. What is left after the
/// baselines and the model, less a reserve for verification, is split evenly over the stages
/// still to come; time a stage does not use passes to the next. GLPK cannot be interrupted in
/// some steps (its root cut rounds call no callback), so branch-and-cut is given its stage's
/// budget less an allowance for overrunning it — half the budget, or twice the longest
/// overrun of an earlier solve — as its time limit, and a callback that stops it there.
///
/// ```swift
/// let problem = try PodPackingProblem.decode(from: kubectlOutput)
/// let report = try PodPackingPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(1))).plan(problem)
/// print(report.summary(for: problem))
/// ```
public struct PodPackingPlanner: Planner {
    /// A one-second decision window, as in the paper.
    public static let defaultBudget = PlanningBudget(timeLimit: .seconds(1))
    /// The window when the budget sets no time limit: a day.
    public static let longestWindow = Duration.seconds(86_400)
    /// Placement pairs (pods that may be placed or moved × nodes) per second of window the
    /// planner accepts: measured to fit the baselines, the model and the verification into half
    /// the window on a two-core machine.
    public static let pairsPerSecond = 2_000_000

    /// The MILP solver.
    public var solver: any Solver
    /// The decision window (the time limit) and the relative gap at which a stage counts as proven.
    public var budget: PlanningBudget

    /// A planner that solves with `solver` within `budget`.
    public init(solver: any Solver, budget: PlanningBudget = defaultBudget) {
        self.solver = solver
        self.budget = budget
    }

    /// Plans `problem` within the budget's time limit.
    ///
    /// - Throws: ``PlannerInputError`` for invalid input or a problem too large for the window,
    ///   `SolverError` if the solver refuses a model, ``PodPackingVerificationError`` if the plan
    ///   fails verification (a bug: no unverified plan is ever returned).
    public func plan(_ problem: PodPackingProblem) throws -> PodPackingReport {
        let clock = ContinuousClock()
        let start = clock.now
        let window = min(budget.timeLimit ?? Self.longestWindow, Self.longestWindow)
        try problem.validate()
        try Self.checkSize(of: problem, window: window)
        let rules = PlacementRules(problem)
        let scheduler = KubeScheduler(scoring: problem.options.scoring).schedule(rules)
        let preempting = KubeScheduler(scoring: problem.options.scoring, preemption: true).schedule(rules)
        let formulation = PodPackingFormulation(rules: rules)
        var origin = (assignment: scheduler.plan.assignment(in: problem), source: PodPackingReport.StartingPoint.defaultScheduler)
        var candidates = [(BestFitPacking.pendingPods(rules), PodPackingReport.StartingPoint.bestFitPending)]
        if problem.options.allowMoves {
            candidates.insert((preempting.plan.assignment(in: problem), .defaultSchedulerWithPreemption), at: 0)
            candidates.append((BestFitPacking.repacked(formulation), .bestFitRepacked))
        }
        for (candidate, source) in candidates {
            let plan = PodPackingPlan(problem: problem, assignment: candidate)
            guard plan.compared(to: PodPackingPlan(problem: problem, assignment: origin.assignment)) == .better,
                  (try? problem.verify(plan)) != nil else { continue }
            origin = (candidate, source)
        }
        let reserve = Self.verificationReserve(for: problem, window: window)
        let deadline = start + window - reserve
        var search = TierSearch(formulation: formulation, incumbent: origin.assignment, mipGap: budget.mipGap)
        let tiers = problem.priorityTiers
        var stagesLeft = tiers.reduce(0) { $0 + 1 + (formulation.hasMovablePods(minimumPriority: $1) ? 1 : 0) }
        for tier in tiers {
            for goal in [PodPackingReport.Goal.placedPods, .disruption] {
                guard goal == .placedPods || formulation.hasMovablePods(minimumPriority: tier) else { continue }
                let budget = max(.zero, (deadline - clock.now) / stagesLeft)
                try search.run(goal, minimumPriority: tier, budget: budget, solver: solver)
                stagesLeft -= 1
            }
        }
        let plan = PodPackingPlan(problem: problem, assignment: search.incumbent)
        try problem.verify(plan)
        return PodPackingReport(plan: plan, scheduler: scheduler.plan, schedulerWithPreemption: preempting.plan,
                                preemptionHazards: preempting.unsafeEvictions, startingPoint: origin.source, stages: search.stages,
                                decisionTime: clock.now - start, ignoredFields: problem.ignoredFields)
    }

    /// The time kept back for the final verification: 2 ms plus 4 µs per pod, and at least 1% of the window.
    static func verificationReserve(for problem: PodPackingProblem, window: Duration) -> Duration {
        max(.milliseconds(2) + .microseconds(4 * problem.pods.count), window / 100)
    }

    /// Refuses a problem with more placement pairs than ``pairsPerSecond`` allows in `window`,
    /// so that the planner never overruns it.
    static func checkSize(of problem: PodPackingProblem, window: Duration) throws(PlannerInputError) {
        let placeable = problem.pods.count { $0.node == nil || (problem.options.allowMoves && $0.isMovable) }
        let pairs = placeable * problem.nodes.count + problem.pods.count
        let limit = Int(Double(pairsPerSecond) * window.inSeconds)
        guard pairs > limit else { return }
        let needed = Int((Double(pairs) / Double(pairsPerSecond)).rounded(.up))
        throw PlannerInputError(field: "", "the cluster has \(pairs) placement pairs (pods to place or move × nodes); a \(window.inSeconds) s "
                                + "window allows \(limit): give a window of at least \(needed) s, or keep running pods in place")
    }
}
