import ArgumentParser
import Bench

/// `milp bench`: benchmark sweeps of instances × solver configurations.
struct BenchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Run, merge and report benchmark sweeps: instances × solver configurations.",
        discussion: """
            A sweep solves every instance with every configuration, each run in a worker process of \
            its own under a time and memory limit, and stores one result per run in a SQLite file. \
            Running a sweep again on the same store does only what is missing; --shard splits it \
            across machines and 'milp bench merge' joins the shards' stores.
            """,
        subcommands: [BenchRun.self, BenchMerge.self, BenchReport.self, BenchWorker.self])
}

extension CommandFailure {
    /// The failure for an error of the benchmark library, or the usual mapping for any other.
    init(bench error: any Error) {
        switch error {
        case let error as SweepFileError: self.init(.inputError, error.description)
        case let error as StoreError: self.init(.inputError, error.description)
        case let error as ReferenceConflict: self.init(.inputError, error.description)
        case let error as MixedRevisionsError: self.init(.inputError, error.description + " (--allow-mixed-revisions)")
        case let error as ReportError: self.init(.usage, error.description)
        default: self.init(error)
        }
    }
}

extension ParsableCommand {
    /// Runs `body` like ``reportingFailures(_:)``, mapping the benchmark library's errors too.
    func reportingBenchFailures(_ body: () throws -> MILPExitCode) throws {
        try reportingFailures {
            do { return try body() } catch { throw CommandFailure(bench: error) }
        }
    }
}
