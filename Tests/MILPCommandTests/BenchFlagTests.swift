import Foundation
import Testing
@testable import MILPCommand

@Suite("milp bench run flags")
struct BenchFlagTests {
    @Test("limits beyond their range are usage errors naming the flag, not traps or overflows", arguments: [
        (["--memory-limit", "8796093022208"], "--memory-limit: must be at least 64 and at most 16777216 MiB"),
        (["--grace", "1e16"], "--grace: must be at least 0 and at most 86400 seconds"),
        (["--repetitions", "1000000000"], "--repetitions: must be at least 1 and at most 10000"),
        (["--time-limit", "1e16"], "the time '1e16' must be greater than 0 and at most 31536000 seconds, got 1e+16"),
    ])
    func limits(flags: [String], message: String) throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = ["bench", "run", "--instances", TestFiles.instance("p0548.mps"), "--configuration", "recommended",
                         "--store", directory.appendingPathComponent("store.db").path]
            + (flags.first == "--time-limit" ? [] : ["--time-limit", "1"]) + flags
        let result = try milp(arguments: arguments)
        #expect(result.status == MILPExitCode.usage.rawValue, "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
    }
}
