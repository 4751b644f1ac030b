import Foundation
import MILP

/// Draws training batches with long-tailed sequence lengths, reproducibly from a seed.
///
/// Lengths are log-normal (most sequences short, a few very long), rounded to whole tokens and
/// clipped to `lengths`; sequences are drawn until the batch reaches a token budget drawn
/// uniformly from `tokensPerBatch`, the last one shortened (or, when too little is left for a
/// sequence, the shortest one lengthened) to land on the budget.
public struct SequenceBatchGenerator: Sendable, Equatable, Codable {
    /// The number of GPUs.
    public var gpus: Int
    /// GPUs per node.
    public var gpusPerNode: Int
    /// The median sequence length in tokens.
    public var medianLength: Double
    /// The standard deviation of the natural logarithm of the length: the tail's weight.
    public var lengthSpread: Double
    /// The shortest and longest lengths allowed.
    public var lengths: ClosedRange<Int>
    /// The range the batch's token budget is drawn from.
    public var tokensPerBatch: ClosedRange<Int>
    /// Bytes of memory per GPU.
    public var memoryPerGPU: Double
    /// The cost model of the generated problems.
    public var costModel: SequenceCostModel

    /// A generator; the defaults draw the FlexSP-scale batches of the benchmark: 64 GPUs in
    /// nodes of 8, median 4k tokens with log-spread 1.5, lengths 128–256k, 512k–1M tokens a batch.
    public init(
        gpus: Int = 64,
        gpusPerNode: Int = 8,
        medianLength: Double = 4096,
        lengthSpread: Double = 1.5,
        lengths: ClosedRange<Int> = 128...262_144,
        tokensPerBatch: ClosedRange<Int> = 524_288...1_048_576,
        memoryPerGPU: Double = 80e9,
        costModel: SequenceCostModel = SequenceCostModel()
    ) {
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode
        self.medianLength = medianLength
        self.lengthSpread = lengthSpread
        self.lengths = lengths
        self.tokensPerBatch = tokensPerBatch
        self.memoryPerGPU = memoryPerGPU
        self.costModel = costModel
    }

    /// The batch for `seed`: the same seed gives the same batch everywhere.
    public func batch(seed: UInt64) throws(PlannerInputError) -> SequenceParallelProblem {
        var random = SeededGenerator(seed: seed)
        return try batch(using: &random)
    }

    /// A batch drawn from `random`.
    public func batch(using random: inout SeededGenerator) throws(PlannerInputError) -> SequenceParallelProblem {
        guard lengths.lowerBound > 0 else { throw PlannerInputError(field: "lengths", "must start at a positive length, got \(lengths.lowerBound)") }
        guard medianLength > 0, lengthSpread >= 0 else {
            throw PlannerInputError(field: "medianLength", "needs a positive median and a spread ≥ 0, got \(medianLength) and \(lengthSpread)")
        }
        guard tokensPerBatch.lowerBound >= lengths.lowerBound else {
            throw PlannerInputError(field: "tokensPerBatch", "must allow at least one sequence of \(lengths.lowerBound) tokens")
        }
        let budget = random.integer(in: tokensPerBatch)
        var sequences: [Int] = []
        var total = 0
        while total < budget {
            let drawn = Int((medianLength * exp(lengthSpread * random.normal())).rounded())
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
        return try SequenceParallelProblem(sequences: sequences, gpus: gpus, gpusPerNode: gpusPerNode,
                                           memoryPerGPU: memoryPerGPU, costModel: costModel)
    }
}
