import ArgumentParser
import Bench
import Foundation
import MILP

/// `milp bench report all.db`: the summary of a results store, its exports and plots.
struct BenchReport: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Summarise a results store per configuration; export it; plot it.",
        discussion: """
            Per configuration: runs, solved, failed (crashed, killed, out of memory, error), the \
            shifted geometric mean of wall time (shift 1 s, an unsolved run counted at its time limit) \
            and of nodes (shift 10), the mean gap of unsolved runs, wins (problems solved fastest) and \
            the ratios against the baseline. A problem is an instance at one repetition; only problems \
            every configuration ran are compared.
            """)

    @Argument(help: "The results store.")
    var store: String

    @Option(help: ArgumentHelp("The configuration ratios are taken against (default: the first).", valueName: "name"))
    var baseline: String?

    @Flag(help: "Print CSV instead of the table.")
    var csv = false

    @Flag(help: "Print JSON instead of the table.")
    var json = false

    @Flag(help: "With --csv or --json, export every run instead of the summary.")
    var runs = false

    @Option(help: ArgumentHelp("Write the performance profile and cactus plot as SVG to this file.", valueName: "file"))
    var plot: String?

    @Option(help: ArgumentHelp("Write a self-contained HTML report (tables and plots) to this file.", valueName: "file"))
    var html: String?

    @Option(help: ArgumentHelp("The title of the plot and the HTML report (default: the store's file name).", valueName: "text"))
    var title: String?

    func validate() throws {
        if csv, json { throw ValidationError("choose one of --csv and --json") }
        if runs, !csv, !json { throw ValidationError("--runs goes with --csv or --json") }
    }

    func run() throws {
        try reportingBenchFailures {
            let results = try ResultStore(readingFrom: store)
            let records = try results.runs()
            let summary = try SweepSummary(runs: records, order: try results.configurations().map(\.name), baseline: baseline)
            let heading = title ?? URL(fileURLWithPath: store).deletingPathExtension().lastPathComponent
            switch (csv, json, runs) {
            case (true, _, true): print(RunRecord.csv(records), terminator: "")
            case (true, _, false): print(summary.csv, terminator: "")
            case (_, true, true): print(try RunRecord.json(records), terminator: "")
            case (_, true, false): print(try summary.json(), terminator: "")
            default: print(summary.table, terminator: "")
            }
            if let plot { try write(ComparisonPlot(summary: summary, title: heading).svg, to: plot) }
            if let html { try write(HTMLReport(summary: summary, title: heading).html, to: html) }
            return .success
        }
    }

    private func write(_ text: String, to path: String) throws {
        try OutputFile.write(text, to: path)
    }
}
