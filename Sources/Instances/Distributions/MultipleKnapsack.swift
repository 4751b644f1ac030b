import MILP

/// Multiple knapsack with weakly correlated profits: integer item weights drawn uniformly from a
/// range, each profit its weight plus a uniform integer offset of at most a tenth of the largest
/// weight (at least 1), and knapsack capacities drawn uniformly from 40–60% of the total weight
/// divided by the number of knapsacks. Each item goes into at most one knapsack; maximise the
/// profit packed.
public struct MultipleKnapsack: Distribution {
    /// The sizes of a multiple knapsack distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Items.
        public var items: Int
        /// Knapsacks.
        public var knapsacks: Int
        /// The smallest item weight.
        public var minimumWeight: Int
        /// The largest item weight.
        public var maximumWeight: Int

        /// Parameters from their values; weights 10–100 unless given.
        public init(items: Int, knapsacks: Int, minimumWeight: Int = 10, maximumWeight: Int = 100) {
            self.items = items
            self.knapsacks = knapsacks
            self.minimumWeight = minimumWeight
            self.maximumWeight = maximumWeight
        }
    }

    /// `knapsack`.
    public static let name = "knapsack"
    /// `multiple knapsack`.
    public static let domain = "multiple knapsack"
    /// The version of the recipe above.
    public static let generatorVersion = "knapsack-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(items: 12, knapsacks: 2)
        case .easy: Parameters(items: 20, knapsacks: 3)
        case .medium: Parameters(items: 24, knapsacks: 3)
        case .hard: Parameters(items: 40, knapsacks: 4)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A multiple knapsack distribution; needs an item, a knapsack and weights with
    /// 1 ≤ minimum ≤ maximum.
    public init(_ parameters: Parameters) {
        precondition(parameters.items >= 1 && parameters.knapsacks >= 1, "knapsack needs items and knapsacks")
        precondition(parameters.minimumWeight >= 1 && parameters.minimumWeight <= parameters.maximumWeight, "knapsack weights need 1 ≤ minimum ≤ maximum")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let items = parameters.items, knapsacks = parameters.knapsacks
        var generator = SeededGenerator(seed: seed)
        let spread = max(1, parameters.maximumWeight / 10)
        let weights = (0..<items).map { _ in generator.integer(in: parameters.minimumWeight...parameters.maximumWeight) }
        let profits = weights.map { max(1, $0 + generator.integer(in: -spread...spread)) }
        let share = Double(weights.reduce(0, +)) / Double(knapsacks)
        let capacities = (0..<knapsacks).map { _ in generator.uniform(0.4 * share...0.6 * share).rounded(.down) }

        var model = Model(name: Self.name)
        let pack = (0..<items).map { item in
            model.addVariables(count: knapsacks, kind: .binary) { "x\(item)_\($0)" }
        }
        for item in 0..<items where knapsacks > 1 {
            model.addConstraint(LinearExpression(pack[item].map { ($0, 1.0) }) <= 1, name: "once\(item)")
        }
        for knapsack in 0..<knapsacks {
            model.addConstraint(LinearExpression((0..<items).map { (pack[$0][knapsack], Double(weights[$0])) }) <= capacities[knapsack],
                                name: "capacity\(knapsack)")
        }
        model.maximize(LinearExpression((0..<items).flatMap { item in pack[item].map { ($0, Double(profits[item])) } }))
        return model
    }
}
