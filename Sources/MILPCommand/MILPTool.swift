import ArgumentParser
import Bench
import Foundation
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
        version: "MILPKit \(MILPKit.version), revision \(RunProvenance.binaryRevision) (GLPK \(GLPKSolver.libraryVersion))",
        subcommands: [Solve.self, Stats.self, Plan.self, InstancesCommand.self, BranchingCommand.self, BenchCommand.self])

    /// Runs the command the arguments name, then makes sure standard output was written: output
    /// lost to a full disk or a closed pipe is exit 73, not a silent success.
    static func main() {
        // A closed pipe becomes a write error (EPIPE) that is reported, not a silent death by signal.
        signal(SIGPIPE, SIG_IGN)
        var failure: (any Error)?
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            failure = error
        }
        if let reason = StandardOutput.flush() {
            StandardError.write("milp: error: cannot write standard output: \(reason)\n")
            exit(withError: MILPExitCode.outputError.exitCode)
        }
        if let failure { exit(withError: failure) }
    }
}
