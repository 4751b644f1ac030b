import ArgumentParser
import Foundation
import Instances
import Testing
@testable import MILPCommand

@Suite("milp instances")
struct CommandTests {
    @Test("unknown names are usage errors that list the valid choices", arguments: [
        (["instances", "list", "--distribution", "sudoku"], "valid distributions: setcover, auction, facility"),
        (["instances", "list", "--level", "trivial"], "valid levels: tiny, easy, medium, hard"),
        (["instances", "generate", "--distribution", "setcover", "--level", "easy", "--split", "holdout", "-o", "out"], "valid splits: train, valid, test"),
        (["instances", "generate", "--distribution", "setcover", "-o", "out"], "missing --level, --split"),
        (["instances", "calibrate", "--distribution", "sudoku"], "valid distributions:"),
        (["instances", "calibrate", "--distribution", "setcover", "--split", "test", "--manifest", "m.json"], "only train calibrations are recorded"),
        (["instances", "show", "setcover-easy-test-01000"], "that split has 100 instances"),
    ])
    func usageErrors(arguments: [String], message: String) {
        #expect {
            _ = try MILPTool.parseAsRoot(arguments)
        } throws: { error in
            MILPTool.exitCode(for: error).rawValue == MILPExitCode.usage.rawValue && MILPTool.message(for: error).contains(message)
        }
    }

    @Test("a missing manifest is an input error")
    func missingManifest() throws {
        var command = try MILPTool.parseAsRoot(["instances", "list", "--manifest", "/nonexistent/manifest.json"])
        #expect(throws: ExitCode(MILPExitCode.inputError.rawValue)) { try command.run() }
    }

    @Test("generate writes compressed files and a manifest, the same bytes every time")
    func generate() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("instances-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let arguments = ["instances", "generate", "--distribution", "knapsack", "--level", "tiny", "--split", "valid",
                         "--start", "1", "--count", "2", "-o", directory.path, "--quiet"]
        var command = try MILPTool.parseAsRoot(arguments)
        try command.run()
        let file = directory.appendingPathComponent("knapsack-tiny-valid-00001.mps.gz")
        let first = try Data(contentsOf: file)
        let manifest = try InstanceManifest(jsonData: Data(contentsOf: directory.appendingPathComponent("manifest.json")))
        #expect(manifest.instances.map(\.id.description) == ["knapsack-tiny-valid-00001", "knapsack-tiny-valid-00002"])
        #expect(manifest.instances.first?.file == "knapsack-tiny-valid-00001.mps.gz")
        #expect(manifest.instances.first?.size?.columns == 24)

        command = try MILPTool.parseAsRoot(arguments)
        try command.run()
        #expect(try Data(contentsOf: file) == first)
        #expect(try InstanceManifest(jsonData: Data(contentsOf: directory.appendingPathComponent("manifest.json"))) == manifest)
    }
}
