import Foundation

extension SweepSummary {
    /// The summary as plain text: the wrong answers first, then an aligned table, a line on what
    /// was compared, and with repetitions, each instance's spread over them.
    public var table: String {
        var lines = wrongAnswerLines
        lines.append("")
        let hasSpread = configurations.contains { $0.timeSpread != nil }
        let header = ["configuration", "runs", "solved", "wrong", "failed", "time sgm (s)"] + (hasSpread ? ["over repetitions"] : [])
            + ["× base", "nodes sgm"] + (hasSpread ? ["over repetitions"] : []) + ["× base", "gap unsolved", "wins"]
        let rows = configurations.map { line in
            [line.name, String(line.runs), String(line.solved), String(line.wrong), String(line.failures), String(format: "%.2f", line.time)]
                + (hasSpread ? [Self.range(line.timeSpread, "%.2f")] : [])
                + [Self.format(line.timeRatio, "%.2f"), Self.format(line.nodes, "%.0f")]
                + (hasSpread ? [Self.range(line.nodesSpread, "%.0f")] : [])
                + [Self.format(line.nodesRatio, "%.2f"), Self.format(line.meanGapUnsolved.map { $0 * 100 }, "%.1f%%"), String(line.wins)]
        }
        lines += Self.aligned([header] + rows)
        lines.append("")
        lines.append(comparedLine)
        if incompleteProblems > 0 {
            lines.append("\(Self.problems(incompleteProblems)) left out: some configuration has no result for them yet.")
        }
        if !variability.isEmpty {
            lines.append("")
            lines.append("Per instance over repetitions: median [min–max] counted time in seconds, solved/runs.")
            let names = configurations.map(\.name)
            let rows = variability.map { instance in
                [instance.instance] + instance.spreads.map { spread in
                    String(format: "%.2f [%.2f–%.2f] %d/%d", spread.median, spread.minimum, spread.maximum, spread.solved, spread.runs)
                }
            }
            lines += Self.aligned([["instance"] + names] + rows)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `wrong: none of …` or the count and one line per wrong answer: the top of every report.
    public var wrongAnswerLines: [String] {
        let checked = "\(referencedInstances) of \(instanceCount) instances have a reference value; the others' runs are checked against each other"
        guard !wrong.isEmpty else { return ["wrong: 0 (\(checked))"] }
        return ["WRONG: \(wrong.count) \(wrong.count == 1 ? "run contradicts" : "runs contradict") the reference values or each other (\(checked)); counted as unsolved:"]
            + wrong.map { "  \($0.key): \($0.reason)" }
    }

    /// What the table compared, and how.
    var comparedLine: String {
        "\(Self.problems(problems.count)) (instance × repetition) compared; solved: a proof that agrees with the reference value or, "
            + "without one, with every other run; time: shifted geometric mean with shift \(Self.label(Self.timeShift)) s, "
            + "unsolved runs at their time limit; nodes: shift \(Self.label(Self.nodeShift)), over the problems every configuration solved; "
            + "ratios against '\(baseline)'."
    }

    /// The summary as CSV: a header, then one line per configuration; empty cells for unknown values.
    public var csv: String {
        let header = "configuration,runs,solved,wrong,failures,timeShiftedGeometricMean,timeSpreadMinimum,timeSpreadMaximum,timeRatio,"
            + "nodesShiftedGeometricMean,nodesSpreadMinimum,nodesSpreadMaximum,nodesRatio,meanGapUnsolved,wins"
        let rows = configurations.map { line in
            [CSV.field(line.name), String(line.runs), String(line.solved), String(line.wrong), String(line.failures), CSV.number(line.time),
             CSV.number(line.timeSpread?.lowerBound), CSV.number(line.timeSpread?.upperBound), CSV.number(line.timeRatio),
             CSV.number(line.nodes), CSV.number(line.nodesSpread?.lowerBound), CSV.number(line.nodesSpread?.upperBound),
             CSV.number(line.nodesRatio), CSV.number(line.meanGapUnsolved), String(line.wins)].joined(separator: ",")
        }
        return ([header] + rows).joined(separator: "\n") + "\n"
    }

    /// The summary as a JSON object: the wrong answers, the shifts, the baseline, the counts, one
    /// object per configuration, and each instance's spread over repetitions.
    public func json() throws -> String {
        let export = Export(wrong: wrong, referencedInstances: referencedInstances, instances: instanceCount,
                            baseline: baseline, problems: problems.count, incompleteProblems: incompleteProblems,
                            timeShift: Self.timeShift, nodeShift: Self.nodeShift, configurations: configurations, variability: variability)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(export), as: UTF8.self) + "\n"
    }

    private struct Export: Encodable {
        var wrong: [WrongAnswer]
        var referencedInstances: Int
        var instances: Int
        var baseline: String
        var problems: Int
        var incompleteProblems: Int
        var timeShift: Double
        var nodeShift: Double
        var configurations: [ConfigurationSummary]
        var variability: [InstanceVariability]
    }

    /// Rows of cells as lines, columns aligned: the first to the left, the others to the right.
    private static func aligned(_ rows: [[String]]) -> [String] {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max()! }
        return rows.map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return column == 0 ? cell + padding : padding + cell
            }.joined(separator: "  ")
        }
    }

    static func format(_ value: Double?, _ format: String) -> String {
        value.map { String(format: format, $0) } ?? "—"
    }

    static func range(_ range: ClosedRange<Double>?, _ format: String) -> String {
        range.map { String(format: format, $0.lowerBound) + "–" + String(format: format, $0.upperBound) } ?? "—"
    }

    private static func label(_ value: Double) -> String { ComparisonPlot.label(value) }
}
