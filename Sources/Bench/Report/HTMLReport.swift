import Foundation
import MILP

/// A self-contained HTML page of a sweep's results: the wrong answers, the summary table, the
/// figure (inline SVG), each instance's spread over repetitions and every problem's outcome per
/// configuration. No scripts, fonts or files beside it.
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
        td.wrong { color: #fff; background: #b00; }
        .wrong-answers { border: 2px solid #b00; padding: 0.5em 1em; }
        .wrong-answers h2 { color: #b00; margin-top: 0.2em; }
        figure { margin: 1em 0; overflow-x: auto; }
        p.note { color: #555; font-size: 13px; }
        </style>
        </head>
        <body>
        <h1>\(Self.escaped(title))</h1>
        \(provenance)
        \(wrongAnswers)
        <h2>Summary</h2>
        \(summaryTable)
        <p class="note">\(Self.escaped(summary.comparedLine)) Gap: mean relative gap of unsolved runs with a solution and a bound. Wins: problems solved fastest.\(summary.incompleteProblems > 0 ? " \(SweepSummary.problems(summary.incompleteProblems)) left out because some configuration has no result for them yet." : "")</p>
        <figure>
        \(ComparisonPlot(summary: summary, title: title).svg)
        </figure>
        \(variabilityTable)
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

    /// The wrong answers, or the line saying there are none.
    private var wrongAnswers: String {
        let lines = summary.wrongAnswerLines
        guard !summary.wrong.isEmpty else { return "<p class=\"note\">\(Self.escaped(lines[0]))</p>" }
        let items = lines.dropFirst().map { "<li>\(Self.escaped($0.trimmingCharacters(in: .whitespaces)))</li>" }.joined(separator: "\n")
        return "<div class=\"wrong-answers\">\n<h2>\(Self.escaped(lines[0]))</h2>\n<ul>\n\(items)\n</ul>\n</div>"
    }

    private var summaryTable: String {
        let hasSpread = summary.configurations.contains { $0.timeSpread != nil }
        let spreadHeader = hasSpread ? "<th>over repetitions</th>" : ""
        let header = "<tr><th>configuration</th><th>runs</th><th>solved</th><th>wrong</th><th>failed</th><th>time (s)</th>\(spreadHeader)<th>× base</th>"
            + "<th>nodes</th>\(spreadHeader)<th>× base</th><th>gap unsolved</th><th>wins</th></tr>"
        let rows = summary.configurations.map { line -> String in
            let wrong = line.wrong > 0 ? "<td class=\"wrong\">\(line.wrong)</td>" : "<td>0</td>"
            return "<tr><td>\(Self.escaped(line.name))</td><td>\(line.runs)</td><td>\(line.solved)</td>\(wrong)<td>\(line.failures)</td>"
                + "<td>\(String(format: "%.2f", line.time))</td>" + (hasSpread ? "<td>\(SweepSummary.range(line.timeSpread, "%.2f"))</td>" : "")
                + "<td>\(SweepSummary.format(line.timeRatio, "%.2f"))</td><td>\(SweepSummary.format(line.nodes, "%.0f"))</td>"
                + (hasSpread ? "<td>\(SweepSummary.range(line.nodesSpread, "%.0f"))</td>" : "")
                + "<td>\(SweepSummary.format(line.nodesRatio, "%.2f"))</td>"
                + "<td>\(SweepSummary.format(line.meanGapUnsolved.map { $0 * 100 }, "%.1f%%"))</td><td>\(line.wins)</td></tr>"
        }
        return "<table>\n" + ([header] + rows).joined(separator: "\n") + "\n</table>"
    }

    /// Each instance's spread over repetitions; nothing with one repetition.
    private var variabilityTable: String {
        guard !summary.variability.isEmpty else { return "" }
        let names = summary.configurations.map { "<th>\(Self.escaped($0.name))</th>" }.joined()
        let rows = summary.variability.map { instance -> String in
            let cells = instance.spreads.map { spread in
                String(format: "<td>%.2f [%.2f–%.2f] s, %d/%d</td>", spread.median, spread.minimum, spread.maximum, spread.solved, spread.runs)
            }.joined()
            return "<tr><td>\(Self.escaped(instance.instance))</td>\(cells)</tr>"
        }
        return "<h2>Variability over repetitions</h2>\n<p class=\"note\">Median [min–max] of the counted time (wall time when solved, time limit otherwise), and runs solved.</p>\n"
            + "<table>\n<tr><th>instance</th>\(names)</tr>\n" + rows.joined(separator: "\n") + "\n</table>"
    }

    private var problemTable: String {
        let names = summary.configurations.map { configuration -> String in "<th>\(Self.escaped(configuration.name))</th>" }.joined()
        let header = "<tr><th>instance</th><th>repetition</th>\(names)</tr>"
        let rows = summary.problems.map { problem -> String in
            let fastest = problem.solvedTimes.compactMap { $0 }.min()
            let cells = problem.runs.indices.map { index -> String in
                let run = problem.runs[index]
                let kind = problem.wrong[index] ? "wrong" : run.status.isFailure ? "failure" : !problem.solved[index] ? "unsolved"
                    : run.wallTime.inSeconds == fastest ? "fastest" : ""
                let objective = run.objective.map { " · " + String(format: "%.10g", $0) } ?? ""
                let note = problem.wrong[index] ? summary.wrong.first { $0.key == run.key }?.reason ?? "" : run.detail
                let detail = note.isEmpty ? "" : " title=\"\(Self.escaped(note))\""
                return "<td class=\"\(kind)\"\(detail)>\(run.status.rawValue) \(String(format: "%.2f", run.wallTime.inSeconds)) s\(objective)</td>"
            }.joined()
            return "<tr><td>\(Self.escaped(problem.instance))</td><td>\(problem.repetition)</td>\(cells)</tr>"
        }
        return "<table>\n" + ([header] + rows).joined(separator: "\n") + "\n</table>"
    }

    private static func escaped(_ text: String) -> String { SVGCanvas.escaped(text) }
}
