import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("Sequence parallelism: the JSON-lines service")
struct SequenceParallelServiceTests {
    static func service() throws -> SequenceParallelService {
        let setup = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 16))
        return SequenceParallelService(setup: setup, planner: SequenceParallelPlanner(solver: GLPKSolver(), budget: PlanningBudget(mipGap: 0.01),
                                                                         solverOptions: SolverOptions(nodeLimit: 50)))
    }

    static func object(_ line: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
    }

    @Test("a batch line gets one plan line naming the sequences by their ids")
    func planLine() throws {
        let reply = try Self.service().reply(to: #"{"sequences": [40000, 3000, 2000, 500], "ids": ["a", "b", 7, "d"], "batch": "step-3"}"#, number: 1)
        #expect(!reply.contains("\n"))
        let object = try Self.object(reply)
        #expect(object["batch"] as? String == "step-3")
        #expect(object["line"] as? Int == 1)
        #expect(object["error"] == nil)
        let microBatches = try #require(object["microBatches"] as? [[String: Any]])
        let groups = microBatches.flatMap { ($0["groups"] as? [[String: Any]]) ?? [] }
        let names = groups.flatMap { ($0["sequences"] as? [Any]) ?? [] }.map { "\($0)" }
        #expect(names.sorted() == ["7", "a", "b", "d"])
        #expect((object["stepTime"] as? Double ?? 0) > 0)
        #expect(object["speedups"] is [String: Double])
    }

    @Test("a bad line gets an error line naming the field, and the next line is planned as usual", arguments: [
        (#"{"sequences": [1000, 0]}"#, "sequences[1]"),
        (#"{"sequences": [1000], "ids": [1, 2]}"#, "ids"),
        (#"{"sequence": [1000]}"#, "sequence"),
        (#"{"sequences": [1000], "ids": [[1]]}"#, "ids[0]"),
        (#"{"sequences": [9000000]}"#, "sequences[0]"),
        (#"not json"#, ""),
    ])
    func badLine(line: String, field: String) throws {
        let service = try Self.service()
        let error = try #require(Self.object(service.reply(to: line, number: 4))["error"] as? [String: Any])
        #expect(error["field"] as? String == field)
        #expect(!(error["message"] as? String ?? "").isEmpty)
        let next = try Self.object(service.reply(to: #"{"sequences": [5000, 5000]}"#, number: 5))
        #expect(next["error"] == nil && next["line"] as? Int == 5)
        let groups = (next["microBatches"] as? [[String: Any]])?.flatMap { ($0["groups"] as? [[String: Any]]) ?? [] } ?? []
        #expect(groups.flatMap { ($0["sequences"] as? [Int]) ?? [] }.sorted() == [0, 1])
    }
}
