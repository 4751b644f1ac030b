import MILP
import Planners

/// MoE expert placement (MoETuner): a synthetic routing trace from ``Planners/ExpertTraceGenerator``
/// turned into ``Planners/ExpertPlacementFormulation``'s whole-model MILP, exactly as the
/// expert placement planner builds it.
public struct ExpertPlacementDistribution: Distribution {
    /// The sizes of an expert placement distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// MoE layers.
        public var layers: Int
        /// Experts per layer.
        public var experts: Int
        /// Experts each token is routed to per layer.
        public var topK: Int
        /// Tokens in the routing trace.
        public var tokens: Int
        /// GPUs.
        public var gpus: Int
        /// GPUs per node.
        public var gpusPerNode: Int

        /// Parameters from their values.
        public init(layers: Int, experts: Int, topK: Int, tokens: Int, gpus: Int, gpusPerNode: Int) {
            self.layers = layers
            self.experts = experts
            self.topK = topK
            self.tokens = tokens
            self.gpus = gpus
            self.gpusPerNode = gpusPerNode
        }
    }

    /// `expert-placement`.
    public static let name = "expert-placement"
    /// `MoE expert placement`.
    public static let domain = "MoE expert placement"
    /// The version of the trace generator and formulation as used here.
    public static let generatorVersion = "expert-placement-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(layers: 2, experts: 4, topK: 2, tokens: 256, gpus: 2, gpusPerNode: 2)
        case .easy: Parameters(layers: 2, experts: 8, topK: 2, tokens: 2048, gpus: 2, gpusPerNode: 2)
        case .medium: Parameters(layers: 3, experts: 12, topK: 2, tokens: 2048, gpus: 4, gpusPerNode: 4)
        case .hard: Parameters(layers: 5, experts: 8, topK: 2, tokens: 2048, gpus: 4, gpusPerNode: 4)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// An expert placement distribution; the parameters must be ones the trace generator and
    /// ``Planners/ExpertPlacementProblem`` accept (the experts fill the GPUs' slots evenly).
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let generator = ExpertTraceGenerator(
            layers: parameters.layers, experts: parameters.experts, topK: parameters.topK, tokens: parameters.tokens,
            gpus: parameters.gpus, gpusPerNode: parameters.gpusPerNode)
        do {
            return ExpertPlacementFormulation(problem: try generator.problem(seed: seed)).model
        } catch {
            preconditionFailure("expert placement parameters \(ParameterSet(parameters)) were rejected: \(error)")
        }
    }
}
