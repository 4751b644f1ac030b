import Foundation
import MILP

/// Reads the `Solving report` block HiGHS prints at the end of a MIP solve (the `highs` program
/// and the `highspy` module alike): `Status`, `Primal bound`, `Dual bound`, `Timing`, `Nodes`
/// and `LP iterations`, each a label and its value on a line of the block.
enum HiGHSOutput {
    /// `Status` values and what they mean.
    private static let statuses: [String: Termination.Reason] = [
        "Optimal": .optimal,
        "Infeasible": .infeasible,
        "Unbounded": .unbounded,
        "Primal infeasible or unbounded": .infeasibleOrUnbounded,
        "Time limit reached": .timeLimit,
        "Iteration limit reached": .iterationLimit,
        "Interrupted by user": .interrupted,
    ]

    /// The report in `text`, or `nil` without a `Solving report` block whose status is one of
    /// the above.
    static func report(in text: String) -> ExternalSolverReport? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let start = lines.lastIndex(of: "Solving report") else { return nil }
        var fields: [String: String] = [:]
        for line in lines[(start + 1)...] {
            // A label and its value are separated by a run of at least two spaces.
            guard let gap = line.range(of: "  ") else { continue }
            let label = String(line[..<gap.lowerBound])
            if fields[label] == nil { fields[label] = line[gap.upperBound...].trimmingCharacters(in: .whitespaces) }
        }
        guard let status = fields["Status"], let reason = statuses[status] else { return nil }
        func number(_ label: String) -> Double? {
            fields[label].flatMap { $0.split(separator: " ").first }.flatMap { Double($0) }.flatMap { $0.isFinite ? $0 : nil }
        }
        return ExternalSolverReport(
            termination: reason, objective: number("Primal bound"), bound: number("Dual bound"),
            nodes: number("Nodes").map { Int($0) }, iterations: number("LP iterations").map { Int($0) },
            solveTime: number("Timing").flatMap { try? Duration(seconds: $0, field: "Timing") })
    }
}
