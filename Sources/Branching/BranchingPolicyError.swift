/// A built-in policy cannot work with what the solver offers.
public enum BranchingPolicyError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The policy needs the node's LP (``MILP/BranchingNode/relaxation``), which the solver does not offer.
    case relaxationUnavailable(policy: String)

    /// A sentence saying what is missing.
    public var description: String {
        switch self {
        case let .relaxationUnavailable(policy):
            "\(policy) needs read access to each node's LP relaxation, which this solver does not offer"
        }
    }
}
