import MILP

/// One measured step: a sequence of `length` tokens took `time` on a group of `degree` GPUs.
/// A few of these fit a ``SequenceCostModel``'s time coefficients to your model and cluster.
public struct SequenceCostMeasurement: Sendable, Equatable, Codable {
    /// The sequence length in tokens.
    public var length: Int
    /// The SP degree: the number of GPUs in the group.
    public var degree: Int
    /// The measured time, forward and backward (`seconds` in JSON).
    @CodedAsSeconds public var time: Duration

    private enum CodingKeys: String, CodingKey {
        case length, degree
        case time = "seconds"
    }

    /// A measurement from its parts.
    public init(length: Int, degree: Int, time: Duration) {
        self.length = length
        self.degree = degree
        self.time = time
    }
}
