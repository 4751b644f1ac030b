import Foundation

extension SweepSummary {
    /// The summary as an aligned plain-text table, with a line on what was compared.
    public var table: String {
        let header = ["configuration", "runs", "solved", "failed", "time sgm (s)", "× base", "nodes sgm", "× base", "gap unsolved", "wins"]
        let rows = configurations.map { line in
            [line.name, String(line.runs), String(line.solved), String(line.failures),
             String(format: "%.2f", line.time), Self.format(line.timeRatio, "%.2f"),
             Self.format(line.nodes, "%.0f"), Self.format(line.nodesRatio, "%.2f"),
             Self.format(line.meanGapUnsolved.map { $0 * 100 }, "%.1f%%"), String(line.wins)]
        }
        let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
        let render = { (cells: [String]) in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
        var lines = [render(header)] + rows.map(render)
        lines.append("")
        lines.append("\(Self.problems(problems.count)) (instance × repetition) compared; time: shifted geometric mean with shift \(Self.label(Self.timeShift)) s, "
            + "unsolved runs at their time limit; nodes: shift \(Self.label(Self.nodeShift)); ratios against '\(baseline)'.")
        if incompleteProblems > 0 {
            lines.append("\(Self.problems(incompleteProblems)) left out: some configuration has no result for them yet.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The summary as CSV: a header, then one line per configuration; empty cells for unknown values.
    public var csv: String {
        let header = "configuration,runs,solved,failures,timeShiftedGeometricMean,timeRatio,nodesShiftedGeometricMean,nodesRatio,meanGapUnsolved,wins"
        let rows = configurations.map { line in
            [CSV.field(line.name), String(line.runs), String(line.solved), String(line.failures), CSV.number(line.time),
             CSV.number(line.timeRatio), CSV.number(line.nodes), CSV.number(line.nodesRatio), CSV.number(line.meanGapUnsolved),
             String(line.wins)].joined(separator: ",")
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    /// The summary as a JSON object: the shifts, the baseline, the counts, and one object per configuration.
    public func json() throws -> String {
        let export = Export(baseline: baseline, problems: problems.count, incompleteProblems: incompleteProblems,
                            timeShift: Self.timeShift, nodeShift: Self.nodeShift, configurations: configurations)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(export), as: UTF8.self) + "\n"
    }

    private struct Export: Encodable {
        var baseline: String
        var problems: Int
        var incompleteProblems: Int
        var timeShift: Double
        var nodeShift: Double
        var configurations: [ConfigurationSummary]
    }

    private static func format(_ value: Double?, _ format: String) -> String {
        value.map { String(format: format, $0) } ?? "—"
    }

    private static func label(_ value: Double) -> String { ComparisonPlot.label(value) }
}
