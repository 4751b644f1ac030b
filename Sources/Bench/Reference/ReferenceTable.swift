import Foundation
import MILPFormats

/// Reference values by instance name, read from a MIPLIB `.solu` file or from a CSV file in the
/// form of `Instances/public/reference.csv`.
///
/// An instance is looked up by its name: its id's last path component without `.gz` and without
/// the model file's extension (`../Instances/public/p0548.mps` → `p0548`); library ids are names
/// already. Names in the files are taken the same way, so `p0548.mps` and `p0548` both match.
public struct ReferenceTable: Sendable, Equatable {
    /// The values, by instance name.
    public var values: [String: ReferenceValue]

    /// A table of `values`, by instance name.
    public init(_ values: [String: ReferenceValue] = [:]) {
        self.values = values
    }

    /// The table in the file at `url`: `.solu` (`=opt= NAME VALUE`, `=best= NAME VALUE`,
    /// `=inf= NAME`, `=unkn= NAME`, one a line) or `.csv` (a header naming `file`,
    /// `expected_status` — `optimal`, `infeasible`, `unbounded`, other statuses skipped — and
    /// `expected_objective`).
    public init(contentsOf url: URL) throws(ParseError) {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw ParseError(file: url.path, message: "cannot read the file: \((error as NSError).localizedDescription)")
        }
        var reader = Reader(file: url.path)
        switch url.pathExtension.lowercased() {
        case "solu": try reader.readSolu(text)
        case "csv": try reader.readCSV(text)
        default: throw ParseError(file: url.path, message: "a reference file must be a MIPLIB .solu file or a .csv file")
        }
        self.init(reader.values)
    }

    /// This table with the values of `other` added; throws, naming the instance, when `other`
    /// gives one of this table's instances another value.
    public func adding(_ other: ReferenceTable) throws(ReferenceConflict) -> ReferenceTable {
        var merged = self
        for (name, value) in other.values.sorted(by: { $0.key < $1.key }) {
            if let existing = values[name], existing != value { throw ReferenceConflict(name: name, one: existing, other: value) }
            merged.values[name] = value
        }
        return merged
    }

    /// The value of the instance with id `instance`, if the table has one.
    public func value(for instance: String) -> ReferenceValue? {
        values[Self.name(of: instance)]
    }

    /// The name an instance id or a file name is looked up by: the last path component without
    /// `.gz` and without the extension of a model file.
    public static func name(of instance: String) -> String {
        var name = instance.split(separator: "/").last.map(String.init) ?? instance
        if name.lowercased().hasSuffix(".gz") { name.removeLast(3) }
        for suffix in [".mps", ".lp", ".mod"] where name.lowercased().hasSuffix(suffix) {
            name.removeLast(suffix.count)
        }
        return name
    }

    /// Collects the values of one file, refusing an instance named twice.
    private struct Reader {
        var file: String
        var values: [String: ReferenceValue] = [:]
        var named: Set<String> = []
        /// The line being read, for errors.
        var current = ""

        mutating func readSolu(_ text: String) throws(ParseError) {
            for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let words = line.split(whereSeparator: \.isWhitespace).map(String.init)
                guard let marker = words.first, !marker.hasPrefix("#") else { continue }
                let number = index + 1
                current = String(line)
                let expected = ["=opt=": 3, "=best=": 3, "=inf=": 2, "=unkn=": 2]
                guard let count = expected[marker] else {
                    throw error(line: number, "expected =opt=, =best=, =inf= or =unkn=, got '\(marker)'")
                }
                guard words.count == count else {
                    throw error(line: number, "\(marker) takes \(count == 3 ? "a name and a value" : "a name"), got \(words.count - 1) fields")
                }
                let value: ReferenceValue?
                switch marker {
                case "=opt=": value = .optimal(try objective(words[2], line: number))
                case "=best=": value = .bestKnown(try objective(words[2], line: number))
                case "=inf=": value = .infeasible
                default: value = nil
                }
                try record(words[1], value, line: number)
            }
        }

        mutating func readCSV(_ text: String) throws(ParseError) {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { $0.hasSuffix("\r") ? $0.dropLast() : $0 }
            current = lines.first.map(String.init) ?? ""
            let header = current.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            guard let fileColumn = header.firstIndex(of: "file"), let statusColumn = header.firstIndex(of: "expected_status"),
                  let objectiveColumn = header.firstIndex(of: "expected_objective") else {
                throw error(line: 1, "the header must name the columns file, expected_status and expected_objective")
            }
            for (index, line) in lines.enumerated().dropFirst() where !line.isEmpty {
                let number = index + 1
                current = String(line)
                let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
                guard cells.count >= header.count else {
                    throw error(line: number, "has \(cells.count) fields, the header \(header.count)")
                }
                let value: ReferenceValue?
                switch cells[statusColumn] {
                case "optimal": value = .optimal(try objective(cells[objectiveColumn], line: number))
                case "infeasible": value = .infeasible
                case "unbounded": value = .unbounded
                default: value = nil
                }
                try record(cells[fileColumn], value, line: number)
            }
        }

        private func error(line: Int, _ message: String) -> ParseError {
            ParseError(file: file, line: line, message: message, sourceLine: current)
        }

        private func objective(_ text: String, line: Int) throws(ParseError) -> Double {
            guard let value = Double(text), value.isFinite else {
                throw error(line: line, "expected a finite objective value, got '\(text)'")
            }
            return value
        }

        /// Records `value` (`nil`: nothing known) for `instance`, which must not have been named before.
        private mutating func record(_ instance: String, _ value: ReferenceValue?, line: Int) throws(ParseError) {
            let name = ReferenceTable.name(of: instance)
            guard !named.contains(name) else {
                throw error(line: line, "'\(name)' is named a second time")
            }
            named.insert(name)
            values[name] = value
        }
    }
}
