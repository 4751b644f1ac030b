import Foundation
import MILP

/// A learned linear score of branching candidates: `w · (φ − μ) / σ + b`, with `φ` a candidate's
/// ``BranchingFeature`` vector, `μ` and `σ` the per-feature mean and standard deviation of the
/// training data, `w` the ridge weights and `b` the mean target.
///
/// Saved as JSON with the feature schema version and names; loading refuses another version.
public struct LinearScorer: Codable, Sendable, Equatable {
    /// The value of ``format`` in every scorer file.
    public static let formatName = "milpkit-linear-branching-scorer"

    /// Identifies the file as a scorer.
    public var format: String
    /// The ``BranchingFeature/schemaVersion`` the weights were trained for.
    public var schemaVersion: Int
    /// The feature names, in order.
    public var features: [String]
    /// The per-feature means `μ`.
    public var means: [Double]
    /// The per-feature standard deviations `σ` (1 for constant features).
    public var scales: [Double]
    /// The weights `w`.
    public var weights: [Double]
    /// The intercept `b`.
    public var intercept: Double
    /// The ridge regularization `λ` used in training.
    public var regularization: Double
    /// What the score was fitted to.
    public var target: TrainingTarget
    /// The number of sampled nodes trained on.
    public var nodes: Int
    /// The number of candidates (rows) trained on.
    public var candidates: Int

    /// A scorer of the current feature schema from its parts.
    public init(means: [Double], scales: [Double], weights: [Double], intercept: Double, regularization: Double,
                target: TrainingTarget, nodes: Int, candidates: Int) {
        format = Self.formatName
        schemaVersion = BranchingFeature.schemaVersion
        features = BranchingFeature.names
        self.means = means
        self.scales = scales
        self.weights = weights
        self.intercept = intercept
        self.regularization = regularization
        self.target = target
        self.nodes = nodes
        self.candidates = candidates
    }

    /// The score of a feature vector in ``BranchingFeature`` order; higher is better.
    public func score(_ features: [Double]) -> Double {
        var total = intercept
        for i in weights.indices { total += weights[i] * (features[i] - means[i]) / scales[i] }
        return total
    }

    /// Writes the scorer as pretty-printed JSON.
    /// - Throws: ``OutputFileError`` when the file cannot be written.
    public func save(to url: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try OutputFile.write(encoder.encode(self), to: url.path)
    }

    /// Reads a scorer, checking that it is one, of this feature schema, and consistent.
    public static func load(from url: URL) throws -> LinearScorer {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw LinearScorerError.unreadable(file: url.path, reason: (error as NSError).localizedDescription)
        }
        let scorer: LinearScorer
        do { scorer = try JSONDecoder().decode(LinearScorer.self, from: data) } catch {
            throw LinearScorerError.notAScorer(file: url.path)
        }
        guard scorer.format == formatName else { throw LinearScorerError.notAScorer(file: url.path) }
        guard scorer.schemaVersion == BranchingFeature.schemaVersion else {
            throw LinearScorerError.schemaMismatch(file: url.path, found: scorer.schemaVersion)
        }
        let count = BranchingFeature.count
        guard scorer.features == BranchingFeature.names, scorer.means.count == count, scorer.scales.count == count,
              scorer.weights.count == count, scorer.scales.allSatisfy({ $0 > 0 }) else {
            throw LinearScorerError.inconsistent(file: url.path)
        }
        return scorer
    }
}

/// A scorer file that cannot be used.
public enum LinearScorerError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// The file is not a scorer saved by MILPKit.
    case notAScorer(file: String)
    /// The scorer was trained for another feature schema.
    case schemaMismatch(file: String, found: Int)
    /// The feature names or vector lengths do not match the schema.
    case inconsistent(file: String)

    /// A sentence naming the file.
    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): error: cannot read: \(reason)"
        case let .notAScorer(file): "\(file): error: not a branching scorer (expected JSON with \"format\": \"\(LinearScorer.formatName)\")"
        case let .schemaMismatch(file, found):
            "\(file): error: scorer trained for feature schema version \(found), but this MILPKit uses version \(BranchingFeature.schemaVersion); train it again"
        case let .inconsistent(file):
            "\(file): error: the scorer's feature names or vector lengths do not match feature schema version \(BranchingFeature.schemaVersion)"
        }
    }
}
