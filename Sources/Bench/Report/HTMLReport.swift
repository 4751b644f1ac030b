import Foundation

/// A self-contained HTML page of a sweep's results: the summary table, the figure (inline SVG),
/// and every problem's outcome per configuration. No scripts, fonts or files beside it.
public struct HTMLReport: Sendable {
    /// The summary reported.
    public var summary: SweepSummary
    /// The page's title.
    public var title: String

    /// A report of `summary` under `title`.
    public init(summary: SweepSummary, title: String) {
        self.summary = summary
        self.title = title
    }

    /// The HTML document.
    public var html: String {
        """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <title>\(Self.escaped(title))</title>
        <style>
        body { font-family: Helvetica, Arial, sans-serif; margin: 2em auto; max-width: 1100px; color: #222; padding: 0 1em; }
        table { border-collapse: collapse; margin: 1em 0; font-size: 14px; }
        th, td { padding: 4px 10px; border-bottom: 1px solid #ddd; text-align: right; }
        th { background: #f3f3f3; }
        td:first-child, th:first-child { text-align: left; }
        td.fastest { font-weight: bold; }
        td.failure { color: #b00; }
        td.unsolved { color: #777; }
        figure { margin: 1em 0; overflow-x: auto; }
        p.note { color: #555; font-size: 13px; }
        </style>
        </head>
        <body>
        <h1>\(Self.escaped(title))</h1>
        \(provenance)
        <h2>Summary</h2>
        \(summaryTable)
        <p class="note">Time and nodes are shifted geometric means (shifts \(ComparisonPlot.label(SweepSummary.timeShift)) s and \(ComparisonPlot.label(SweepSummary.nodeShift))) over the \(SweepSummary.problems(summary.problems.count)) every configuration ran; an unsolved run counts at its time limit. Ratios are against <b>\(Self.escaped(summary.baseline))</b>; below 1 is better. Gap: mean relative gap of unsolved runs with a solution and a bound. Wins: problems solved fastest.\(summary.incompleteProblems > 0 ? " \(SweepSummary.problems(summary.incompleteProblems)) left out because some configuration has no result for them yet." : "")</p>
        <figure>
        \(ComparisonPlot(summary: summary, title: title).svg)
        </figure>
        <h2>Problems</h2>
        \(problemTable)
        </body>
        </html>

        """
    }

    private var provenance: String {
        var lines = summary.provenance.map { "<li>\(Self.escaped($0))</li>" }
        if let period = summary.period { lines.append("<li>runs from \(Self.escaped(period.lowerBound)) to \(Self.escaped(period.upperBound))</li>") }
        return "<ul class=\"note\">\n" + lines.joined(separator: "\n") + "\n</ul>"
    }

    private var summaryTable: String {
        let header = "<tr><th>configuration</th><th>runs</th><th>solved</th><th>failed</th><th>time (s)</th><th>× base</th><th>nodes</th><th>× base</th><th>gap unsolved</th><th>wins</th></tr>"
        let rows = summary.configurations.map { line -> String in
            "<tr><td>\(Self.escaped(line.name))</td><td>\(line.runs)</td><td>\(line.solved)</td><td>\(line.failures)</td>"
                + "<td>\(String(format: "%.2f", line.time))</td><td>\(Self.format(line.timeRatio, "%.2f"))</td>"
                + "<td>\(Self.format(line.nodes, "%.0f"))</td><td>\(Self.format(line.nodesRatio, "%.2f"))</td>"
                + "<td>\(Self.format(line.meanGapUnsolved.map { $0 * 100 }, "%.1f%%"))</td><td>\(line.wins)</td></tr>"
        }
        return "<table>\n" + ([header] + rows).joined(separator: "\n") + "\n</table>"
    }

    private var problemTable: String {
        let names = summary.configurations.map { configuration -> String in "<th>\(Self.escaped(configuration.name))</th>" }.joined()
        let header = "<tr><th>instance</th><th>repetition</th>\(names)</tr>"
        let rows = summary.problems.map { problem -> String in
            let fastest = problem.runs.compactMap(\.solvedTime).min()
            let cells = problem.runs.map { run -> String in
                let kind = run.status.isFailure ? "failure" : !run.status.isSolved ? "unsolved" : run.wallTime == fastest ? "fastest" : ""
                let objective = run.objective.map { " · " + String(format: "%.10g", $0) } ?? ""
                let detail = run.detail.isEmpty ? "" : " title=\"\(Self.escaped(run.detail))\""
                return "<td class=\"\(kind)\"\(detail)>\(run.status.rawValue) \(String(format: "%.2f", run.wallTime)) s\(objective)</td>"
            }.joined()
            return "<tr><td>\(Self.escaped(problem.instance))</td><td>\(problem.repetition)</td>\(cells)</tr>"
        }
        return "<table>\n" + ([header] + rows).joined(separator: "\n") + "\n</table>"
    }

    private static func format(_ value: Double?, _ format: String) -> String {
        value.map { String(format: format, $0) } ?? "—"
    }

    private static func escaped(_ text: String) -> String { SVGCanvas.escaped(text) }
}
