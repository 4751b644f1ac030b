/// A request bucket of a ``GPUMixProblem``: a row (input-length bucket) and a column
/// (output-length bucket) of its distribution.
public struct GPUMixBucket: Codable, Sendable, Hashable, Comparable {
    /// The input-length bucket: a row of the distribution, from 0.
    public var input: Int
    /// The output-length bucket: a column of the distribution, from 0.
    public var output: Int

    /// The bucket at row `input`, column `output`.
    public init(input: Int, output: Int) {
        self.input = input
        self.output = output
    }

    /// Row-major order.
    public static func < (lhs: GPUMixBucket, rhs: GPUMixBucket) -> Bool {
        (lhs.input, lhs.output) < (rhs.input, rhs.output)
    }
}
