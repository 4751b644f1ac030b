import Foundation
import GLPK
import MILP

/// What `milp solve` says about a solve, as a report for people, as JSON, and as a `.sol` file.
struct SolveReport {
    /// The model file as given.
    var file: String
    /// The model as read.
    var input: LoadedModel
    /// The outcome.
    var solution: Solution
    /// The configuration that produced the solution.
    var configuration: String
    /// What a MathProg model printed after `solve;` (and, for JSON, before it too).
    var modelOutput: String = ""

    /// The name of each variable, `x` and its index for unnamed ones.
    private var variableNames: [String] {
        input.model.variableDescriptions.enumerated().map { $1.name ?? "x\($0)" }
    }

    // MARK: For people

    /// The report: model, status, objective, bound, gap, time and work, one fact a line.
    var summary: String {
        let statistics = input.model.statistics
        var rows: [(String, String)] = [
            ("file", "\(file) (\(input.file.format.displayName))"),
            ("model", "\(input.model.name): \(statistics.rows) rows, \(statistics.columns) columns"
                + (statistics.integers > 0 ? " (\(statistics.integers) integer)" : "") + ", \(statistics.nonzeros) nonzeros"),
            ("solver", "GLPK \(GLPKSolver.libraryVersion), \(configuration)"),
            ("status", solution.termination.description),
        ]
        if let objective = solution.objectiveValue { rows.append(("objective", Self.number(objective))) }
        if let bound = solution.bestBound { rows.append(("bound", Self.number(bound))) }
        if let gap = solution.relativeGap { rows.append(("gap", String(format: "%.4g%%", gap * 100))) }
        if let start = solution.initialSolutionReport { rows.append(("start", start.description)) }
        rows.append(("time", String(format: "%.3f s", solution.statistics.wallTime.inSeconds)))
        if input.model.hasIntegerVariables { rows.append(("nodes", "\(solution.statistics.nodes)")) }
        rows.append(("iterations", "\(solution.statistics.simplexIterations)"))
        return rows.map { $0.0.padding(toLength: 12, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n") + "\n"
    }

    /// What each of MILPKit's separators and heuristics did, one a line, or a sentence saying none ran.
    var searchTable: String {
        let components = solution.statistics.searchComponents
        guard !components.isEmpty else { return "no separator or heuristic of MILPKit's own ran\n" }
        let header = ["component", "kind", "calls", "found", "accepted", "time"]
        let rows = components.map { component in
            [component.name, component.kind.rawValue, "\(component.calls)", "\(component.found)", "\(component.accepted)",
             String(format: "%.3f s", component.time.inSeconds)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        return ([header] + rows).map { cells in
            cells.enumerated().map { column, cell in
                column < 2 ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                    : String(repeating: " ", count: widths[column] - cell.count) + cell
            }.joined(separator: "  ")
        }.joined(separator: "\n") + "\n"
    }

    /// The variables with nonzero values, one `name  value` a line; empty without a solution.
    var valueListing: String {
        guard solution.hasSolution else { return "" }
        let nonzero = zip(variableNames, solution.values).filter { $0.1 != 0 }
        let width = min(nonzero.map(\.0.count).max() ?? 0, 40)
        var text = "nonzero values (\(nonzero.count) of \(solution.values.count)):\n"
        for (name, value) in nonzero {
            text += "  " + name.padding(toLength: max(width, name.count), withPad: " ", startingAt: 0) + "  " + Self.number(value) + "\n"
        }
        return text
    }

    // MARK: JSON

    /// The report as one JSON object; absent numbers are `null`.
    func json() throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let values = solution.hasSolution ? Dictionary(uniqueKeysWithValues: zip(variableNames, solution.values)) : [:]
        let object = JSONReport(
            file: file, format: input.file.format.rawValue, model: input.model.name, configuration: configuration,
            termination: solution.termination.reason.rawValue, detail: solution.termination.detail,
            objective: solution.objectiveValue, bound: solution.bestBound, gap: solution.relativeGap,
            wallTime: solution.statistics.wallTime.inSeconds, readTime: input.readTime.inSeconds,
            nodes: solution.statistics.nodes, iterations: solution.statistics.simplexIterations,
            search: solution.statistics.searchComponents.map(JSONSearchComponent.init), values: values,
            warnings: input.warnings.map(\.description), output: modelOutput.isEmpty ? nil : modelOutput,
            start: solution.initialSolutionReport.map(JSONStartReport.init))
        return String(decoding: try encoder.encode(object), as: UTF8.self) + "\n"
    }

    // MARK: .sol

    /// The solution in the `.sol` format: `=obj= value`, then `name value` for each nonzero
    /// variable; `=infeas=` for a model proven infeasible; `nil` when there is nothing to write.
    var solutionFile: String? {
        if solution.termination.reason == .infeasible { return "=infeas=\n" }
        guard let objective = solution.objectiveValue else { return nil }
        var text = "=obj= \(Self.number(objective))\n"
        for (name, value) in zip(variableNames, solution.values) where value != 0 {
            text += "\(name) \(Self.number(value))\n"
        }
        return text
    }

    // MARK: Numbers

    /// Whole numbers without a fraction, others in the shortest form that reads back exactly.
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return "\(value)"
    }
}

/// The fields of `--json`, in a fixed set: numbers that are unknown are `null`, not missing.
private struct JSONReport: Encodable {
    var file: String
    var format: String
    var model: String
    var configuration: String
    var termination: String
    var detail: String
    var objective: Double?
    var bound: Double?
    var gap: Double?
    var wallTime: Double
    var readTime: Double
    var nodes: Int
    var iterations: Int
    var search: [JSONSearchComponent]
    var values: [String: Double]
    var warnings: [String]
    var output: String?
    var start: JSONStartReport?

    private enum CodingKeys: String, CodingKey {
        case file, format, model, configuration, termination, detail, objective, bound, gap, wallTime, readTime, nodes, iterations, search,
             values, warnings, output, start
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(file, forKey: .file)
        try container.encode(format, forKey: .format)
        try container.encode(model, forKey: .model)
        try container.encode(configuration, forKey: .configuration)
        try container.encode(termination, forKey: .termination)
        try container.encode(detail, forKey: .detail)
        try container.encode(objective, forKey: .objective)
        try container.encode(bound, forKey: .bound)
        try container.encode(gap, forKey: .gap)
        try container.encode(wallTime, forKey: .wallTime)
        try container.encode(readTime, forKey: .readTime)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(iterations, forKey: .iterations)
        try container.encode(search, forKey: .search)
        try container.encode(values, forKey: .values)
        try container.encode(warnings, forKey: .warnings)
        try container.encodeIfPresent(output, forKey: .output)
        try container.encodeIfPresent(start, forKey: .start)
    }
}

/// What became of `--mip-start`, in `--json`.
private struct JSONStartReport: Encodable {
    var outcome: String
    var objective: Double?
    var violations: [String]
    var detail: String

    init(_ report: InitialSolutionReport) {
        outcome = report.outcome.rawValue
        objective = report.objectiveValue
        violations = report.violations.map(\.description)
        detail = report.detail
    }
}

/// One separator's or heuristic's statistics in `--json`, time in seconds.
private struct JSONSearchComponent: Encodable {
    var name: String
    var kind: String
    var calls: Int
    var found: Int
    var accepted: Int
    var time: Double

    init(_ statistics: SearchComponentStatistics) {
        name = statistics.name
        kind = statistics.kind.rawValue
        calls = statistics.calls
        found = statistics.found
        accepted = statistics.accepted
        time = statistics.time.inSeconds
    }
}
