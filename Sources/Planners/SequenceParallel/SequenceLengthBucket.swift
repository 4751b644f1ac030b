import Foundation

/// Sequences of similar length that the model treats alike: it decides how many of them go to
/// each group, and the decoder picks which.
public struct SequenceLengthBucket: Sendable, Equatable {
    /// The members' indices into ``SequenceParallelProblem/sequences``, longest first.
    public var sequences: [Int]
    /// The longest member's length.
    public var length: Int

    /// The sequences `members` of `problem` in at most `maximumCount` buckets of geometrically
    /// growing width, longest bucket first. With no more distinct lengths than that, each length
    /// is its own bucket.
    public static func buckets(of members: [Int], in problem: SequenceParallelProblem, maximumCount: Int) -> [SequenceLengthBucket] {
        let order = members.sorted { (problem.sequences[$0], $1) > (problem.sequences[$1], $0) }
        let lengths = members.map { problem.sequences[$0] }
        let distinct = Set(lengths)
        let shortest = Double(lengths.min() ?? 1), longest = Double(lengths.max() ?? 1)
        let key: (Int) -> Int
        if distinct.count <= maximumCount || longest == shortest {
            key = { $0 }
        } else {
            let width = log(longest / shortest) / Double(maximumCount)
            key = { length in min(maximumCount - 1, Int(log(Double(length) / shortest) / width)) }
        }
        var buckets: [SequenceLengthBucket] = []
        var currentKey: Int?
        for index in order {
            let length = problem.sequences[index]
            if key(length) == currentKey {
                buckets[buckets.count - 1].sequences.append(index)
            } else {
                buckets.append(SequenceLengthBucket(sequences: [index], length: length))
                currentKey = key(length)
            }
        }
        return buckets
    }
}
