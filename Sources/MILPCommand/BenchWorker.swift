import ArgumentParser
import Bench
import Foundation

/// `milp bench worker`: carries out one sweep run in this process, for `milp bench run`.
struct BenchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Solve one sweep task (a request as JSON on standard input, a reply as JSON on standard output), or run an external solver's command given after --.",
        shouldDisplay: false)

    @Argument(parsing: .postTerminator, help: "An external solver's command to run and end like.")
    var command: [String] = []

    func run() throws {
        SweepBond.tie()
        guard command.isEmpty else {
            let ending: ProcessEnding
            do {
                ending = try CommandSupervisor(arguments: command).run()
            } catch {
                StandardError.write("milp: error: \(error)\n")
                throw MILPExitCode.inputError.exitCode
            }
            ending.endThisProcess()
        }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let request: WorkerRequest
        do {
            request = try JSONDecoder().decode(WorkerRequest.self, from: input)
        } catch {
            StandardError.write("milp: error: the worker's standard input is not a sweep task: \(error)\n")
            throw MILPExitCode.inputError.exitCode
        }
        let reply = Worker(catalog: LibraryCatalog(), policies: BenchBranchingPolicies()).reply(to: request)
        FileHandle.standardOutput.write(try JSONEncoder().encode(reply))
    }
}
