import Foundation
import MILP
import MILPFormats

extension ParseError {
    /// An error GLPK's translator reported at `line` of `file` (the whole file when `line` is
    /// `nil` or 0), with the line's text when the file is plain text.
    static func translation(file: URL?, line: Int?, message: String) -> ParseError {
        let line = line ?? 0
        var sourceLine: String?
        if let file, line > 0, file.pathExtension.lowercased() != "gz",
           let text = try? String(contentsOf: file, encoding: .utf8) {
            sourceLine = text.split(separator: "\n", maxSplits: line, omittingEmptySubsequences: false)
                .dropFirst(line - 1).first.map { String($0.trimmingSuffix("\r")) }
        }
        return ParseError(file: file?.relativePath ?? "", line: line, message: message, sourceLine: sourceLine)
    }
}

extension Environment {
    /// ``guarded(_:)`` for a translator working on `file`: a GLPK error becomes a ``ParseError``
    /// about the file that carries GLPK's message.
    static func guarded<Result>(translating file: URL, _ call: @escaping () -> Result) throws(ParseError) -> Result {
        do {
            return try guarded(call)
        } catch {
            throw .translation(file: file, line: nil, message: error.description)
        }
    }
}

extension ModelFile {
    /// The model of a translated problem, with GLPK's warnings and one for each free row left out.
    init(_ translated: TranslatedProblem, format: ModelFileFormat, file: URL, warnings: [ParseWarning]) {
        self.init(model: translated.model, format: format, warnings: warnings + translated.droppedRows.map {
            ParseWarning(file: file.relativePath, line: 0, message: "row '\($0)' has no bounds and is left out")
        })
    }
}

extension Substring {
    fileprivate func trimmingSuffix(_ suffix: String) -> Substring {
        hasSuffix(suffix) ? dropLast(suffix.count) : self
    }
}
