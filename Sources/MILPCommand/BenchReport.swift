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
            Every run is checked first: a run counts as solved only when it proves its answer and \
            that answer agrees with the instance's reference value (from the sweep's 'reference' \
            file or --reference) or, without one, with every other run of the instance. Runs that \
            contradict them are listed as wrong at the top of every report, count as unsolved, and \
            make the command exit with 40.

            Per configuration: runs, solved, wrong, failed (crashed, killed, out of memory, error), \
            the shifted geometric mean of wall time (shift 1 s, an unsolved run counted at its time \
            limit) and of nodes (shift 10, over the problems every configuration solved), their range \
            over repetitions, the mean gap of unsolved runs, wins (problems solved fastest) and the \
            ratios against the baseline; with repetitions, each instance's median and range. A problem \
            is an instance at one repetition; only problems every configuration ran are compared. \
            Runs of different builds of MILPKit are not reported together unless asked.
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

    @Option(help: ArgumentHelp("Reference values to check runs against besides the store's: a MIPLIB .solu file, or a CSV file like Instances/public/reference.csv.", valueName: "file"))
    var reference: String?

    @Flag(help: "Report runs made by different builds of MILPKit (git revisions) together.")
    var allowMixedRevisions = false

    func validate() throws {
        if csv, json { throw ValidationError("choose one of --csv and --json") }
        if runs, !csv, !json { throw ValidationError("--runs goes with --csv or --json") }
    }

    func run() throws {
        try reportingBenchFailures {
            let results = try ResultStore(readingFrom: store)
            let records = try results.runs()
            var references = try results.references()
            if let reference {
                references = try references.adding(try ReferenceTable(contentsOf: URL(fileURLWithPath: reference)))
            }
            let summary = try SweepSummary(
                runs: records, order: try results.configurations().map(\.name), baseline: baseline,
                references: references, allowingMixedRevisions: allowMixedRevisions)
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
            if !summary.wrong.isEmpty {
                StandardError.write("milp: \(summary.wrong.count) wrong \(summary.wrong.count == 1 ? "answer" : "answers"), listed at the top of the report\n")
                return .wrongAnswers
            }
            return .success
        }
    }

    private func write(_ text: String, to path: String) throws {
        try OutputFile.write(text, to: path)
    }
}
