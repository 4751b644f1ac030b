import Foundation
import MILP

/// Reads what `glpsol` prints on its terminal: the last status line in capitals, the last
/// branch-and-cut progress line (`+ 267: mip = 1.2015e+06 >= tree is empty 0.0% (0; 385)`) or
/// simplex line (`*  10: obj = -4.6475e+02 inf = 0.000e+00 (0)`), and `Time used:`.
enum GlpsolOutput {
    /// Status lines and what they mean, checked in order against the last one present.
    private static let statuses: [(text: String, reason: Termination.Reason)] = [
        ("INTEGER OPTIMAL SOLUTION FOUND", .optimal),
        ("RELATIVE MIP GAP TOLERANCE REACHED", .optimal),
        ("OPTIMAL LP SOLUTION FOUND", .optimal),
        ("OPTIMAL SOLUTION FOUND", .optimal),
        ("PROBLEM HAS NO INTEGER FEASIBLE SOLUTION", .infeasible),
        ("PROBLEM HAS NO PRIMAL FEASIBLE SOLUTION", .infeasible),
        ("LP HAS NO PRIMAL FEASIBLE SOLUTION", .infeasible),
        ("LP HAS UNBOUNDED PRIMAL SOLUTION", .unbounded),
        ("PROBLEM HAS UNBOUNDED SOLUTION", .unbounded),
        ("PROBLEM HAS NO DUAL FEASIBLE SOLUTION", .infeasibleOrUnbounded),
        ("LP HAS NO DUAL FEASIBLE SOLUTION", .infeasibleOrUnbounded),
        ("TIME LIMIT EXCEEDED", .timeLimit),
        ("ITERATION LIMIT EXCEEDED", .iterationLimit),
        ("SEARCH TERMINATED BY APPLICATION", .interrupted),
    ]

    /// The report in `text`, or `nil` without a status line.
    static func report(in text: String) -> ExternalSolverReport? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        // OPTIMAL LP SOLUTION FOUND also precedes branch-and-cut: only the last status line counts.
        guard let reason = lines.reversed().lazy.compactMap(status(of:)).first else { return nil }
        var report = ExternalSolverReport(termination: reason)
        if let progress = lines.last(where: { $0.hasPrefix("+") && $0.contains(":") }) {
            readBranchAndCut(progress, into: &report)
        } else if let simplex = lines.last(where: { $0.contains(": obj =") }), reason == .optimal {
            let fields = simplex.components(separatedBy: ": obj =")
            report.iterations = Int(fields[0].trimmingCharacters(in: CharacterSet(charactersIn: "* ")))
            report.objective = fields[1].split(separator: " ").first.flatMap { Double($0) }
            report.bound = report.objective
        }
        if let time = lines.last(where: { $0.hasPrefix("Time used:") }) {
            report.solveTime = time.dropFirst("Time used:".count).split(separator: " ").first.flatMap { Double($0) }
                .flatMap { try? Duration(seconds: $0, field: "Time used") }
        }
        return report
    }

    private static func status(of line: String) -> Termination.Reason? {
        statuses.first { line.hasPrefix($0.text) }?.reason
    }

    /// Reads `+ ITERATIONS: mip = INCUMBENT >= BOUND GAP (OPEN; DONE)`, where the incumbent may be
    /// `not found yet`, the bound `tree is empty` or `-inf`, and `mip =` may read `>>>>>`.
    private static func readBranchAndCut(_ line: String, into report: inout ExternalSolverReport) {
        let colon = line.firstIndex(of: ":")!
        report.iterations = Int(line[line.index(after: line.startIndex)..<colon].trimmingCharacters(in: .whitespaces))
        var rest = String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        for prefix in ["mip =", ">>>>>"] where rest.hasPrefix(prefix) {
            rest = String(rest.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces)
        }
        guard let relation = rest.range(of: ">=") ?? rest.range(of: "<=") else { return }
        report.objective = Double(rest[..<relation.lowerBound].trimmingCharacters(in: .whitespaces))
        let afterRelation = rest[relation.upperBound...].trimmingCharacters(in: .whitespaces)
        if afterRelation.hasPrefix("tree is empty") {
            report.bound = report.termination == .optimal ? report.objective : nil
        } else {
            report.bound = afterRelation.split(separator: " ").first.flatMap { Double($0) }.flatMap { $0.isFinite ? $0 : nil }
        }
        if let open = afterRelation.lastIndex(of: "("), let close = afterRelation.lastIndex(of: ")"), open < close {
            let counts = afterRelation[afterRelation.index(after: open)..<close].split(separator: ";")
                .compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
            if counts.count == 2 { report.nodes = counts[0] + counts[1] }
        }
    }
}
