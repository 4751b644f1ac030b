import ArgumentParser
import Foundation
import Instances
import MILP

/// `milp instances show ID`: everything known about one instance.
struct InstancesShow: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one instance: origin, parameters, size, best known objective and the command that regenerates it.")

    @Argument(help: ArgumentHelp("The instance id, such as setcover-easy-test-00017.", valueName: "id"))
    var id: String

    @Option(help: ArgumentHelp("Add the best known objective and the level's calibration from this manifest file.", valueName: "file"))
    var manifest: String?

    @Flag(help: "Print the instance's manifest record as JSON.")
    var json = false

    func validate() throws {
        do { _ = try InstanceID(id) } catch { throw ValidationError(error.description) }
    }

    func run() throws {
        try reportingFailures {
            let id = try InstanceID(id)
            let model = try InstanceLibrary.model(for: id)
            var record = try InstanceLibrary.record(for: id, model: model)
            let manifest = try manifest.map(InstancesManifestFile.load)
            if let known = manifest?.record(for: id), known.isSameInstance(as: record), let objective = known.bestKnownObjective {
                record.recordObjective(objective, isOptimal: known.isProvenOptimal)
                record.file = known.file
            }
            if json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                FileHandle.standardOutput.write(try encoder.encode(record) + Data("\n".utf8))
            } else {
                print(description(of: record, calibration: manifest?.calibration(distribution: id.distribution, level: id.level)))
            }
            return .success
        }
    }

    /// The record as labelled lines.
    private func description(of record: InstanceRecord, calibration: LevelCalibration?) -> String {
        let distribution = try? InstanceLibrary.distribution(named: record.distribution)
        var lines: [(String, String)] = [
            ("id", record.id.description),
            ("distribution", "\(record.distribution) (\(distribution?.domain ?? "")), generator \(record.generatorVersion)"),
            ("level", record.level.rawValue),
            ("split", record.split.rawValue),
            ("seed", String(record.seed)),
            ("parameters", record.parameters.description),
        ]
        if let size = record.size {
            lines.append(("size", "\(size.rows) rows, \(size.columns) columns, \(size.nonzeros) nonzeros, integer share \(String(format: "%.3g", size.integerShare))"))
        }
        if let sense = record.objectiveSense { lines.append(("objective", sense.rawValue)) }
        if let best = record.bestKnownObjective {
            lines.append(("best known", String(format: "%.10g", best) + (record.isProvenOptimal ? " (proven optimal)" : " (not proven optimal)")))
        }
        if let file = record.file { lines.append(("file", file)) }
        if let calibration {
            lines.append(("calibration", InstancesCalibrate.summary(of: calibration)))
        }
        lines.append(("regenerate", "milp instances generate --distribution \(record.distribution) --level \(record.level.rawValue) "
            + "--split \(record.split.rawValue) --start \(record.id.index) --count 1 -o DIR"))
        let width = lines.map(\.0.count).max()! + 2
        return lines.map { $0.0.padding(toLength: width, withPad: " ", startingAt: 0) + $0.1 }.joined(separator: "\n")
    }
}
