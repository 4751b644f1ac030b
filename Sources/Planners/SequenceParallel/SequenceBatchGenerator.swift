import Foundation
import MILP

/// Draws training batches with long-tailed sequence lengths, reproducibly from a seed.
///
/// Lengths are log-normal (most sequences short, a few very long), rounded to whole tokens and
/// clipped to `lengths`; sequences are drawn until the batch reaches a token budget drawn
/// uniformly from `tokensPerBatch`, the last one shortened (or, when too little is left for a
/// sequence, the shortest one lengthened) to land on the budget.
public struct SequenceBatchGenerator: Sendable, Equatable, Codable {
    /// The median sequence length in tokens.
    public var medianLength: Double
    /// The standard deviation of the natural logarithm of the length: the tail's weight.
    public var lengthSpread: Double
    /// The shortest and longest lengths allowed.
    public var lengths: ClosedRange<Int>
    /// The range the batch's token budget is drawn from.
    public var tokensPerBatch: ClosedRange<Int>

    /// A generator; the defaults draw the FlexSP-scale batches of the benchmark: median 4k
    /// tokens with log-spread 1.5, lengths 128–256k, 256k–2M tokens a batch.
    public init(
        medianLength: Double = 4096,
        lengthSpread: Double = 1.5,
        lengths: ClosedRange<Int> = 128...262_144,
        tokensPerBatch: ClosedRange<Int> = 262_144...2_097_152
    ) {
        self.medianLength = medianLength
        self.lengthSpread = lengthSpread
        self.lengths = lengths
        self.tokensPerBatch = tokensPerBatch
    }

    /// The sequence lengths of the batch for `seed`: the same seed gives the same batch everywhere.
    public func batch(seed: UInt64) throws(InputError) -> [Int] {
        var random = SeededGenerator(seed: seed)
        return try batch(using: &random)
    }

    /// The sequence lengths of a batch drawn from `random`.
    public func batch(using random: inout SeededGenerator) throws(InputError) -> [Int] {
        guard lengths.lowerBound > 0, lengths.upperBound <= SequenceParallelProblem.maximumLength else {
            throw InputError(field: "lengths", "must lie between 1 and \(SequenceParallelProblem.maximumLength) tokens, got \(lengths)")
        }
        guard medianLength.isFinite, medianLength > 0, lengthSpread.isFinite, lengthSpread >= 0 else {
            throw InputError(field: "medianLength", "needs a positive median and a spread ≥ 0, got \(medianLength) and \(lengthSpread)")
        }
        guard tokensPerBatch.lowerBound >= lengths.lowerBound,
              tokensPerBatch.upperBound / lengths.lowerBound <= SequenceParallelProblem.maximumSequences else {
            throw InputError(field: "tokensPerBatch", "must allow at least one sequence of \(lengths.lowerBound) tokens and at most \(SequenceParallelProblem.maximumSequences) sequences")
        }
        let budget = random.integer(in: tokensPerBatch)
        var sequences: [Int] = []
        var total = 0
        while total < budget {
            let drawn = Int(min(medianLength * exp(lengthSpread * random.normal()), Double(lengths.upperBound)).rounded())
            let remaining = budget - total
            if remaining < lengths.lowerBound, let shortest = sequences.indices.min(by: { sequences[$0] < sequences[$1] }),
               sequences[shortest] + remaining <= lengths.upperBound {
                // Too little left for a sequence of its own: the shortest one grows by it.
                sequences[shortest] += remaining
                break
            }
            let length = min(max(drawn, lengths.lowerBound), lengths.upperBound, max(remaining, lengths.lowerBound))
            sequences.append(length)
            total += length
        }
        return sequences
    }
}
