import MILP

/// Places experts: solves the placement model (whole, or in sliding windows under the time
/// limit), bounds the objective from below, verifies the plan and compares it with the baselines.
///
/// ```swift
/// let report = try ExpertPlacementPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(30), mipGap: 0.01)).plan(problem)
/// print(report.summary(for: problem))
/// ```
///
/// With windows, a forward pass places the layers window by window; improvement passes then
/// re-solve each window with both neighbours fixed until a pass changes nothing or the time
/// meant for placing runs out, both from the forward pass and from greedy load balance; time left
/// after the lower bound goes to passes with windows one layer wider.
///
/// The lower bound splits the objective into one part per pair of consecutive layers (each
/// layer's balance term shared between its two pairs) and adds up each part's minimum, bounded
/// by a small model of that pair alone: no placement of all layers can do better on every part at
/// once. Each pair is first bounded by its LP relaxation, then, while time remains, by its MILP.
/// The plan is never worse than the best baseline: when the model finds nothing better in time,
/// the report says so and returns that baseline.
public struct ExpertPlacementPlanner: Planner {
    /// 60 s for the whole planning; a plan within 1% of the lower bound is proven.
    public static let defaultBudget = PlanningBudget(timeLimit: .seconds(60), mipGap: 0.01)

    /// The MILP solver.
    public var solver: any Solver
    /// The time for the whole planning (baselines, every solve, the bound and verification) and
    /// the relative gap at which each solve, and the planning, may stop.
    public var budget: PlanningBudget
    /// How the layers are split into models; `nil` chooses by size: the whole model when it has
    /// at most ``wholeModelLimit`` co-location pairs × GPUs, else layer by layer (windows of one
    /// layer, stride 1).
    public var decomposition: ExpertPlacementDecomposition?
    /// The largest whole model (co-location pairs × GPUs) chosen automatically.
    public var wholeModelLimit: Int
    /// A transition gets co-location variables when it carries at least this share of its
    /// expert's outgoing tokens; smaller ones are charged as crossing nodes.
    public var colocationThreshold: Double
    /// The share of the time limit kept for the lower bound: placing stops by the rest.
    public var boundShare: Double

    /// A planner that solves with `solver`.
    public init(
        solver: any Solver,
        budget: PlanningBudget = defaultBudget,
        decomposition: ExpertPlacementDecomposition? = nil,
        wholeModelLimit: Int = 1000,
        colocationThreshold: Double = 0.05,
        boundShare: Double = 0.3
    ) {
        self.solver = solver
        self.budget = budget
        self.decomposition = decomposition
        self.wholeModelLimit = wholeModelLimit
        self.colocationThreshold = colocationThreshold
        self.boundShare = boundShare
    }

    /// The decomposition used for `problem`.
    public func decomposition(for problem: ExpertPlacementProblem) -> ExpertPlacementDecomposition {
        if let decomposition { return decomposition }
        let pairs = problem.transitions.reduce(0) { total, matrix in
            total + matrix.reduce(0) { sum, row in
                let outgoing = row.reduce(0, +)
                return sum + row.filter { $0 > 0 && $0 >= colocationThreshold * outgoing }.count
            }
        }
        return pairs * problem.gpus <= wholeModelLimit ? .wholeModel : .windows(layers: 1, stride: 1)
    }

    /// Variables per second the planner assumes it can build and hand to the solver: well
    /// below what is measured, so that a refusal is never a close call.
    static let variablesPerSecond = 1e6

    /// The time a solver is assumed to take, per nonzero, row and column, to load and scale a
    /// model before its own clock starts: twice what GLPK took on a busy 2-core machine for the
    /// two-layer bound model of 64 experts on 64 GPUs (about 0.5 s for 320,000 elements; its
    /// scaling walks linked lists), so that a model is started only when it can run.
    public static let setupTimePerElement = Duration.microseconds(3)

    /// The time to load and scale `model` before a solve's clock starts.
    public static func setupTime(of model: Model) -> Duration {
        setupTimePerElement * (model.variableCount + model.constraintCount + model.nonzeroCount)
    }

    /// The variables of the models the planner must build at least once: one per layer, each
    /// with its experts' assignment and the co-location variables of its transitions.
    public func modelVariables(for problem: ExpertPlacementProblem) -> Int {
        let pairs = problem.transitions.reduce(0) { total, matrix in
            total + matrix.reduce(0) { sum, row in
                let outgoing = row.reduce(0, +)
                return sum + row.filter { $0 > 0 && $0 >= colocationThreshold * outgoing }.count
            }
        }
        let perPair = problem.gpus + (problem.nodes > 1 ? problem.nodes : 0)
        return problem.layerCount * problem.expertCount * problem.gpus + pairs * perPair
    }

    /// Plans `problem`.
    ///
    /// - Throws: ``PlannerInputError`` (field `timeLimit`) when building the models alone would
    ///   take longer than the time limit, `SolverError` when the solver refuses the model or
    ///   options, and ``ExpertPlacementVerificationError`` if a plan fails verification (a bug).
    public func plan(_ problem: ExpertPlacementProblem) throws -> ExpertPlacementReport {
        if let limit = budget.timeLimit {
            let needed = Double(modelVariables(for: problem)) / Self.variablesPerSecond
            guard needed <= limit.inSeconds else {
                var message = String(format: "%d layers × %d experts on %d GPUs need models of %d variables; building them alone takes about %.1f s, longer than the %.1f s budget: give at least %.0f s",
                                     problem.layerCount, problem.expertCount, problem.gpus, modelVariables(for: problem), needed, limit.inSeconds, needed.rounded(.up))
                if problem.gpus * problem.slotsPerGPU > problem.expertCount && problem.gpus > problem.expertCount {
                    message += ", or fewer GPUs (with one copy per expert at most \(problem.expertCount) GPUs can host one; the others would be idle)"
                }
                throw PlannerInputError(field: "timeLimit", message)
            }
        }
        var run = Run(planner: self, problem: problem)
        return try run.plan()
    }
}

/// One planning run: the clock, the solves so far, and the placement being built.
private struct Run {
    let planner: ExpertPlacementPlanner
    let problem: ExpertPlacementProblem
    let clock = ContinuousClock()
    let start: ContinuousClock.Instant
    var solves: [ExpertPlacementReport.Solve] = []

    init(planner: ExpertPlacementPlanner, problem: ExpertPlacementProblem) {
        self.planner = planner
        self.problem = problem
        start = clock.now
    }

    mutating func plan() throws -> ExpertPlacementReport {
        let decomposition = planner.decomposition(for: problem)
        let baselines = ExpertPlacementBaseline.allCases.map { ($0, $0.plan(for: problem)) }
        // Solving stops at 90% of the budget: building the report and verifying it take the rest.
        let deadline = planner.budget.timeLimit.map { start + $0 * 0.9 }
        let boundDeadline = deadline.map { start + (($0 - start) * (1 - planner.boundShare)) }

        var placement: [[Int]]?
        var lowerBound: Double?
        var settled = false
        switch decomposition {
        case .wholeModel:
            let formulation = ExpertPlacementFormulation(problem: problem, colocationThreshold: planner.colocationThreshold)
            let solution = try solve(formulation, purpose: .placement, until: deadline, sharedWith: 1)
            placement = solution.flatMap(formulation.decodePlacement)
            lowerBound = solution?.bestBound.map { $0 - formulation.unmodeledCostBound }
            settled = solution?.termination.reason == .optimal
        case let .windows(size, stride):
            let size = max(size, 1)
            // Two starts, improved independently: the forward pass (affinity first) and greedy
            // load balance (balance first); the better local optimum goes on.
            let halfway = boundDeadline.map { start + ($0 - start) / 2 }
            var starts: [[[Int]]] = []
            if var forward = try forwardPass(size: size, stride: min(max(stride, 1), size), until: halfway) {
                settled = try improve(&forward, size: size, until: halfway)
                starts.append(forward)
            }
            var balanced = ExpertPlacementBaseline.greedyLoadBalance.placement(for: problem)
            let balancedSettled = try improve(&balanced, size: size, until: boundDeadline)
            starts.append(balanced)
            let objectives = starts.map { ExpertPlacementPlan(problem: problem, placement: $0).objective }
            let best = objectives.indices.min { objectives[$0] < objectives[$1] } ?? 0
            var current = starts[best]
            settled = best == starts.count - 1 ? balancedSettled : settled
            lowerBound = try pairBound(until: deadline)
            // Time left after the bound goes to windows one layer wider, which can escape where
            // moving one window at a time cannot.
            if let bound = lowerBound, !isWithinGap(objective: objectives[best], bound: bound),
               problem.layerCount > size + 1, deadline.map({ clock.now < $0 }) ?? true {
                settled = try improve(&current, size: size + 1, until: deadline)
            }
            placement = current
        }

        var plan = placement.map { ExpertPlacementPlan(problem: problem, placement: $0) }
        var fallback: ExpertPlacementBaseline?
        if let best = baselines.min(by: { $0.1.objective < $1.1.objective }), plan.map({ best.1.objective < $0.objective }) ?? true {
            plan = best.1
            fallback = best.0
        }
        guard let plan else { preconditionFailure("there is always a baseline") }
        let bound = lowerBound.map { min($0, plan.objective) }
        let proven = bound.map { isWithinGap(objective: plan.objective, bound: $0) } ?? false
        let timeLimitReached = !proven && !(settled && (deadline.map { clock.now < $0 } ?? true))
        let report = ExpertPlacementReport(status: proven ? .optimal : .feasible, timeLimitReached: timeLimitReached, plan: plan,
                                           fallbackBaseline: fallback, decomposition: decomposition, lowerBound: bound,
                                           baselines: baselines, solves: solves, wallTime: clock.now - start, warnings: idleGPUWarnings)
        try problem.verify(report)
        return report
    }

    /// A warning when some GPUs can host no expert: with one copy per expert, at most `experts`
    /// GPUs are busy at each layer.
    private var idleGPUWarnings: [ExpertPlacementWarning] {
        guard problem.gpus > problem.expertCount else { return [] }
        return [.idleGPUs(busy: problem.expertCount, gpus: problem.gpus)]
    }

    /// Places the layers window by window, each with the committed layer before it fixed;
    /// `nil` when a window finds no placement or `deadline` comes before the last window.
    private mutating func forwardPass(size: Int, stride: Int, until deadline: ContinuousClock.Instant?) throws -> [[Int]]? {
        var placement: [[Int]] = []
        let starts = Array(Swift.stride(from: 0, to: problem.layerCount, by: stride))
        for (position, first) in starts.enumerated() where first >= placement.count {
            if let deadline, clock.now >= deadline { return nil }
            let window = first..<min(first + size, problem.layerCount)
            let formulation = ExpertPlacementFormulation(problem: problem, layers: window, previous: placement.last,
                                                         colocationThreshold: planner.colocationThreshold)
            guard let solution = try solve(formulation, purpose: .placement, until: deadline, sharedWith: starts.count - position),
                  let rows = formulation.decodePlacement(solution) else { return nil }
            let committed = window.upperBound == problem.layerCount ? rows.count : stride
            placement += rows.prefix(committed)
        }
        return placement
    }

    /// Whether `objective` is within the gap tolerance of `bound`.
    private func isWithinGap(objective: Double, bound: Double) -> Bool {
        objective <= 0 || (objective - bound) / objective <= (planner.budget.mipGap ?? 0) + 1e-12
    }

    /// Re-solves each window with both neighbours fixed, keeping changes that lower the
    /// objective, pass after pass until one changes nothing or `deadline` comes. Returns whether
    /// the passes settled (a pass changed nothing) rather than ran out of time.
    @discardableResult
    private mutating func improve(_ placement: inout [[Int]], size: Int, until deadline: ContinuousClock.Instant?) throws -> Bool {
        guard problem.layerCount > size else { return true }
        var objective = ExpertPlacementPlan(problem: problem, placement: placement).objective
        let starts = Array(Swift.stride(from: 0, to: problem.layerCount, by: size))
        var improved = true
        while improved, deadline.map({ clock.now < $0 }) ?? true {
            improved = false
            for (position, first) in starts.enumerated() {
                if let deadline, clock.now >= deadline { break }
                let window = first..<min(first + size, problem.layerCount)
                let formulation = ExpertPlacementFormulation(
                    problem: problem, layers: window, previous: first > 0 ? placement[first - 1] : nil,
                    following: window.upperBound < problem.layerCount ? placement[window.upperBound] : nil,
                    colocationThreshold: planner.colocationThreshold)
                // A window too large to start in the time left ends the passes, unsettled.
                guard let solution = try solve(formulation, purpose: .improvement, until: deadline, sharedWith: starts.count - position) else {
                    return false
                }
                guard let rows = formulation.decodePlacement(solution) else { continue }
                var candidate = placement
                candidate.replaceSubrange(window, with: rows)
                let candidateObjective = ExpertPlacementPlan(problem: problem, placement: candidate).objective
                if candidateObjective < objective * (1 - 1e-9) {
                    placement = candidate
                    objective = candidateObjective
                    improved = true
                }
            }
        }
        return !improved
    }

    /// The sum over consecutive layer pairs of a lower bound on each pair's share of the
    /// objective: LP relaxations first, then MILPs while time remains.
    private mutating func pairBound(until deadline: ContinuousClock.Instant?) throws -> Double? {
        let layers = problem.layerCount
        guard layers > 1 else {
            let formulation = ExpertPlacementFormulation(problem: problem, colocationThreshold: planner.colocationThreshold)
            let solution = try solve(formulation, purpose: .bound, until: deadline, sharedWith: 1)
            return solution?.bestBound.map { $0 - formulation.unmodeledCostBound }
        }
        let pairs = 0..<(layers - 1)
        func weights(_ first: Int) -> [Double] { [first == 0 ? 1 : 0.5, first + 2 == layers ? 1 : 0.5] }
        // Without a bound from a solver, the loads alone still bound a pair.
        var bounds = pairs.map { first in
            let weight = weights(first)
            return weight[0] * problem.minimumMaxLoad(layer: first) + weight[1] * problem.minimumMaxLoad(layer: first + 1)
        }
        // Models are built one at a time, when there is time to solve them: for many experts
        // and GPUs each is large. The pairs' models are alike, so once one is too large to start
        // in the time left, so are the rest.
        passes: for relax in [true, false] {
            for first in pairs {
                if let deadline, clock.now >= deadline { break }
                let formulation = ExpertPlacementFormulation(problem: problem, layers: first..<(first + 2), balanceWeights: weights(first),
                                                             colocationThreshold: planner.colocationThreshold)
                guard let solution = try solve(formulation, purpose: .bound, relax: relax, until: deadline,
                                               sharedWith: pairs.count - first + (relax ? pairs.count : 0)) else { break passes }
                if let bound = solution.bestBound { bounds[first] = max(bounds[first], bound - formulation.unmodeledCostBound) }
            }
        }
        return bounds.reduce(0, +)
    }

    /// Solves `formulation` with an equal share of the time left until `deadline`; `nil` without
    /// a solve when the solver could not even load and scale the model before `deadline`
    /// (``ExpertPlacementPlanner/setupTime(of:)``).
    private mutating func solve(_ formulation: ExpertPlacementFormulation, purpose: ExpertPlacementReport.Solve.Purpose,
                                relax: Bool = false, until deadline: ContinuousClock.Instant?, sharedWith count: Int) throws -> Solution? {
        if let deadline, clock.now + ExpertPlacementPlanner.setupTime(of: formulation.model) > deadline { return nil }
        var options = planner.budget.solverOptions
        options.timeLimit = deadline.map { max(($0 - clock.now) / max(count, 1), .milliseconds(10)) }
        if relax { options.relax = true }
        let solution = try planner.solver.solve(formulation.model, options: options)
        solves.append(.init(purpose: purpose, firstLayer: formulation.layers.lowerBound, layerCount: formulation.layers.count,
                            termination: solution.termination, gap: solution.relativeGap, wallTime: solution.statistics.wallTime))
        return solution
    }
}
