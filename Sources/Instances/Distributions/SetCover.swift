import MILP

/// Set cover in the style of Balas and Ho: a random 0/1 matrix of a given density in which every
/// row is covered by at least two columns and every column covers at least one row; integer
/// column costs; minimise the cost of a set of columns covering every row.
///
/// The matrix is drawn in three passes: two distinct random columns per row, then one random row
/// for each column still empty, then uniformly random further entries up to `rows × columns ×
/// density` nonzeros in total.
public struct SetCover: Distribution {
    /// The sizes of a set cover distribution.
    public struct Parameters: Codable, Sendable, Equatable {
        /// Elements to cover (constraint rows).
        public var rows: Int
        /// Candidate sets (binary columns).
        public var columns: Int
        /// The share of matrix entries that are 1, at most 0.5.
        public var density: Double
        /// Costs are drawn uniformly from 1 through this value.
        public var maximumCost: Int

        /// Parameters from their values; costs 1–100 unless given.
        public init(rows: Int, columns: Int, density: Double, maximumCost: Int = 100) {
            self.rows = rows
            self.columns = columns
            self.density = density
            self.maximumCost = maximumCost
        }
    }

    /// `setcover`.
    public static let name = "setcover"
    /// `set covering`.
    public static let domain = "set covering"
    /// The version of the recipe above.
    public static let generatorVersion = "setcover-1"

    /// The library's sizes per level.
    public static func parameters(for level: HardnessLevel) -> Parameters {
        switch level {
        case .tiny: Parameters(rows: 40, columns: 80, density: 0.1)
        case .easy: Parameters(rows: 250, columns: 500, density: 0.05)
        case .medium: Parameters(rows: 500, columns: 1000, density: 0.05)
        case .hard: Parameters(rows: 1000, columns: 1000, density: 0.05)
        }
    }

    /// The parameters drawn with.
    public let parameters: Parameters

    /// A set cover distribution; needs at least one row, two columns, a density in (0, 0.5] and
    /// a positive maximum cost.
    public init(_ parameters: Parameters) {
        precondition(parameters.rows >= 1 && parameters.columns >= 2, "set cover needs at least 1 row and 2 columns")
        precondition(parameters.density > 0 && parameters.density <= 0.5, "set cover density must be in (0, 0.5]")
        precondition(parameters.maximumCost >= 1, "set cover maximum cost must be positive")
        self.parameters = parameters
    }

    /// The instance for `seed`.
    public func generate(seed: UInt64) -> Model {
        let rows = parameters.rows, columns = parameters.columns
        var generator = SeededGenerator(seed: seed)
        var isEntry = [Bool](repeating: false, count: rows * columns)
        var rowColumns = [[Int]](repeating: [], count: rows)
        var columnIsUsed = [Bool](repeating: false, count: columns)
        var entries = 0
        func add(_ row: Int, _ column: Int) {
            guard !isEntry[row * columns + column] else { return }
            isEntry[row * columns + column] = true
            rowColumns[row].append(column)
            columnIsUsed[column] = true
            entries += 1
        }
        for row in 0..<rows {
            for column in generator.distinctIntegers(2, below: columns) { add(row, column) }
        }
        for column in 0..<columns where !columnIsUsed[column] {
            add(generator.integer(in: 0...(rows - 1)), column)
        }
        let target = Int((Double(rows) * Double(columns) * parameters.density).rounded())
        while entries < target {
            add(generator.integer(in: 0...(rows - 1)), generator.integer(in: 0...(columns - 1)))
        }
        let costs = (0..<columns).map { _ in Double(generator.integer(in: 1...parameters.maximumCost)) }

        var model = Model(name: Self.name)
        let select = model.addVariables(count: columns, kind: .binary) { "x\($0)" }
        for row in 0..<rows {
            model.addConstraint(LinearExpression(rowColumns[row].map { (select[$0], 1.0) }) >= 1, name: "cover\(row)")
        }
        model.minimize(LinearExpression((0..<columns).map { (select[$0], costs[$0]) }))
        return model
    }
}
