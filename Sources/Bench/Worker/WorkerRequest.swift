/// What a worker process is asked to do: solve one model one way. Sent as JSON on the worker's
/// standard input.
public struct WorkerRequest: Sendable, Equatable, Codable {
    /// How the worker solves.
    public enum Method: Sendable, Equatable, Codable {
        /// GLPK with these settings.
        case glpk(GLPKSettings)
        /// A portfolio race of these entrants.
        case portfolio([PortfolioEntrant])
    }

    /// Where the model comes from.
    public var instance: InstanceReference
    /// How to solve it.
    public var method: Method
    /// The solver's time limit.
    public var timeLimit: Duration
    /// The seed that permutes the model's rows and columns, if any.
    public var seed: UInt64?

    /// A request from its parts.
    public init(instance: InstanceReference, method: Method, timeLimit: Duration, seed: UInt64? = nil) {
        self.instance = instance
        self.method = method
        self.timeLimit = timeLimit
        self.seed = seed
    }
}
