import MILP
import Planners

/// The GPU mix for LLM serving (Mélange): a workload from ``Planners/GPUMixGenerator`` (chat,
/// summarisation or a blend, drawn per seed, over four GPU types) turned into
/// ``Planners/GPUMixFormulation``'s MILP: the cheapest fleet that serves the request rate.
public struct GPUMixDistribution: Distribution {
    /// The sizes of a GPU mix distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Slices each length bucket's load is split into.
        public var sliceFactor: Int
        /// The smallest total request rate, per second.
        public var minimumRate: Double
        /// The largest total request rate, per second.
        public var maximumRate: Double

        /// Parameters from their values.
        public init(sliceFactor: Int, minimumRate: Double, maximumRate: Double) {
            self.sliceFactor = sliceFactor
            self.minimumRate = minimumRate
            self.maximumRate = maximumRate
        }
    }

    /// `gpu-mix`.
    public static let name = "gpu-mix"
    /// `LLM serving GPU mix`.
    public static let domain = "LLM serving GPU mix"
    /// The version of the workload generator and formulation as used here.
    public static let generatorVersion = "gpu-mix-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(sliceFactor: 1, minimumRate: 1, maximumRate: 8)
        case .easy: Parameters(sliceFactor: 4, minimumRate: 1, maximumRate: 32)
        case .medium: Parameters(sliceFactor: 8, minimumRate: 16, maximumRate: 64)
        case .hard: Parameters(sliceFactor: 16, minimumRate: 32, maximumRate: 128)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A GPU mix distribution; needs a positive slice factor and rates with
    /// 0 < minimum ≤ maximum.
    public init(_ parameters: Parameters) {
        precondition(parameters.sliceFactor >= 1, "gpu-mix slice factor must be positive")
        precondition(parameters.minimumRate > 0 && parameters.minimumRate <= parameters.maximumRate, "gpu-mix rates need 0 < minimum ≤ maximum")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let generator = GPUMixGenerator(rates: parameters.minimumRate...parameters.maximumRate, sliceFactor: parameters.sliceFactor)
        do {
            switch try generator.problem(seed: seed).formulation() {
            case let .success(formulation): return formulation.model
            case let .failure(infeasibility): preconditionFailure("the GPU mix generator drew an unservable workload: \(infeasibility)")
            }
        } catch {
            preconditionFailure("gpu-mix parameters \(ParameterSet(parameters)) were rejected: \(error)")
        }
    }
}
