import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Runs a sweep's missing tasks, `jobs` at a time, each in a worker process of its own, storing
/// each result the moment it ends.
///
/// ```swift
/// let runner = SweepRunner(workerCommand: ["/usr/local/bin/milp", "bench", "worker"], jobs: 2)
/// let outcome = try runner.run(sweep, store: try ResultStore(path: "results.db")) { progress in
///     print("\(progress.done)/\(progress.total)")
/// }
/// ```
///
/// Running again on the same store does only what is missing, so a sweep that was killed resumes
/// where it stopped.
///
/// No run outlives its limits or the sweep: each run's process is killed with its process group
/// at the wall-clock limit, processes that left the group are found by their ``RunTag`` and killed
/// when the run ends, and workers kill their group when the sweep's process dies (see
/// ``SweepBond``). Running a sweep makes this process a child subreaper on Linux (orphaned
/// descendants of its runs become its children, so it can end them) and makes it ignore
/// `SIGPIPE` (a worker that dies before reading its request must not take the sweep down).
public final class SweepRunner: Sendable {
    /// The command that starts a worker process: a program that reads one ``WorkerRequest`` as
    /// JSON on standard input and writes one ``WorkerReply`` as JSON on standard output.
    public let workerCommand: [String]
    /// How many runs go on at once.
    public let jobs: Int
    /// Stamped on every record.
    public let provenance: RunProvenance
    private let registry = ChildRegistry()

    /// A runner starting workers with `workerCommand`, `jobs` at a time (at least 1).
    public init(workerCommand: [String], jobs: Int = ProcessInfo.processInfo.activeProcessorCount, provenance: RunProvenance = .current) {
        self.workerCommand = workerCommand
        self.jobs = max(1, jobs)
        self.provenance = provenance
    }

    /// Runs the tasks of `shard` that `store` does not have yet and stores their results.
    ///
    /// Validates the sweep, resolves its instances (library selections through `catalog`), and
    /// registers its configurations in the store first, throwing if the store defines one of them
    /// differently, or holds runs of another build of MILPKit (another ``RunProvenance/gitRevision``)
    /// and `allowingMixedRevisions` is `false`. `progress` is called once before the first run and after each, never from two
    /// threads at once. Runs still going when ``cancel()`` is called are killed, not stored, and
    /// listed in the outcome as interrupted.
    public func run(
        _ sweep: Sweep,
        store: ResultStore,
        shard: Shard = .whole,
        catalog: (any InstanceCatalog)? = nil,
        policies: (any BranchingPolicyProvider)? = nil,
        allowingMixedRevisions: Bool = false,
        progress: @escaping @Sendable (SweepProgress) -> Void = { _ in }
    ) throws -> SweepOutcome {
        try sweep.validate(policies: policies)
        let census = RevisionCensus(try store.runs(), upcoming: [provenance.gitRevision])
        if census.isMixed, !allowingMixedRevisions {
            throw MixedRevisionsError(context: "running revision \(provenance.gitRevision) into '\(store.path)'", census: census)
        }
        let tasks = try sweep.tasks(catalog: catalog).filter { shard.contains($0.key) }
        try store.register(sweep.configurationRecords)
        try store.register(sweep.references)
        let stored = try store.storedKeys()
        let pending = tasks.filter { !stored.contains($0.key) }
        signal(SIGPIPE, SIG_IGN)
        ProcessControl.becomeChildSubreaper()

        let state = RunState(pending: pending, alreadyStored: tasks.count - pending.count, progress: progress)
        let runner = TaskRunner(workerCommand: workerCommand, provenance: provenance, registry: registry)
        let group = DispatchGroup()
        for index in 0..<min(jobs, pending.count) {
            group.enter()
            let thread = Thread {
                defer { group.leave() }
                while !self.registry.isCancelled, let task = state.next() {
                    guard let record = runner.run(task) else {
                        state.interrupted(task.key)
                        break
                    }
                    do {
                        try store.insert(record)
                        state.finished(record)
                    } catch {
                        state.fail(error)
                        self.cancel()
                    }
                }
            }
            thread.name = "sweep job \(index)"
            thread.start()
        }
        group.wait()
        return try state.outcome(planned: tasks.count, cancelled: registry.isCancelled)
    }

    /// Stops the sweep: kills every running worker and starts no more. Safe from any thread,
    /// such as a signal handler's queue.
    public func cancel() {
        registry.cancelAll()
    }
}

/// The shared state of a sweep invocation's job threads.
private final class RunState: Sendable {
    private struct Shared {
        var pending: ArraySlice<SweepTask>
        var report: SweepProgress
        var error: (any Error)?
        var interruptedKeys: [TaskKey] = []
    }

    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private let progress: @Sendable (SweepProgress) -> Void
    private let shared: Mutex<Shared>

    init(pending: [SweepTask], alreadyStored: Int, progress: @escaping @Sendable (SweepProgress) -> Void) {
        self.progress = progress
        start = clock.now
        let report = SweepProgress(total: pending.count, alreadyStored: alreadyStored, done: 0, failures: 0, elapsed: .zero)
        shared = Mutex(Shared(pending: pending[...], report: report))
        progress(report)
    }

    /// The next task to run, or `nil` when there is none or the sweep failed.
    func next() -> SweepTask? {
        shared.withLock { $0.error == nil ? $0.pending.popFirst() : nil }
    }

    func finished(_ record: RunRecord) {
        shared.withLock { shared in
            shared.report.done += 1
            if record.status.isFailure { shared.report.failures += 1 }
            shared.report.elapsed = clock.now - start
            shared.report.latest = record
            progress(shared.report)
        }
    }

    func interrupted(_ key: TaskKey) {
        shared.withLock { $0.interruptedKeys.append(key) }
    }

    func fail(_ error: any Error) {
        shared.withLock { if $0.error == nil { $0.error = error } }
    }

    func outcome(planned: Int, cancelled: Bool) throws -> SweepOutcome {
        try shared.withLock { shared in
            if let error = shared.error { throw error }
            let report = shared.report
            return SweepOutcome(planned: planned, alreadyStored: report.alreadyStored, ran: report.done,
                                failures: report.failures, wasCancelled: cancelled && report.done < report.total,
                                interrupted: shared.interruptedKeys.sorted())
        }
    }
}
