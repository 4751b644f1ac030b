import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The mark a sweep puts in the environment of each run's process, `MILP_BENCH_RUN=PID.SERIAL`
/// (the sweep's process id and a number of its own for the run). Every process the run starts
/// inherits it, so the sweep can find what a run left behind even after it left the run's
/// process group, and a worker knows which process it must not outlive.
struct RunTag: Hashable, Sendable {
    /// The environment variable that carries the tag.
    static let variable = "MILP_BENCH_RUN"

    /// The sweep's process.
    var runner: pid_t
    /// The run, numbered by the sweep's process.
    var serial: Int

    /// `MILP_BENCH_RUN=PID.SERIAL`.
    var environmentEntry: String { "\(Self.variable)=\(runner).\(serial)" }

    /// A tag no other run started by this process has had.
    static func next() -> RunTag {
        RunTag(runner: getpid(), serial: lastSerialNumber.withLock { last in
            last += 1
            return last
        })
    }

    /// The tag this process was started with, if a sweep started it.
    static var current: RunTag? {
        guard let value = ProcessInfo.processInfo.environment[variable] else { return nil }
        let parts = value.split(separator: ".")
        guard parts.count == 2, let runner = pid_t(parts[0]), let serial = Int(parts[1]) else { return nil }
        return RunTag(runner: runner, serial: serial)
    }

    /// Kills and reaps every process carrying this tag that has become a child of this process:
    /// the run's leftovers, re-parented here because this process is a child subreaper. Killing
    /// one re-parents its own children here too, so this repeats until none is left.
    ///
    /// A leftover that ended on its own before this is called cannot be told apart from the
    /// children of other code in this process (its environment is gone) and is left unreaped.
    func endLeftovers() {
        let entry = environmentEntry
        while true {
            let leftovers = ProcessTree.children(of: getpid()).filter { ProcessTree.environment(of: $0, contains: entry) }
            guard !leftovers.isEmpty else { return }
            for pid in leftovers { kill(pid, SIGKILL) }
            for pid in leftovers {
                var status: Int32 = 0
                while waitpid(pid, &status, 0) < 0, errno == EINTR {}
            }
        }
    }
}

/// The serial number of the last run this process started.
private let lastSerialNumber = Mutex(0)
