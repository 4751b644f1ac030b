import MILP

/// A model's rows, bounds and integrality, indexed the way cut separators read them: sparse
/// rows, the rows each column appears in, and the variable bounds that two-variable rows state.
///
/// Cuts derived from a formulation are valid for the model it was made from: its variable bounds
/// are taken as global bounds (integer bounds rounded inward).
public struct Formulation: Sendable {
    /// One constraint row `lowerBound ≤ Σ coefficient·x ≤ upperBound`.
    public struct Row: Sendable, Equatable {
        /// The columns (variable indices) with a nonzero coefficient, increasing.
        public var columns: [Int]
        /// The coefficients, matching ``columns``.
        public var coefficients: [Double]
        /// The lower bound; `-.infinity` when there is none.
        public var lowerBound: Double
        /// The upper bound; `.infinity` when there is none.
        public var upperBound: Double

        /// The row as a constraint on `variables`, taken by column.
        func constraint(over variables: [Variable]) -> LinearConstraint {
            LinearConstraint(lowerBound: lowerBound, LinearExpression(zip(columns, coefficients).map { (variables[$0], $1) }), upperBound: upperBound)
        }
    }

    /// The model the formulation was made from.
    public let model: Model
    /// The model's variables, by index.
    public let variables: [Variable]
    /// The model's rows, in order.
    public let rows: [Row]
    /// Whether each column must take an integral value.
    public let isIntegral: [Bool]
    /// Each column's global lower bound (rounded up for integer columns).
    public let lowerBounds: [Double]
    /// Each column's global upper bound (rounded down for integer columns).
    public let upperBounds: [Double]
    /// Whether every solution has an integral objective value: every objective coefficient sits
    /// on an integer column, and all of them (and the constant) are integers.
    public let hasIntegralObjective: Bool
    /// For each column, the rows it appears in that are not variable-bound rows.
    let rowsContaining: [[Int]]
    /// For each continuous column, its variable upper bounds `x ≤ k·y + d`.
    let variableUpperBounds: [[VariableBound]]
    /// For each continuous column, its variable lower bounds `x ≥ k·y + d`.
    let variableLowerBounds: [[VariableBound]]

    /// The formulation of `model`.
    public init(_ model: Model) {
        self.model = model
        variables = model.variables
        let descriptions = model.variableDescriptions
        isIntegral = descriptions.map(\.kind.isIntegral)
        lowerBounds = descriptions.map { $0.kind.isIntegral ? Self.integerCeiling($0.lowerBound) : $0.lowerBound }
        upperBounds = descriptions.map { $0.kind.isIntegral ? Self.integerFloor($0.upperBound) : $0.upperBound }
        rows = model.constraintDescriptions.map { row in
            Row(columns: row.terms.map(\.variable.index), coefficients: row.terms.map(\.coefficient),
                lowerBound: row.lowerBound, upperBound: row.upperBound)
        }
        let objective = model.objective.expression
        hasIntegralObjective = objective.constant.rounded() == objective.constant && objective.terms.allSatisfy {
            descriptions[$0.variable.index].kind.isIntegral && $0.coefficient.rounded() == $0.coefficient
        }

        var upper = [[VariableBound]](repeating: [], count: descriptions.count)
        var lower = [[VariableBound]](repeating: [], count: descriptions.count)
        var containing = [[Int]](repeating: [], count: descriptions.count)
        for (index, row) in rows.enumerated() {
            if let (upperBound, lowerBound) = Self.variableBounds(of: row, index: index, isIntegral: isIntegral,
                                                                   lowerBounds: lowerBounds, upperBounds: upperBounds) {
                if let upperBound { upper[upperBound.column].append(upperBound.bound) }
                if let lowerBound { lower[lowerBound.column].append(lowerBound.bound) }
                continue
            }
            for column in row.columns { containing[column].append(index) }
        }
        variableUpperBounds = upper
        variableLowerBounds = lower
        rowsContaining = containing
    }

    /// The number of columns.
    public var columnCount: Int { isIntegral.count }

    /// The binary columns whose bounds leave both 0 and 1 open.
    public var unfixedBinaryColumns: [Int] {
        (0..<columnCount).filter { isBinary($0) && lowerBounds[$0] < upperBounds[$0] }
    }

    /// The Hamming distance to `point` over the binary columns `binaries`:
    /// `Σ_{x̄=0} x + Σ_{x̄=1} (1 − x)`.
    public func distance(to point: [Double], over binaries: [Int]) -> LinearExpression {
        var distance = LinearExpression()
        for column in binaries {
            if point[column] > 0.5 {
                distance.add(-1, variables[column])
                distance.constant += 1
            } else {
                distance.add(1, variables[column])
            }
        }
        return distance
    }

    /// `bound` rounded to the integral objective's step (1), towards worse objective values.
    func roundedToObjectiveStep(_ bound: Double) -> Double {
        model.objective.sense == .minimize ? (bound - 1e-6).rounded(.up) : (bound + 1e-6).rounded(.down)
    }

    /// Whether column `column` is binary: integral with bounds within [0, 1].
    public func isBinary(_ column: Int) -> Bool {
        isIntegral[column] && lowerBounds[column] >= 0 && upperBounds[column] <= 1
    }

    /// The variable bounds a two-variable row states on its continuous column: `a·x + b·y` in
    /// `[L, U]` with `x` continuous and `y` integer with finite bounds gives `x ≤ (U − b·y)/a` and
    /// `x ≥ (L − b·y)/a` (swapped when `a < 0`).
    private static func variableBounds(
        of row: Row, index: Int, isIntegral: [Bool], lowerBounds: [Double], upperBounds: [Double]
    ) -> (upper: (column: Int, bound: VariableBound)?, lower: (column: Int, bound: VariableBound)?)? {
        guard row.columns.count == 2 else { return nil }
        let first = isIntegral[row.columns[0]], second = isIntegral[row.columns[1]]
        guard first != second else { return nil }
        let continuous = first ? 1 : 0, integer = 1 - continuous
        let x = row.columns[continuous], y = row.columns[integer]
        guard lowerBounds[y].isFinite, upperBounds[y].isFinite else { return nil }
        let a = row.coefficients[continuous], b = row.coefficients[integer]
        let (low, high) = a > 0 ? (row.lowerBound, row.upperBound) : (row.upperBound, row.lowerBound)
        let upper = high.isFinite ? VariableBound(column: y, coefficient: -b / a, constant: high / a, row: index) : nil
        let lower = low.isFinite ? VariableBound(column: y, coefficient: -b / a, constant: low / a, row: index) : nil
        guard upper != nil || lower != nil else { return nil }
        return (upper.map { (x, $0) }, lower.map { (x, $0) })
    }

    /// The smallest integer not below `value`, forgiving values a hair above an integer.
    static func integerCeiling(_ value: Double) -> Double { value.isFinite ? (value - 1e-9).rounded(.up) : value }

    /// The largest integer not above `value`, forgiving values a hair below an integer.
    static func integerFloor(_ value: Double) -> Double { value.isFinite ? (value + 1e-9).rounded(.down) : value }
}

/// A bound of a continuous column by an integer one: `x ≤ coefficient·y + constant` (a variable
/// upper bound) or `x ≥ coefficient·y + constant` (a variable lower bound), as a row states it.
struct VariableBound: Sendable, Equatable {
    /// The integer column `y`.
    var column: Int
    /// The coefficient of `y`.
    var coefficient: Double
    /// The constant term.
    var constant: Double
    /// The row that states the bound.
    var row: Int

    /// The bound's value at the given point.
    func value(at values: [Double]) -> Double { coefficient * values[column] + constant }
}
