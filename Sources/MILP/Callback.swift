/// A caller's hook into a running branch-and-cut search: declare the events you want, receive
/// their data, and answer whether to go on.
///
/// ```swift
/// let callback = Callback(events: [.incumbent]) { data in
///     print("new incumbent", data.progress.incumbent ?? .nan)
///     return .proceed
/// }
/// let solution = try solver.solve(model, options: options, hooks: SolverHooks(callback: callback))
/// ```
///
/// An error thrown by the handler stops the search cleanly; the solver rethrows it once the
/// underlying library has returned.
public struct Callback {
    /// What the handler can be told about.
    public enum Event: String, Hashable, Sendable, CaseIterable {
        /// A better integer solution was found (reported at the solver's next callback point).
        case incumbent
        /// Periodic progress of the search (see ``Callback/progressInterval``).
        case progress
    }

    /// What the handler wants the solver to do next.
    public enum Action: Sendable {
        /// Go on searching.
        case proceed
        /// Stop now; the solve ends with ``Termination/Reason/interrupted`` and its best solution.
        case stop
    }

    /// The events the handler receives.
    public var events: Set<Event>
    /// The shortest time between two progress events.
    public var progressInterval: Duration
    /// The handler.
    public var handler: (CallbackData) throws -> Action

    /// A callback for `events`, with progress at most every `progressInterval`.
    public init(
        events: Set<Event>,
        progressInterval: Duration = .milliseconds(500),
        handler: @escaping (CallbackData) throws -> Action
    ) {
        self.events = events
        self.progressInterval = progressInterval
        self.handler = handler
    }
}

/// What a callback receives.
public struct CallbackData: Sendable {
    /// The event being reported.
    public var event: Callback.Event
    /// The state of the search.
    public var progress: SearchProgress
    /// For ``Callback/Event/incumbent``: the new solution's values indexed by ``Variable/index``,
    /// when the solver can map them to the model (not while GLPK's presolver has transformed it).
    public var incumbentValues: [Double]?

    /// Callback data from its parts; solvers make these.
    public init(event: Callback.Event, progress: SearchProgress, incumbentValues: [Double]? = nil) {
        self.event = event
        self.progress = progress
        self.incumbentValues = incumbentValues
    }
}

/// The state of a branch-and-bound search at one moment.
public struct SearchProgress: Sendable, Equatable {
    /// Time since the solve began.
    public var elapsed: Duration
    /// Nodes created so far.
    public var nodes: Int
    /// Nodes still open.
    public var openNodes: Int
    /// The best objective found so far, if any.
    public var incumbent: Double?
    /// The best bound over open nodes, if known.
    public var bestBound: Double?

    /// Progress from its parts; solvers make these.
    public init(elapsed: Duration, nodes: Int, openNodes: Int, incumbent: Double?, bestBound: Double?) {
        self.elapsed = elapsed
        self.nodes = nodes
        self.openNodes = openNodes
        self.incumbent = incumbent
        self.bestBound = bestBound
    }

    /// The relative gap between incumbent and bound, as in ``Solution/relativeGap``.
    public var relativeGap: Double? {
        guard let incumbent, let bestBound else { return nil }
        let difference = abs(incumbent - bestBound)
        return difference == 0 ? 0 : difference / max(abs(incumbent), 1e-10)
    }
}
