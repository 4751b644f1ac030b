import Foundation
import MILP

extension RunRecord {
    /// The CSV columns of a run, in order, each with how to write its cell.
    private static let columns: [(name: String, cell: @Sendable (RunRecord) -> String)] = [
        ("instance", { CSV.field($0.instance) }),
        ("configuration", { CSV.field($0.configuration) }),
        ("repetition", { String($0.repetition) }),
        ("seed", { $0.seed.map(String.init) ?? "" }),
        ("status", { $0.status.rawValue }),
        ("detail", { CSV.field($0.detail) }),
        ("objective", { CSV.number($0.objective) }),
        ("bound", { CSV.number($0.bound) }),
        ("gap", { CSV.number($0.gap) }),
        ("wallTime", { CSV.number($0.wallTime.inSeconds) }),
        ("solveTime", { CSV.number($0.solveTime?.inSeconds) }),
        ("nodes", { $0.nodes.map(String.init) ?? "" }),
        ("iterations", { $0.iterations.map(String.init) ?? "" }),
        ("peakMemory", { String($0.peakMemory) }),
        ("exitStatus", { $0.exitStatus.map(String.init) ?? "" }),
        ("timeLimit", { CSV.number($0.timeLimit.inSeconds) }),
        ("configurationHash", { CSV.field($0.configurationHash) }),
        ("milpkitVersion", { CSV.field($0.milpkitVersion) }),
        ("gitRevision", { CSV.field($0.gitRevision) }),
        ("host", { CSV.field($0.host) }),
        ("timestamp", { CSV.field($0.timestamp) }),
    ]

    /// `runs` as CSV: a header, then one line per run, every stored field.
    public static func csv(_ runs: [RunRecord]) -> String {
        let lines = [columns.map(\.name).joined(separator: ",")] + runs.map { run in columns.map { $0.cell(run) }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    /// `runs` as a JSON array of objects, every stored field.
    public static func json(_ runs: [RunRecord]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(runs), as: UTF8.self) + "\n"
    }
}
