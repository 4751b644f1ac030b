/// A report that cannot be made as asked.
public enum ReportError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The baseline names no configuration of the results.
    case unknownBaseline(String, available: [String])

    /// A sentence listing the configurations there are.
    public var description: String {
        switch self {
        case let .unknownBaseline(name, available):
            "no configuration '\(name)' in the results; they have " + available.map { "'\($0)'" }.joined(separator: ", ")
        }
    }
}
