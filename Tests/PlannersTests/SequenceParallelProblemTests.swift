import Foundation
import MILP
import Planners
import Testing

@Suite("Sequence parallelism: input and validation")
struct SequenceParallelProblemTests {
    /// A complete input around `fields` (a batch and optional overrides of the model or cluster).
    static func input(_ fields: String, model: String = #""hiddenSize": 4096, "layers": 32, "attentionHeads": 32, "feedForwardSize": 16384, "vocabularySize": 50257"#,
                      cluster: String = #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": 150, "intraNodeBandwidthGBps": 150, "interNodeBandwidthGBps": 20"#) -> String {
        #"{\#(fields), "model": {\#(model)}, "cluster": {\#(cluster)}}"#
    }

    @Test("defaults: powers of two within a node, then whole nodes, up to the GPU count")
    func defaultDegrees() throws {
        let problem = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 64)).problem(sequences: [1000])
        #expect(problem.degrees == [1, 2, 4, 8, 16, 32, 64])
        let odd = try SequenceParallelSetup(model: .gpt7B, cluster: .a100(gpus: 12, gpusPerNode: 6))
        #expect(odd.degrees == [1, 2, 6, 12])
    }

    @Test("a sequence too long for the largest group is named by its index, with why")
    func tooLong() throws {
        do throws(PlannerInputError) {
            _ = try SequenceParallelFixtures.fourGPUs([10, 20, 50])
            Issue.record("50 tokens do not fit 4 GPUs of 10")
        } catch {
            #expect(error.field == "sequences[2]")
            #expect(error.message.contains("the largest group, 4 GPUs (ulysses 4), holds at most 40 tokens"))
        }
        let setup = try SequenceParallelSetup(model: .gpt13B, cluster: .a100(gpus: 32))
        do {
            _ = try setup.problem(sequences: [4096, 1_000_000])
            Issue.record("a million tokens do not fit 32 GPUs")
        } catch {
            #expect(error.field == "sequences[1]")
            #expect(error.message.contains("the largest group, 32 GPUs (usp 8×4)"))
        }
    }

    @Test("invalid input names the field at fault", arguments: [
        (input(#""sequences": [100, 0]"#), "sequences[1]"),
        (input(#""sequences": []"#), "sequences"),
        (input(#""sequences": [100]"#, cluster: #""gpus": 12, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": 150, "intraNodeBandwidthGBps": 150, "interNodeBandwidthGBps": 20"#), "cluster.gpus"),
        (input(#""sequences": [100], "degrees": [1, 3]"#), "degrees[1]"),
        (input(#""sequences": [100], "degrees": [2, 2]"#), "degrees[1]"),
        (input(#""sequences": [100], "degrees": [1, 128]"#), "degrees[1]"),
        (input(#""sequences": [100]"#, cluster: #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 1, "achievableTFLOPs": 150, "intraNodeBandwidthGBps": 150, "interNodeBandwidthGBps": 20"#), "cluster.gpuMemoryGiB"),
        (input(#""sequences": [100]"#, cluster: #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": -1, "intraNodeBandwidthGBps": 150, "interNodeBandwidthGBps": 20"#), "cluster.achievableTFLOPs"),
        (input(#""sequences": [100]"#, cluster: #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": "fast", "intraNodeBandwidthGBps": 150, "interNodeBandwidthGBps": 20"#), "cluster.achievableTFLOPs"),
        (input(#""sequences": [100]"#, cluster: #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": 150, "intraNodeBandwidthGBps": 150"#), "cluster.interNodeBandwidthGBps"),
        // Valid numbers whose batch would take longer than a report can state (a trap before).
        (input(#""sequences": [100000, 100000]"#, cluster: #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": 1e-9, "intraNodeBandwidthGBps": 150, "interNodeBandwidthGBps": 20"#), "sequences"),
        (input(#""sequences": [100]"#, model: #""hiddenSize": 4096, "layers": 32, "attentionHeads": 24, "feedForwardSize": 16384, "vocabularySize": 50257"#), "model.attentionHeads"),
        (input(#""sequences": [100]"#, model: #""hiddenSize": 4096, "layers": 32, "attentionHeads": 32, "keyValueHeads": 6, "feedForwardSize": 16384, "vocabularySize": 50257"#), "model.keyValueHeads"),
        (input(#""sequences": [100]"#, model: #""hiddenSize": 4096, "layers": 32, "attentionHeads": 32, "feedForwardSize": 16384, "vocabularySize": 50257, "strategies": []"#), "model.strategies"),
        (input(#""sequences": [100]"#, model: #""hiddenSize": 4096, "layers": 32, "attentionHeads": 32, "feedForwardSize": 16384, "vocabularySize": 50257, "dtype": "fp8""#), "model.dtype"),
        (#"{"sequences": [100]}"#, "model"),
        (input(#""histogram": [{"length": 100, "count": 1}]"#).replacingOccurrences(of: #""cluster": {"#, with: #""clusters": {"#), "clusters"),
        (input(#""sequences": [1], "histogram": [{"length": 1, "count": 1}]"#), "histogram"),
        (input(#""histogram": [{"length": 100, "count": -1}]"#), "histogram[0].count"),
        (input(#""histogram": [{"length": 100}]"#), "histogram[0].count"),
        (input(#""histogram": [{"length": 100, "count": 9223372036854775807}]"#), "histogram[0].count"),
        (input(#""histogram": [{"length": 100, "count": 600000}, {"length": 100, "count": 600000}]"#), "histogram[1].count"),
        (input(#""sequences": [100], "measurements": [{"length": 100, "degree": 1, "seconds": 1e300}]"#), "measurements[0].seconds"),
    ])
    func invalidInput(json: String, field: String) {
        do {
            _ = try SequenceParallelProblem.decode(from: Data(json.utf8))
            Issue.record("decoding should fail for \(field)")
        } catch {
            #expect(error.field == field, "\(error)")
        }
    }

    @Test("a misspelt field is refused with the name it resembles")
    func didYouMean() {
        let json = Self.input(#""sequences": [100]"#, cluster: #""gpus": 64, "gpusPerNode": 8, "gpuMemoryGiB": 80, "achievableTFLOPs": 150, "intraNodeBandwidthGBps": 150, "interNodeBandwithGBps": 20"#)
        #expect(throws: InputError(field: "cluster.interNodeBandwithGBps", #"unknown field; did you mean "interNodeBandwidthGBps"?"#)) {
            try SequenceParallelProblem.decode(from: Data(json.utf8))
        }
        let coloured = Self.input(#""sequences": [100]"#, model: #""hiddenSize": 4096, "layers": 32, "attentionHeads": 32, "feedForwardSize": 16384, "vocabularySize": 50257, "colour": "blue""#)
        do {
            _ = try SequenceParallelProblem.decode(from: Data(coloured.utf8))
            Issue.record("colour is not a field of a model")
        } catch {
            #expect(error.field == "model.colour")
            #expect(error.message.hasPrefix("unknown field"))
        }
    }

    @Test("a histogram expands into sequences in order, and the input round-trips")
    func histogram() throws {
        let json = Self.input(#""histogram": [{"length": 4096, "count": 2}, {"length": 100000, "count": 1}]"#)
        let problem = try SequenceParallelProblem.decode(from: Data(json.utf8))
        #expect(problem.sequences == [4096, 4096, 100_000])
        #expect(problem.tokens == 108_192)
        #expect(try SequenceParallelProblem.decode(from: PlannerJSON.encode(problem)) == problem)
    }

    @Test("the shipped model and cluster files are the presets")
    func shippedFiles() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Instances/planners/sp")
        func read<T: Decodable>(_ type: T.Type, _ name: String) throws -> T {
            try InputDecoder().decode(type, fromJSON: Data(contentsOf: folder.appendingPathComponent(name)))
        }
        #expect(try read(TransformerModel.self, "gpt-7b.json") == .gpt7B)
        #expect(try read(TransformerModel.self, "gpt-13b.json") == .gpt13B)
        #expect(try read(TrainingCluster.self, "a100-64.json") == .a100(gpus: 64))
        #expect(try read(TrainingCluster.self, "a100-32.json") == .a100(gpus: 32))
    }
}
