import Foundation

/// Runs one task in a worker process of its own, under its limits, and records the outcome.
struct TaskRunner: Sendable {
    /// The command that starts a worker process, such as `["/usr/local/bin/milp", "bench", "worker"]`.
    var workerCommand: [String]
    /// Stamped on every record.
    var provenance: RunProvenance
    /// The sweep's running children.
    var registry: ChildRegistry

    /// The record of `task`, or `nil` when the sweep was cancelled while it ran.
    func run(_ task: SweepTask) -> RunRecord? {
        let interpreter = RunInterpreter(task: task, provenance: provenance)
        let record: RunRecord
        switch task.configuration.kind {
        case let .glpk(settings):
            record = solve(WorkerRequest(instance: task.instance, method: .glpk(settings), timeLimit: task.limits.timeLimit, seed: task.seed),
                           task: task, interpreter: interpreter)
        case let .portfolio(entrants):
            record = solve(WorkerRequest(instance: task.instance, method: .portfolio(entrants), timeLimit: task.limits.timeLimit, seed: task.seed),
                           task: task, interpreter: interpreter)
        case let .external(command):
            guard case let .file(path) = task.instance else {
                record = interpreter.unstartedRecord("external commands solve model files; '\(task.key.instance)' is a library instance")
                break
            }
            let line = command.commandLine(file: path, timeLimit: task.limits.timeLimit, seed: task.seed)
            // The worker supervises the command, so that the command's processes die with the sweep.
            let process = ChildProcess(
                arguments: Self.launch(workerCommand + ["--", "/bin/sh", "-c", line], limits: task.limits),
                wallClockLimit: task.limits.wallClockLimit, measuresItself: false)
            do {
                record = interpreter.externalRecord(try process.run(registry: registry), format: command.output)
            } catch {
                record = interpreter.unstartedRecord("\(error)")
            }
        }
        return registry.isCancelled ? nil : record
    }

    private func solve(_ request: WorkerRequest, task: SweepTask, interpreter: RunInterpreter) -> RunRecord {
        do {
            let process = ChildProcess(
                arguments: Self.launch(workerCommand, limits: task.limits),
                input: try JSONEncoder().encode(request), wallClockLimit: task.limits.wallClockLimit)
            return interpreter.workerRecord(try process.run(registry: registry))
        } catch {
            return interpreter.unstartedRecord("\(error)")
        }
    }

    /// `arguments` run by a shell that first limits the address space, then replaces itself with
    /// them (so the process keeps its id and process group).
    private static func launch(_ arguments: [String], limits: RunLimits) -> [String] {
        let memoryLimit = limits.memoryLimit.map { "ulimit -v \($0 / 1024) || exit 126; " } ?? ""
        // Swift's crash backtraces would bury the solver's last words on standard error.
        return ["/bin/sh", "-c", memoryLimit + "export SWIFT_BACKTRACE=enable=no; exec \"$0\" \"$@\""] + arguments
    }
}
