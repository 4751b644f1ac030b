import ArgumentParser

/// `milp branching …`: collect strong-branching data, train a learned scorer, compare policies.
struct BranchingCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "branching",
        abstract: "Collect strong-branching data, train a learned branching scorer, and compare branching policies.",
        discussion: """
            Policies: glpk (the configuration's own rule: auto with MILPKit's defaults, \
            Driebeck-Tomlin with --glpk-defaults), GLPK's rules by name (first, last, most, dth, pch), \
            MILPKit's most-heaviest and auto (most-heaviest on set models, dth on others), \
            \(BranchingSelection.policyNames), or a scorer file written by 'milp branching train'. \
            Swift policies need GLPK's MIP presolver off, and every command here turns it off for \
            GLPK's rules too, so that all compare on the same problem.
            """,
        subcommands: [BranchingCollect.self, BranchingTrain.self, BranchingEvaluate.self])
}
