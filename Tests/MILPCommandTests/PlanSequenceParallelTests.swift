import Foundation
import Testing
@testable import MILPCommand

@Suite("milp plan sp")
struct PlanSequenceParallelTests {
    /// The shipped example files.
    private static let folder = TestFiles.instances.deletingLastPathComponent().appendingPathComponent("planners/sp")
    private static let model = folder.appendingPathComponent("gpt-7b.json").path
    private static let cluster = folder.appendingPathComponent("a100-64.json").path
    /// A budget that leaves room on a busy machine; the assertions do not depend on it.
    private static let budget = ["--time-limit", "5s"]

    @Test("--serve answers every line in order: a plan, an error line for a bad batch, then a plan again")
    func serve() throws {
        let lines = [#"{"sequences": [120000, 4096, 900], "ids": ["long", "mid", "short"], "batch": "step-1"}"#,
                     #"{"sequences": [4096, 0]}"#,
                     #"{"sequences": [4096, 2000, 100000, 700]}"#]
        let folder = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let batches = folder.appendingPathComponent("batches.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: batches)
        let result = try milp(arguments: ["plan", "sp", "--serve", "--model", Self.model, "--cluster", Self.cluster] + Self.budget,
                              standardInput: batches.path)
        #expect(result.status == MILPExitCode.success.rawValue, "\(result.errors)")
        let replies = try result.output.split(separator: "\n").map {
            try #require(JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        try #require(replies.count == 3)
        #expect(replies[0]["batch"] as? String == "step-1" && replies[0]["error"] == nil)
        let ids = (replies[0]["microBatches"] as? [[String: Any]])?.flatMap { ($0["groups"] as? [[String: Any]]) ?? [] }
            .flatMap { ($0["sequences"] as? [String]) ?? [] }
        #expect(ids?.sorted() == ["long", "mid", "short"])
        let error = try #require(replies[1]["error"] as? [String: Any])
        #expect(error["field"] as? String == "sequences[1]" && replies[1]["line"] as? Int == 2)
        #expect(replies[2]["error"] == nil && replies[2]["line"] as? Int == 3 && replies[2]["stepTime"] is Double)
    }

    @Test("a batch file planned with --model and --cluster; the JSON report carries the status and the stages")
    func batchFile() throws {
        let result = try milp(arguments: ["plan", "sp", Self.folder.appendingPathComponent("batch.json").path,
                                          "--model", Self.model, "--cluster", Self.cluster, "--json"] + Self.budget)
        #expect([MILPExitCode.success.rawValue, MILPExitCode.limitWithSolution.rawValue].contains(result.status), "\(result.errors)")
        let report = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(["optimal", "feasible"].contains(report["status"] as? String))
        #expect((report["stages"] as? [String])?.isEmpty == false)
    }

    @Test("the model given twice, or not at all, is refused with what to do")
    func modelGivenTwiceOrNever() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let batch = directory.appendingPathComponent("batch.json")
        try Data(#"{"sequences": [1000], "model": {"hiddenSize": 64, "layers": 2, "attentionHeads": 4, "feedForwardSize": 256, "vocabularySize": 100}}"#.utf8)
            .write(to: batch)
        let twice = try milp("plan", "sp", batch.path, "--model", Self.model, "--cluster", Self.cluster)
        #expect(twice.status == MILPExitCode.usage.rawValue)
        #expect(twice.errors.contains("--model gives another"), "\(twice.errors)")
        let never = try milp("plan", "sp", batch.path)
        #expect(never.status == MILPExitCode.inputError.rawValue)
        #expect(never.errors.contains("cluster: is missing: give it in the batch or with --cluster FILE"), "\(never.errors)")
    }

    @Test("--generate writes batches the planner reads back")
    func generate() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let written = try milp("plan", "sp", "--generate", "2", "--seed", "5", "--model", Self.model, "--cluster", Self.cluster,
                               "--batch-tokens", "100000-200000", "--output", directory.path)
        #expect(written.status == MILPExitCode.success.rawValue, "\(written.errors)")
        let planned = try milp(arguments: ["plan", "sp", directory.appendingPathComponent("sp-5.json").path] + Self.budget)
        #expect([MILPExitCode.success.rawValue, MILPExitCode.limitWithSolution.rawValue].contains(planned.status), "\(planned.errors)")
    }

    @Test("the Python dataloader example asks the built binary for a plan each step")
    func pythonExample() throws {
        let python = try #require(["/usr/bin/python3", "/usr/local/bin/python3"].first { FileManager.default.isExecutableFile(atPath: $0) },
                                  "this test needs python3 (Scripts/install-dependencies.sh installs it)")
        let example = TestFiles.instances.deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Examples/sp_dataloader.py")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [example.path, "--milp", milpExecutable.path, "--steps", "3", "--time-limit", "5s"]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.components(separatedBy: "\n").filter { $0.hasPrefix("step ") }.count == 3, "\(text)")
    }
}
