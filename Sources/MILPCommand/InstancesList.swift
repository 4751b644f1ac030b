import ArgumentParser
import Foundation
import Instances

/// `milp instances list`: the library's instances, or a manifest's, filtered.
struct InstancesList: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List instances: every instance of the library, or those in a manifest, filtered by distribution, level and split.",
        discussion: """
            Without --manifest the list comes from the library's definition (ids, seeds, parameters, \
            generator versions); with it, from the manifest, which adds sizes and best known objectives.
            """)

    @OptionGroup var selection: InstancesSelection

    @Option(help: ArgumentHelp("List the instances of this manifest file.", valueName: "file"))
    var manifest: String?

    @Flag(help: "Print a manifest (JSON) of the instances listed.")
    var json = false

    @Flag(help: "Print the instances listed as CSV.")
    var csv = false

    func validate() throws {
        if json, csv { throw ValidationError("choose one of --json and --csv") }
    }

    func run() throws {
        try reportingFailures {
            let records = try selectedRecords()
            if json {
                var manifest = InstanceManifest()
                for record in records { manifest.insert(record) }
                FileHandle.standardOutput.write(try manifest.jsonData())
            } else if csv {
                print(InstanceRecord.csv(records), terminator: "")
            } else {
                print(table(records), terminator: "")
            }
            return .success
        }
    }

    /// The records the options ask for.
    private func selectedRecords() throws -> [InstanceRecord] {
        let distributions = try selection.distributions, levels = try selection.levels, splits = try selection.splits
        if let manifest {
            return try InstancesManifestFile.load(manifest).instances.filter {
                distributions.contains($0.distribution) && levels.contains($0.level) && splits.contains($0.split)
            }
        }
        return try distributions.flatMap { distribution in
            try levels.flatMap { level in
                try splits.flatMap { split in
                    try InstanceLibrary.ids(distribution: distribution, level: level, split: split).map { try InstanceLibrary.record(for: $0) }
                }
            }
        }
    }

    /// One line per record: id, seed, generator version, then size and best known when recorded.
    private func table(_ records: [InstanceRecord]) -> String {
        let width = records.map(\.id.description.count).max() ?? 2
        var text = ""
        for record in records {
            var line = record.id.description.padding(toLength: width + 2, withPad: " ", startingAt: 0)
                + "seed \(record.seed)  \(record.generatorVersion)"
            if let size = record.size {
                line += "  \(size.rows)×\(size.columns), \(size.nonzeros) nonzeros"
            }
            if let best = record.bestKnownObjective {
                line += "  best \(String(format: "%.10g", best))\(record.isProvenOptimal ? " (optimal)" : "")"
            }
            text += line + "\n"
        }
        return text
    }
}
