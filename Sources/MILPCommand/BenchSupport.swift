import Bench
import Foundation

/// What `milp bench` hands the benchmark library from the rest of the toolkit.
enum BenchSupport {
    /// The command that starts a worker: this executable's `bench worker`.
    static var workerCommand: [String] {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? Bundle.main.executablePath ?? CommandLine.arguments[0]
        return [executable, "bench", "worker"]
    }
}
