import Foundation
import MILP
import MILPFormats

/// What GLPK printed during one translation. GLPK reports a bad input file as terminal text such
/// as `model.lp:12: syntax error`; the transcript turns that text into a ``ParseError``.
final class Transcript {
    /// Everything GLPK printed, in order.
    private(set) var text = ""

    /// Appends GLPK's output; pass as the session's log.
    func append(_ output: String) {
        text += output
    }

    /// The error GLPK reported about one of `files`: the first `file:line: message` line naming
    /// one of them that is not a warning, or else the last line GLPK printed before giving up.
    func error(about files: [URL]) -> ParseError {
        let lines = self.lines
        for (position, line) in lines.enumerated() {
            guard let (file, number, message) = Self.location(in: line, files: files), !message.hasPrefix(Self.warningPrefix) else { continue }
            let next = lines.indices.contains(position + 1) ? lines[position + 1] : ""
            let context = next.hasPrefix("Context: ") ? "; context: \(next.dropFirst("Context: ".count))" : ""
            return ParseError.translation(file: file, line: number, message: message + context)
        }
        let summary = lines.last { !Self.closingLines.contains($0) && !$0.hasPrefix("Reading ") } ?? "GLPK could not translate the file"
        return ParseError.translation(file: files.first, line: nil, message: summary)
    }

    /// The warnings GLPK printed about `files`, such as a missing final newline.
    func warnings(about files: [URL]) -> [ParseWarning] {
        lines.compactMap { line in
            guard let (file, number, message) = Self.location(in: line, files: files), message.hasPrefix(Self.warningPrefix) else { return nil }
            return ParseWarning(file: file.relativePath, line: number,
                                message: message.dropFirst(Self.warningPrefix.count).trimmingCharacters(in: .whitespaces))
        }
    }

    private var lines: [String] { text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init) }

    private static let warningPrefix = "warning:"

    /// The lines GLPK prints after an error report, which add nothing to it.
    private static let closingLines: Set<String> = ["CPLEX LP file processing error", "MathProg model processing error"]

    /// The file, line number and message of `line` when it reads `file:number: message` for one of `files`.
    private static func location(in line: String, files: [URL]) -> (URL, Int, String)? {
        for file in files where line.hasPrefix(file.path + ":") {
            let rest = line.dropFirst(file.path.count + 1)
            guard let colon = rest.firstIndex(of: ":"), let number = Int(rest[..<colon]) else { continue }
            return (file, number, rest[rest.index(after: colon)...].trimmingCharacters(in: .whitespaces))
        }
        return nil
    }
}

/// Throws unless `url` names a readable regular file with content: GLPK would block on a pipe,
/// and its messages for directories and empty files do not say what is wrong.
func requireReadableFile(_ url: URL) throws(ParseError) {
    let manager = FileManager.default
    var isDirectory: ObjCBool = false
    guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory) else {
        throw .translation(file: url, line: nil, message: "no such file")
    }
    guard !isDirectory.boolValue else { throw .translation(file: url, line: nil, message: "is a directory, not a model file") }
    let attributes = try? manager.attributesOfItem(atPath: url.path)
    guard attributes?[.type] as? FileAttributeType == .typeRegular else {
        throw .translation(file: url, line: nil, message: "is not a regular file")
    }
    guard manager.isReadableFile(atPath: url.path) else { throw .translation(file: url, line: nil, message: "permission denied") }
    guard (attributes?[.size] as? NSNumber)?.intValue ?? 0 > 0 else {
        throw .translation(file: url, line: nil, message: "the file is empty")
    }
}

/// Runs `body` with a path for a temporary file, removed afterwards.
func withTemporaryFile<Result>(suffix: String, _ body: (URL) throws -> Result) rethrows -> Result {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("milpkit-\(UUID().uuidString)\(suffix)")
    defer { try? FileManager.default.removeItem(at: url) }
    return try body(url)
}
