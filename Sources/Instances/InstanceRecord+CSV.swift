import Foundation

extension InstanceRecord {
    /// The CSV columns, in order.
    public static let csvColumns = [
        "id", "distribution", "level", "split", "seed", "generator_version", "parameters",
        "rows", "columns", "nonzeros", "integer_share", "objective_sense", "file",
        "best_known_objective", "proven_optimal",
    ]

    /// The records as CSV (RFC 4180, with a header row); parameters are `name=value` pairs
    /// separated by spaces, and unknown values are empty.
    public static func csv(_ records: [InstanceRecord]) -> String {
        var lines = [csvColumns.joined(separator: ",")]
        for record in records {
            let fields: [String] = [
                record.id.description, record.distribution, record.level.rawValue, record.split.rawValue,
                String(record.seed), record.generatorVersion, record.parameters.description,
                record.size.map { String($0.rows) } ?? "", record.size.map { String($0.columns) } ?? "",
                record.size.map { String($0.nonzeros) } ?? "", record.size.map { String($0.integerShare) } ?? "",
                record.objectiveSense?.rawValue ?? "", record.file ?? "",
                record.bestKnownObjective.map { ParameterSet.format($0) } ?? "", String(record.isProvenOptimal),
            ]
            lines.append(fields.map(quoted).joined(separator: ","))
        }
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// `field`, in double quotes when it holds a comma, a quote or a line break.
    private static func quoted(_ field: String) -> String {
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
