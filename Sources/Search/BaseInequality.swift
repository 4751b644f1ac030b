/// An inequality `Σ coefficient·x ≤ rightHandSide` over a formulation's columns: a row, or a
/// combination of rows, from which rounding derives a cut.
struct BaseInequality: Sendable, Equatable {
    /// The columns with a nonzero coefficient.
    var columns: [Int]
    /// The coefficients, matching ``columns``.
    var coefficients: [Double]
    /// The right-hand side.
    var rightHandSide: Double

    /// The `≤` sides of a row: `row ≤ upper` and `−row ≤ −lower`, for each finite bound.
    static func sides(of row: Formulation.Row) -> [BaseInequality] {
        var sides: [BaseInequality] = []
        if row.upperBound.isFinite {
            sides.append(BaseInequality(columns: row.columns, coefficients: row.coefficients, rightHandSide: row.upperBound))
        }
        if row.lowerBound.isFinite {
            sides.append(BaseInequality(columns: row.columns, coefficients: row.coefficients.map { -$0 }, rightHandSide: -row.lowerBound))
        }
        return sides
    }
}
