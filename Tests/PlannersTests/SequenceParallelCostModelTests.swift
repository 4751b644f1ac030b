import Foundation
import MILP
import Planners
import Testing

@Suite("Sequence parallelism: cost model, strategies and fit")
struct SequenceParallelCostModelTests {
    @Test("FlexSP's GPT-7B keeps about 4.7 MB of activations per token: 34·h per layer plus the fp32 logits")
    func flexSPMemoryPerToken() {
        let model = TransformerModel.gpt7B
        let h = 4096.0
        #expect(model.layerActivationBytesPerToken == 34 * h)
        // 32 layers × 34 × h, the final norm's input (2h), the embedding dropout mask (h), fp32 logits.
        let expected: Double = 32 * 34 * h + 3 * h + 4 * 50257
        #expect(model.activationBytesPerToken == expected)
        #expect(abs(model.activationBytesPerToken / 1e6 - 4.7) < 0.05)
        // Recomputation keeps only layer inputs, plus one layer while it is recomputed.
        var checkpointed = model
        checkpointed.activationCheckpointing = true
        let inputsOnly: Double = 32 * 2 * h + 34 * h + 3 * h + 4 * 50257
        #expect(checkpointed.activationBytesPerToken == inputsOnly)
    }

    @Test("parameters and FLOPs of GPT-7B and 13B match their names")
    func parametersAndFLOPs() {
        #expect(abs(TransformerModel.gpt7B.parameters / 1e9 - 6.85) < 0.01)
        #expect(abs(TransformerModel.gpt13B.parameters / 1e9 - 13.1) < 0.05)
        let costs = SequenceCostModel(model: .gpt7B, cluster: .a100(gpus: 64), degrees: [1, 2, 4, 8, 16, 32, 64])
        // Causal attention: 3 passes × 32 layers × 2h FLOPs per token², at 150 TFLOP/s.
        #expect(abs(costs.attentionTime - 3 * 32 * 2 * 4096 / 150e12) < 1e-22)
        // Every matrix parameter costs 6 FLOPs per token in training (the output layer's too).
        #expect(abs(costs.linearTime * 150e12 / 6 / (TransformerModel.gpt7B.parameters - 50257 * 4096) - 1) < 1e-12)
        // ZeRO-3: 16 bytes per parameter over 64 GPUs, plus 6 GiB reserved.
        #expect(abs(costs.staticMemory - (16 * TransformerModel.gpt7B.parameters / 64 + 6 * 1_073_741_824)) < 1)
    }

    @Test("Ulysses needs the degree to divide the heads and the key/value heads")
    func headDivisibility() throws {
        let model = TransformerModel.gpt7B
        #expect(model.parallelisms(degree: 32, gpusPerNode: 8).contains { $0.strategy == .ulysses })
        #expect(!model.parallelisms(degree: 64, gpusPerNode: 8).contains { $0.strategy == .ulysses })
        var grouped = TransformerModel(hiddenSize: 4096, layers: 32, attentionHeads: 32, keyValueHeads: 8, feedForwardSize: 11008,
                                       vocabularySize: 32000, feedForward: .swiglu)
        #expect(grouped.parallelisms(degree: 8, gpusPerNode: 8).contains { $0.strategy == .ulysses })
        #expect(!grouped.parallelisms(degree: 16, gpusPerNode: 8).contains { $0.strategy == .ulysses })
        // With Ulysses alone, the 8 key/value heads cap the degree at 8; 16 is refused by name.
        grouped.strategies = [.ulysses]
        let setup = try SequenceParallelSetup(model: grouped, cluster: .a100(gpus: 64))
        #expect(setup.degrees == [1, 2, 4, 8])
        do {
            _ = try SequenceParallelSetup(model: grouped, cluster: .a100(gpus: 64), degrees: [1, 8, 16])
            Issue.record("degree 16 should be refused")
        } catch {
            #expect(error.field == "degrees[2]")
            #expect(error.message.contains("divide the 32 attention heads and 8 key/value heads"))
        }
    }

    @Test("USP beyond the heads, Ulysses within them, each with its own communication cost")
    func strategyChoice() throws {
        let thirteen = SequenceCostModel(model: .gpt13B, cluster: .a100(gpus: 32), degrees: [2, 4, 8, 16, 32])
        // 40 heads: Ulysses divides them at 2, 4 and 8; 16 and 32 take USP with Ulysses over a whole node.
        #expect(thirteen.parallelism(degree: 8) == SequenceParallelism(strategy: .ulysses, ulyssesDegree: 8, ringDegree: 1))
        #expect(thirteen.parallelism(degree: 16) == SequenceParallelism(strategy: .usp, ulyssesDegree: 8, ringDegree: 2))
        #expect(thirteen.parallelism(degree: 32) == SequenceParallelism(strategy: .usp, ulyssesDegree: 8, ringDegree: 4))
        let seven = SequenceCostModel(model: .gpt7B, cluster: .a100(gpus: 64), degrees: [64])
        #expect(seven.parallelism(degree: 64) == SequenceParallelism(strategy: .usp, ulyssesDegree: 8, ringDegree: 8))
        // Without USP, 64 GPUs fall back to a ring, which passes far more bytes.
        var ringOnly = TransformerModel.gpt7B
        ringOnly.strategies = [.ulysses, .ring]
        let ring = SequenceCostModel(model: ringOnly, cluster: .a100(gpus: 64), degrees: [64])
        #expect(ring.parallelism(degree: 64).strategy == .ring)
        let usp = try #require(seven.communication[64]), slow = try #require(ring.communication[64])
        #expect(slow.secondsPerToken > 5 * usp.secondsPerToken)
    }

    @Test("communication by hand: Ulysses in a node, Ulysses across nodes, USP")
    func communicationByHand() throws {
        let model = TransformerModel(hiddenSize: 1000, layers: 10, attentionHeads: 16, feedForwardSize: 4000, vocabularySize: 1000)
        let cluster = TrainingCluster(gpus: 32, gpusPerNode: 8, gpuMemoryGiB: 80, achievableTFLOPs: 100,
                                      intraNodeBandwidthGBps: 100, interNodeBandwidthGBps: 10,
                                      intraNodeLatency: .microseconds(10), interNodeLatency: .microseconds(50))
        let costs = SequenceCostModel(model: model, cluster: cluster, degrees: [4, 16, 32])
        // Ulysses 4: 2 rounds × 10 layers × (8000 bytes per token (Q, K, V, output) / 4 GPUs × 3/4 sent) / 100 GB/s; 2 × 10 × 2 starts of 10 µs.
        let four = try #require(costs.communication[4])
        let fourSeconds: Double = 2 * 10 * (8000.0 / 4 * 0.75) / 100e9
        #expect(abs(four.secondsPerToken - fourSeconds) < 1e-20)
        #expect(four.latency == .microseconds(400))
        // Ulysses 16 over two nodes: 8/16 of each GPU's share leaves the node at 10 GB/s, 7/16 stays at 100 GB/s.
        let sixteen = try #require(costs.communication[16])
        #expect(sixteen.parallelism.strategy == .ulysses)
        let sixteenSeconds: Double = 2 * 10 * (8000.0 / 16 * 8 / 16) / 10e9
        #expect(abs(sixteen.secondsPerToken - sixteenSeconds) < 1e-20)
        // 32 GPUs exceed the 16 heads: USP 8 × 4, Ulysses inside the node, then a ring of 4 across nodes:
        // 3 passes × 10 layers × 3 steps × 4000 key/value bytes per token / 32 GPUs at 10 GB/s.
        let thirtyTwo = try #require(costs.communication[32])
        #expect(thirtyTwo.parallelism == SequenceParallelism(strategy: .usp, ulyssesDegree: 8, ringDegree: 4))
        let ulyssesPart: Double = 2 * 10 * (8000.0 / 32 * 7 / 8) / 100e9
        let ringPart: Double = 3 * 10 * 3 * 4000.0 / 32 / 10e9
        #expect(abs(thirtyTwo.secondsPerToken - (ulyssesPart + ringPart)) < 1e-20)
        let starts: Duration = .microseconds(10 * 40 + 50 * 60)
        #expect(thirtyTwo.latency == starts)
    }

    @Test("the fit recovers the compute and each measured degree's communication from exact measurements")
    func exactFit() throws {
        let truth = SequenceCostModel(model: .gpt7B, cluster: .a100(gpus: 64), degrees: [2, 8, 16, 32])
        var measurements: [SequenceCostMeasurement] = []
        for degree in [1, 2, 8, 16, 32] {
            for length in [4096, 32768, 131_072] {
                measurements.append(.init(length: length, degree: degree, time: truth.time(length: length, degree: degree)))
            }
        }
        var prior = truth
        prior.attentionTime *= 2
        prior.linearTime /= 3
        for degree in [2, 8, 16, 32] {
            prior.communication[degree]?.secondsPerToken *= 1.7
            prior.communication[degree]?.latency /= 2
        }
        let fitted = try prior.fitted(to: measurements)
        #expect(abs(fitted.attentionTime / truth.attentionTime - 1) < 1e-6)
        #expect(abs(fitted.linearTime / truth.linearTime - 1) < 1e-6)
        for degree in [2, 8, 16, 32] {
            let got = try #require(fitted.communication[degree]), expected = try #require(truth.communication[degree])
            #expect(abs(got.secondsPerToken / expected.secondsPerToken - 1) < 1e-5, "degree \(degree)")
            #expect(abs(got.latency.inSeconds / expected.latency.inSeconds - 1) < 1e-4, "degree \(degree)")
        }
        #expect(fitted.activationMemory == truth.activationMemory)
    }

    @Test("degrees no measurement involves keep their values; noise never makes a coefficient negative")
    func partialFit() throws {
        // Only single-GPU measurements, with noise that would push the linear term below zero.
        let measurements = [SequenceCostMeasurement(length: 1000, degree: 1, time: .seconds(1.0)),
                            .init(length: 2000, degree: 1, time: .seconds(3.9)),
                            .init(length: 3000, degree: 1, time: .seconds(9.2))]
        let base = SequenceCostModel(model: .gpt7B, cluster: .a100(gpus: 16), degrees: [8, 16])
        let fitted = try base.fitted(to: measurements)
        #expect(fitted.attentionTime > 0)
        #expect(fitted.linearTime >= 0)
        #expect(fitted.communication == base.communication)
    }

    @Test("measurements that cannot separate the coefficients, or name a degree that cannot run, are input errors")
    func badMeasurements() {
        let base = SequenceCostModel(model: .gpt7B, cluster: .a100(gpus: 16), degrees: [8, 16])
        let same = Array(repeating: SequenceCostMeasurement(length: 1000, degree: 1, time: .seconds(1)), count: 3)
        #expect(throws: PlannerInputError.self) { try base.fitted(to: same) }
        #expect(throws: InputError(field: "measurements[1].seconds", "must be greater than 0 s and at most 31557600 s, got -1 s")) {
            try base.fitted(to: [.init(length: 1, degree: 1, time: .seconds(1)), .init(length: 2, degree: 1, time: .seconds(-1))])
        }
        do {
            _ = try base.fitted(to: [.init(length: 1000, degree: 4, time: .seconds(1))])
            Issue.record("degree 4 has no communication in this cost model")
        } catch {
            #expect(error.field == "measurements[0].degree")
        }
    }

    @Test("an input with measurements uses the fitted model")
    func inputFits() throws {
        let json = #"""
            {"sequences": [100, 200], "model": {"hiddenSize": 64, "layers": 2, "attentionHeads": 4, "feedForwardSize": 256, "vocabularySize": 100},
             "cluster": {"gpus": 2, "gpusPerNode": 2, "gpuMemoryGiB": 80, "achievableTFLOPs": 100, "intraNodeBandwidthGBps": 100, "interNodeBandwidthGBps": 10},
             "measurements": [{"length": 1000, "degree": 1, "seconds": 2}, {"length": 2000, "degree": 1, "seconds": 6},
                              {"length": 1000, "degree": 2, "seconds": 1.5}, {"length": 3000, "degree": 2, "seconds": 7.5}]}
            """#
        let problem = try SequenceParallelProblem.decode(from: Data(json.utf8))
        // time(s, 1) = a s² + b s: 2 = a·1e6 + b·1e3 and 6 = a·4e6 + b·2e3 give a = 1e-6, b = 1e-3.
        #expect(abs(problem.costModel.attentionTime - 1e-6) < 1e-12)
        #expect(abs(problem.costModel.linearTime - 1e-3) < 1e-9)
        // Degree 2: (a s² + b s)/2 + c s + λ: 1.5 = 1 + 1000c + λ and 7.5 = 6 + 3000c + λ give c = 5e-4, λ = 0.
        #expect(abs((problem.costModel.communication[2]?.secondsPerToken ?? 0) - 5e-4) < 1e-9)
        #expect(abs(problem.costModel.communication[2]?.latency.inSeconds ?? 1) < 1e-6)
    }
}
