import Foundation
import Testing
@testable import MILPCommand

@Suite("milp plan pods")
struct PlanPodsCommandTests {
    /// The kubectl list of the issue's cluster, kept with the planner tests.
    static let cluster = TestFiles.instances.deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Tests/PlannersTests/Fixtures/issue-cluster.json").path

    /// Writes `json` to a temporary file and runs `milp plan pods` on it with `flags`.
    private func plan(_ json: String, _ flags: String...) throws -> CommandResult {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("cluster.json")
        try Data(json.utf8).write(to: file)
        return try milp(arguments: ["plan", "pods", file.path] + flags)
    }

    /// A kubectl list of one node and a pending pod whose spec is `spec`.
    private static func list(spec: String) -> String {
        #"""
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "n"}, "status": {"allocatable": {"cpu": "4", "memory": "8Gi", "pods": "110"}}},
          {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "db-0", "namespace": "shop"}, "spec": \#(spec), "status": {"phase": "Pending"}}]}
        """#
    }

    @Test("the issue's cluster is planned, proven and reported with both baselines")
    func report() throws {
        let result = try milp("plan", "pods", Self.cluster, "--window", "30s")
        #expect(result.status == MILPExitCode.success.rawValue, "\(result.errors)")
        #expect(result.output.contains("+preemption") && result.output.contains("proven optimal"))
        let json = try milp("plan", "pods", Self.cluster, "--window", "30s", "--json")
        #expect(json.output.contains(#""status" : "optimal""#))
    }

    @Test("--output actions prints the Bindings as a List; standard input is read with -")
    func actions() throws {
        let result = try milp(arguments: ["plan", "pods", "-", "--window", "30s", "--output", "actions"],
                              standardInput: Self.cluster)
        #expect(result.status == MILPExitCode.success.rawValue, "\(result.errors)")
        let list = try #require(JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let items = try #require(list["items"] as? [[String: Any]])
        #expect(!items.isEmpty && items.allSatisfy { $0["kind"] as? String == "Binding" })
    }

    @Test("a pod with a claimed volume is refused with 65, naming pod and field; --ignore plans without it and says so")
    func refusal() throws {
        let json = Self.list(spec: #"{"containers": [], "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "data-db-0"}}]}"#)
        let refused = try plan(json)
        #expect(refused.status == MILPExitCode.inputError.rawValue)
        #expect(refused.errors.contains("items[1].spec.volumes[0].persistentVolumeClaim: pod shop/db-0:"), "\(refused.errors)")
        let ignored = try plan(json, "--ignore", "spec.volumes.persistentVolumeClaim")
        #expect(ignored.status == MILPExitCode.success.rawValue, "\(ignored.errors)")
        #expect(ignored.output.contains("spec.volumes.persistentVolumeClaim: shop/db-0"))
    }

    @Test("an unknown field inside a scheduling rule is refused with the field, or ignored on request")
    func unknownSchedulingField() throws {
        let json = Self.list(spec: #"{"containers": [], "tolerations": [{"key": "a", "operator": "Exists", "futureTolerance": 3}]}"#)
        let refused = try plan(json)
        #expect(refused.status == MILPExitCode.inputError.rawValue)
        #expect(refused.errors.contains("items[1].spec.tolerations[0].futureTolerance"), "\(refused.errors)")
        #expect(try plan(json, "--ignore", "spec.tolerations.futureTolerance").status == MILPExitCode.success.rawValue)
    }

    @Test("a number that used to trap is an input error naming the field", arguments: [
        #"{"nodes": [{"name": "n", "allocatable": {"cpu": 9223372036854775807, "memory": 1}}], "pods": []}"#,
        #"{"nodes": [{"name": "n", "allocatable": {"cpu": "9223372036854775807", "memory": 1}}], "pods": []}"#,
        #"{"nodes": [{"name": "n", "allocatable": {"cpu": 1, "memory": 1}}], "pods": [{"name": "p", "requests": {"cpu": 1e300}}]}"#,
    ])
    func formerTraps(json: String) throws {
        let result = try plan(json)
        #expect(result.status == MILPExitCode.inputError.rawValue, "\(result.errors)")
        #expect(result.errors.contains("cpu"), "\(result.errors)")
    }

    @Test("usage mistakes are refused: a bad --output, two windows")
    func usage() throws {
        #expect(try milp("plan", "pods", Self.cluster, "--output", "yaml").status == MILPExitCode.usage.rawValue)
        #expect(try milp("plan", "pods", Self.cluster, "--window", "1s", "--time-limit", "2s").status == MILPExitCode.usage.rawValue)
    }
}
