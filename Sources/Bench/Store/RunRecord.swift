import MILP

/// The stored result of one run: one row of the results store.
public struct RunRecord: Sendable, Equatable, Codable {
    /// The instance's id.
    public var instance: String
    /// The configuration's name.
    public var configuration: String
    /// The repetition, from 0.
    public var repetition: Int
    /// The repetition's seed, if the sweep has seeds.
    public var seed: UInt64?
    /// How the run ended.
    public var status: RunStatus
    /// What the solver or the process said, for people; empty when there is nothing to add.
    public var detail: String
    /// The objective value of the best solution found.
    public var objective: Double?
    /// The best proven bound.
    public var bound: Double?
    /// The relative gap between ``objective`` and ``bound``, as ``MILP/Solution/relativeGap`` defines it.
    public var gap: Double?
    /// The time from starting the run's process to its end: reading the model, solving, and the
    /// process's own start-up (seconds in the store and in JSON).
    @CodedAsSeconds public var wallTime: Duration
    /// The time the solver reported for reading and solving, when it reports it.
    @CodedAsSeconds public var solveTime: Duration?
    /// Branch-and-bound nodes, when known.
    public var nodes: Int?
    /// Simplex iterations, when known.
    public var iterations: Int?
    /// The peak resident memory of the run, in bytes: a worker's own high-water mark, or for an
    /// external command the largest total of its processes' high-water marks, sampled every 0.1 s.
    public var peakMemory: Int
    /// The process's exit status, when it exited rather than died from a signal.
    public var exitStatus: Int?
    /// The time limit the run had.
    @CodedAsSeconds public var timeLimit: Duration
    /// A digest of the configuration's definition and limits (``ConfigurationRecord/hash``);
    /// empty for runs stored before digests were kept.
    public var configurationHash: String
    /// The MILPKit version that ran the sweep.
    public var milpkitVersion: String
    /// The git revision the binary that ran the sweep was built from
    /// (``RunProvenance/binaryRevision``), or `unknown`.
    public var gitRevision: String
    /// The machine's host name.
    public var host: String
    /// When the run ended, in ISO 8601 (UTC).
    public var timestamp: String

    /// A record from its parts.
    public init(
        instance: String, configuration: String, repetition: Int, seed: UInt64?,
        status: RunStatus, detail: String, objective: Double?, bound: Double?, gap: Double?,
        wallTime: Duration, solveTime: Duration?, nodes: Int?, iterations: Int?, peakMemory: Int, exitStatus: Int?,
        timeLimit: Duration, configurationHash: String, milpkitVersion: String, gitRevision: String, host: String, timestamp: String
    ) {
        self.instance = instance
        self.configuration = configuration
        self.repetition = repetition
        self.seed = seed
        self.status = status
        self.detail = detail
        self.objective = objective
        self.bound = bound
        self.gap = gap
        self.wallTime = wallTime
        self.solveTime = solveTime
        self.nodes = nodes
        self.iterations = iterations
        self.peakMemory = peakMemory
        self.exitStatus = exitStatus
        self.timeLimit = timeLimit
        self.configurationHash = configurationHash
        self.milpkitVersion = milpkitVersion
        self.gitRevision = gitRevision
        self.host = host
        self.timestamp = timestamp
    }

    /// The key the record is stored under.
    public var key: TaskKey { TaskKey(instance: instance, configuration: configuration, repetition: repetition) }

    /// Whether the two records hold the same measurement, whoever stored them when.
    func measuresTheSame(as other: RunRecord) -> Bool {
        var copy = other
        copy.timestamp = timestamp
        return copy == self
    }
}
