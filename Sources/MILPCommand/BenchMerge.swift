import ArgumentParser
import Bench
import Foundation

/// `milp bench merge a.db b.db … -o all.db`: joins the stores of a sweep's shards.
struct BenchMerge: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge results stores, such as the shards of one sweep, into one.",
        discussion: """
            Refuses, writing nothing, when two stores define a configuration of the same name \
            differently (other options, time limit or memory limit), give an instance different \
            reference values, or hold runs of different builds of MILPKit (unless \
            --allow-mixed-revisions). A result whose instance, \
            configuration and repetition is already present is skipped and reported as a duplicate. \
            The output may exist already; its results are kept.
            """)

    @Argument(help: "The stores to merge.")
    var stores: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("The store to write.", valueName: "file"))
    var output: String

    @Flag(name: .shortAndLong, help: "Print nothing but errors.")
    var quiet = false

    @Flag(help: "Merge runs made by different builds of MILPKit (git revisions).")
    var allowMixedRevisions = false

    func validate() throws {
        guard !stores.isEmpty else { throw ValidationError("give the stores to merge") }
        let target = URL(fileURLWithPath: output).standardizedFileURL
        if stores.contains(where: { URL(fileURLWithPath: $0).standardizedFileURL == target }) {
            throw ValidationError("the output '\(output)' is also an input")
        }
    }

    func run() throws {
        try reportingBenchFailures {
            let sources = try stores.map { try ResultStore(readingFrom: $0) }
            let report = try ResultStore(path: output).merge(sources, allowingMixedRevisions: allowMixedRevisions)
            guard !quiet else { return .success }
            print("merged \(report.copied) results from \(stores.count) stores into \(output)")
            if !report.duplicates.isEmpty {
                let differing = report.duplicates.filter { !$0.isIdentical }.count
                print("skipped \(report.duplicates.count) duplicate results (\(differing) with different measurements); the first copy is kept:")
                for duplicate in report.duplicates.prefix(20) {
                    print("  \(duplicate.key) from \(duplicate.store)\(duplicate.isIdentical ? "" : " (different)")")
                }
                if report.duplicates.count > 20 { print("  … and \(report.duplicates.count - 20) more") }
            }
            return .success
        }
    }
}
