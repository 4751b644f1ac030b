import MILP

/// Runs primal heuristics at a search's nodes: solves each heuristic's sub-MIP, with an
/// objective cutoff when there is an incumbent, through the ``Solver`` given (which may run
/// heuristics of its own only to a bounded nesting depth), under a node limit and a time limit
/// that never reaches past the deadline, and returns the checked, improving solutions found.
public final class HeuristicRunner {
    /// Limits on each sub-MIP.
    public struct Budget: Sendable, Equatable {
        /// Branch-and-bound nodes per sub-MIP.
        public var nodeLimit = 500
        /// Time per sub-MIP.
        public var timeLimit: Duration = .seconds(10)
        /// The most of the time left before the deadline one sub-MIP may take.
        public var shareOfRemainingTime = 0.2

        /// The default budget.
        public init() {}
    }

    /// The limits in force.
    public var budget: Budget
    /// When set, sub-MIPs end by this instant and none starts after it.
    public var deadline: ContinuousClock.Instant?
    private let formulation: Formulation
    private let heuristics: [any PrimalHeuristic]
    private let solver: any Solver
    private var statistics: [String: SearchComponentStatistics] = [:]
    private let clock = ContinuousClock()

    /// A runner of `heuristics` on `formulation`, solving sub-MIPs with `solver`.
    public init(formulation: Formulation, heuristics: [any PrimalHeuristic], solver: any Solver, budget: Budget = Budget()) {
        self.formulation = formulation
        self.heuristics = heuristics
        self.solver = solver
        self.budget = budget
        for heuristic in heuristics { statistics[heuristic.name] = SearchComponentStatistics(name: heuristic.name, kind: .heuristic) }
    }

    /// Whether an exhaustive sub-MIP proved that no solution improves on the incumbent; the
    /// search can then stop with the incumbent proven optimal.
    public private(set) var provedIncumbentOptimal = false

    /// What each heuristic did so far, in their order.
    public var componentStatistics: [SearchComponentStatistics] { heuristics.compactMap { statistics[$0.name] } }

    /// Runs every heuristic that wants to at `node`, each until it passes or finds a solution,
    /// and each with the best solution found so far as its incumbent; returns the improving
    /// solutions found, by the name of the heuristic that found each, best last.
    public func run(at node: HeuristicNode) throws -> [(heuristic: String, values: [Double])] {
        var found: [(heuristic: String, values: [Double])] = []
        var node = node
        for heuristic in heuristics {
            retrying: while true {
                switch try runOnce(heuristic, at: node) {
                case nil:
                    break retrying
                case .provenOptimal:
                    provedIncumbentOptimal = true
                    return found
                case .nothingFound, .neighbourhoodExhausted:
                    continue
                case .improved(let values):
                    node.incumbent = values
                    node.incumbentObjective = formulation.objectiveValue(of: values)
                    found.append((heuristic.name, values))
                    break retrying
                }
            }
        }
        return found
    }

    /// One run of `heuristic` at `node`: what its sub-MIP came to, or `nil` when it passed or no
    /// time was left.
    private func runOnce(_ heuristic: any PrimalHeuristic, at node: HeuristicNode) throws -> SubMIP.Outcome? {
        let incumbent = node.incumbentObjective
        if let deadline, deadline <= clock.now { return nil }
        let started = clock.now
        guard var subMIP = heuristic.subMIP(at: node) else { return nil }
        var limit = budget.timeLimit
        if let deadline {
            let remaining = deadline - clock.now
            limit = subMIP.shareOfRemainingTime.map { remaining * $0 } ?? min(limit, remaining * budget.shareOfRemainingTime)
        }
        if let incumbent, !subMIP.isExhaustive { subMIP.cutOff(worseThan: incumbent) }
        let outcome = try subMIP.search(with: solver, nodeLimit: subMIP.nodeLimit ?? budget.nodeLimit, timeLimit: limit, improvingOn: incumbent)
        statistics[heuristic.name]?.calls += 1
        statistics[heuristic.name]?.time += clock.now - started
        let improving = if case .improved = outcome { true } else { false }
        heuristic.didRun(outcome)
        if improving { statistics[heuristic.name]?.found += 1 }
        return outcome
    }

    /// Records that the search accepted a solution `heuristic` found as its new incumbent.
    public func recordAccepted(_ heuristic: String) {
        statistics[heuristic]?.accepted += 1
    }
}
