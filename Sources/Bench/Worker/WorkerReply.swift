import MILP

/// What a worker process answers, as JSON on its standard output: the solve's outcome, or the
/// error that prevented it.
public struct WorkerReply: Sendable, Equatable, Codable {
    /// The solve's termination; `nil` when ``error`` says why there was no solve.
    public var termination: Termination?
    /// The objective value of the best solution found.
    public var objective: Double?
    /// The best proven bound.
    public var bound: Double?
    /// Branch-and-bound nodes.
    public var nodes: Int?
    /// Simplex iterations.
    public var iterations: Int?
    /// Seconds spent reading and solving the model.
    public var solveTime: Double
    /// The worker process's peak resident memory in bytes, when known.
    public var peakMemory: Int?
    /// Why the model could not be read or solved.
    public var error: String?

    /// The reply for a finished solve that took `solveTime` seconds, reading included.
    public init(_ solution: Solution, solveTime: Double, peakMemory: Int?) {
        termination = solution.termination
        objective = solution.objectiveValue
        bound = solution.bestBound
        nodes = solution.statistics.nodes
        iterations = solution.statistics.simplexIterations
        self.solveTime = solveTime
        self.peakMemory = peakMemory
    }

    /// The reply for a request that failed with `error` after `solveTime` seconds.
    public init(error: String, solveTime: Double, peakMemory: Int?) {
        self.error = error
        self.solveTime = solveTime
        self.peakMemory = peakMemory
    }
}
