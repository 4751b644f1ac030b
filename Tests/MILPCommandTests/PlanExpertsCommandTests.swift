import Foundation
import Testing
@testable import MILPCommand

@Suite("milp plan experts")
struct PlanExpertsCommandTests {
    private static let trace = TestFiles.instances.deletingLastPathComponent()
        .appendingPathComponent("planners/experts/mixtral-8x7b.json").path

    /// A folder with `loads.json` (2 layers × 4 experts) for the replica form.
    private static func loadsFolder() throws -> URL {
        let directory = try TestFiles.temporaryDirectory()
        try Data("[[10, 1, 1, 1], [2, 2, 2, 9]]".utf8).write(to: directory.appendingPathComponent("loads.json"))
        return directory
    }

    @Test("a trace given the old way is refused with the command that plans it; trace flags name the trace form")
    func oldTraceForm() throws {
        let result = try milp("plan", "experts", Self.trace)
        #expect(result.status == MILPExitCode.usage.rawValue)
        #expect(result.errors.contains("plan it with milp plan experts trace \(Self.trace)"), "\(result.errors)")
        let window = try milp("plan", "experts", Self.trace, "--window", "whole")
        #expect(window.status == MILPExitCode.usage.rawValue)
        #expect(window.errors.contains("milp plan experts trace TRACE.json --window"), "\(window.errors)")
        let kind = try milp("plan", "experts", "--generate", "1", "--kind", "trace", "-o", "unused")
        #expect(kind.errors.contains("milp plan experts trace --generate"), "\(kind.errors)")
    }

    @Test("the replica form prints the maps at the top level of the report, with a typed status and seconds")
    func replicaJSON() throws {
        let directory = try Self.loadsFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let result = try milp("plan", "experts", "--loads", directory.appendingPathComponent("loads.json").path,
                              "--replicas", "8", "--gpus", "4", "--threads", "1", "--json")
        #expect([MILPExitCode.success.rawValue, MILPExitCode.limitWithSolution.rawValue].contains(result.status), "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["physicalToLogicalMap", "logicalToPhysicalMap", "logicalCount", "layers", "baselines", "seconds", "timeLimitReached"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(["optimal", "feasible"].contains(object["status"] as? String))
        #expect(object["seconds"] is Double)
    }

    @Test("-o maps.npy through a symbolic link writes the link's target and keeps the link; an unwritable path exits 73")
    func mapsOutput() throws {
        let directory = try Self.loadsFolder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let target = directory.appendingPathComponent("target.npy"), link = directory.appendingPathComponent("maps.npy")
        try Data().write(to: target)
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        let loads = directory.appendingPathComponent("loads.json").path
        let result = try milp("plan", "experts", "--loads", loads, "--replicas", "8", "--gpus", "4", "--threads", "1", "-o", link.path)
        #expect([MILPExitCode.success.rawValue, MILPExitCode.limitWithSolution.rawValue].contains(result.status), "\(result.errors)")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
        #expect(try Data(contentsOf: target).starts(with: [0x93] + Array("NUMPY".utf8)))
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("maps.logical_count.npy").path))
        let missing = try milp("plan", "experts", "--loads", loads, "--replicas", "8", "--gpus", "4", "-o",
                               directory.appendingPathComponent("absent/maps.json").path)
        #expect(missing.status == MILPExitCode.outputError.rawValue, "\(missing.errors)")
        #expect(missing.errors.contains("absent/maps.json"))
    }

    @Test("maps too large to write within --time-limit are refused before planning, naming it; the text report of the same problem plans")
    func mapsBeyondBudget() throws {
        // 3 layers × 1000 experts in 2000 slots: about 3 million map entries, which the command
        // counts on writing at 4 million a second, so more than half of a 1 s budget.
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let loads = directory.appendingPathComponent("wide.json")
        let row = (0..<1000).map { String($0 % 7 + 1) }.joined(separator: ",")
        try Data("[[\(row)], [\(row)], [\(row)]]".utf8).write(to: loads)
        let arguments = ["plan", "experts", "--loads", loads.path, "--replicas", "2000", "--gpus", "1000", "--threads", "1", "--time-limit", "1s"]
        for output in [["--json"], ["-o", directory.appendingPathComponent("maps.npy").path]] {
            let refused = try milp(arguments: arguments + output)
            #expect(refused.status == MILPExitCode.inputError.rawValue, "\(output): \(refused.errors)")
            #expect(refused.errors.contains("--time-limit: writing this plan takes about"), "\(refused.errors)")
            #expect(refused.output.isEmpty)
        }
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("maps.npy").path))
        let text = try milp(arguments: arguments)
        #expect([MILPExitCode.success.rawValue, MILPExitCode.limitWithSolution.rawValue].contains(text.status), "\(text.errors)")
    }

    @Test("the trace form plans a generated trace and reports its status as a value")
    func traceForm() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let generated = try milp("plan", "experts", "trace", "--generate", "1", "--layers", "3", "--experts", "4", "--gpus", "2",
                                 "--tokens", "200", "-o", directory.path)
        #expect(generated.status == 0, "\(generated.errors)")
        let result = try milp("plan", "experts", "trace", directory.appendingPathComponent("experts-1.json").path, "--json",
                              "--hidden-size", "4096", "--intra-node-bandwidth", "450", "--inter-node-bandwidth", "50", "--expert-time", "0.1us")
        #expect([MILPExitCode.success.rawValue, MILPExitCode.limitWithSolution.rawValue].contains(result.status), "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(["optimal", "feasible"].contains(object["status"] as? String))
        let plan = try #require(object["plan"] as? [String: Any])
        #expect(plan["objective"] is Double)
    }

    @Test("a hardware flag without the others is a usage error naming them")
    func partialHardware() throws {
        let result = try milp("plan", "experts", "trace", Self.trace, "--hidden-size", "4096")
        #expect(result.status == MILPExitCode.usage.rawValue)
        #expect(result.errors.contains("--intra-node-bandwidth"), "\(result.errors)")
    }
}
