/// `count` sequences of `length` tokens: one bar of a length histogram.
public struct SequenceLengthCount: Sendable, Equatable, Codable {
    /// The length in tokens.
    public var length: Int
    /// How many sequences have it.
    public var count: Int

    /// A histogram bar.
    public init(length: Int, count: Int) {
        self.length = length
        self.count = count
    }
}
