import MILP

/// How far a sweep run has come, reported after each finished run.
public struct SweepProgress: Sendable, Equatable {
    /// The runs this invocation has to do: the shard's tasks not yet in the store.
    public var total: Int
    /// The shard's tasks that were already in the store and are skipped.
    public var alreadyStored: Int
    /// The runs finished so far.
    public var done: Int
    /// The finished runs that crashed, were killed, ran out of memory or failed.
    public var failures: Int
    /// Time since the invocation started running tasks.
    public var elapsed: Duration
    /// The run that just finished; `nil` in the report made before the first run.
    public var latest: RunRecord?

    /// Finished runs per second so far; `nil` before the first.
    public var rate: Double? {
        let seconds = elapsed.inSeconds
        return done > 0 && seconds > 0 ? Double(done) / seconds : nil
    }

    /// The time the remaining runs should take at the rate so far; `nil` before the first run.
    public var estimatedTimeRemaining: Duration? {
        guard let rate else { return nil }
        return .seconds(Double(total - done) / rate)
    }

    /// Whether every run is done.
    public var isComplete: Bool { done == total }
}
