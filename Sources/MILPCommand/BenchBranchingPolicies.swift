import Bench
import Branching
import MILP

/// The built-in branching policies, by the names `milp branching` uses, for sweep configurations.
struct BenchBranchingPolicies: BranchingPolicyProvider {
    var policyNames: [String] { BuiltInBranching.allCases.map(\.rawValue) }

    func makePolicy(named name: String) throws -> any BranchingPolicy {
        guard let policy = BuiltInBranching(rawValue: name) else {
            throw SweepFileError(field: "branchingPolicy", message: "unknown policy \"\(name)\"; expected one of \(policyNames.joined(separator: ", "))")
        }
        return policy.makePolicy()
    }
}
