import Foundation

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

/// The shared state of one race. Every member is guarded by `lock`; the caller's hooks are only
/// used while it is held, so they never run on two threads at once.
private final class Race: @unchecked Sendable {
    private let lock = NSLock()
    private let names: [String]
    private let sense: ObjectiveSense
    private let hooks: SolverHooks
    private let start: ContinuousClock.Instant
    private let clock = ContinuousClock()
    private var outcomes: [Result<Solution, any Error>?]
    private var finishingOrder: [Int] = []
    private var latest: [SearchProgress?]
    private var bestIncumbent: Double?
    private var lastForwardedProgress: ContinuousClock.Instant
    private var logLines: [String]
    private var winner: Int?
    private var stopRequested = false
    private var callbackError: (any Error)?

    init(configurations names: [String], sense: ObjectiveSense, hooks: SolverHooks, start: ContinuousClock.Instant) {
        self.names = names
        self.sense = sense
        self.hooks = hooks
        self.start = start
        outcomes = Array(repeating: nil, count: names.count)
        latest = Array(repeating: nil, count: names.count)
        logLines = Array(repeating: "", count: names.count)
        lastForwardedProgress = start
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
        try lock.withLock {
            guard !stopRequested else { return .stop }
            latest[index] = data.progress
            let previousBest = bestIncumbent
            if let value = data.progress.incumbent, isBetter(value, than: bestIncumbent) { bestIncumbent = value }
            guard let callback = hooks.callback else { return .proceed }
            let action: Callback.Action
            switch data.event {
            case .incumbent:
                guard let value = data.progress.incumbent, isBetter(value, than: previousBest), callback.events.contains(.incumbent) else {
                    return .proceed
                }
                action = try forward(CallbackData(event: .incumbent, progress: merged(), incumbentValues: data.incumbentValues), to: callback)
            case .progress:
                guard callback.events.contains(.progress), clock.now - lastForwardedProgress >= callback.progressInterval else {
                    return .proceed
                }
                lastForwardedProgress = clock.now
                action = try forward(CallbackData(event: .progress, progress: merged()), to: callback)
            }
            if action == .stop { stopRequested = true }
            return action
        }
    }

    /// Calls the caller's handler; an error it throws stops every configuration and is rethrown.
    private func forward(_ data: CallbackData, to callback: Callback) throws -> Callback.Action {
        do {
            return try callback.handler(data)
        } catch {
            callbackError = error
            stopRequested = true
            throw error
        }
    }

    /// The search as one: time since the race began, all nodes, the best incumbent and bound.
    private func merged() -> SearchProgress {
        let reports = latest.compactMap { $0 }
        return SearchProgress(
            elapsed: clock.now - start,
            nodes: reports.reduce(0) { $0 + $1.nodes },
            openNodes: reports.reduce(0) { $0 + $1.openNodes },
            incumbent: bestIncumbent,
            bestBound: tightest(reports.compactMap(\.bestBound)))
    }

    private func forwardLog(_ text: String, from index: Int) {
        lock.withLock {
            logLines[index] += text
            guard let log = hooks.log, let lastNewline = logLines[index].lastIndex(of: "\n") else { return }
            let complete = logLines[index][...lastNewline]
            logLines[index] = String(logLines[index][logLines[index].index(after: lastNewline)...])
            for line in complete.split(separator: "\n", omittingEmptySubsequences: false).dropLast() {
                log("[\(names[index])] \(line)\n")
            }
        }
    }

    func finish(_ index: Int, with outcome: Result<Solution, any Error>) {
        lock.withLock {
            outcomes[index] = outcome
            finishingOrder.append(index)
            if let log = hooks.log, !logLines[index].isEmpty { log("[\(names[index])] \(logLines[index])\n") }
            guard winner == nil, case let .success(solution) = outcome, solution.termination.isProof else { return }
            winner = index
            stopRequested = true
        }
    }

    func result(wallTime: Duration) throws -> PortfolioResult {
        try lock.withLock {
            if let callbackError { throw callbackError }
            let solutions = outcomes.map { try? $0?.get() }
            let candidates = finishingOrder.filter { solutions[$0] != nil }
            guard let chosen = winner ?? candidates.min(by: { isPreferred(solutions[$0]!, over: solutions[$1]!) }) else {
                for case let .failure(error)? in outcomes { throw error }
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
        guard let otherValue = other.objectiveValue else { return true }
        return isBetter(value, than: otherValue)
    }

    private func isBetter(_ value: Double, than other: Double?) -> Bool {
        guard let other else { return true }
        return sense == .minimize ? value < other : value > other
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
