import MILP

/// The built-in branching policies by their command-line names, with default settings.
public enum BuiltInBranching: String, CaseIterable, Sendable {
    /// ``MostFractionalBranching``.
    case mostFractional = "most-fractional"
    /// ``PseudocostBranching`` initialised with averages.
    case pseudocost
    /// ``StrongBranching``.
    case strong
    /// ``ReliabilityBranching``.
    case reliability

    /// A new policy of this kind.
    public func makePolicy() -> any BranchingPolicy {
        switch self {
        case .mostFractional: MostFractionalBranching()
        case .pseudocost: PseudocostBranching()
        case .strong: StrongBranching()
        case .reliability: ReliabilityBranching()
        }
    }
}
