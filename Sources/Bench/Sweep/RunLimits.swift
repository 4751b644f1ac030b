/// The limits every run of a sweep works under.
public struct RunLimits: Sendable, Equatable, Codable {
    /// The time limit given to the solver.
    public var timeLimit: Duration
    /// How long past ``timeLimit`` a run may go on before its process group is killed.
    public var grace: Duration
    /// The address-space limit of each run's process, in bytes; `nil` for none.
    public var memoryLimit: Int?

    /// Limits from their parts.
    public init(timeLimit: Duration, grace: Duration = RunLimits.defaultGrace, memoryLimit: Int? = RunLimits.defaultMemoryLimit) {
        self.timeLimit = timeLimit
        self.grace = grace
        self.memoryLimit = memoryLimit
    }

    /// 10 seconds: time for a solver that checks its clock between nodes to notice and stop.
    public static let defaultGrace = Duration.seconds(10)

    /// 8 GiB: room for any instance of the public set, small enough that several runs fit on one machine.
    public static let defaultMemoryLimit = 8 << 30

    /// The wall-clock time after which a run is killed: the time limit plus the grace.
    public var wallClockLimit: Duration { timeLimit + grace }
}
