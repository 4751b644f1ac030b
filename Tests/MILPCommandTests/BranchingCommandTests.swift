import Foundation
import MILP
import MILPFormats
import MILPTesting
import Testing

@Suite("milp branching")
struct BranchingCommandTests {
    /// A folder holding a small knapsack as MPS, removed by the caller.
    private func knapsackFolder() throws -> (folder: URL, model: String) {
        let folder = try TestFiles.temporaryDirectory()
        let model = folder.appendingPathComponent("knapsack.mps")
        try MPSWriter().write(ConformanceCase.hardKnapsack(items: 30, dimensions: 3, seed: 3), to: model)
        return (folder, model.path)
    }

    @Test("collect, train, solve with the scorer, and evaluate on a tiny instance")
    func collectTrainSolveEvaluate() throws {
        let (folder, model) = try knapsackFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data.jsonl").path, policy = folder.appendingPathComponent("policy.json").path

        let collect = try milp("branching", "collect", "--instances", model, "--policy", "strong", "-o", data,
                               "--nodes-per-instance", "8", "--glpk-defaults")
        #expect(collect.status == 0, "\(collect.errors)")
        #expect(collect.output.contains("wrote 8 nodes"))
        let lines = try String(contentsOfFile: data, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 8)
        #expect(lines.allSatisfy { $0.contains(#""schemaVersion":1"#) && $0.contains(#""instance":"knapsack""#) })

        let train = try milp("branching", "train", data, "-o", policy)
        #expect(train.status == 0, "\(train.errors)")
        #expect(train.output.contains("trained on 8 nodes"))
        #expect(train.output.contains("imitation accuracy"))
        #expect(try String(contentsOfFile: policy, encoding: .utf8).contains(#""format" : "milpkit-linear-branching-scorer""#))

        let solved = try milp("solve", model, "--branching", policy, "--glpk-defaults", "--json")
        #expect(solved.status == 0, "\(solved.errors)")
        let reference = try milp("solve", model, "--json")
        let objective = { (text: String) in text.split(separator: ",").first { $0.contains(#""objective""#) } }
        #expect(objective(solved.output) == objective(reference.output))

        let evaluate = try milp("branching", "evaluate", "--policies", "glpk,most-fractional,reliability,\(policy)",
                                "--instances", model, "--glpk-defaults", "--time-limit", "30s")
        #expect(evaluate.status == 0, "\(evaluate.errors)")
        for name in ["| glpk |", "| most-fractional |", "| reliability |", "| policy |"] { #expect(evaluate.output.contains(name)) }
        #expect(evaluate.output.contains("presolve off"))
    }

    @Test("unusable inputs are clear errors")
    func errors() throws {
        let (folder, model) = try knapsackFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data.jsonl")
        try #"{"schemaVersion":0,"instance":"x","depth":0,"candidates":[],"chosen":0}"#.write(to: data, atomically: true, encoding: .utf8)
        let train = try milp("branching", "train", data.path, "-o", folder.appendingPathComponent("p.json").path)
        #expect(train.status == 65)
        #expect(train.errors.contains("data.jsonl:1: error: sample of feature schema version 0"))

        let unknown = try milp("solve", model, "--branching", "no-such-policy.json")
        #expect(unknown.status == 64)
        #expect(unknown.errors.contains("is neither a branching rule"))

        let expert = try milp("branching", "collect", "--instances", model, "--policy", "pseudocost", "-o", data.path)
        #expect(expert.status == 64)
        #expect(expert.errors.contains("--policy must be strong"))

        let presolve = try milp("solve", model, "--branching", "strong", "--presolve")
        #expect(presolve.status == 64)
        #expect(presolve.errors.contains("presolver off"))
    }
}
