import ArgumentParser
import MILP

/// The process exit codes of `milp`, one per kind of outcome, so scripts can branch on them.
enum MILPExitCode: Int32, CaseIterable {
    /// Solved to optimality (within the requested gap), or a plan was produced and verified.
    case success = 0
    /// The model has no feasible solution.
    case infeasible = 10
    /// The objective is unbounded (or the solver proved only "infeasible or unbounded").
    case unbounded = 11
    /// A limit was reached, or the solve was stopped (`milp solve` on its first SIGINT or SIGTERM),
    /// and a feasible solution is reported.
    case limitWithSolution = 20
    /// A limit was reached, or the solve was stopped, before any feasible solution was found.
    case limitWithoutSolution = 21
    /// The solver failed: numerical trouble, or an error GLPK reported.
    case numericalFailure = 30
    /// A benchmark report found wrong answers: runs that contradict the reference values or each other.
    case wrongAnswers = 40
    /// Command-line usage error (ArgumentParser's own code).
    case usage = 64
    /// The input file or JSON is malformed or invalid, missing, a directory, or empty.
    case inputError = 65
    /// An internal error: a bug in MILPKit.
    case internalError = 70
    /// An output file (solution, log, converted model) could not be written.
    case outputError = 73
    /// Stopped by SIGINT (Ctrl-C), SIGTERM or SIGHUP before the work was done (`milp bench run`), or
    /// by a second SIGINT or SIGTERM during `milp solve`.
    case interrupted = 130

    /// The code for a solve's termination.
    init(_ solution: Solution) {
        switch solution.termination.reason {
        case .optimal: self = .success
        case .infeasible: self = .infeasible
        case .unbounded, .infeasibleOrUnbounded: self = .unbounded
        case .timeLimit, .iterationLimit, .nodeLimit, .interrupted:
            self = solution.hasSolution ? .limitWithSolution : .limitWithoutSolution
        case .numericalError: self = .numericalFailure
        }
    }

    /// What each code means, one line each, for help texts and the README.
    static var table: String {
        allCases.map { "  \(String($0.rawValue).padding(toLength: 3, withPad: " ", startingAt: 0)) \($0.meaning)" }
            .joined(separator: "\n")
    }

    /// A short description of the code.
    var meaning: String {
        switch self {
        case .success: "optimal (within the gap tolerance), or plan produced and verified"
        case .infeasible: "infeasible"
        case .unbounded: "unbounded, or infeasible-or-unbounded"
        case .limitWithSolution: "stopped by a limit or Ctrl-C, with a feasible solution"
        case .limitWithoutSolution: "stopped by a limit or Ctrl-C, without a feasible solution"
        case .numericalFailure: "the solver failed (numerical trouble, or an error GLPK reported)"
        case .wrongAnswers: "wrong answers in a benchmark report ('milp bench report')"
        case .usage: "command-line usage error"
        case .inputError: "input file missing, unreadable, malformed or invalid"
        case .internalError: "internal error"
        case .outputError: "an output file could not be written"
        case .interrupted: "interrupted (Ctrl-C, SIGTERM or SIGHUP)"
        }
    }

    /// The ArgumentParser exit code to end the process with.
    var exitCode: ExitCode { ExitCode(rawValue) }
}
