import MILP

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

    /// The time limits a run may have: more than 0 and at most a year.
    public static let timeLimitRange = SolverOptions.Descriptions.timeLimitRange
    /// The grace a run may have: from 0 to a day.
    public static let graceRange = InputRange(Duration.zero ... .seconds(86_400))
    /// The memory limits a run may have, in MiB: from 64 (for a worker process to start) to 16 TiB.
    public static let memoryLimitRangeMiB = InputRange(64...(16 << 20))

    /// Limits from a sweep file's or the command line's numbers, each checked against its range
    /// before it is converted: the grace in seconds (default ``defaultGrace``) and the memory limit
    /// in MiB (default ``defaultMemoryLimit``). Errors name the sweep file's fields.
    public init(timeLimit: Duration, graceSeconds: Double?, memoryLimitMiB: Int?) throws(InputError) {
        try Self.timeLimitRange.check(timeLimit, field: "timeLimit")
        let grace = try graceSeconds.map { seconds throws(InputError) in
            try Duration(seconds: seconds, field: "grace", in: Self.graceRange.inSeconds)
        }
        let memoryLimit = try memoryLimitMiB.map { megabytes throws(InputError) in
            try Self.memoryLimitRangeMiB.check(megabytes, field: "memoryLimitMiB", unit: "MiB") << 20
        }
        self.init(timeLimit: timeLimit, grace: grace ?? Self.defaultGrace, memoryLimit: memoryLimit ?? Self.defaultMemoryLimit)
    }

    /// Throws the first limit outside its range, naming the sweep file's field.
    func validate() throws(InputError) {
        try Self.timeLimitRange.check(timeLimit, field: "timeLimit")
        try Self.graceRange.check(grace, field: "grace")
        if let memoryLimit { try Self.memoryLimitRangeMiB.check(memoryLimit >> 20, field: "memoryLimitMiB", unit: "MiB") }
    }

    /// The wall-clock time after which a run is killed: the time limit plus the grace.
    public var wallClockLimit: Duration { timeLimit + grace }
}
