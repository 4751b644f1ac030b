import ArgumentParser
import Foundation
import MILP
import GLPK
import Instances

/// `milp instances generate`: write library instances as MPS files with their manifest.
struct InstancesGenerate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write library instances as MPS files (gzip by default) and add them to DIR/manifest.json.",
        discussion: """
            Files are named by id (setcover-easy-test-00017.mps.gz) and depend only on the id and \
            the generator version, so the same command regenerates them byte for byte. Each of \
            --distribution, --level and --split takes a name, a comma-separated list (tiny,easy) or all. \
            Regenerate the whole library with:
              milp instances generate --distribution all --level all --split all -o DIR
            """)

    @OptionGroup var selection: InstancesSelection

    @Option(help: ArgumentHelp("How many instances of each split to write, from --start (default: to the end of the split).", valueName: "count"))
    var count: Int?

    @Option(help: ArgumentHelp("The index in the split of the first instance to write.", valueName: "index"))
    var start = 0

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The folder to write to; created if missing.", valueName: "dir"))
    var output: String

    @Flag(inversion: .prefixedNo, help: "Compress the files with gzip.")
    var gzip = true

    @Option(help: ArgumentHelp("Also solve each instance with MILPKit's default GLPK configuration for at most this long, and record the best objective found.",
                               valueName: "time"), transform: TimeLimit.parse)
    var solveTimeLimit: Duration?

    @Flag(name: .shortAndLong, help: "Show no progress.")
    var quiet = false

    func validate() throws {
        try selection.require()
        if let count, count < 1 { throw ValidationError("--count must be at least 1, got \(count)") }
        if start < 0 { throw ValidationError("--start must not be negative, got \(start)") }
    }

    func run() throws {
        try reportingFailures {
            let ids = try selectedIDs()
            guard !ids.isEmpty else { throw CommandFailure(.usage, "no instances selected: --start \(start) is past the end of the split") }
            let directory = URL(fileURLWithPath: output, isDirectory: true)
            do { try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true) } catch {
                throw CommandFailure.cannotWrite(output, error)
            }
            let manifestPath = directory.appendingPathComponent("manifest.json").path
            var manifest = try InstancesManifestFile.loadOrCreate(manifestPath)
            let exporter = InstanceExporter(directory: directory, isCompressed: gzip,
                                            solver: solveTimeLimit.map { _ in GLPKSolver() }, timeLimit: solveTimeLimit ?? .seconds(10))
            let progress = InstancesProgress(total: ids.count, quiet: quiet)
            for (position, id) in ids.enumerated() {
                progress.update(done: position, id.description)
                do { manifest.insert(try exporter.export(id)) } catch let error as OutputFileError {
                    progress.finish()
                    throw error
                }
                // Keep the manifest current during long runs, so an interrupted run loses little.
                if position % 100 == 99 { try InstancesManifestFile.write(manifest, to: manifestPath) }
            }
            progress.finish()
            try InstancesManifestFile.write(manifest, to: manifestPath)
            if !quiet { StandardError.write("wrote \(ids.count) instances and \(manifestPath)\n") }
            return .success
        }
    }

    /// The ids the options select, in id order.
    private func selectedIDs() throws -> [InstanceID] {
        let levels = try selection.levels, splits = try selection.splits
        return try selection.distributions.sorted().flatMap { distribution in
            levels.flatMap { level in
                splits.flatMap { split in
                    let size = SplitPlan.count(level: level, split: split)
                    let end = min(size, count.map { start + $0 } ?? size)
                    return (min(start, end)..<end).map { InstanceID(distribution: distribution, level: level, split: split, index: $0) }
                }
            }
        }
    }
}
