import Foundation
import Synchronization

/// Races several solver configurations on the same model, one thread each, and keeps the first
/// proof: once a configuration proves its model optimal, infeasible or unbounded, the others are
/// told to stop at their next callback and their threads are joined before the call returns.
///
/// ```swift
/// let portfolio = PortfolioSolver([
///     .init(name: "cuts", solver: GLPKSolver(parameters: .recommended)),
///     .init(name: "plain", solver: GLPKSolver(parameters: .glpkDefaults), options: SolverOptions(presolve: false)),
/// ])
/// let result = try portfolio.race(model, options: SolverOptions(timeLimit: .seconds(60)))
/// print(result.winner, result.solution.objectiveValue ?? .nan)
/// ```
///
/// A configuration can only be stopped where its solver calls back, which for branch-and-cut is
/// between nodes: a configuration busy with a long LP finishes that LP first. The caller's
/// ``Callback`` sees one merged search: incumbents that improve on every earlier one, and
/// progress with the best incumbent and the tightest bound of all configurations. Its handler is
/// never called from two threads at once.
public struct PortfolioSolver: Solver {
    /// One entrant of the race: a named solver with the options it overrides.
    public struct Configuration: Sendable {
        /// A short name for reports, such as `"cuts+presolve"`.
        public var name: String
        /// The solver.
        public var solver: any Solver
        /// Options that replace the caller's for this configuration; unset fields take the caller's.
        public var options: SolverOptions

        /// A configuration named `name` running `solver` with `options` over the caller's.
        public init(name: String, solver: any Solver, options: SolverOptions = SolverOptions()) {
            self.name = name
            self.solver = solver
            self.options = options
        }
    }

    /// The entrants, in order.
    public var configurations: [Configuration]

    /// A portfolio of `configurations`.
    public init(_ configurations: [Configuration]) {
        self.configurations = configurations
    }

    /// `"portfolio(first|second|…)"`.
    public var name: String { "portfolio(" + configurations.map(\.name).joined(separator: "|") + ")" }

    /// The winner's solution; see ``race(_:options:hooks:)``.
    public func solve(_ model: Model, options: SolverOptions, hooks: SolverHooks) throws -> Solution {
        try race(model, options: options, hooks: hooks).solution
    }

    /// Runs every configuration on its own thread and returns the winner with every run's result.
    ///
    /// The winner is the first configuration to end with a proof (optimal, infeasible, unbounded);
    /// without one, the configuration with the best solution, then the first to finish. Throws the
    /// caller's callback error if it threw, or a configuration's error when none returned a
    /// solution; a branching policy is refused, since a policy is one object that two threads
    /// cannot share.
    public func race(_ model: Model, options: SolverOptions = SolverOptions(), hooks: SolverHooks = SolverHooks()) throws -> PortfolioResult {
        var problems: [InputError] = []
        if configurations.isEmpty { problems.append(InputError(field: "configurations", "a portfolio needs at least one configuration")) }
        if hooks.branchingPolicy != nil {
            problems.append(InputError(field: "branchingPolicy", "a portfolio cannot share one branching policy between threads"))
        }
        guard problems.isEmpty else { throw SolverError.unsupportedOptions(problems) }

        let clock = ContinuousClock()
        let start = clock.now
        let race = Race(configurations: configurations.map(\.name), sense: model.objective.sense, hooks: hooks, start: start)
        let finished = DispatchGroup()
        for (index, configuration) in configurations.enumerated() {
            let options = options.overridden(by: configuration.options)
            finished.enter()
            let thread = Thread {
                let outcome = Result { try configuration.solver.solve(model, options: options, hooks: race.hooks(for: index)) }
                race.finish(index, with: outcome)
                finished.leave()
            }
            thread.name = "portfolio \(configuration.name)"
            thread.stackSize = 16 << 20
            thread.start()
        }
        finished.wait()
        return try race.result(wallTime: clock.now - start)
    }
}

/// What a portfolio race produced.
public struct PortfolioResult: Sendable {
    /// One configuration's own outcome.
    public struct Run: Sendable {
        /// The configuration's name.
        public var name: String
        /// Its solution, or `nil` when its solver threw.
        public var solution: Solution?
    }

    /// The name of the configuration whose solution is returned.
    public var winner: String
    /// The winner's solution, timed from the start of the race; when it ended at a limit, its
    /// bound is the tightest bound any configuration proved.
    public var solution: Solution
    /// Every configuration's outcome, in configuration order.
    public var runs: [Run]
}

/// The shared state of one race, guarded by a mutex; the caller's hooks are only used while it
/// is held, so they never run on two threads at once.
private final class Race: Sendable {
    /// What the configurations' threads share.
    private struct Standings {
        var outcomes: [Result<Solution, any Error>?]
        var finishingOrder: [Int] = []
        var latest: [SearchProgress?]
        var bestIncumbent: Double?
        var lastForwardedProgress: ContinuousClock.Instant
        var logLines: [String]
        var winner: Int?
        var stopRequested = false
        var callbackError: (any Error)?
    }

    private let names: [String]
    private let sense: ObjectiveSense
    /// The caller's hooks: not `Sendable`, so touched only while ``standings`` is locked.
    nonisolated(unsafe) private let hooks: SolverHooks
    private let start: ContinuousClock.Instant
    private let clock = ContinuousClock()
    private let standings: Mutex<Standings>

    init(configurations names: [String], sense: ObjectiveSense, hooks: SolverHooks, start: ContinuousClock.Instant) {
        self.names = names
        self.sense = sense
        self.hooks = hooks
        self.start = start
        standings = Mutex(Standings(
            outcomes: Array(repeating: nil, count: names.count), latest: Array(repeating: nil, count: names.count),
            lastForwardedProgress: start, logLines: Array(repeating: "", count: names.count)))
    }

    /// The hooks configuration `index` solves with: a callback that polls the stop flag and a log
    /// that forwards whole lines prefixed with the configuration's name.
    func hooks(for index: Int) -> SolverHooks {
        let callback = Callback(events: [.incumbent, .progress], progressInterval: .milliseconds(50)) { [self] data in
            try observe(data, from: index)
        }
        return SolverHooks(callback: callback, log: hooks.log == nil ? nil : { [self] text in forwardLog(text, from: index) })
    }

    private func observe(_ data: CallbackData, from index: Int) throws -> Callback.Action {
        try standings.withLock { standings in
            guard !standings.stopRequested else { return .stop }
            standings.latest[index] = data.progress
            let previousBest = standings.bestIncumbent
            if let value = data.progress.incumbent, sense.prefers(value, over: standings.bestIncumbent) { standings.bestIncumbent = value }
            guard let callback = hooks.callback else { return .proceed }
            let action: Callback.Action
            switch data.event {
            case .incumbent:
                guard let value = data.progress.incumbent, sense.prefers(value, over: previousBest), callback.events.contains(.incumbent) else {
                    return .proceed
                }
                action = try forward(CallbackData(event: .incumbent, progress: merged(standings), incumbentValues: data.incumbentValues),
                                     to: callback, standings: &standings)
            case .progress:
                guard callback.events.contains(.progress), clock.now - standings.lastForwardedProgress >= callback.progressInterval else {
                    return .proceed
                }
                standings.lastForwardedProgress = clock.now
                action = try forward(CallbackData(event: .progress, progress: merged(standings)), to: callback, standings: &standings)
            }
            if action == .stop { standings.stopRequested = true }
            return action
        }
    }

    /// Calls the caller's handler; an error it throws stops every configuration and is rethrown.
    private func forward(_ data: CallbackData, to callback: Callback, standings: inout Standings) throws -> Callback.Action {
        do {
            return try callback.handler(data)
        } catch {
            standings.callbackError = error
            standings.stopRequested = true
            throw error
        }
    }

    /// The search as one: time since the race began, all nodes, the best incumbent and bound.
    private func merged(_ standings: Standings) -> SearchProgress {
        let reports = standings.latest.compactMap { $0 }
        return SearchProgress(
            elapsed: clock.now - start,
            nodes: reports.reduce(0) { $0 + $1.nodes },
            openNodes: reports.reduce(0) { $0 + $1.openNodes },
            incumbent: standings.bestIncumbent,
            bestBound: tightest(reports.compactMap(\.bestBound)))
    }

    private func forwardLog(_ text: String, from index: Int) {
        standings.withLock { standings in
            standings.logLines[index] += text
            guard let log = hooks.log, let lastNewline = standings.logLines[index].lastIndex(of: "\n") else { return }
            let pending = standings.logLines[index]
            standings.logLines[index] = String(pending[pending.index(after: lastNewline)...])
            for line in pending[...lastNewline].split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                log("[\(names[index])] \(line)\n")
            }
        }
    }

    func finish(_ index: Int, with outcome: Result<Solution, any Error>) {
        standings.withLock { standings in
            standings.outcomes[index] = outcome
            standings.finishingOrder.append(index)
            if let log = hooks.log, !standings.logLines[index].isEmpty { log("[\(names[index])] \(standings.logLines[index])\n") }
            guard standings.winner == nil, case let .success(solution) = outcome, solution.termination.isProof else { return }
            standings.winner = index
            standings.stopRequested = true
        }
    }

    func result(wallTime: Duration) throws -> PortfolioResult {
        try standings.withLock { standings in
            if let error = standings.callbackError { throw error }
            let solutions = standings.outcomes.map { try? $0?.get() }
            let candidates = standings.finishingOrder.filter { solutions[$0] != nil }
            guard let chosen = standings.winner ?? candidates.min(by: { isPreferred(solutions[$0]!, over: solutions[$1]!) }) else {
                for case let .failure(error)? in standings.outcomes { throw error }
                preconditionFailure("every configuration of the race has finished with a result")
            }
            var solution = solutions[chosen]!
            solution.statistics.wallTime = wallTime
            if solution.termination.isLimit, solution.hasSolution {
                solution.bestBound = tightest(solutions.compactMap { $0?.bestBound })
            }
            return PortfolioResult(
                winner: names[chosen], solution: solution,
                runs: names.indices.map { PortfolioResult.Run(name: names[$0], solution: solutions[$0]) })
        }
    }

    /// Whether `solution` ranks before `other` when no configuration proved anything:
    /// a solution beats none, then the better objective wins.
    private func isPreferred(_ solution: Solution, over other: Solution) -> Bool {
        guard let value = solution.objectiveValue else { return false }
        return sense.prefers(value, over: other.objectiveValue)
    }

    /// The tightest of several valid bounds: the largest for a minimisation, the smallest for a maximisation.
    private func tightest(_ bounds: [Double]) -> Double? {
        sense == .minimize ? bounds.max() : bounds.min()
    }
}

extension Termination {
    /// Whether the solve settled the question: optimal, infeasible or unbounded.
    fileprivate var isProof: Bool {
        switch reason {
        case .optimal, .infeasible, .unbounded, .infeasibleOrUnbounded: true
        default: false
        }
    }
}
