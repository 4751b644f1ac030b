import MILP

/// The state of the lexicographic search: the best plan known, the optima frozen so far, and
/// the record of each stage.
struct TierSearch {
    let formulation: PodPackingFormulation
    /// The node index of every pod in the best plan known; it passes verification and every frozen constraint.
    var incumbent: [Int?]
    var frozen: [LinearConstraint] = []
    var stages: [PodPackingReport.Stage] = []
    /// The relative gap at which a branch-and-cut solve may stop; `nil` for a proof.
    let mipGap: Double?
    /// The longest a solve has run past its time limit so far: steps the solver cannot interrupt
    /// and that report to no callback (GLPK's root cut rounds, scaling, a basis factorisation).
    var lateness = Duration.zero

    init(formulation: PodPackingFormulation, incumbent: [Int?], mipGap: Double?) {
        self.formulation = formulation
        self.incumbent = incumbent
        self.mipGap = mipGap
    }

    /// Runs one stage: improves the incumbent on `goal` for the pods with priority ≥ `minimumPriority`
    /// if the solver finds better within `budget`, then freezes the incumbent's value.
    ///
    /// A placement stage first solves the LP relaxation: its bound may prove the incumbent
    /// optimal at once, and its solution, rounded down and completed best-fit, is a candidate
    /// plan. Branch-and-cut then starts from the incumbent and keeps a better plan it finds.
    ///
    /// Solves may end later than asked (see ``lateness``), so branch-and-cut is asked to stop
    /// early by ``allowance(within:)``: the stage then ends within its budget.
    mutating func run(_ goal: PodPackingReport.Goal, minimumPriority: Int, budget: Duration, solver: any Solver) throws {
        let clock = ContinuousClock()
        let began = clock.now
        let deadline = began + budget
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
            let limit = budget / 4
            let relaxation = try solver.solve(model, options: SolverOptions(timeLimit: limit, relax: true))
            lateness = max(lateness, clock.now - began - limit)
            termination = relaxation.termination
            if let floored = formulation.assignment(from: relaxation, roundingDown: true) {
                let candidate = BestFitPacking.complete(floored, rules: formulation.rules)
                if isBetter(candidate, than: incumbent, on: expression, goal), isAcceptable(candidate) {
                    incumbent = candidate
                    improved = true
                }
            }
            if relaxation.termination.reason == .optimal, let bound = relaxation.objectiveValue {
                proven = Int((bound + 1e-6).rounded(.down)) <= value(of: expression, at: incumbent)
            }
        }
        var start: InitialSolutionReport.Outcome?
        let solveDeadline = deadline - allowance(within: budget)
        if !proven, solveDeadline - clock.now >= .milliseconds(1) {
            // The incumbent, with every auxiliary variable set as it implies, is the search's
            // first incumbent; the solver's own time limit may be overrun (presolve, cut rounds),
            // so a progress callback stops the search at the deadline as well.
            let guardian = Callback(events: [.progress], progressInterval: .milliseconds(5)) { _ in
                ContinuousClock().now >= solveDeadline ? .stop : .proceed
            }
            let options = SolverOptions(timeLimit: solveDeadline - clock.now, mipGap: mipGap,
                                        initialSolution: InitialSolution(formulation.values(at: incumbent), for: model))
            let solution = try solver.solve(model, options: options, hooks: SolverHooks(callback: guardian))
            lateness = max(lateness, clock.now - solveDeadline)
            termination = solution.termination
            start = solution.initialSolutionReport?.outcome
            proven = solution.termination.reason == .optimal
            if let candidate = formulation.assignment(from: solution), isBetter(candidate, than: incumbent, on: expression, goal),
               isAcceptable(candidate) {
                incumbent = candidate
                improved = true
            } else if proven, solution.objectiveValue.map({ isBetter($0, than: value(of: expression, at: incumbent), goal) }) == true {
                // The solver's optimum beats the incumbent, yet its plan fails the exact checks:
                // the incumbent is not proven.
                proven = false
            }
        }
        let frozenValue = Double(value(of: expression, at: incumbent))
        frozen.append(goal == .placedPods ? expression >= frozenValue : expression <= frozenValue)
        stages.append(PodPackingReport.Stage(
            priority: minimumPriority, goal: goal, value: Int(frozenValue), provenOptimal: proven, improvedBySolver: improved,
            termination: termination, start: start, time: clock.now - began))
    }

    /// The time a stage with `budget` keeps back from branch-and-cut for what the solver may do
    /// past its limit: half the budget, or twice the longest overrun seen so far if more.
    /// Time the stage does not use passes to the next.
    func allowance(within budget: Duration) -> Duration {
        max(budget / 2, lateness * 2)
    }

    /// Whether `candidate` does better than `incumbent` on a stage's expression.
    private func isBetter(_ candidate: [Int?], than incumbent: [Int?], on expression: LinearExpression, _ goal: PodPackingReport.Goal) -> Bool {
        isBetter(Double(value(of: expression, at: candidate)), than: value(of: expression, at: incumbent), goal)
    }

    /// Whether `value` does better than `known` on a stage with `goal`, by at least one pod.
    private func isBetter(_ value: Double, than known: Int, _ goal: PodPackingReport.Goal) -> Bool {
        goal == .placedPods ? value >= Double(known) + 1 - 1e-6 : value <= Double(known) - 1 + 1e-6
    }

    /// The value of a stage expression at `assignment`.
    private func value(of expression: LinearExpression, at assignment: [Int?]) -> Int {
        Int(expression.value(at: formulation.values(at: assignment)).rounded())
    }

    /// The best value a stage could reach: every pod of the tiers that has somewhere to go placed,
    /// or no disruption.
    private func bound(_ goal: PodPackingReport.Goal, minimumPriority: Int) -> Int {
        guard goal == .placedPods else { return 0 }
        let problem = formulation.problem
        let fixed = formulation.fixed.keys.count { problem.pods[$0].priority >= minimumPriority }
        return formulation.units.filter { $0.priority >= minimumPriority }.reduce(fixed) { total, unit in
            total + min(unit.count, unit.variables.values.reduce(0) { $0 + Int(formulation.model[$1].upperBound) })
        }
    }

    /// Whether an assignment passes verification and keeps every frozen optimum: a solution that
    /// meets the rows only within the solver's tolerances, or a heuristic plan that trades a
    /// higher tier for a lower one, is not taken.
    private func isAcceptable(_ assignment: [Int?]) -> Bool {
        let problem = formulation.problem
        guard (try? problem.verify(PodPackingPlan(problem: problem, assignment: assignment))) != nil else { return false }
        let values = formulation.values(at: assignment)
        return frozen.allSatisfy { constraint in
            let value = constraint.expression.value(at: values)
            return value >= constraint.lowerBound - 1e-6 && value <= constraint.upperBound + 1e-6
        }
    }
}
