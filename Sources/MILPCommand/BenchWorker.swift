import ArgumentParser
import Bench
import Foundation

/// `milp bench worker`: solves one sweep task in this process, for `milp bench run`.
struct BenchWorker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "worker",
        abstract: "Solve one sweep task: a request as JSON on standard input, a reply as JSON on standard output.",
        shouldDisplay: false)

    func run() throws {
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
