/// A sweep definition that cannot be used, with the field at fault.
public struct SweepFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file, as given; empty for a definition that did not come from a file.
    public var file: String
    /// The field's path, such as `configurations[2].glpk.cuts[1]`; empty for the whole document.
    public var field: String
    /// What is wrong and what was expected.
    public var message: String

    /// An error at `field` of `file`.
    public init(file: String = "", field: String, message: String) {
        self.file = file
        self.field = field
        self.message = message
    }

    /// `file: field: message`, leaving out the parts that are empty.
    public var description: String {
        [file, field, message].filter { !$0.isEmpty }.joined(separator: ": ")
    }
}
