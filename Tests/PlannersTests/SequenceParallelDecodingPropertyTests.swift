import Foundation
import GLPK
import MILP
import Planners
import PropertyBased
import Synchronization
import Testing

@Suite("Sequence parallelism: decoding random and extreme inputs")
struct SequenceParallelDecodingPropertyTests {
    /// JSON values that break naive decoders: limits of Int, huge and tiny doubles, wrong types.
    static let extremes = ["0", "-1", "1", "2", "3", "8", "64", "4096", "1e16", "1e300", "-1e300", "1e-300", "0.5",
                           "9223372036854775807", "-9223372036854775808", "18446744073709551616", "\"x\"", "null", "true", "[]", "{}"]

    /// The fields of an input, each with a sensible value.
    static let fields: [(path: String, sensible: String)] = [
        ("model.hiddenSize", "256"), ("model.layers", "2"), ("model.attentionHeads", "4"), ("model.keyValueHeads", "2"),
        ("model.feedForwardSize", "1024"), ("model.vocabularySize", "1000"),
        ("cluster.gpus", "8"), ("cluster.gpusPerNode", "4"), ("cluster.gpuMemoryGiB", "1"), ("cluster.reservedMemoryGiB", "0.1"),
        ("cluster.achievableTFLOPs", "100"), ("cluster.intraNodeBandwidthGBps", "100"), ("cluster.interNodeBandwidthGBps", "10"),
        ("cluster.intraNodeLatencyMicroseconds", "10"), ("cluster.interNodeLatencyMicroseconds", "30"),
        ("histogram.length", "2000"), ("histogram.count", "3"), ("extra.length", "500"),
        ("measurement.length", "1000"), ("measurement.degree", "2"), ("measurement.seconds", "0.5"), ("degree", "4"),
    ]

    /// An input whose field `i` is `values[i]`.
    static func json(_ values: [String]) -> String {
        let value = Dictionary(uniqueKeysWithValues: zip(fields.map(\.path), values))
        func object(_ prefix: String) -> String {
            fields.filter { $0.path.hasPrefix(prefix + ".") }.map { field in
                "\"\(field.path.dropFirst(prefix.count + 1))\": \(value[field.path]!)"
            }.joined(separator: ", ")
        }
        return """
            {"model": {\(object("model"))}, "cluster": {\(object("cluster"))},
             "histogram": [{\(object("histogram"))}, {"length": \(value["extra.length"]!), "count": 1}],
             "measurements": [{\(object("measurement"))}, {"length": 3000, "degree": 1, "seconds": 2},
                              {"length": 1500, "degree": 1, "seconds": 0.8}, {"length": 3000, "degree": 2, "seconds": 1.2}],
             "degrees": [1, 2, \(value["degree"]!)]}
            """
    }

    /// Each field sensible or, one time in eight, an extreme value.
    static let inputs = Gen<Int>.int(in: 0...(8 * extremes.count - 1)).array(of: fields.count).map { picks in
        zip(picks, fields).map { pick, field in pick < extremes.count ? extremes[pick] : field.sensible }
    }

    @Test("every random input decodes to a checked problem or a typed error naming a field; planning it verifies")
    func randomInputs() async {
        let planned = Mutex(0)
        await propertyCheck(count: 200, input: Self.inputs) { values in
            let text = Self.json(values)
            let problem: SequenceParallelProblem
            do throws(PlannerInputError) {
                problem = try SequenceParallelProblem.decode(from: Data(text.utf8))
            } catch {
                // A typed error, with a message a person can act on.
                #expect(!error.message.isEmpty, "\(text)")
                return
            }
            #expect(problem.sequences.allSatisfy { (1...SequenceParallelProblem.maximumLength).contains($0) })
            #expect(problem.degrees.allSatisfy { problem.costModel.allows(degree: $0) })
            // A short budget bounds the work on huge batches; whatever the machine's load, the
            // report has a verified plan or says why not.
            let planner = SequenceParallelPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .milliseconds(100), mipGap: 0.01))
            do {
                let report = try planner.plan(problem)
                #expect((report.plan == nil) == (report.noPlanReason != nil))
                planned.withLock { $0 += 1 }
            } catch {
                Issue.record("planning \(text) failed: \(error)")
            }
        }
        // The inputs reach the planner, not only the decoder.
        #expect(planned.withLock { $0 } > 0)
    }

    @Test("a fit that times the batch at zero gives a verified plan with no speedup ratios (found by the random inputs)")
    func zeroStepTime() throws {
        let values = ["256", "2", "4", "2", "1024", "1000", "8", "1", "1", "0", "1", "1", "1", "0", "0", "0", "0", "500", "1000", "2", "64", "4"]
        let problem = try SequenceParallelProblem.decode(from: Data(Self.json(values).utf8))
        let report = try SequenceParallelPlanner(solver: GLPKSolver(), budget: PlanningBudget(mipGap: 0.01)).plan(problem)
        let plan = try #require(report.plan)
        #expect(plan.stepTime == .zero)
        #expect(!report.baselines.isEmpty && report.baselines.allSatisfy { $0.plan != nil && $0.speedup == nil })
        try problem.verify(report)
    }

    @Test("extreme numbers in any single field give a value or a typed error, never a trap")
    func singleExtremes() throws {
        let sensible = Self.fields.map(\.sensible)
        for field in Self.fields.indices {
            for extreme in Self.extremes {
                var values = sensible
                values[field] = extreme
                do {
                    _ = try SequenceParallelProblem.decode(from: Data(Self.json(values).utf8))
                } catch {
                    #expect(!error.field.isEmpty || !error.message.isEmpty)
                }
            }
        }
        // The sensible input itself is accepted and planned.
        let problem = try SequenceParallelProblem.decode(from: Data(Self.json(sensible).utf8))
        #expect(try SequenceParallelPlanner(solver: GLPKSolver(), budget: PlanningBudget(mipGap: 0.01)).plan(problem).plan != nil)
    }
}
