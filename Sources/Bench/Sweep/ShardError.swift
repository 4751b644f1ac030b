/// A shard written wrongly.
public struct ShardError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The shard as written.
    public var text: String
    /// What is wrong.
    public var reason: String

    /// `invalid shard 'text': reason`.
    public var description: String { "invalid shard '\(text)': \(reason)" }
}
