/// One measured step: a sequence of `length` tokens took `seconds` on a group of `degree` GPUs.
/// A few of these fit a ``SequenceCostModel`` to your model and cluster.
public struct SequenceCostMeasurement: Sendable, Equatable, Codable {
    /// The sequence length in tokens.
    public var length: Int
    /// The SP degree: the number of GPUs in the group.
    public var degree: Int
    /// The measured time in seconds (forward and backward).
    public var seconds: Double

    /// A measurement from its parts.
    public init(length: Int, degree: Int, seconds: Double) {
        self.length = length
        self.degree = degree
        self.seconds = seconds
    }
}
