import MILP

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

    /// The lengths of `histogram`'s sequences, bar by bar; throws naming the bar when a count is
    /// negative or the histogram holds no sequence or more than
    /// ``SequenceParallelProblem/maximumSequences``, before allocating anything.
    static func expand(_ histogram: [SequenceLengthCount]) throws(InputError) -> [Int] {
        var total = 0
        for (index, bar) in histogram.enumerated() {
            try InputRange(0...(SequenceParallelProblem.maximumSequences - total)).check(
                bar.count, field: "histogram[\(index)].count", unit: "sequences (at most \(SequenceParallelProblem.maximumSequences) in a batch)")
            total += bar.count
        }
        guard total > 0 else { throw InputError(field: "histogram", "holds no sequences") }
        return histogram.flatMap { repeatElement($0.length, count: $0.count) }
    }
}
