import MILP

/// Maximum independent set on Barabási–Albert graphs (preferential attachment with a given
/// affinity), in the clique formulation of a greedy clique partition.
public struct BarabasiAlbertIndependentSet: Distribution {
    /// The sizes of a Barabási–Albert independent set distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Graph nodes (binary columns).
        public var nodes: Int
        /// Edges each new node makes to earlier nodes.
        public var affinity: Int

        /// Parameters from their values; affinity 4 unless given.
        public init(nodes: Int, affinity: Int = 4) {
            self.nodes = nodes
            self.affinity = affinity
        }
    }

    /// `indset-ba`.
    public static let name = "indset-ba"
    /// `maximum independent set`.
    public static let domain = "maximum independent set"
    /// The version of the graph recipe and formulation.
    public static let generatorVersion = "indset-ba-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(nodes: 40)
        case .easy: Parameters(nodes: 250)
        case .medium: Parameters(nodes: 560)
        case .hard: Parameters(nodes: 900)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A Barabási–Albert independent set distribution; needs `1 ≤ affinity < nodes`.
    public init(_ parameters: Parameters) {
        precondition(parameters.affinity >= 1 && parameters.nodes > parameters.affinity, "indset-ba needs 1 ≤ affinity < nodes")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        var generator = SeededGenerator(seed: seed)
        return Graph.barabasiAlbert(nodes: parameters.nodes, affinity: parameters.affinity, using: &generator)
            .independentSetModel(name: Self.name)
    }
}
