/// A reference file that cannot be read, with the line at fault.
public struct ReferenceFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as given.
    public var file: String
    /// The line, from 1; 0 for the file as a whole.
    public var line: Int
    /// What is wrong and what was expected.
    public var message: String

    /// An error at `line` of `file`.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message` (without the line for the whole file).
    public var description: String {
        line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)"
    }
}
