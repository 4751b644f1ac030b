import Foundation
import MILPFormats
import MILPTesting
import Testing
@testable import MILPCommand

@Suite("milp solve on SIGINT and SIGTERM")
struct SolveSignalTests {
    /// What GLPK's progress lines of the search (`+   159: mip =     not found yet >= -inf  (1; 0)`)
    /// hold; it prints the first as the search begins.
    private static let progressLine = ": mip ="

    @Test("the first SIGINT or SIGTERM stops the search and reports the best solution so far with exit 20 or 21",
          arguments: [SIGINT, SIGTERM])
    func stopsTheSearchAndReports(signal: Int32) throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let knapsack = directory.appendingPathComponent("knapsack.lp")
        try LPWriter().write(ConformanceCase.hardKnapsack(), to: knapsack)
        let output = directory.appendingPathComponent("output.json"), solution = directory.appendingPathComponent("best.sol")
        try Data().write(to: output)

        let process = Process()
        process.executableURL = milpExecutable
        // The node limit only bounds the run should the signal go unheeded; GLPK's log goes to
        // standard error, where the test waits for the search to begin.
        process.arguments = ["solve", knapsack.path, "--node-limit", "20000", "--log", "/dev/stderr", "--json", "--solution", solution.path]
        process.standardOutput = try FileHandle(forWritingTo: output)
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        var log = ""
        while !log.contains(Self.progressLine) {
            let data = errors.fileHandleForReading.availableData
            if data.isEmpty { break }
            log += String(decoding: data, as: UTF8.self)
        }
        try #require(log.contains(Self.progressLine), "the search never began: \(log)")
        kill(process.processIdentifier, signal)
        log += String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()

        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: output)) as? [String: Any], "\(log)")
        let name = signal == SIGINT ? "SIGINT" : "SIGTERM"
        #expect(report["termination"] as? String == "interrupted", "\(report)")
        #expect(report["detail"] as? String == "stopped by \(name)")
        #expect((report["nodes"] as? Int ?? .max) < 20000)
        if let objective = report["objective"] as? Double {
            #expect(process.terminationStatus == MILPExitCode.limitWithSolution.rawValue, "\(log)")
            let written = try String(contentsOf: solution, encoding: .utf8)
            #expect(written.hasPrefix("=obj= \(SolveReport.number(objective))\n"), "\(written)")
        } else {
            #expect(process.terminationStatus == MILPExitCode.limitWithoutSolution.rawValue, "\(log)")
        }
    }
}
