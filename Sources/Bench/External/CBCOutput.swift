import Foundation
import MILP

/// Reads what COIN-OR CBC prints at the end of a solve: a `Result - …` line followed by
/// `Objective value:`, `Lower bound:` (or `Upper bound:`), `Enumerated nodes:`,
/// `Total iterations:` and `Time (Wallclock seconds):` lines.
enum CBCOutput {
    /// Result lines and what they mean, matched by prefix after `Result - `.
    private static let results: [(text: String, reason: Termination.Reason)] = [
        ("Optimal solution found", .optimal),
        ("Problem proven infeasible", .infeasible),
        ("Linear relaxation infeasible", .infeasible),
        ("Linear relaxation unbounded", .unbounded),
        ("Problem proven unbounded", .unbounded),
        ("Stopped on time limit", .timeLimit),
        ("Stopped on iterations or time", .timeLimit),
        ("Stopped on node limit", .nodeLimit),
        ("Stopped on iteration limit", .iterationLimit),
        ("Stopped on ctrl-c", .interrupted),
        ("Stopped on solutions", .interrupted),
        ("Difficulties so run was abandoned", .numericalError),
    ]

    /// The report in `text`, or `nil` without a `Result -` line.
    static func report(in text: String) -> ExternalSolverReport? {
        let lines = text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
        guard let resultIndex = lines.lastIndex(where: { $0.hasPrefix("Result - ") }) else { return nil }
        let result = lines[resultIndex].dropFirst("Result - ".count)
        guard let reason = results.first(where: { result.hasPrefix($0.text) })?.reason else { return nil }
        var report = ExternalSolverReport(termination: reason)
        for line in lines[resultIndex...] {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let label = line[..<colon].lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces).split(separator: " ").first.map(String.init) ?? ""
            switch label {
            case "objective value": report.objective = Double(value)
            case "lower bound", "upper bound": report.bound = Double(value)
            case "enumerated nodes": report.nodes = Int(value)
            case "total iterations": report.iterations = Int(value)
            case "time (wallclock seconds)": report.solveTime = Double(value).flatMap { try? Duration(seconds: $0, field: label) }
            default: break
            }
        }
        if reason == .optimal, report.bound == nil { report.bound = report.objective }
        return report
    }
}
