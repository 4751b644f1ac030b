import Foundation
import Planners
import Testing

@Suite("Sequence parallelism: input and validation")
struct SequenceParallelProblemTests {
    @Test("defaults: powers of two within a node, then whole nodes, up to the GPU count")
    func defaultDegrees() throws {
        let problem = try SequenceParallelProblem(sequences: [1000], gpus: 64, gpusPerNode: 8)
        #expect(problem.degrees == [1, 2, 4, 8, 16, 32, 64])
        #expect(try SequenceParallelProblem(sequences: [1000], gpus: 12, gpusPerNode: 6).degrees == [1, 2, 6, 12])
    }

    @Test("a sequence too long for every allowed degree is named by its index")
    func tooLong() throws {
        #expect(throws: PlannerInputError(field: "sequences[2]", "50 tokens do not fit in memory on any allowed degree: the largest, 4 GPUs, holds at most 40 tokens")) {
            try SequenceParallelFixtures.fourGPUs([10, 20, 50])
        }
    }

    @Test("invalid input names the field at fault", arguments: [
        (#"{"gpus": 8, "gpusPerNode": 8, "sequences": [100, 0]}"#, "sequences[1]"),
        (#"{"gpus": 8, "gpusPerNode": 8, "sequences": []}"#, "sequences"),
        (#"{"gpus": 12, "gpusPerNode": 8, "sequences": [100]}"#, "gpus"),
        (#"{"gpus": 16, "gpusPerNode": 8, "degrees": [1, 3], "sequences": [100]}"#, "degrees[1]"),
        (#"{"gpus": 16, "gpusPerNode": 8, "degrees": [1, 32], "sequences": [100]}"#, "degrees[1]"),
        (#"{"gpus": 16, "gpusPerNode": 8, "degrees": [2, 2], "sequences": [100]}"#, "degrees[1]"),
        (#"{"gpus": 8, "gpusPerNode": 8, "memoryPerGPU": 1e9, "sequences": [100]}"#, "memoryPerGPU"),
        (#"{"gpus": 8, "gpusPerNode": 8, "costModel": {"linearTime": -1}, "sequences": [100]}"#, "costModel.linearTime"),
        (#"{"gpus": 8, "gpusPerNode": 8, "costModel": {"linearTime": "fast"}, "sequences": [100]}"#, "costModel.linearTime"),
        (#"{"gpus": 8, "gpusPerNode": 8}"#, "sequences"),
        (#"{"gpus": 8, "gpusPerNode": 8, "sequences": [1], "histogram": [{"length": 1, "count": 1}]}"#, "histogram"),
        (#"{"gpus": 8, "gpusPerNode": 8, "histogram": [{"length": 100, "count": -1}]}"#, "histogram[0].count"),
        (#"{"gpus": 8, "gpusPerNode": 8, "histogram": [{"length": 100}]}"#, "histogram[0].count"),
    ])
    func invalidInput(json: String, field: String) {
        do {
            _ = try PlannerJSON.decode(SequenceParallelProblem.self, from: Data(json.utf8))
            Issue.record("decoding should fail for \(field)")
        } catch {
            #expect(error.field == field, "\(error)")
        }
    }

    @Test("a histogram expands into sequences in order")
    func histogram() throws {
        let json = #"{"gpus": 8, "gpusPerNode": 8, "histogram": [{"length": 4096, "count": 2}, {"length": 100000, "count": 1}]}"#
        let problem = try PlannerJSON.decode(SequenceParallelProblem.self, from: Data(json.utf8))
        #expect(problem.sequences == [4096, 4096, 100_000])
        #expect(problem.tokens == 108_192)
        #expect(try PlannerJSON.decode(SequenceParallelProblem.self, from: PlannerJSON.encode(problem)) == problem)
    }

    @Test("buckets: exact lengths when few, geometric widths otherwise, longest first")
    func buckets() throws {
        let problem = try SequenceParallelProblem(sequences: [100, 200, 100, 6400, 800, 1600], gpus: 8, gpusPerNode: 8)
        let exact = SequenceLengthBucket.buckets(of: Array(problem.sequences.indices), in: problem, maximumCount: 8)
        #expect(exact.map(\.length) == [6400, 1600, 800, 200, 100])
        #expect(exact.last?.sequences == [0, 2])
        let coarse = SequenceLengthBucket.buckets(of: Array(problem.sequences.indices), in: problem, maximumCount: 3)
        #expect(coarse.count == 3)
        #expect(coarse.flatMap(\.sequences).sorted() == Array(0..<6))
    }
}
