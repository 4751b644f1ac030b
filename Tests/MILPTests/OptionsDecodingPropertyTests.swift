import Foundation
import MILP
import PropertyBased
import Testing

/// Random and extreme values for every solver option, and misspelled names: each JSON object
/// decodes to options that read back the same after encoding, or to an `InputError` naming the
/// field, never a trap.
@Suite("Solver options: decoding random and extreme inputs")
struct OptionsDecodingPropertyTests {
    /// JSON values that break naive decoders: limits of Int and Double, tiny numbers, wrong types.
    static let values = ["0", "-1", "1", "0.5", "0.999999", "1e-300", "1e12", "1e13", "1e16", "1e300", "-1e300",
                         "9223372036854775807", "-9223372036854775808", "18446744073709551616", "null", "true", "false",
                         "\"simplex\"", "\"interior\"", "\"x\"", "[]", "{}"]

    /// Every option's JSON name, and two misspellings.
    static let names = SolverOptions.descriptions.map(\.name) + ["mipgap", "timelimit"]

    /// A JSON object of up to five members, each a name and a value.
    static let objects = zip(Gen<Int>.int(in: 0...(names.count - 1)), Gen<Int>.int(in: 0...(values.count - 1))).array(of: 0...5)
        .map { members in
            var seen = Set<Int>()
            let unique = members.filter { seen.insert($0.0).inserted }
            return "{" + unique.map { "\"\(names[$0.0])\": \(values[$0.1])" }.joined(separator: ", ") + "}"
        }

    @Test("every random object decodes to options that survive a round trip, or to an InputError naming the field")
    func optionsDecodeOrFail() async {
        await propertyCheck(count: 400, input: Self.objects) { text in
            let options: SolverOptions
            do throws(InputError) {
                options = try InputDecoder().decode(SolverOptions.self, fromJSON: Data(text.utf8))
            } catch {
                #expect(text.contains("\"\(error.field)\""), "\(error) for \(text)")
                #expect(!error.message.isEmpty)
                return
            }
            for problem in options.problems { #expect(Self.names.contains(problem.field), "\(problem) for \(text)") }
            do {
                let encoded = try JSONEncoder().encode(options)
                let decoded = try InputDecoder().decode(SolverOptions.self, fromJSON: encoded)
                #expect(decoded == options, "\(text)")
            } catch {
                Issue.record("options that decoded did not read back: \(error)\n\(text)")
            }
        }
    }
}
