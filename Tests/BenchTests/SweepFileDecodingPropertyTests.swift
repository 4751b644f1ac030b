import Bench
import Foundation
import MILP
import PropertyBased
import Testing

/// Random and extreme values in every number of a sweep file: each file reads to a sweep whose
/// limits are within their documented ranges, or is refused with a ``SweepFileError`` naming the
/// field, never a trap or an allocation sized by the input.
@Suite("Sweep files: decoding random and extreme inputs")
struct SweepFileDecodingPropertyTests {
    /// JSON values that break naive decoders: limits of Int and Double, tiny numbers, wrong types.
    static let numbers = ["0", "-1", "1", "2", "0.5", "64", "1e4", "1e9", "1e12", "1e16", "1e300", "-1e300", "1e-300",
                          "8796093022208", "9223372036854775807", "-9223372036854775808", "18446744073709551616",
                          "null", "true", "\"3\"", "[]", "{}"]

    /// The numeric fields of the template, each with a sensible value.
    static let fields: [(name: String, sensible: String)] = [
        ("timeLimit", "10"), ("repetitions", "1"), ("seed", "7"), ("memoryLimitMiB", "1024"), ("grace", "3"),
        ("mipGap", "0.01"), ("nodeLimit", "1000"), ("iterationLimit", "100000"), ("feasibilityTolerance", "1e-7"),
    ]

    /// A sweep file with one instance and two configurations whose numbers are `values`, in
    /// ``fields`` order.
    static func sweepFile(_ values: [String]) -> String {
        let v = Dictionary(uniqueKeysWithValues: zip(fields.map(\.name), values))
        return """
            {"instances": {"files": ["Instances/public/flugpl.mps"]},
             "configurations": ["recommended",
                                {"name": "tuned", "glpk": "recommended",
                                 "options": {"mipGap": \(v["mipGap"]!), "nodeLimit": \(v["nodeLimit"]!), "iterationLimit": \(v["iterationLimit"]!),
                                             "feasibilityTolerance": \(v["feasibilityTolerance"]!)}}],
             "timeLimit": \(v["timeLimit"]!), "repetitions": \(v["repetitions"]!), "seeds": [\(v["seed"]!)],
             "memoryLimitMiB": \(v["memoryLimitMiB"]!), "grace": \(v["grace"]!)}
            """
    }

    /// Each field sensible or, one time in six, an extreme value.
    static let inputs = Gen<Int>.int(in: 0...(6 * numbers.count - 1)).array(of: fields.count).map { picks in
        zip(picks, fields).map { pick, field in pick < numbers.count ? numbers[pick] : field.sensible }
    }

    @Test("the template with its sensible values is accepted, so the random inputs explore both outcomes")
    func sensibleTemplate() throws {
        _ = try SweepFileReader().read(Data(Self.sweepFile(Self.fields.map(\.sensible)).utf8), baseDirectory: BenchTestSupport.packageRoot)
    }

    @Test("every random sweep file reads to limits within their ranges, or is refused naming a field")
    func sweepFilesReadOrFail() async {
        await propertyCheck(count: 300, input: Self.inputs) { values in
            let text = Self.sweepFile(values)
            let sweep: Sweep
            do {
                sweep = try SweepFileReader().read(Data(text.utf8), file: "sweep.json", baseDirectory: BenchTestSupport.packageRoot)
            } catch let error as SweepFileError {
                #expect(!error.field.isEmpty && !error.message.isEmpty, "\(text)")
                #expect(error.file == "sweep.json")
                return
            } catch {
                Issue.record("an error that names no field: \(error)\n\(text)")
                return
            }
            #expect(RunLimits.timeLimitRange.contains(sweep.limits.timeLimit), "\(text)")
            #expect(RunLimits.graceRange.contains(sweep.limits.grace), "\(text)")
            #expect(sweep.limits.memoryLimit.map { RunLimits.memoryLimitRangeMiB.contains($0 >> 20) } ?? true, "\(text)")
            #expect(Sweep.repetitionRange.contains(sweep.repetitions) && sweep.seeds?.count == sweep.repetitions, "\(text)")
            #expect(sweep.configurations.count == 2, "\(text)")
            guard case let .glpk(settings) = sweep.configurations[1].kind else {
                Issue.record("the tuned configuration is not GLPK's\n\(text)")
                return
            }
            #expect(settings.options.problems.isEmpty, "\(text)")
        }
    }
}
