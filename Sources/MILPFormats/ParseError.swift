import MILP

/// A model file that could not be read: where the problem is and what was expected there.
///
/// Its ``description`` reads like a compiler diagnostic, with the offending line and a caret
/// under the column:
///
/// ```
/// model.mps:12:15: error: unknown row 'R7' in COLUMNS
///     X1        R7           1.0
///               ^
/// ```
public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file's path or name, as given to the reader.
    public var file: String
    /// The line, from 1; 0 when the problem concerns the whole file (missing, empty, compressed badly).
    public var line: Int
    /// The column in characters, from 1; 0 when unknown.
    public var column: Int
    /// What is wrong, and what was expected instead.
    public var message: String
    /// The text of the offending line, when there is one.
    public var sourceLine: String?
    /// Whether the only problem is that the file looks cut short (no end marker, a block left
    /// open), which reading leniently accepts with a warning.
    public var isIncompleteFile: Bool

    /// An error at a position in a file.
    public init(file: String, line: Int = 0, column: Int = 0, message: String, sourceLine: String? = nil, isIncompleteFile: Bool = false) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.sourceLine = sourceLine
        self.isIncompleteFile = isIncompleteFile
    }

    /// `file:line:column: error: message`, then the source line and a caret under the column.
    public var description: String {
        var text = file
        if line > 0 {
            text += ":\(line)"
            if column > 0 { text += ":\(column)" }
        }
        text += ": error: \(message)"
        guard line > 0, let sourceLine else { return text }
        text += "\n" + sourceLine
        if column > 0 {
            // Keep tabs so the caret lines up with the text above it in a terminal.
            let indent = sourceLine.prefix(column - 1).map { $0 == "\t" ? "\t" : " " }.joined()
            text += "\n" + indent + "^"
        }
        return text
    }
}
