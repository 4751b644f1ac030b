import MILP

/// Something a reader accepted but a person may want to know about, such as a dropped row.
public struct ParseWarning: Sendable, Equatable, CustomStringConvertible {
    /// The file's path or name, as given to the reader.
    public var file: String
    /// The line, from 1; 0 when the warning concerns the whole file.
    public var line: Int
    /// What was noticed and what the reader did about it.
    public var message: String

    /// A warning at a line of a file.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: warning: message`.
    public var description: String {
        line > 0 ? "\(file):\(line): warning: \(message)" : "\(file): warning: \(message)"
    }
}
