import Foundation
import MILP

/// Turns what a run's process did into the record the store keeps.
struct RunInterpreter {
    /// The task that ran.
    var task: SweepTask
    /// Where and with what it ran.
    var provenance: RunProvenance

    /// Phrases with which programs report a failed allocation, lowercased.
    private static let memoryPhrases = [
        "out of memory", "no memory", "cannot allocate", "could not allocate", "failed to allocate",
        "insufficient memory", "bad_alloc", "memoryerror", "memory exhausted", "failed to map segment",
    ]

    /// The record of a worker process's run.
    func workerRecord(_ outcome: ChildProcess.Outcome) -> RunRecord {
        var record = baseRecord(outcome)
        if outcome.reachedWallClockLimit { return killed(record, outcome) }
        guard outcome.ending == .exited(0),
              let reply = try? JSONDecoder().decode(WorkerReply.self, from: outcome.standardOutput) else {
            return abnormalEnd(record, outcome, without: "a result")
        }
        record.solveTime = reply.solveTime
        record.peakMemory = max(record.peakMemory, reply.peakMemory ?? 0)
        guard let solution = reply.solution else {
            let error = reply.error ?? "the worker sent neither a solution nor an error"
            record.status = Self.mentionsMemory(error) ? .memoryLimit : .failed
            record.detail = error
            return record
        }
        record.status = RunStatus(solution.termination)
        record.detail = solution.termination.detail
        record.objective = solution.objectiveValue
        record.bound = solution.bestBound
        record.gap = Self.gap(objective: solution.objectiveValue, bound: solution.bestBound)
        record.nodes = solution.statistics.nodes
        record.iterations = solution.statistics.simplexIterations
        return record
    }

    /// The record of an external command's run, its output read as `format`.
    func externalRecord(_ outcome: ChildProcess.Outcome, format: ExternalOutputFormat) -> RunRecord {
        var record = baseRecord(outcome)
        if outcome.reachedWallClockLimit { return killed(record, outcome) }
        let text = String(decoding: outcome.standardOutput, as: UTF8.self) + "\n" + String(decoding: outcome.standardError, as: UTF8.self)
        if let report = ExternalSolverReport(parsing: text, as: format) {
            record.status = RunStatus(Termination(report.termination))
            record.objective = report.objective
            record.bound = report.bound
            record.gap = Self.gap(objective: report.objective, bound: report.bound)
            record.nodes = report.nodes
            record.iterations = report.iterations
            record.solveTime = report.solveTime
            return record
        }
        if format == .exitStatus, outcome.ending == .exited(0) {
            record.status = .completed
            return record
        }
        return abnormalEnd(record, outcome, without: format == .exitStatus ? "success" : "a \(format.rawValue) result")
    }

    /// The record of a run that could not start at all.
    func unstartedRecord(_ reason: String) -> RunRecord {
        var record = baseRecord(nil)
        record.status = .failed
        record.detail = reason
        return record
    }

    private func baseRecord(_ outcome: ChildProcess.Outcome?) -> RunRecord {
        let exitStatus: Int? = if case let .exited(code)? = outcome?.ending { Int(code) } else { nil }
        return RunRecord(
            instance: task.key.instance, configuration: task.key.configuration, repetition: task.key.repetition,
            seed: task.seed, status: .failed, detail: "",
            objective: nil, bound: nil, gap: nil,
            wallTime: outcome?.wallTime ?? .zero, solveTime: nil, nodes: nil, iterations: nil,
            peakMemory: outcome?.peakMemory ?? 0, exitStatus: exitStatus,
            timeLimit: task.limits.timeLimit,
            configurationHash: ConfigurationRecord(configuration: task.configuration, limits: task.limits).hash,
            milpkitVersion: provenance.milpkitVersion, gitRevision: provenance.gitRevision, host: provenance.host,
            timestamp: ISO8601DateFormatter().string(from: Date()))
    }

    private func killed(_ record: RunRecord, _ outcome: ChildProcess.Outcome) -> RunRecord {
        var record = record
        record.status = .killed
        record.detail = String(format: "still running at the wall-clock limit of %g s (time limit plus grace); killed", task.limits.wallClockLimit.inSeconds)
        return record
    }

    /// A run that ended without what it should have produced: out of memory, a signal, or a
    /// nonzero exit, told apart by how it ended and what it printed on standard error.
    private func abnormalEnd(_ record: RunRecord, _ outcome: ChildProcess.Outcome, without expected: String) -> RunRecord {
        var record = record
        let errorText = String(decoding: outcome.standardError, as: UTF8.self)
        let errorLines = errorText.split(whereSeparator: \.isNewline)
        let telling = errorLines.last { Self.mentionsMemory(String($0)) } ?? errorLines.last
        let lastLine = telling.map { String($0.prefix(300)) } ?? ""
        let ending = switch outcome.ending {
        case let .signaled(signal): "killed by signal \(signal) (\(String(cString: strsignal(signal))))"
        case let .exited(code): "exited with status \(code)"
        }
        record.detail = lastLine.isEmpty ? "\(ending) without \(expected)" : "\(ending) without \(expected): \(lastLine)"
        if telling.map({ Self.mentionsMemory(String($0)) }) ?? false {
            record.status = .memoryLimit
        } else if case .signaled = outcome.ending {
            record.status = .crashed
        } else {
            record.status = task.configuration.isExternal ? .failed : .crashed
        }
        return record
    }

    private static func mentionsMemory(_ text: String) -> Bool {
        let lowercased = text.lowercased()
        return memoryPhrases.contains { lowercased.contains($0) }
    }

    /// The relative gap as ``MILP/Solution/relativeGap`` computes it.
    private static func gap(objective: Double?, bound: Double?) -> Double? {
        Solution(termination: Termination(.optimal), objectiveValue: objective, bestBound: bound).relativeGap
    }
}

extension SolverConfiguration {
    /// Whether the configuration runs an external command.
    var isExternal: Bool {
        if case .external = kind { true } else { false }
    }
}
