import MILP
import Planners

/// Kubernetes pod packing: a realistic cluster from ``Planners/KubernetesClusterGenerator`` (node
/// pools across zones, running workloads, a batch of arriving pods) turned into
/// ``Planners/PodPackingFormulation``'s MILP, whose objective is the planner's first stage with
/// a choice: place as many pods of the highest priority tier with pending pods as every
/// scheduling rule allows, moving lower-priority pods where they may move.
public struct PodPackingDistribution: Distribution {
    /// The sizes of a pod packing distribution: one cell of the generator's grid.
    public typealias Parameters = KubernetesClusterGenerator.Parameters

    /// `pod-packing`.
    public static let name = "pod-packing"
    /// `Kubernetes pod packing`.
    public static let domain = "Kubernetes pod packing"
    /// The version of the cluster generator and formulation as used here.
    public static let generatorVersion = "pod-packing-2"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(nodes: 4, load: 0.8, arrivals: 0.2)
        case .easy: Parameters(nodes: 24, load: 0.8, arrivals: 0.2)
        case .medium: Parameters(nodes: 64, load: 0.8, arrivals: 0.2)
        case .hard: Parameters(nodes: 128, load: 0.8, arrivals: 0.2)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A pod packing distribution; the parameters must be ones the generator accepts (at least
    /// 4 nodes, 1–5 zones, positive load and arrivals).
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        do {
            return try KubernetesClusterGenerator(parameters).problem(seed: seed).formulation().model
        } catch {
            preconditionFailure("pod packing parameters \(ParameterSet(parameters)) were rejected: \(error)")
        }
    }
}
