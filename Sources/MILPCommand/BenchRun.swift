import ArgumentParser
import Bench
import Dispatch
import Foundation

/// `milp bench run sweep.json`: runs what a sweep's store is missing.
struct BenchRun: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Run a sweep's missing runs, each in a worker process, and store the results.",
        discussion: """
            The sweep comes from a JSON or YAML file (schema in Benchmarks/SWEEPS.md) or from the flags under \
            'Sweep from flags'. Each run gets a process of its own with the sweep's time limit, is \
            killed when still going after the grace period, and cannot use more address space than \
            the memory limit; a crash, a kill or running out of memory is recorded and the sweep goes on. \
            Runs already in the store are skipped, so a killed sweep resumes where it stopped. \
            Interrupting (Ctrl-C, SIGTERM, SIGHUP) kills the running workers, stores nothing of \
            their runs and exits with 130.
            """)

    @Argument(help: "The sweep file (JSON, or YAML when it ends in .yaml or .yml).")
    var sweepFile: String?

    @Option(help: ArgumentHelp("The results store (SQLite), created when missing (default: the sweep's name with .db, sweep.db for flags).", valueName: "file"))
    var store: String?

    @Option(help: ArgumentHelp("How many runs go on at once (default: the number of cores).", valueName: "count"))
    var jobs: Int?

    @Option(help: ArgumentHelp("Run only shard INDEX of COUNT, INDEX from 0 (0/4 … 3/4); every run belongs to exactly one shard.", valueName: "index/count"),
            transform: Shard.init(parsing:))
    var shard: Shard = .whole

    @Flag(name: .shortAndLong, help: "Show no progress; print only errors.")
    var quiet = false

    @Flag(help: "Run into a store that holds runs of another build of MILPKit (git revision).")
    var allowMixedRevisions = false

    @OptionGroup(title: "Sweep from flags") var flags: BenchSweepOptions

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1, got \(jobs)") }
        if sweepFile != nil, flags.isGiven { throw ValidationError("give the sweep either as a file or as flags, not both") }
    }

    func run() throws {
        try reportingBenchFailures {
            let sweep: Sweep
            if let sweepFile {
                sweep = try SweepFileReader(policies: BenchBranchingPolicies()).read(contentsOf: URL(fileURLWithPath: sweepFile))
            } else {
                sweep = try flags.sweep(named: "sweep")
            }
            let storePath = store ?? sweep.name + ".db"
            let results = try ResultStore(path: storePath)
            let runner = SweepRunner(workerCommand: BenchSupport.workerCommand, jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
            let display = BenchProgress(style: quiet ? .silent : StandardError.isTerminal ? .bar : .lines)
            let interruptions = Self.cancelling(runner, on: [SIGINT, SIGTERM, SIGHUP])
            let outcome = try runner.run(
                sweep, store: results, shard: shard, catalog: LibraryCatalog(), policies: BenchBranchingPolicies(),
                allowingMixedRevisions: allowMixedRevisions) { display.update($0) }
            display.finish()
            interruptions.forEach { $0.cancel() }
            if outcome.wasCancelled {
                let killed = outcome.interrupted.map { "\n  \($0)" }.joined()
                StandardError.write("milp: interrupted after \(outcome.ran) of \(outcome.planned - outcome.alreadyStored) runs; "
                    + "the runs in progress were killed and not stored:\(killed)\nrun the same command again to resume\n")
                return .interrupted
            }
            if !quiet {
                let shardText = shard == .whole ? "" : " of shard \(shard)"
                StandardError.write("milp: \(outcome.ran) runs done\(shardText) (\(outcome.failures) failed), \(outcome.alreadyStored) already stored; results in \(storePath)\n")
            }
            return .success
        }
    }

    /// Signal sources that cancel `runner` when one of `signals` arrives.
    private static func cancelling(_ runner: SweepRunner, on signals: [Int32]) -> [any DispatchSourceSignal] {
        signals.map { number in
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { runner.cancel() }
            source.resume()
            return source
        }
    }
}
