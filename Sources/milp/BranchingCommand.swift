import ArgumentParser

/// `milp branching …`: collect strong-branching data, train a learned scorer, compare policies.
struct BranchingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branching",
        abstract: "Collect strong-branching data, train a learned branching scorer, and compare branching policies.",
        discussion: """
            Policies: glpk (GLPK's own rule, Driebeck-Tomlin), \(BranchingSelection.policyNames), or a \
            scorer file written by 'milp branching train'. Every policy but glpk runs with GLPK's MIP \
            presolver off, and so does glpk here, so that all compare on the same problem.
            """,
        subcommands: [BranchingCollect.self, BranchingTrain.self, BranchingEvaluate.self])
}
