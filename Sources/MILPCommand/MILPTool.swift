import ArgumentParser
import GLPK
import MILP

/// The `milp` command: solve, plan, generate and benchmark mixed-integer programs.
@main
struct MILPTool: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milp",
        abstract: "Mixed-integer linear programming over GLPK.",
        discussion: """
            Exit codes:
            \(MILPExitCode.table)
            """,
        version: "MILPKit \(MILPKit.version) (GLPK \(GLPKSolver.libraryVersion))",
        subcommands: [Solve.self, Stats.self, Plan.self, InstancesCommand.self, BranchingCommand.self, BenchCommand.self])
}
