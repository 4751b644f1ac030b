import Foundation
import GLPK
import MILP
import Planners
import Testing

@Suite("GPUMix input, infeasibility and generator")
struct GPUMixInputTests {
    /// A mistake made to the reference example and the field the error must name.
    struct Mistake: CustomTestStringConvertible, Sendable {
        var field: String
        var change: @Sendable (inout GPUMixProblem) -> Void
        var testDescription: String { field }
    }

    static let mistakes: [Mistake] = [
        Mistake(field: "rate") { $0.rate = 0 },
        Mistake(field: "sliceFactor") { $0.sliceFactor = 0 },
        Mistake(field: "headroom") { $0.headroom = 1.2 },
        Mistake(field: "distribution") { $0.distribution = [[0.2, 0.1], [0.5, 0.1]] },
        Mistake(field: "distribution[1]") { $0.distribution = [[0.2, 0.1], [0.7]] },
        Mistake(field: "distribution[0][1]") { $0.distribution = [[0.4, -0.1], [0.5, 0.2]] },
        Mistake(field: "inputLengthEdges") { $0.inputLengthEdges = [1, 100] ; $0.outputLengthEdges = [1, 10, 100] },
        Mistake(field: "outputLengthEdges[2]") { $0.inputLengthEdges = [1, 10, 100]; $0.outputLengthEdges = [1, 10, 10] },
        Mistake(field: "types") { $0.types = [] },
        Mistake(field: "types[1].name") { $0.types[1].name = "A10G" },
        Mistake(field: "types[0].price") { $0.types[0].price = -1 },
        Mistake(field: "types[1].rates") { $0.types[1].rates = [[20, 20]] },
        Mistake(field: "types[0].rates[1]") { $0.types[0].rates = [[2, 1], [5]] },
        Mistake(field: "types[0].rates[0][1]") { $0.types[0].rates = [[2, .nan], [5, 2]] },
        Mistake(field: "types[1].available") { $0.types[1].available = -2 },
        Mistake(field: "types[0].unitsPerGPU") { $0.types[0].unitsPerGPU = 0 },
    ]

    @Test("invalid input names the field", arguments: mistakes)
    func validation(mistake: Mistake) {
        var problem = referenceGPUMix
        mistake.change(&problem)
        do {
            try problem.validate()
            Issue.record("\(mistake.field): the mistake was accepted")
        } catch {
            #expect(error.field == mistake.field, "\(error)")
        }
        #expect(throws: PlannerInputError.self) { try GPUMixPlanner(solver: GLPKSolver()).plan(problem) }
    }

    @Test("a missing distribution is named when decoding JSON")
    func missingDistribution() {
        let json = Data(#"{"rate": 30, "types": [{"name": "A10G", "price": 1.01}]}"#.utf8)
        do {
            _ = try PlannerJSON.decode(GPUMixProblem.self, from: json)
            Issue.record("decoding should fail")
        } catch {
            #expect(error.description == "distribution: is missing")
        }
    }

    @Test("a misspelt field is refused, naming its path and the field it resembles")
    func misspeltField() {
        let json = Data(#"{"rate": 2, "distribution": [[1]], "types": [{"name": "L4", "price": 0.8, "rates": [[4]], "availabe": 2}]}"#.utf8)
        #expect(throws: PlannerInputError(field: "types[0].availabe", #"unknown field; did you mean "available"?"#)) {
            try GPUMixProblem.decode(from: json)
        }
    }

    @Test("numbers beyond the limits are refused before any arithmetic, naming the field", arguments: [
        (#""rate": 1e300"#, "rate"),
        (#""rate": 2, "headroom": 1e-300"#, "headroom"),
        (#""rate": 2, "sliceFactor": 9223372036854775807"#, "sliceFactor"),
        (#""rate": 2, "types": [{"name": "L4", "price": 0.8, "rates": [[4]], "available": 1e30}]"#, "types[0].available"),
        (#""rate": 2, "types": [{"name": "L4", "price": 1e300, "rates": [[4]]}]"#, "types[0].price"),
        (#""rate": 2, "types": [{"name": "L4", "price": 0.8, "rates": [[1e-300]]}]"#, "types[0].rates[0][0]"),
        (#""rate": 2, "types": [{"name": "L4", "price": 0.8, "rates": [[4]], "unitsPerGPU": 1e30}]"#, "types[0].unitsPerGPU"),
    ])
    func limits(fields: String, field: String) {
        let types = fields.contains("types") ? "" : #", "types": [{"name": "L4", "price": 0.8, "rates": [[4]]}]"#
        let json = Data(#"{"distribution": [[1]], \#(fields)\#(types)}"#.utf8)
        do {
            let problem = try GPUMixProblem.decode(from: json)
            Issue.record("accepted \(problem)")
        } catch {
            #expect(error.field == field, "\(error)")
        }
    }

    @Test("JSON defaults: slice factor 4, headroom 1, whole GPUs")
    func defaults() throws {
        let json = Data(#"{"rate": 2, "distribution": [[1]], "types": [{"name": "L4", "price": 0.8, "rates": [[4]]}]}"#.utf8)
        let problem = try PlannerJSON.decode(GPUMixProblem.self, from: json)
        #expect(problem.sliceFactor == 4)
        #expect(problem.headroom == 1)
        #expect(problem.types[0].unitsPerGPU == 1)
        #expect(problem.types[0].available == nil)
    }

    @Test("infeasible input names the buckets no type can serve")
    func unservedBuckets() throws {
        var problem = referenceGPUMix
        problem.inputLengthEdges = [1, 500, 2000]
        problem.outputLengthEdges = [1, 250, 1000]
        problem.types[0].rates = [[2, 1], [5, 0]]
        problem.types[1].rates = [[20, 20], [40, 0]]
        problem.types.append(.init(name: "H100", price: 7.5, rates: nil))
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.termination.reason == .infeasible)
        #expect(report.status == .infeasible)
        #expect(report.plan == nil)
        let infeasibility = try #require(report.infeasibility)
        #expect(infeasibility.unservedBuckets == [GPUMixBucket(input: 1, output: 1)])
        #expect(infeasibility.unprofiledTypes == ["H100"])
        #expect(infeasibility.explanation(for: problem).contains("input 500–2000 × output 250–1000 tokens (share 20.0%)"))
        #expect(report.summary(for: problem).contains("has no GPU type that meets the SLO"))
    }

    @Test("a bucket without requests needs no serving type")
    func emptyBucketIsFine() throws {
        var problem = referenceGPUMix
        problem.distribution = [[0.3, 0.1], [0.6, 0]]
        problem.types[0].rates = [[2, 1], [5, 0]]
        problem.types[1].rates = [[20, 20], [40, 0]]
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.isProvenOptimal)
        #expect(report.plan?.slices.count == 3)
    }

    @Test("availability caps that cannot carry the load make the problem infeasible, with caps named")
    func availabilityInfeasible() throws {
        var problem = referenceGPUMix
        problem.types[0].available = 2
        problem.types[1].available = 1
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.termination.reason == .infeasible)
        let infeasibility = try #require(report.infeasibility)
        #expect(infeasibility.exceedsAvailability)
        #expect(infeasibility.explanation(for: problem).contains("A10G ≤ 2, A100-80GB ≤ 1"))
    }

    @Test("a type with 0 available serves nothing; buckets only it could serve are named")
    func zeroAvailable() throws {
        var problem = referenceGPUMix
        problem.types[0].rates = [[0, 0], [0, 0]]
        problem.types[1].available = 0
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.infeasibility?.unservedBuckets.count == 4)
        #expect(report.infeasibility?.explanation(for: problem).contains("types with no GPUs available: A100-80GB") == true)
    }

    @Test("the generator is deterministic: the same seed gives the same problem")
    func generatorDeterminism() {
        let generator = GPUMixGenerator()
        #expect(generator.problem(seed: 42) == generator.problem(seed: 42))
        #expect(generator.problem(seed: 42) != generator.problem(seed: 43))
    }

    @Test("generated problems are valid, 6×6, four types, λ in 1–32, and solve to optimality",
          arguments: GPUMixGenerator.Workload.allCases)
    func generatedProblems(workload: GPUMixGenerator.Workload) throws {
        let problem = GPUMixGenerator(workload: workload).problem(seed: 7)
        try problem.validate()
        #expect(problem.distribution.count == 6 && problem.distribution.allSatisfy { $0.count == 6 })
        #expect(problem.types.map(\.name) == ["L4", "A10G", "A100-80G", "H100"])
        #expect((1...32).contains(problem.rate))
        let report = try GPUMixPlanner(solver: GLPKSolver()).plan(problem)
        #expect(report.isProvenOptimal)
        let saving = try #require(report.savingsVersusBestSingleType)
        #expect(saving >= -1e-12)
    }

    @Test("the chat mix keeps most requests under 500 tokens; summarisation has long inputs")
    func workloadShapes() {
        let chat = GPUMixGenerator(workload: .chat).problem(seed: 3)
        let short = chat.buckets.filter { chat.inputLengthEdges![$0.input + 1] <= 500 && chat.outputLengthEdges![$0.output + 1] <= 500 }
        #expect(short.reduce(0) { $0 + chat.share(of: $1) } > 0.7)
        let summary = GPUMixGenerator(workload: .summarization).problem(seed: 3)
        let long = summary.buckets.filter { summary.inputLengthEdges![$0.input] >= 1024 }
        #expect(long.reduce(0) { $0 + summary.share(of: $1) } > 0.6)
    }
}
