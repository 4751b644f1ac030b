import Foundation
import GLPK
import MILP
import Planners
import PropertyBased
import Testing

/// Random and extreme values in every number of a GPU-mix problem: each input decodes to a
/// problem within ``GPUMixProblem/Limits`` that plans and verifies, or to an `InputError` naming
/// a field, never a trap.
@Suite("GPU mix: decoding random and extreme inputs")
struct GPUMixDecodingPropertyTests {
    /// JSON values that break naive decoders: limits of Int and Double, tiny numbers, wrong types.
    static let numbers = ["0", "-1", "1", "2", "0.5", "1000", "1e5", "1e6", "1e9", "1e16", "1e30", "1e300", "-1e300", "1e-300",
                          "9223372036854775807", "-9223372036854775808", "18446744073709551616", "null", "true", "\"3\"", "[]", "{}"]

    /// The numeric fields of the template, each with a sensible value.
    static let fields: [(name: String, sensible: String)] = [
        ("rate", "30"), ("sliceFactor", "2"), ("headroom", "0.9"), ("share", "0.25"), ("edge", "256"),
        ("price", "1.01"), ("available", "8"), ("unitsPerGPU", "1"), ("profiledRate", "5"),
    ]

    /// A two-by-two problem with two GPU types whose fields are `values`, in ``fields`` order.
    static func problem(_ values: [String]) -> String {
        let v = Dictionary(uniqueKeysWithValues: zip(fields.map(\.name), values))
        return """
            {"rate": \(v["rate"]!), "sliceFactor": \(v["sliceFactor"]!), "headroom": \(v["headroom"]!),
             "distribution": [[\(v["share"]!), 0.25], [0.25, 0.25]], "inputLengthEdges": [0, \(v["edge"]!), 4096],
             "types": [{"name": "A10G", "price": \(v["price"]!), "available": \(v["available"]!), "unitsPerGPU": \(v["unitsPerGPU"]!),
                        "rates": [[\(v["profiledRate"]!), 1], [5, 2]]},
                       {"name": "A100", "price": 3.67, "rates": [[20, 20], [40, 20]]}]}
            """
    }

    /// Each field sensible or, one time in six, an extreme value.
    static let inputs = Gen<Int>.int(in: 0...(6 * numbers.count - 1)).array(of: fields.count).map { picks in
        zip(picks, fields).map { pick, field in pick < numbers.count ? numbers[pick] : field.sensible }
    }

    @Test("the template with its sensible values is accepted, so the random inputs explore both outcomes")
    func sensibleTemplate() throws {
        _ = try GPUMixProblem.decode(from: Data(Self.problem(Self.fields.map(\.sensible)).utf8))
    }

    @Test("every random problem decodes within the limits and plans to a verified fleet, or is refused naming a field")
    func problemsDecodeOrFail() async {
        await propertyCheck(count: 150, input: Self.inputs) { values in
            let text = Self.problem(values)
            let problem: GPUMixProblem
            do throws(InputError) {
                problem = try GPUMixProblem.decode(from: Data(text.utf8))
            } catch {
                #expect(!error.field.isEmpty && !error.message.isEmpty, "\(text)")
                return
            }
            #expect(GPUMixProblem.Limits.rate.contains(problem.rate), "\(text)")
            #expect(problem.types.allSatisfy { type in
                GPUMixProblem.Limits.unitsPerGPU.contains(type.unitsPerGPU) && type.available.map(GPUMixProblem.Limits.available.contains) ?? true
            }, "\(text)")
            do {
                let report = try GPUMixPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(5))).plan(problem)
                if let plan = report.plan { try problem.verify(plan) }
            } catch {
                Issue.record("a valid problem failed to plan: \(error)\n\(text)")
            }
        }
    }
}
