/// The part of a level's instances a use is allowed to see.
///
/// Splits are disjoint seed ranges (see ``SplitPlan``). `test` is for final evaluation only:
/// nothing in MILPKit trains, tunes or calibrates on it.
public enum Split: String, Sendable, Codable, CaseIterable {
    /// Instances for training models and tuning configurations.
    case train
    /// Instances for model selection and early stopping.
    case valid
    /// Instances for the final evaluation only.
    case test
}
