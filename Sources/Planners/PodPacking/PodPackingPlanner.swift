import MILP

/// Plans pod placements: runs the kube-scheduler baseline, and when it leaves pods pending,
/// solves the lexicographic MILP tier by tier within the problem's time window.
///
/// For each priority tier q, highest first, two stages: maximise the pods placed with
/// priority ≥ q, then minimise the disruption (evictions, and moves counted twice) of running
/// pods with priority ≥ q; each optimum is frozen as a constraint before the next stage.
///
/// The search starts from the best of three feasible plans: the default scheduler's, and two
/// best-fit-decreasing packings (pending pods only; everything that may move). The best plan
/// known so far is kept throughout. A placement stage first solves the LP relaxation, whose
/// bound may prove the known plan optimal and whose solution, rounded down and completed
/// best-fit, may improve it; branch-and-cut is then asked only for something strictly better, so
/// a solver that proves that infeasible proves the known plan optimal, and a stage that runs out
/// of time keeps it. A stage whose known value is already at its bound (every pod of the tier
/// placed, or no disruption) is decided without a solve: when the default scheduler leaves
/// nothing pending, no MILP is solved at all.
///
/// The window is split evenly over the stages still to come; time a stage does not use passes
/// to the next. Solves are stopped at their stage's deadline, but a solver may overrun it by the
/// time it takes to notice (on the paper's largest clusters, about a tenth of a 1 s window).
public struct PodPackingPlanner: Sendable {
    /// The MILP solver.
    public var solver: any Solver

    /// A planner that solves with `solver`.
    public init(solver: any Solver) {
        self.solver = solver
    }

    /// Plans `problem` within `problem.options.window` seconds.
    ///
    /// - Throws: ``PlannerInputError`` for invalid input, `SolverError` if the solver refuses a
    ///   model, ``PodPackingVerificationError`` if the plan fails verification (a bug).
    public func plan(_ problem: PodPackingProblem) throws -> PodPackingReport {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + .seconds(problem.options.window)
        let formulation = try problem.formulation()
        let baseline = KubeScheduler(scoring: problem.options.scoring).assignment(for: problem).0
        var origin = (plan: baseline, source: PodPackingReport.StartingPoint.defaultScheduler)
        let candidates = [(BestFitPacking.pendingPods(of: problem), PodPackingReport.StartingPoint.bestFitPending)]
            + (problem.options.allowMoves ? [(BestFitPacking.repacked(problem), .bestFitRepacked)] : [])
        for (candidate, source) in candidates
        where PodPackingPlan(problem: problem, assignment: candidate).compared(to: PodPackingPlan(problem: problem, assignment: origin.plan)) == .better {
            origin = (candidate, source)
        }
        var search = TierSearch(formulation: formulation, incumbent: origin.plan)
        let tiers = problem.priorityTiers
        var stagesLeft = tiers.reduce(0) { $0 + 1 + (formulation.hasMovablePods(minimumPriority: $1) ? 1 : 0) }
        for tier in tiers {
            for goal in [PodPackingReport.Goal.placedPods, .disruption] {
                guard goal == .placedPods || formulation.hasMovablePods(minimumPriority: tier) else { continue }
                let budget = (deadline - clock.now) / stagesLeft
                try search.run(goal, minimumPriority: tier, budget: budget, solver: solver)
                stagesLeft -= 1
            }
        }
        let plan = PodPackingPlan(problem: problem, assignment: search.incumbent)
        let baselinePlan = PodPackingPlan(problem: problem, assignment: baseline)
        try problem.verify(plan)
        let elapsed = clock.now - start
        return PodPackingReport(plan: plan, baseline: baselinePlan, startingPoint: origin.source, stages: search.stages,
                                seconds: elapsed.inSeconds)
    }
}

/// The state of the lexicographic search: the best plan known, the optima frozen so far, and
/// the record of each stage.
private struct TierSearch {
    let formulation: PodPackingFormulation
    /// The node index of every pod in the best plan known; it satisfies every frozen constraint.
    var incumbent: [Int?]
    var frozen: [LinearConstraint] = []
    var stages: [PodPackingReport.Stage] = []

    init(formulation: PodPackingFormulation, incumbent: [Int?]) {
        self.formulation = formulation
        self.incumbent = incumbent
    }

    /// Runs one stage: improves the incumbent on `goal` for the pods with priority ≥ `minimumPriority`
    /// if the solver finds better within `budget`, then freezes the incumbent's value.
    ///
    /// A placement stage first solves the LP relaxation: its bound may prove the incumbent
    /// optimal at once, and its solution, rounded down and completed best-fit, is a candidate
    /// plan. Branch-and-cut then looks only for plans strictly better than the incumbent.
    mutating func run(_ goal: PodPackingReport.Goal, minimumPriority: Int, budget: Duration, solver: any Solver) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let deadline = start + budget
        let expression = goal == .placedPods
            ? formulation.placedPods(minimumPriority: minimumPriority)
            : formulation.disruption(minimumPriority: minimumPriority)
        var termination: Termination?
        var proven = value(of: expression, at: incumbent) == bound(goal, minimumPriority: minimumPriority)
        var improved = false
        var model = formulation.model
        for constraint in frozen { model.addConstraint(constraint) }
        if goal == .placedPods {
            model.maximize(expression)
        } else {
            model.minimize(expression)
        }
        if !proven, goal == .placedPods, budget >= .milliseconds(2) {
            let relaxation = try solver.solve(model, options: SolverOptions(timeLimit: budget / 4, relax: true))
            termination = relaxation.termination
            if let floored = formulation.assignment(from: relaxation, roundingDown: true) {
                let candidate = BestFitPacking.complete(floored, of: formulation.problem)
                if value(of: expression, at: candidate) > value(of: expression, at: incumbent), isAcceptable(candidate) {
                    incumbent = candidate
                    improved = true
                }
            }
            if relaxation.termination.reason == .optimal, let bound = relaxation.objectiveValue {
                proven = Int((bound + 1e-6).rounded(.down)) <= value(of: expression, at: incumbent)
            }
        }
        if !proven, deadline - clock.now >= .milliseconds(1) {
            let known = value(of: expression, at: incumbent)
            model.addConstraint(goal == .placedPods ? expression >= Double(known + 1) : expression <= Double(known - 1), name: "improve")
            // The solver's own time limit may be overrun (root cuts, presolve); a progress callback
            // stops the search at the stage's deadline as well.
            let guardian = Callback(events: [.progress], progressInterval: .milliseconds(5)) { _ in
                ContinuousClock().now >= deadline ? .stop : .proceed
            }
            let solution = try solver.solve(model, options: SolverOptions(timeLimit: deadline - clock.now),
                                            hooks: SolverHooks(callback: guardian))
            termination = solution.termination
            proven = solution.termination.reason == .infeasible
            if let candidate = formulation.assignment(from: solution), isAcceptable(candidate) {
                incumbent = candidate
                improved = true
                proven = solution.termination.reason == .optimal
            }
        }
        let frozenValue = Double(value(of: expression, at: incumbent))
        frozen.append(goal == .placedPods ? expression >= frozenValue : expression <= frozenValue)
        let elapsed = clock.now - start
        stages.append(PodPackingReport.Stage(
            priority: minimumPriority, goal: goal, value: Int(frozenValue), provenOptimal: proven, improvedBySolver: improved,
            termination: termination,
            seconds: elapsed.inSeconds))
    }

    /// The value of a stage expression at `assignment`.
    private func value(of expression: LinearExpression, at assignment: [Int?]) -> Int {
        Int(expression.value(at: values(at: assignment)).rounded())
    }

    /// The model's variable values that describe `assignment`.
    private func values(at assignment: [Int?]) -> [Double] {
        var values = [Double](repeating: 0, count: formulation.model.variableCount)
        for group in formulation.groups {
            for (node, variable) in group.variables {
                values[variable.index] = Double(group.pods.count { assignment[$0] == node })
            }
        }
        return values
    }

    /// The best value a stage could reach: every pod of the tiers that has somewhere to go placed,
    /// or no disruption.
    private func bound(_ goal: PodPackingReport.Goal, minimumPriority: Int) -> Int {
        guard goal == .placedPods else { return 0 }
        let fixed = formulation.fixed.keys.count { formulation.problem.pods[$0].priority >= minimumPriority }
        return formulation.groups.filter { $0.priority >= minimumPriority }.reduce(fixed) { total, group in
            total + min(group.pods.count, group.variables.reduce(0) { $0 + Int(formulation.model[$1.variable].upperBound) })
        }
    }

    /// Whether an assignment passes the exact checks (integer capacities, protections) and keeps
    /// every frozen optimum: a solution that meets the rows only within the solver's tolerances,
    /// or a heuristic plan that trades a higher tier for a lower one, is not taken.
    private func isAcceptable(_ assignment: [Int?]) -> Bool {
        let problem = formulation.problem
        guard (try? problem.verify(PodPackingPlan(problem: problem, assignment: assignment))) != nil else { return false }
        let values = values(at: assignment)
        return frozen.allSatisfy { constraint in
            let value = constraint.expression.value(at: values)
            return value >= constraint.lowerBound - 1e-6 && value <= constraint.upperBound + 1e-6
        }
    }
}
