import Foundation

/// Reads and writes ``BranchingSample``s as JSON Lines: one JSON object per line.
public enum BranchingSampleFile {
    /// The samples of the files at `urls`, in order. Throws ``BranchingDataError`` naming the
    /// file and line of the first malformed line or of a sample of another feature schema.
    public static func read(_ urls: [URL]) throws -> [BranchingSample] {
        let decoder = JSONDecoder()
        var samples: [BranchingSample] = []
        for url in urls {
            let text: String
            do { text = try String(contentsOf: url, encoding: .utf8) } catch {
                throw BranchingDataError.unreadable(file: url.path, reason: (error as NSError).localizedDescription)
            }
            for (offset, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
            where !line.allSatisfy(\.isWhitespace) {
                let sample: BranchingSample
                do { sample = try decoder.decode(BranchingSample.self, from: Data(line.utf8)) } catch {
                    throw BranchingDataError.malformed(file: url.path, line: offset + 1, reason: Self.reason(error))
                }
                guard sample.schemaVersion == BranchingFeature.schemaVersion else {
                    throw BranchingDataError.schemaMismatch(file: url.path, line: offset + 1, found: sample.schemaVersion)
                }
                guard sample.candidates.allSatisfy({ $0.features.count == BranchingFeature.count }),
                      sample.candidates.indices.contains(sample.chosen) else {
                    throw BranchingDataError.malformed(file: url.path, line: offset + 1,
                                                       reason: "expected \(BranchingFeature.count) features per candidate and a chosen position among the candidates")
                }
                samples.append(sample)
            }
        }
        return samples
    }

    /// `samples` as JSON Lines text, one line each.
    public static func lines(_ samples: [BranchingSample]) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try samples.map { String(decoding: try encoder.encode($0), as: UTF8.self) + "\n" }.joined()
    }

    private static func reason(_ error: any Error) -> String {
        switch error {
        case let DecodingError.keyNotFound(key, _): "missing field '\(key.stringValue)'"
        case let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context):
            "wrong type at '\(context.codingPath.map(\.stringValue).joined(separator: "."))'"
        case let DecodingError.dataCorrupted(context): context.debugDescription
        default: "\(error)"
        }
    }
}

/// Imitation data that cannot be used.
public enum BranchingDataError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be read.
    case unreadable(file: String, reason: String)
    /// A line is not a sample.
    case malformed(file: String, line: Int, reason: String)
    /// A sample follows another feature schema.
    case schemaMismatch(file: String, line: Int, found: Int)
    /// There is nothing to train on.
    case empty

    /// `file:line: error: …`.
    public var description: String {
        switch self {
        case let .unreadable(file, reason): "\(file): error: cannot read: \(reason)"
        case let .malformed(file, line, reason): "\(file):\(line): error: not a branching sample: \(reason)"
        case let .schemaMismatch(file, line, found):
            "\(file):\(line): error: sample of feature schema version \(found), but this MILPKit uses version \(BranchingFeature.schemaVersion); collect the data again"
        case .empty: "error: no branching samples to train on"
        }
    }
}
