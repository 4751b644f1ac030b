import ArgumentParser
import Foundation
import MILP

/// `milp stats FILE`: read a model and print its size and numeric ranges.
struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read a model and print its size and the ranges of its coefficients, bounds and right-hand sides.",
        discussion: """
            Reading only, with the time it took: a quick check that a file reads, and a measure of the readers' speed.

            Exit codes:
            \(MILPExitCode.table)
            """)

    @OptionGroup(title: "Input") var input: ModelInputOptions

    @Flag(help: "Print one JSON object: file, format, model, readTime, the statistics and the reader's warnings.")
    var json = false

    func run() throws {
        try reportingFailures {
            let loaded = try input.load()
            for warning in loaded.warnings { StandardError.write("\(warning)\n") }
            let statistics = loaded.model.statistics
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                let report = StatisticsReport(file: input.file, format: loaded.file.format.rawValue, model: loaded.model.name,
                                              readTime: loaded.readTime.inSeconds, statistics: statistics,
                                              warnings: loaded.warnings.map(\.description))
                print(String(decoding: try encoder.encode(report), as: UTF8.self))
            } else {
                print(text(loaded, statistics), terminator: "")
            }
            return .success
        }
    }

    private func text(_ loaded: LoadedModel, _ statistics: ModelStatistics) -> String {
        func range(_ range: ModelStatistics.Range?) -> String {
            range.map { String(format: "[%.3g, %.3g]", $0.minimum, $0.maximum) } ?? "none"
        }
        let rows: [(String, String)] = [
            ("file", "\(input.file) (\(loaded.file.format.displayName))"),
            ("model", loaded.model.name),
            ("rows", "\(statistics.rows)"),
            ("columns", "\(statistics.columns) (\(statistics.integers) integer, \(statistics.binaries) binary"
                + (statistics.semicontinuous > 0 ? ", \(statistics.semicontinuous) semi-continuous)" : ")")),
            ("nonzeros", "\(statistics.nonzeros) (density \(String(format: "%.3g", statistics.density)))"),
            ("matrix", range(statistics.coefficientRange)),
            ("objective", range(statistics.objectiveRange)),
            ("bounds", range(statistics.boundRange)),
            ("rhs", range(statistics.rightHandSideRange)),
            ("read time", String(format: "%.3f s", loaded.readTime.inSeconds)),
        ]
        return rows.map { $0.0.padding(toLength: 11, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n") + "\n"
    }
}

/// The fields of `milp stats --json`.
private struct StatisticsReport: Encodable {
    var file: String
    var format: String
    var model: String
    var readTime: Double
    var statistics: ModelStatistics
    var warnings: [String]
}
