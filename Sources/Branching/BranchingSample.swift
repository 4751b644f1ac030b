import Foundation

/// One node recorded for imitation learning: every candidate's features and strong-branching
/// result, and which candidate the expert chose. Stored one per line in JSON Lines files.
public struct BranchingSample: Codable, Sendable, Equatable {
    /// One candidate at the node.
    public struct Candidate: Codable, Sendable, Equatable {
        /// The variable's index in the model.
        public var variable: Int
        /// The features, in ``BranchingFeature`` order.
        public var features: [Double]
        /// The down child's degradation (see ``StrongBranchingResult``); `nil` for `+∞`.
        public var downGain: Double?
        /// The up child's degradation; `nil` for `+∞`.
        public var upGain: Double?

        /// A candidate from its parts.
        public init(variable: Int, features: [Double], downGain: Double, upGain: Double) {
            self.variable = variable
            self.features = features
            self.downGain = downGain.isFinite ? downGain : nil
            self.upGain = upGain.isFinite ? upGain : nil
        }

        /// The strong-branching product score (`+∞` when a gain is).
        public var score: Double {
            ProductScore.of(down: downGain ?? .infinity, up: upGain ?? .infinity)
        }
    }

    /// The ``BranchingFeature/schemaVersion`` the features follow.
    public var schemaVersion: Int
    /// The instance the node belongs to, as given to the collector.
    public var instance: String
    /// The node's depth (the root is 0).
    public var depth: Int
    /// The candidates, in the solver's order.
    public var candidates: [Candidate]
    /// The position in ``candidates`` of the expert's choice.
    public var chosen: Int

    /// A sample of the current feature schema.
    public init(instance: String, depth: Int, candidates: [Candidate], chosen: Int) {
        schemaVersion = BranchingFeature.schemaVersion
        self.instance = instance
        self.depth = depth
        self.candidates = candidates
        self.chosen = chosen
    }
}
