import MILP

/// The size of one instance as a manifest records it.
public struct InstanceSize: Sendable, Equatable, Codable {
    /// Constraint rows.
    public var rows: Int
    /// Variables.
    public var columns: Int
    /// Nonzero constraint coefficients.
    public var nonzeros: Int
    /// The share of variables that are integer or binary.
    public var integerShare: Double

    /// A size from its parts.
    public init(rows: Int, columns: Int, nonzeros: Int, integerShare: Double) {
        self.rows = rows
        self.columns = columns
        self.nonzeros = nonzeros
        self.integerShare = integerShare
    }

    /// The size of `model`.
    public init(_ model: Model) {
        let statistics = model.statistics
        self.init(rows: statistics.rows, columns: statistics.columns, nonzeros: statistics.nonzeros,
                  integerShare: statistics.columns == 0 ? 0 : Double(statistics.integers) / Double(statistics.columns))
    }
}
