import MILP

/// The generalized independent set problem (GISP) in the style of Colombi, Mansini and
/// Savelsbergh, on Erdős–Rényi graphs: every node has a revenue; a share of the edges is
/// removable at a cost, the rest are hard conflicts. Choose nodes, paying for each removable edge
/// whose two ends are both chosen; maximise revenue minus removal costs.
///
/// Revenues and removal costs are integers drawn uniformly from 1 through `maximumRevenue` and
/// `maximumRemovalCost`; each edge is removable with probability `removableShare`. The model has
/// `x_u + x_v ≤ 1` for a hard edge and `x_u + x_v − y_uv ≤ 1` for a removable one.
public struct GeneralizedIndependentSet: Distribution {
    /// The sizes of a GISP distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Graph nodes.
        public var nodes: Int
        /// The chance that a pair of nodes is joined.
        public var edgeProbability: Double
        /// The chance that an edge is removable.
        public var removableShare: Double
        /// The largest node revenue.
        public var maximumRevenue: Int
        /// The largest cost of removing an edge.
        public var maximumRemovalCost: Int

        /// Parameters from their values; half the edges removable, revenues and costs up to 100
        /// unless given.
        public init(nodes: Int, edgeProbability: Double, removableShare: Double = 0.5, maximumRevenue: Int = 100, maximumRemovalCost: Int = 100) {
            self.nodes = nodes
            self.edgeProbability = edgeProbability
            self.removableShare = removableShare
            self.maximumRevenue = maximumRevenue
            self.maximumRemovalCost = maximumRemovalCost
        }
    }

    /// `gisp`.
    public static let name = "gisp"
    /// `generalized independent set`.
    public static let domain = "generalized independent set"
    /// The version of the recipe above.
    public static let generatorVersion = "gisp-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(nodes: 20, edgeProbability: 0.2)
        case .easy: Parameters(nodes: 65, edgeProbability: 0.2)
        case .medium: Parameters(nodes: 120, edgeProbability: 0.2)
        case .hard: Parameters(nodes: 160, edgeProbability: 0.2)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A GISP distribution; needs a node, probabilities in [0, 1] and positive maxima.
    public init(_ parameters: Parameters) {
        precondition(parameters.nodes >= 1, "gisp needs at least one node")
        precondition((0...1).contains(parameters.edgeProbability) && (0...1).contains(parameters.removableShare), "gisp probabilities must be in [0, 1]")
        precondition(parameters.maximumRevenue >= 1 && parameters.maximumRemovalCost >= 1, "gisp maxima must be positive")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        var generator = SeededGenerator(seed: seed)
        let graph = Graph.erdosRenyi(nodes: parameters.nodes, edgeProbability: parameters.edgeProbability, using: &generator)
        let revenues = (0..<parameters.nodes).map { _ in Double(generator.integer(in: 1...parameters.maximumRevenue)) }

        var model = Model(name: Self.name)
        let choose = model.addVariables(count: parameters.nodes, kind: .binary) { "x\($0)" }
        var objective = LinearExpression((0..<parameters.nodes).map { (choose[$0], revenues[$0]) })
        for (u, v) in graph.edges {
            let conflict = choose[u] + LinearExpression(choose[v])
            if generator.nextUnit() < parameters.removableShare {
                let remove = model.addVariable("y\(u)_\(v)", kind: .binary)
                model.addConstraint(conflict - remove <= 1, name: "soft\(u)_\(v)")
                objective.add(-Double(generator.integer(in: 1...parameters.maximumRemovalCost)), remove)
            } else {
                model.addConstraint(conflict <= 1, name: "hard\(u)_\(v)")
            }
        }
        model.maximize(objective)
        return model
    }
}
