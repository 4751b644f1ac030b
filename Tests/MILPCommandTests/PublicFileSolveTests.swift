import Foundation
import Testing

/// `milp solve` with its defaults on every public file reaches the status and objective of
/// `Instances/public/reference.csv` within a 60 s limit.
@Suite("milp solve on the public files")
struct PublicFileSolveTests {
    /// One row of `reference.csv`.
    struct Reference: Sendable, CustomTestStringConvertible {
        var file: String
        /// `optimal`, `infeasible`, `unbounded` or `read_error`.
        var status: String
        var objective: Double?
        var testDescription: String { file }
    }

    /// A line of `reference.csv` that does not say what the test needs.
    struct ReferenceError: Error, CustomStringConvertible {
        var line: Int
        var reason: String
        var description: String { "reference.csv:\(line): \(reason)" }
    }

    /// The rows of `reference.csv`: `file,kind,expected_status,expected_objective,note`. An
    /// unreadable file, an unknown status or a missing or malformed objective is an error, so
    /// no file can drop out of the test unnoticed.
    static func references() throws -> [Reference] {
        let csv = TestFiles.instances.appendingPathComponent("reference.csv")
        let lines = try String(contentsOf: csv, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first == "file,kind,expected_status,expected_objective,note" else {
            throw ReferenceError(line: 1, reason: "the header is not file,kind,expected_status,expected_objective,note")
        }
        var references: [Reference] = []
        for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
            let fields = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 5, !fields[0].isEmpty else { throw ReferenceError(line: index + 1, reason: "expected 5 fields, got '\(line)'") }
            let status = fields[2], objectiveText = fields[3]
            guard ["optimal", "infeasible", "unbounded", "read_error"].contains(status) else {
                throw ReferenceError(line: index + 1, reason: "unknown status '\(status)'")
            }
            let objective: Double?
            if status == "optimal" {
                guard let value = Double(objectiveText), value.isFinite else {
                    throw ReferenceError(line: index + 1, reason: "an optimal file needs a finite objective, got '\(objectiveText)'")
                }
                objective = value
            } else {
                guard objectiveText.isEmpty else { throw ReferenceError(line: index + 1, reason: "a \(status) file has no objective, got '\(objectiveText)'") }
                objective = nil
            }
            references.append(Reference(file: fields[0], status: status, objective: objective))
        }
        return references
    }

    @Test("every public file is listed")
    func everyFileIsListed() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: TestFiles.instances.path).filter { $0 != "reference.csv" }
        #expect(Set(files) == Set(try Self.references().map(\.file)))
    }

    @Test("reaches the reference within 60 s", arguments: try references())
    func reachesReference(_ reference: Reference) throws {
        let result = try milp("solve", TestFiles.instance(reference.file), "--json", "--time-limit", "60")
        if reference.status == "read_error" {
            #expect(result.status == 65)
            #expect(result.errors.contains("\(reference.file):"), "the diagnostic names the file and line: \(result.errors)")
            #expect(result.output.isEmpty)
            return
        }
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any],
                                  "\(result.output)\(result.errors)")
        let expectedExit: Int32 = switch reference.status {
        case "infeasible": 10
        case "unbounded": 11
        default: 0
        }
        #expect(object["termination"] as? String == reference.status)
        #expect(result.status == expectedExit)
        #expect((object["wallTime"] as? Double ?? .infinity) < 60)
        if let expected = reference.objective {
            let objective = try #require(object["objective"] as? Double)
            #expect(abs(objective - expected) <= 1e-6 * max(1, abs(expected)), "objective \(objective), expected \(expected)")
        }
    }
}
