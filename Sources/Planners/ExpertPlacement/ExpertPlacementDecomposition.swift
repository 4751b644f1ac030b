/// How ``ExpertPlacementPlanner`` splits the layers into MILPs.
public enum ExpertPlacementDecomposition: Sendable, Equatable, Codable, CustomStringConvertible {
    /// One model of every layer: exact, but its LP grows with layers × experts × GPUs and GLPK's
    /// simplex slows down sharply beyond a few thousand co-location variables.
    case wholeModel
    /// Sliding windows of `layers` consecutive layers, each solved with the layer before it
    /// fixed, committing the first `stride` layers and moving on; then one improvement pass
    /// re-solves each window with both neighbouring layers fixed.
    case windows(layers: Int, stride: Int)

    /// `whole model`, `layer by layer`, or `windows of 2 layers, stride 1`.
    public var description: String {
        switch self {
        case .wholeModel: "whole model"
        case .windows(1, 1): "layer by layer"
        case let .windows(layers, stride): "windows of \(layers) layers, stride \(stride)"
        }
    }
}
