import ArgumentParser
import GLPK
import MILP

/// The `milp` command: solve, plan, generate and benchmark mixed-integer programs.
@main
struct Milp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "milp",
        abstract: "Mixed-integer linear programming over GLPK.",
        version: "MILPKit \(MILPKit.version) (GLPK \(GLPKSolver.libraryVersion))")
}
