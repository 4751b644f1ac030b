import ArgumentParser
import Foundation
import GLPK
import MILP
import MILPFormats

/// A failure a command reports on standard error before exiting with its code.
struct CommandFailure: Error {
    /// The process exit code.
    var exitCode: MILPExitCode
    /// What went wrong, for people: a line (or a compiler-style diagnostic) for standard error.
    var message: String

    /// The failure for an error thrown while reading, checking or solving a model.
    init(_ error: any Error) {
        switch error {
        case let failure as CommandFailure: self = failure
        case let error as ValidationError: self.init(.usage, error.message)
        case let error as ParseError where error.isIncompleteFile:
            self.init(.inputError, diagnostic: error.description + "\nmilp: note: --lenient reads what the file holds, with a warning")
        case let error as ParseError: self.init(.inputError, diagnostic: error.description)
        case let error as ModelError: self.init(.inputError, "invalid model: \(error)")
        case let error as OutputFileError: self.init(.outputError, error.description)
        case let SolverError.unsupportedOptions(problems): self.init(.usage, OptionFlags.message(problems))
        case let error as SolverError:
            if case .glpkFailure = error { self.init(.numericalFailure, error.description) } else { self.init(.inputError, error.description) }
        default: self.init(.internalError, "\(error)")
        }
    }

    /// A failure with the given code and message.
    init(_ exitCode: MILPExitCode, _ message: String) {
        self.init(exitCode, diagnostic: "milp: error: \(message)")
    }

    /// A failure whose message already says where the problem is, such as `file:line: error: …`.
    init(_ exitCode: MILPExitCode, diagnostic: String) {
        self.exitCode = exitCode
        self.message = diagnostic
    }

    /// A failure to write `file`.
    static func cannotWrite(_ file: String, _ error: any Error) -> CommandFailure {
        CommandFailure(.outputError, "cannot write '\(file)': \((error as NSError).localizedDescription)")
    }
}

extension ParsableCommand {
    /// Runs `body`, turning any error into a message on standard error and the matching exit code.
    func reportingFailures(_ body: () throws -> MILPExitCode) throws {
        let code: MILPExitCode
        do {
            code = try body()
        } catch {
            let failure = CommandFailure(error)
            StandardError.write(failure.message + "\n")
            throw failure.exitCode.exitCode
        }
        if code != .success { throw code.exitCode }
    }
}
