import CLAPACKE

/// Ridge regression: the weights `w` minimising `‖Xw − y‖² + λ‖w‖²`, from the normal equations
/// `(XᵀX + λI) w = Xᵀy` solved by Cholesky factorisation (LAPACK's `dposv`).
///
/// The caller standardises and centres the data (``LinearScorerTrainer`` does); no intercept is
/// fitted here.
public enum RidgeRegression {
    /// The weights for the rows of `design` (each a vector of the same length) and `targets`.
    public static func fit(design: [[Double]], targets: [Double], regularization: Double) throws -> [Double] {
        guard let width = design.first?.count, width > 0 else { throw RidgeRegressionError.empty }
        guard design.count == targets.count, design.allSatisfy({ $0.count == width }) else {
            throw RidgeRegressionError.shapeMismatch
        }
        guard regularization >= 0, regularization.isFinite else { throw RidgeRegressionError.invalidRegularization(regularization) }
        // Row-major XᵀX + λI (upper triangle suffices) and Xᵀy.
        var gram = [Double](repeating: 0, count: width * width)
        var moment = [Double](repeating: 0, count: width)
        for (row, target) in zip(design, targets) {
            for i in 0..<width where row[i] != 0 {
                let value = row[i]
                moment[i] += value * target
                for j in i..<width { gram[i * width + j] += value * row[j] }
            }
        }
        for i in 0..<width { gram[i * width + i] += regularization }
        let info = LAPACKE_dposv(LAPACK_ROW_MAJOR, CChar(UInt8(ascii: "U")), numericCast(width), 1, &gram, numericCast(width), &moment, 1)
        guard info == 0 else { throw RidgeRegressionError.notPositiveDefinite(info: Int(info)) }
        return moment
    }
}

/// A ridge regression that cannot be solved.
public enum RidgeRegressionError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No rows or no columns.
    case empty
    /// Rows of different lengths, or not one target per row.
    case shapeMismatch
    /// A negative or non-finite `λ`.
    case invalidRegularization(Double)
    /// `XᵀX + λI` is not positive definite (LAPACK's `info`); raise `λ`.
    case notPositiveDefinite(info: Int)

    /// A sentence saying what to do.
    public var description: String {
        switch self {
        case .empty: "no data to fit"
        case .shapeMismatch: "every row must have the same number of features and one target"
        case let .invalidRegularization(value): "the regularization must be finite and at least 0, got \(value)"
        case let .notPositiveDefinite(info):
            "the normal equations are singular (LAPACK dposv info \(info)); use a larger regularization"
        }
    }
}
