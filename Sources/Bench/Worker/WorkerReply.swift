import MILP

/// What a worker process answers, as JSON on its standard output: the solve's outcome, or the
/// error that prevented it.
public struct WorkerReply: Sendable, Equatable, Codable {
    /// The solve's outcome, whole; `nil` when ``error`` says why there was no solve.
    public var solution: Solution?
    /// The time spent reading and solving the model (`solveTime` in seconds in JSON).
    @CodedAsSeconds public var solveTime: Duration
    /// The worker process's peak resident memory in bytes, when known.
    public var peakMemory: Int?
    /// Why the model could not be read or solved.
    public var error: String?

    /// The reply for a finished solve that took `solveTime`, reading included.
    public init(_ solution: Solution, solveTime: Duration, peakMemory: Int?) {
        self.solution = solution
        self.solveTime = solveTime
        self.peakMemory = peakMemory
    }

    /// The reply for a request that failed with `error` after `solveTime`.
    public init(error: String, solveTime: Duration, peakMemory: Int?) {
        self.error = error
        self.solveTime = solveTime
        self.peakMemory = peakMemory
    }
}
