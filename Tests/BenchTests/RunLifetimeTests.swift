import Bench
import Foundation
import Testing

/// No run outlives its limit or its sweep: real processes that hide from the runner, and real
/// signals sent to a running `milp bench run`.
@Suite(.serialized) struct RunLifetimeTests {
    @Test func aRunThatClosesItsOutputIsStillKilledAtItsLimit() throws {
        let (store, directory) = try Self.run(command: "exec >/dev/null 2>&1; sleep 300; : {file}")
        defer { try? FileManager.default.removeItem(at: directory) }
        let run = try #require(try store.runs().first)
        #expect(run.status == .killed, "\(run.status): \(run.detail)")
        #expect(run.wallTime >= .seconds(1.5))
    }

    @Test func aProcessThatLeftTheRunsProcessGroupIsKilledWhenTheRunEnds() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let pidFile = directory.appendingPathComponent("escaped.pid").path
        let (store, _) = try Self.run(command: "setsid sleep 300 & echo $! > '\(pidFile)'; : {file}", in: directory)
        let run = try #require(try store.runs().first)
        #expect(run.status == .completed, "\(run.status): \(run.detail)")
        let escaped = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
        #expect(Self.hasEnded(escaped), "the escaped process \(escaped) is still there")
    }

    /// Whether process `pid` is gone or has ended and waits to be reaped. The background job can
    /// be killed with the run's process group before it calls `setsid`; it then ends as a child
    /// of this process (a subreaper while the sweep runs), which only reaps the runs it started.
    private static func hasEnded(_ pid: pid_t) -> Bool {
        if kill(pid, 0) != 0 { return errno == ESRCH }
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = stat.lastIndex(of: ")") else { return true }
        return stat[stat.index(after: close)...].split(separator: " ").first == "Z"
    }

    @Test(arguments: [SIGKILL, SIGHUP, SIGINT, SIGTERM])
    func aSignalledSweepLeavesNoProcessBehind(signal: Int32) throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sweepFile = directory.appendingPathComponent("long.json")
        try Data("""
            {"instances": {"files": ["\(BenchTestSupport.publicInstance("sp150x300d.mps"))"]},
             "configurations": ["glpk-defaults", {"name": "sleep", "command": "sleep 300; : {file}"}],
             "timeLimit": 300}
            """.utf8).write(to: sweepFile)
        let storePath = directory.appendingPathComponent("long.db").path
        let errors = directory.appendingPathComponent("errors.txt")
        try Data().write(to: errors)
        let sweep = Process()
        sweep.executableURL = URL(fileURLWithPath: BenchTestSupport.milpExecutable)
        sweep.arguments = ["bench", "run", sweepFile.path, "--store", storePath, "--jobs", "2", "--quiet"]
        sweep.standardInput = FileHandle.nullDevice
        sweep.standardOutput = FileHandle.nullDevice
        sweep.standardError = try FileHandle(forWritingTo: errors)
        try sweep.run()

        let tag = "MILP_BENCH_RUN=\(sweep.processIdentifier)."
        try Self.wait("both runs' processes to start") {
            let commands = TaggedProcesses.find(prefix: tag).map(\.command)
            return commands.contains { $0.hasPrefix("sleep") } && commands.contains { $0.hasSuffix("bench worker") }
        }
        kill(sweep.processIdentifier, signal)
        sweep.waitUntilExit()
        try Self.wait("every process of the sweep's runs to end") { TaggedProcesses.find(prefix: tag).isEmpty }

        let message = try String(contentsOf: errors, encoding: .utf8)
        if signal == SIGKILL {
            #expect(sweep.terminationReason == .uncaughtSignal && sweep.terminationStatus == SIGKILL)
        } else {
            #expect(sweep.terminationReason == .exit && sweep.terminationStatus == 130, "\(message)")
            #expect(!message.contains("milp: error") && !message.contains("internal error"), "\(message)")
            #expect(message.contains("sp150x300d.mps × glpk-defaults #0") && message.contains("sp150x300d.mps × sleep #0"), "\(message)")
        }
        #expect(try ResultStore(readingFrom: storePath).runs().isEmpty)
    }

    /// Runs one external command on p0548 with a 1 s limit and 0.5 s of grace, in `directory`
    /// (a new one unless given); returns the store and the directory.
    private static func run(command: String, in directory: URL? = nil) throws -> (ResultStore, URL) {
        let directory = try directory ?? BenchTestSupport.temporaryDirectory()
        let sweep = Sweep(
            name: "lifetime", instanceSets: [.files(BenchTestSupport.publicInstance("p0548.mps"))],
            configurations: [SolverConfiguration(name: "command", kind: .external(ExternalCommand(template: command)))],
            limits: RunLimits(timeLimit: .seconds(1), grace: .milliseconds(500)))
        let store = try ResultStore(path: directory.appendingPathComponent("lifetime.db").path)
        _ = try SweepRunner(workerCommand: BenchTestSupport.workerCommand, jobs: 1, provenance: BenchTestSupport.provenance).run(sweep, store: store)
        return (store, directory)
    }

    /// Waits until `condition` holds; fails when it still does not after a minute, far longer
    /// than it takes on a loaded machine.
    private static func wait(_ what: String, until condition: () -> Bool) throws {
        let deadline = Date().addingTimeInterval(60)
        while !condition() {
            guard Date() < deadline else { throw WaitError(what: what) }
            Thread.sleep(forTimeInterval: 0.02)
        }
    }

    private struct WaitError: Error, CustomStringConvertible {
        var what: String
        var description: String { "waited a minute for \(what)" }
    }
}

/// The live processes (zombies aside) whose environment holds an entry starting with a prefix.
private enum TaggedProcesses {
    struct Found {
        var pid: pid_t
        var command: String
    }

    static func find(prefix: String) -> [Found] {
        let pids = ((try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []).compactMap { pid_t($0) }
        return pids.compactMap { pid in
            guard let environment = FileManager.default.contents(atPath: "/proc/\(pid)/environ"),
                  environment.split(separator: 0).contains(where: { $0.starts(with: prefix.utf8) }),
                  let commandLine = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
            let command = commandLine.split(separator: 0).map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
            return Found(pid: pid, command: command)
        }
    }
}
