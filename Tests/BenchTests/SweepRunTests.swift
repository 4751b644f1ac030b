import Bench
import Foundation
import GLPK
import MILP
import Synchronization
import Testing

/// Sweeps run for real: `milp bench worker` processes solving public instances with GLPK, and
/// shell commands that hang, crash or run out of memory.
@Suite(.serialized) struct SweepRunTests {
    @Test func twoShardsMergedEqualTheUnshardedRun() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sweep = BenchTestSupport.smallSweep()
        let runner = SweepRunner(workerCommand: BenchTestSupport.workerCommand, jobs: 2, provenance: BenchTestSupport.provenance)

        let whole = try ResultStore(path: directory.appendingPathComponent("whole.db").path)
        let outcome = try runner.run(sweep, store: whole)
        #expect(outcome.planned == 8 && outcome.alreadyStored == 0 && outcome.ran == 8 && outcome.failures == 0 && !outcome.wasCancelled)

        var shardStores: [ResultStore] = []
        for index in 0..<2 {
            let store = try ResultStore(path: directory.appendingPathComponent("shard\(index).db").path)
            _ = try runner.run(sweep, store: store, shard: try Shard(index: index, count: 2))
            shardStores.append(store)
        }
        #expect(try shardStores.map { try $0.runs().count }.reduce(0, +) == 8)
        let merged = try ResultStore(path: directory.appendingPathComponent("merged.db").path)
        let report = try merged.merge(shardStores)
        #expect(report.copied == 8 && report.duplicates.isEmpty)

        let expected = try whole.runs(), actual = try merged.runs()
        #expect(actual.map(\.key) == expected.map(\.key))
        #expect(actual.map(\.status) == expected.map(\.status))
        #expect(actual.allSatisfy { $0.status == .optimal })
        for (one, other) in zip(actual, expected) {
            #expect(abs((one.objective ?? .nan) - (other.objective ?? .nan)) <= 1e-6 * max(1, abs(other.objective ?? 0)), "\(one.key)")
        }
        #expect(try merged.configurations() == whole.configurations())
    }

    @Test func recordsHangsCrashesAndFailedAllocationsAndGoesOn() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let external = { (name: String, command: String) in
            SolverConfiguration(name: name, kind: .external(ExternalCommand(template: command)))
        }
        let sweep = Sweep(
            name: "failures", instanceSets: [.files(BenchTestSupport.publicInstance("p0548.mps"))],
            configurations: [
                external("hang", "sleep 30; : {file}"),
                external("segfault", "kill -SEGV $$; : {file}"),
                external("no-memory", "python3 -c 'bytearray(1 << 30)' {file}"),
                external("exit-1", "false {file}"),
                external("glpsol", "glpsol --mps {file} --tmlim {time_limit}"),
                SolverConfiguration(name: "recommended", kind: .glpk(GLPKSettings(parameters: .recommended))),
            ],
            limits: RunLimits(timeLimit: .seconds(5), grace: .milliseconds(500), memoryLimit: 256 << 20))
        let store = try ResultStore(path: directory.appendingPathComponent("failures.db").path)
        let runner = SweepRunner(workerCommand: BenchTestSupport.workerCommand, jobs: 2, provenance: BenchTestSupport.provenance)
        let outcome = try runner.run(sweep, store: store)
        #expect(outcome.ran == 6 && outcome.failures == 4)

        let runs = Dictionary(uniqueKeysWithValues: try store.runs().map { ($0.configuration, $0) })
        let hang = try #require(runs["hang"])
        #expect(hang.status == .killed)
        #expect(hang.wallTime >= .seconds(5.5), "killed before its wall-clock limit")
        #expect(runs["segfault"]?.status == .crashed)
        #expect(runs["segfault"]?.detail.contains("signal 11") == true)
        #expect(runs["no-memory"]?.status == .memoryLimit, "\(runs["no-memory"]?.detail ?? "")")
        #expect(runs["exit-1"]?.status == .failed)
        #expect(runs["exit-1"]?.exitStatus == 1)
        // glpsol's defaults leave p0548 unsolved after 5 s (they need about 14 s); MILPKit's solve it in well under a second.
        #expect(runs["glpsol"]?.status == .timeLimit)
        #expect(runs["glpsol"]?.objective != nil)
        #expect(runs["recommended"]?.status == .optimal)
        #expect(runs["recommended"]?.objective == 8691)
        #expect((runs["recommended"]?.peakMemory ?? 0) > 1 << 20)
    }

    @Test func recordsAWorkerThatCrashesOrHangs() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sweep = BenchTestSupport.smallSweep(instances: ["p0548.mps"], timeLimit: .seconds(1))
        for (worker, status) in [(["/bin/sh", "-c", "kill -SEGV $$"], RunStatus.crashed), (["sleep", "30"], .killed)] {
            let store = try ResultStore(path: directory.appendingPathComponent("\(status).db").path)
            var limited = sweep
            limited.limits.grace = .milliseconds(500)
            _ = try SweepRunner(workerCommand: worker, jobs: 2, provenance: BenchTestSupport.provenance).run(limited, store: store)
            #expect(try store.runs().map(\.status) == [status, status])
        }
    }

    @Test func resumesAfterTheSweepProcessIsKilled() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let instances = ["2171.mps", "egout.mps", "flugpl.mps", "small_mip.mps", "p01.mps", "infeasible-mip0.mps", "infeasible-mip1.mps"]
        let sweepFile = directory.appendingPathComponent("resume.json")
        let files = instances.map { "\"\(BenchTestSupport.publicInstance($0))\"" }.joined(separator: ", ")
        try Data("""
            {"instances": {"files": [\(files)]}, "configurations": ["recommended", "glpk-defaults"], "timeLimit": 5}
            """.utf8).write(to: sweepFile)
        let storePath = directory.appendingPathComponent("resume.db").path
        let arguments = ["bench", "run", sweepFile.path, "--store", storePath, "--jobs", "1", "--quiet"]

        let first = try Self.start(arguments)
        let deadline = Date().addingTimeInterval(120)
        var stored = 0
        while stored < 3, Date() < deadline, first.isRunning {
            Thread.sleep(forTimeInterval: 0.05)
            stored = (try? ResultStore(readingFrom: storePath).runs().count) ?? 0
        }
        kill(first.processIdentifier, SIGKILL)
        first.waitUntilExit()
        #expect(first.terminationReason == .uncaughtSignal)
        let beforeKill = try ResultStore(readingFrom: storePath).runs()
        #expect(beforeKill.count >= 3 && beforeKill.count < 14, "killed after \(beforeKill.count) runs")

        let second = try Self.start(arguments)
        second.waitUntilExit()
        #expect(second.terminationStatus == 0)
        let afterResume = try ResultStore(readingFrom: storePath).runs()
        #expect(afterResume.count == 14)
        #expect(Set(afterResume.map(\.key)).count == 14)
        for record in beforeKill {
            #expect(afterResume.contains(record), "\(record.key) changed or went missing")
        }
    }

    @Test func refusesToAddRunsOfAnotherBuildToAStoreUnlessAsked() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ResultStore(path: directory.appendingPathComponent("older.db").path)
        let sweep = BenchTestSupport.smallSweep(instances: ["flugpl.mps"])
        try store.register(sweep.configurationRecords)
        try store.insert(BenchTestSupport.record(BenchTestSupport.publicInstance("flugpl.mps"), "recommended", status: .optimal, time: .seconds(1), revision: "older"))
        let runner = SweepRunner(workerCommand: BenchTestSupport.workerCommand, jobs: 1, provenance: BenchTestSupport.provenance)
        let error = try #require(throws: MixedRevisionsError.self) { try runner.run(sweep, store: store) }
        #expect(error.description.contains("older (1 run), test (0 runs)"))
        #expect(try store.runs().count == 1)
        #expect(try runner.run(sweep, store: store, allowingMixedRevisions: true).ran == 1)
    }

    @Test func theReportListsWrongAnswersAndExitsWith40() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let sweepFile = directory.appendingPathComponent("wrong.json")
        // A "solver" that claims 9000 is optimal for every instance, in glpsol's words.
        let liar = #"printf '+ 100: mip = 9.0000e+03 >= tree is empty 0.0%% (0; 5)\nINTEGER OPTIMAL SOLUTION FOUND\n'; : {file}"#
        try Data("""
            {"instances": {"directory": "\(BenchTestSupport.packageRoot.path)/Instances/public", "files": ["p0548.mps", "flugpl.mps"]},
             "reference": "\(BenchTestSupport.packageRoot.path)/Instances/public/reference.csv",
             "configurations": ["recommended", {"name": "liar", "command": "\(liar)", "output": "glpsol"}],
             "timeLimit": 20}
            """.utf8).write(to: sweepFile)
        let storePath = directory.appendingPathComponent("wrong.db").path
        let run = try Self.start(["bench", "run", sweepFile.path, "--store", storePath, "--quiet"])
        run.waitUntilExit()
        #expect(run.terminationStatus == 0)
        #expect(try ResultStore(readingFrom: storePath).references().values["p0548"] == .optimal(8691))

        let report = Process()
        report.executableURL = URL(fileURLWithPath: BenchTestSupport.milpExecutable)
        report.arguments = ["bench", "report", storePath]
        let output = Pipe()
        report.standardOutput = output
        report.standardError = FileHandle.nullDevice
        try report.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        report.waitUntilExit()
        #expect(report.terminationStatus == 40)
        #expect(text.hasPrefix("WRONG: 2 runs contradict the reference values or each other"), "\(text)")
        #expect(text.contains("p0548.mps × liar #0: claims optimum 9000, but the reference says optimum 8691"))
    }

    @Test func callsTheBranchingPolicyAConfigurationNames() throws {
        let provider = CountingPolicies()
        let request = WorkerRequest(
            instance: .file(BenchTestSupport.publicInstance("flugpl.mps")),
            method: .glpk(GLPKSettings(parameters: .glpkDefaults, options: SolverOptions(presolve: false), branchingPolicy: "first")),
            timeLimit: .seconds(20))
        let reply = Worker(policies: provider).reply(to: request)
        #expect(reply.error == nil)
        #expect(reply.solution?.termination.reason == .optimal)
        #expect(reply.solution?.objectiveValue == 1_201_500)
        #expect(provider.policy.decisions.load(ordering: .relaxed) > 0)
    }

    /// Starts `milp` with `arguments`, its output discarded.
    private static func start(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: BenchTestSupport.milpExecutable)
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }
}

/// A provider of one policy, `first`, that branches on the first candidate and counts its decisions.
private final class CountingPolicies: BranchingPolicyProvider, Sendable {
    final class FirstCandidate: BranchingPolicy, Sendable {
        let decisions = Atomic(0)

        func branch(at node: BranchingNode) throws -> BranchingDecision? {
            decisions.add(1, ordering: .relaxed)
            return node.candidates.first.map { BranchingDecision(variable: $0.variable) }
        }
    }

    let policy = FirstCandidate()
    var policyNames: [String] { ["first"] }

    func makePolicy(named name: String) throws -> any BranchingPolicy { policy }
}
