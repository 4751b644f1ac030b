/// Fits a ``LinearScorer`` to imitation data by ridge regression.
///
/// Each candidate of each sample is a row; its target is a node-normalised function of its
/// strong-branching score (``TrainingTarget``). Features are standardised to mean 0 and standard
/// deviation 1 (constant features keep scale 1 and get weight 0), targets are centred, and the
/// weights solve the normal equations with LAPACK (``RidgeRegression``).
public struct LinearScorerTrainer: Sendable {
    /// The ridge regularization `λ`, relative to the number of rows.
    public var regularization: Double
    /// What the scores are fitted to.
    public var target: TrainingTarget

    /// A trainer with regularization `λ` (per row) fitting `target`.
    public init(regularization: Double = 1e-3, target: TrainingTarget = .rank) {
        self.regularization = regularization
        self.target = target
    }

    /// The scorer fitted to `samples`.
    public func train(on samples: [BranchingSample]) throws -> LinearScorer {
        let rows = samples.flatMap { $0.candidates.map(\.features) }
        let targets = samples.flatMap(target.values(for:))
        guard !rows.isEmpty else { throw BranchingDataError.empty }
        let width = BranchingFeature.count
        let count = Double(rows.count)
        var means = [Double](repeating: 0, count: width)
        for row in rows { for i in 0..<width { means[i] += row[i] / count } }
        var scales = [Double](repeating: 0, count: width)
        for row in rows { for i in 0..<width { scales[i] += (row[i] - means[i]) * (row[i] - means[i]) / count } }
        scales = scales.map { $0 > 1e-12 ? $0.squareRoot() : 1 }
        let design = rows.map { row in (0..<width).map { (row[$0] - means[$0]) / scales[$0] } }
        let meanTarget = targets.reduce(0, +) / count
        let weights = try RidgeRegression.fit(design: design, targets: targets.map { $0 - meanTarget },
                                              regularization: regularization * count)
        return LinearScorer(means: means, scales: scales, weights: weights, intercept: meanTarget,
                            regularization: regularization, target: target,
                            nodes: samples.count, candidates: rows.count)
    }
}
