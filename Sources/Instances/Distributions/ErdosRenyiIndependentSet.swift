import MILP

/// Maximum independent set on Erdős–Rényi graphs (each pair of nodes joined independently with a
/// given probability), in the clique formulation of a greedy clique partition.
public struct ErdosRenyiIndependentSet: Distribution {
    /// The sizes of an Erdős–Rényi independent set distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Graph nodes (binary columns).
        public var nodes: Int
        /// The chance that a pair of nodes is joined.
        public var edgeProbability: Double

        /// Parameters from their values.
        public init(nodes: Int, edgeProbability: Double) {
            self.nodes = nodes
            self.edgeProbability = edgeProbability
        }
    }

    /// `indset-er`.
    public static let name = "indset-er"
    /// `maximum independent set`.
    public static let domain = "maximum independent set"
    /// The version of the graph recipe and formulation.
    public static let generatorVersion = "indset-er-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(nodes: 30, edgeProbability: 0.15)
        case .easy: Parameters(nodes: 120, edgeProbability: 0.05)
        case .medium: Parameters(nodes: 150, edgeProbability: 0.05)
        case .hard: Parameters(nodes: 250, edgeProbability: 0.05)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// An Erdős–Rényi independent set distribution; needs a node and a probability in [0, 1].
    public init(_ parameters: Parameters) {
        precondition(parameters.nodes >= 1, "indset-er needs at least one node")
        precondition((0...1).contains(parameters.edgeProbability), "indset-er edge probability must be in [0, 1]")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        var generator = SeededGenerator(seed: seed)
        return Graph.erdosRenyi(nodes: parameters.nodes, edgeProbability: parameters.edgeProbability, using: &generator)
            .independentSetModel(name: Self.name)
    }
}
