import MILP
import Planners

/// Sequence-parallel group assignment (FlexSP): a long-tailed training batch from
/// ``Planners/SequenceBatchGenerator`` turned into ``Planners/SequenceParallelFormulation``'s
/// full MILP (no layout fixed, no known step time), with the planner's default numbers of
/// individually placed sequences and length buckets unless the level says otherwise.
public struct SequenceParallelDistribution: Distribution {
    /// The sizes of a sequence-parallel distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// GPUs.
        public var gpus: Int
        /// GPUs per node.
        public var gpusPerNode: Int
        /// The median sequence length in tokens.
        public var medianLength: Double
        /// The fewest tokens in a batch.
        public var minimumTokens: Int
        /// The most tokens in a batch.
        public var maximumTokens: Int
        /// The longest sequences placed one by one.
        public var individualSequences: Int
        /// The most length buckets for the other sequences.
        public var maximumBuckets: Int

        /// Parameters from their values.
        public init(gpus: Int, gpusPerNode: Int, medianLength: Double, minimumTokens: Int, maximumTokens: Int,
                    individualSequences: Int, maximumBuckets: Int) {
            self.gpus = gpus
            self.gpusPerNode = gpusPerNode
            self.medianLength = medianLength
            self.minimumTokens = minimumTokens
            self.maximumTokens = maximumTokens
            self.individualSequences = individualSequences
            self.maximumBuckets = maximumBuckets
        }
    }

    /// `sequence-parallel`.
    public static let name = "sequence-parallel"
    /// `sequence-parallel training`.
    public static let domain = "sequence-parallel training"
    /// The version of the batch generator and formulation as used here.
    public static let generatorVersion = "sequence-parallel-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny:
            Parameters(gpus: 8, gpusPerNode: 8, medianLength: 2048, minimumTokens: 32_768, maximumTokens: 65_536,
                       individualSequences: 2, maximumBuckets: 4)
        case .easy:
            Parameters(gpus: 16, gpusPerNode: 8, medianLength: 4096, minimumTokens: 131_072, maximumTokens: 262_144,
                       individualSequences: 4, maximumBuckets: 8)
        case .medium:
            Parameters(gpus: 64, gpusPerNode: 8, medianLength: 4096, minimumTokens: 524_288, maximumTokens: 1_048_576,
                       individualSequences: 8, maximumBuckets: 16)
        case .hard:
            Parameters(gpus: 128, gpusPerNode: 8, medianLength: 4096, minimumTokens: 1_048_576, maximumTokens: 2_097_152,
                       individualSequences: 12, maximumBuckets: 16)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A sequence-parallel distribution; needs `minimumTokens ≤ maximumTokens` and parameters the
    /// batch generator accepts (a whole number of nodes, a positive median).
    public init(_ parameters: Parameters) {
        precondition(parameters.minimumTokens >= 128 && parameters.minimumTokens <= parameters.maximumTokens,
                     "sequence-parallel tokens need 128 ≤ minimum ≤ maximum")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let generator = SequenceBatchGenerator(
            gpus: parameters.gpus, gpusPerNode: parameters.gpusPerNode, medianLength: parameters.medianLength,
            lengths: 128...parameters.maximumTokens, tokensPerBatch: parameters.minimumTokens...parameters.maximumTokens)
        do {
            let batch = try generator.batch(seed: seed)
            return SequenceParallelFormulation(problem: batch, individualCount: parameters.individualSequences,
                                               maximumBuckets: parameters.maximumBuckets).model
        } catch {
            preconditionFailure("sequence-parallel parameters \(ParameterSet(parameters)) were rejected: \(error)")
        }
    }
}
