import Foundation
import GLPK
import MILP
import Testing

/// End to end: public MPS instances read with ``MPSReader`` and solved with ``GLPKSolver`` reach
/// the status and objective listed in `Instances/public/reference.csv`.
@Suite("Public instances")
struct PublicInstanceTests {
    /// One row of `reference.csv`.
    struct Reference: Sendable, CustomTestStringConvertible {
        var file: String
        /// `optimal`, `infeasible`, `unbounded` or `read_error`.
        var status: String
        var objective: Double?
        var testDescription: String { file }
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Instances/public")

    /// Files that take GLPK more than about 2 s each in a debug build (measured: 80bau3b 4 s,
    /// gesa2 3 s, greenbea 6 s, gt2 2.6 s; sp150x300d does not finish in 20 s). Their sizes are
    /// checked by the MPS reader's tests.
    static let slowFiles: Set = ["80bau3b.mps", "gesa2.mps", "greenbea.mps", "gt2.mps", "sp150x300d.mps"]

    /// The rows of `reference.csv`: `file,kind,expected_status,expected_objective,note`.
    static let references: [Reference] = {
        guard let text = try? String(contentsOf: directory.appendingPathComponent("reference.csv"), encoding: .utf8) else { return [] }
        return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
            let fields = line.split(separator: ",", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            return Reference(file: fields[0], status: fields[2], objective: Double(fields[3]))
        }
    }()

    static let solvable = references.filter { $0.status != "read_error" && !slowFiles.contains($0.file) }

    @Test("reference.csv lists the files and their expected outcomes")
    func referencesAreRead() {
        #expect(Self.references.count >= 30)
        #expect(Self.references.contains { $0.file == "p0548.mps" && $0.objective == 8691 })
    }

    @Test("solves to the reference status and objective", arguments: solvable)
    func solvesToReference(_ reference: Reference) throws {
        let model = try MPSReader().read(contentsOf: Self.directory.appendingPathComponent(reference.file)).model
        let solution = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: .seconds(60)))
        let expected: Termination.Reason? = switch reference.status {
        case "optimal": .optimal
        case "infeasible": .infeasible
        case "unbounded": .unbounded
        default: nil
        }
        #expect(solution.termination.reason == expected, "\(solution.termination)")
        if let objective = reference.objective {
            let value = try #require(solution.objectiveValue)
            #expect(abs(value - objective) <= 1e-6 * max(1, abs(objective)), "objective \(value), expected \(objective)")
        }
    }

    @Test("files the reference marks unreadable fail with a ParseError naming a line")
    func unreadableFiles() {
        for reference in Self.references where reference.status == "read_error" {
            let error = #expect(throws: ParseError.self) {
                try MPSReader().read(contentsOf: Self.directory.appendingPathComponent(reference.file))
            }
            #expect((error?.line ?? 0) > 0)
        }
    }
}
