/// What one invocation of a sweep did.
public struct SweepOutcome: Sendable, Equatable {
    /// The shard's tasks.
    public var planned: Int
    /// Of those, the ones already in the store.
    public var alreadyStored: Int
    /// The runs done and stored now.
    public var ran: Int
    /// Of those, the ones that crashed, were killed, ran out of memory or failed.
    public var failures: Int
    /// Whether the sweep was cancelled before every task was done.
    public var wasCancelled: Bool
    /// The runs that were going when the sweep was cancelled: killed, and not stored.
    public var interrupted: [TaskKey]
}
