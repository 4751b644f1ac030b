import MILP
import Planners

/// Sequence-parallel group assignment (FlexSP): a long-tailed training batch from
/// ``Planners/SequenceBatchGenerator`` for FlexSP's GPT-7B on A100 nodes of 8, split into as few
/// micro-batches as memory allows, and the first micro-batch turned into
/// ``Planners/SequenceParallelFormulation``'s MILP (no known step time), with the level's number
/// of individually placed sequences.
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

        /// Parameters from their values.
        public init(gpus: Int, gpusPerNode: Int, medianLength: Double, minimumTokens: Int, maximumTokens: Int,
                    individualSequences: Int) {
            self.gpus = gpus
            self.gpusPerNode = gpusPerNode
            self.medianLength = medianLength
            self.minimumTokens = minimumTokens
            self.maximumTokens = maximumTokens
            self.individualSequences = individualSequences
        }
    }

    /// `sequence-parallel`.
    public static let name = "sequence-parallel"
    /// `sequence-parallel training`.
    public static let domain = "sequence-parallel training"
    /// The version of the batch generator and formulation as used here.
    public static let generatorVersion = "sequence-parallel-2"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny:
            Parameters(gpus: 8, gpusPerNode: 8, medianLength: 2048, minimumTokens: 32_768, maximumTokens: 65_536,
                       individualSequences: 2)
        case .easy:
            Parameters(gpus: 16, gpusPerNode: 8, medianLength: 4096, minimumTokens: 131_072, maximumTokens: 262_144,
                       individualSequences: 4)
        case .medium:
            Parameters(gpus: 64, gpusPerNode: 8, medianLength: 4096, minimumTokens: 524_288, maximumTokens: 1_048_576,
                       individualSequences: 8)
        case .hard:
            Parameters(gpus: 128, gpusPerNode: 8, medianLength: 4096, minimumTokens: 1_048_576, maximumTokens: 2_097_152,
                       individualSequences: 12)
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
            medianLength: parameters.medianLength, lengths: 128...min(parameters.maximumTokens, 262_144),
            tokensPerBatch: parameters.minimumTokens...parameters.maximumTokens)
        do {
            let setup = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: parameters.gpus, gpusPerNode: parameters.gpusPerNode))
            let batch = try setup.problem(sequences: generator.batch(seed: seed))
            let firstMicroBatch = batch.microBatchMembers(count: batch.minimumMicroBatchCount)[0]
            return SequenceParallelFormulation(problem: batch.restricted(to: firstMicroBatch), individualCount: parameters.individualSequences).model
        } catch {
            preconditionFailure("sequence-parallel parameters \(ParameterSet(parameters)) were rejected: \(error)")
        }
    }
}
