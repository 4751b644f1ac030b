import MILP

/// Makes the branching policies that sweep configurations name, one new object per solve
/// (a policy holds search state). Configurations naming a policy need a provider that knows it.
public protocol BranchingPolicyProvider: Sendable {
    /// The names of the policies this provider makes, in the order to list them in messages.
    var policyNames: [String] { get }

    /// A new policy called `name`, one of ``policyNames``.
    func makePolicy(named name: String) throws -> any BranchingPolicy
}
