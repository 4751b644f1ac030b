import MILP
import Planners

/// Kubernetes pod packing: a cluster from ``Planners/PodPackingGenerator`` (identical nodes, all
/// pods pending) turned into ``Planners/PodPackingFormulation``'s MILP, whose objective is the
/// planner's first stage: place as many pods of the highest priority tier as fit.
public struct PodPackingDistribution: Distribution {
    /// The sizes of a pod packing distribution: one cell of the generator's grid.
    public typealias Parameters = PodPackingGenerator.Parameters

    /// `pod-packing`.
    public static let name = "pod-packing"
    /// `Kubernetes pod packing`.
    public static let domain = "Kubernetes pod packing"
    /// The version of the cluster generator and formulation as used here.
    public static let generatorVersion = "pod-packing-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(nodes: 3, podsPerNode: 4, priorities: 2, utilization: 1.05)
        case .easy: Parameters(nodes: 32, podsPerNode: 8, priorities: 4, utilization: 1.05)
        case .medium: Parameters(nodes: 96, podsPerNode: 8, priorities: 4, utilization: 1.05)
        case .hard: Parameters(nodes: 160, podsPerNode: 8, priorities: 4, utilization: 1.05)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A pod packing distribution; the parameters must be ones the planner accepts (positive
    /// counts and utilisation).
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        do {
            return try PodPackingGenerator(parameters).problem(seed: seed).formulation().model
        } catch {
            preconditionFailure("pod packing parameters \(ParameterSet(parameters)) were rejected: \(error)")
        }
    }
}
