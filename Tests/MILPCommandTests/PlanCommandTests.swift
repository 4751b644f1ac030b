import Foundation
import Testing
@testable import MILPCommand

@Suite("milp plan")
struct PlanCommandTests {
    private static let reference = TestFiles.instances.deletingLastPathComponent()
        .appendingPathComponent("planners/gpu-mix/reference.json").path

    /// Writes `json` to a temporary file and runs `milp plan gpu-mix` on it.
    private func planGPUMix(_ json: String, _ flags: String...) throws -> CommandResult {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("problem.json")
        try Data(json.utf8).write(to: file)
        return try milp(arguments: ["plan", "gpu-mix", file.path] + flags)
    }

    @Test("the report's status gives the exit code and is a value in the JSON")
    func statusAndExitCode() throws {
        let result = try milp("plan", "gpu-mix", Self.reference, "--json")
        #expect(result.status == MILPExitCode.success.rawValue, "\(result.errors)")
        #expect(result.output.contains(#""status" : "optimal""#))
    }

    @Test("a misspelt field exits 65 naming the file, the field and the field it resembles")
    func misspeltField() throws {
        let result = try planGPUMix(#"{"rate": 2, "distribution": [[1]], "types": [{"name": "L4", "prise": 0.8, "rates": [[4]]}]}"#)
        #expect(result.status == MILPExitCode.inputError.rawValue)
        #expect(result.errors.contains(#"problem.json: types[0].prise: unknown field; did you mean "price"?"#), "\(result.errors)")
    }

    @Test("numbers that used to trap are input errors", arguments: [
        #"{"rate": 1e300, "distribution": [[1]], "types": [{"name": "L4", "price": 0.8, "rates": [[4]]}]}"#,
        #"{"rate": 1, "distribution": [[1]], "types": [{"name": "L4", "price": 0.8, "rates": [[4]], "available": 1e30}]}"#,
    ])
    func formerTraps(json: String) throws {
        let result = try planGPUMix(json)
        #expect(result.status == MILPExitCode.inputError.rawValue, "\(result.errors)")
        #expect(result.errors.contains(" and at most "), "\(result.errors)")
    }

    @Test("a budget flag out of range is a usage error")
    func budgetFlags() throws {
        let result = try milp("plan", "gpu-mix", Self.reference, "--mip-gap", "2")
        #expect(result.status == MILPExitCode.usage.rawValue)
        #expect(result.errors.contains("--mip-gap: must be at least 0 and less than 1, got 2"), "\(result.errors)")
    }
}
