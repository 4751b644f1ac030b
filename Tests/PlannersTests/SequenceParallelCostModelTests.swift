import Foundation
import Planners
import Testing

@Suite("Sequence parallelism: cost model and fit")
struct SequenceParallelCostModelTests {
    @Test("time: quadratic and linear compute over d, communication by group span, latency per sequence")
    func time() {
        let model = SequenceCostModel(attentionTime: 1e-6, linearTime: 1e-3, intraNodeCommunicationTime: 2e-4,
                                      interNodeCommunicationTime: 5e-4, intraNodeLatency: 0.01, interNodeLatency: 0.05)
        // 1000 tokens: compute 1 + 1 = 2 seconds on one GPU.
        #expect(abs(model.time(length: 1000, degree: 1, gpusPerNode: 8) - 2) < 1e-12)
        #expect(abs(model.time(length: 1000, degree: 4, gpusPerNode: 8) - (2.2 / 4 + 0.01)) < 1e-12)
        #expect(abs(model.time(length: 1000, degree: 16, gpusPerNode: 8) - (2.5 / 16 + 0.05)) < 1e-12)
    }

    @Test("memory: activations split over the group plus the static part; capacity is its inverse")
    func memory() {
        let model = SequenceCostModel(activationMemory: 2e5, staticMemory: 1e10)
        #expect(model.memory(tokens: 100_000, degree: 4) == 2e5 * 25_000 + 1e10)
        #expect(model.tokenCapacity(degree: 4, memoryPerGPU: 8e10) == 1_400_000)
        #expect(model.tokenCapacity(degree: 4, memoryPerGPU: 1e9) == 0)
    }

    @Test("the fit recovers every time coefficient from exact measurements")
    func exactFit() throws {
        let truth = SequenceCostModel(attentionTime: 3e-9, linearTime: 2e-4, intraNodeCommunicationTime: 1e-5,
                                      interNodeCommunicationTime: 6e-5, intraNodeLatency: 0.004, interNodeLatency: 0.02)
        var measurements: [SequenceCostMeasurement] = []
        for degree in [1, 2, 8, 16, 32] {
            for length in [4096, 32768, 131_072] {
                measurements.append(.init(length: length, degree: degree, seconds: truth.time(length: length, degree: degree, gpusPerNode: 8)))
            }
        }
        let fitted = try SequenceCostModel().fitted(to: measurements, gpusPerNode: 8)
        for (name, value) in [("attention", fitted.attentionTime / truth.attentionTime), ("linear", fitted.linearTime / truth.linearTime),
                              ("intra", fitted.intraNodeCommunicationTime / truth.intraNodeCommunicationTime),
                              ("inter", fitted.interNodeCommunicationTime / truth.interNodeCommunicationTime),
                              ("intra latency", fitted.intraNodeLatency / truth.intraNodeLatency),
                              ("inter latency", fitted.interNodeLatency / truth.interNodeLatency)] {
            #expect(abs(value - 1) < 1e-6, "\(name) off by \(value)")
        }
        #expect(fitted.activationMemory == SequenceCostModel().activationMemory)
    }

    @Test("coefficients no measurement involves keep their values; noise never makes one negative")
    func partialFit() throws {
        // Only single-GPU measurements, with noise that would push the linear term below zero.
        let measurements = [SequenceCostMeasurement(length: 1000, degree: 1, seconds: 1.0),
                            .init(length: 2000, degree: 1, seconds: 3.9),
                            .init(length: 3000, degree: 1, seconds: 9.2)]
        let base = SequenceCostModel()
        let fitted = try base.fitted(to: measurements, gpusPerNode: 8)
        #expect(fitted.attentionTime > 0)
        #expect(fitted.linearTime >= 0)
        #expect(fitted.intraNodeCommunicationTime == base.intraNodeCommunicationTime)
        #expect(fitted.interNodeLatency == base.interNodeLatency)
    }

    @Test("measurements that cannot separate the coefficients are an input error")
    func rankDeficient() {
        let same = Array(repeating: SequenceCostMeasurement(length: 1000, degree: 1, seconds: 1), count: 3)
        #expect(throws: PlannerInputError.self) { try SequenceCostModel().fitted(to: same, gpusPerNode: 8) }
        #expect(throws: PlannerInputError(field: "measurements[1].seconds", "must be a positive number of seconds, got -1.0")) {
            try SequenceCostModel().fitted(to: [.init(length: 1, degree: 1, seconds: 1), .init(length: 2, degree: 1, seconds: -1)], gpusPerNode: 8)
        }
    }

    @Test("a problem with measurements uses the fitted model")
    func problemFits() throws {
        let json = #"""
            {"gpus": 2, "sequences": [100, 200], "costModel": {"staticMemory": 0},
             "measurements": [{"length": 1000, "degree": 1, "seconds": 2}, {"length": 2000, "degree": 1, "seconds": 6},
                              {"length": 1000, "degree": 2, "seconds": 1.5}, {"length": 3000, "degree": 2, "seconds": 7.5}]}
            """#
        let problem = try PlannerJSON.decode(SequenceParallelProblem.self, from: Data(json.utf8))
        // time(s, 1) = a s² + b s: 2 = a·1e6 + b·1e3 and 6 = a·4e6 + b·2e3 give a = 1e-6, b = 1e-3.
        #expect(abs(problem.costModel.attentionTime - 1e-6) < 1e-12)
        #expect(abs(problem.costModel.linearTime - 1e-3) < 1e-9)
        #expect(problem.costModel.staticMemory == 0)
    }
}
