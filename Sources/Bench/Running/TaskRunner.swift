import Foundation

/// Runs one task in a process of its own, under its limits, and records the outcome.
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
            record = runWorker(WorkerRequest(instance: task.instance, method: .glpk(settings), timeLimit: task.limits.timeLimit, seed: task.seed),
                               task: task, interpreter: interpreter)
        case let .portfolio(entrants):
            record = runWorker(WorkerRequest(instance: task.instance, method: .portfolio(entrants), timeLimit: task.limits.timeLimit, seed: task.seed),
                               task: task, interpreter: interpreter)
        case let .external(command):
            guard case let .file(path) = task.instance else {
                record = interpreter.unstartedRecord("external commands solve model files; '\(task.key.instance)' is a library instance")
                break
            }
            let line = command.commandLine(file: path, timeLimit: task.limits.timeLimit, seed: task.seed)
            let script = Self.memoryLimitPrefix(task.limits) + line
            let process = ChildProcess(arguments: ["/bin/sh", "-c", script], wallClockLimit: task.limits.wallClockLimit)
            do {
                record = interpreter.externalRecord(try process.run(registry: registry), format: command.output)
            } catch {
                record = interpreter.unstartedRecord("\(error)")
            }
        }
        return registry.isCancelled ? nil : record
    }

    private func runWorker(_ request: WorkerRequest, task: SweepTask, interpreter: RunInterpreter) -> RunRecord {
        // Swift's crash backtraces would bury the solver's last words on standard error.
        let script = Self.memoryLimitPrefix(task.limits) + "export SWIFT_BACKTRACE=enable=no; exec \"$0\" \"$@\""
        let encoder = JSONEncoder()
        do {
            let process = ChildProcess(
                arguments: ["/bin/sh", "-c", script] + workerCommand,
                input: try encoder.encode(request), wallClockLimit: task.limits.wallClockLimit)
            return interpreter.workerRecord(try process.run(registry: registry))
        } catch {
            return interpreter.unstartedRecord("\(error)")
        }
    }

    /// The shell line that limits the address space of what follows, or nothing without a limit.
    private static func memoryLimitPrefix(_ limits: RunLimits) -> String {
        guard let bytes = limits.memoryLimit else { return "" }
        return "ulimit -v \(bytes / 1024) || exit 126; "
    }
}
