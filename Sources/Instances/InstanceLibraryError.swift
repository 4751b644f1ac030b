/// A request the instance library cannot serve: an unknown name or a malformed id. Each message
/// lists the valid choices.
public enum InstanceLibraryError: Error, Equatable, CustomStringConvertible {
    /// No distribution has this name.
    case unknownDistribution(String)
    /// No level has this name.
    case unknownLevel(String)
    /// No split has this name.
    case unknownSplit(String)
    /// The text is not an instance id of the form `distribution-level-split-index`.
    case malformedID(String)
    /// The id's index is beyond its split's size.
    case indexOutOfRange(String, count: Int)

    /// What went wrong and what would be accepted.
    public var description: String {
        switch self {
        case let .unknownDistribution(name):
            "unknown distribution '\(name)'; valid distributions: \(InstanceLibrary.distributionNames.joined(separator: ", "))"
        case let .unknownLevel(name):
            "unknown level '\(name)'; valid levels: \(HardnessLevel.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .unknownSplit(name):
            "unknown split '\(name)'; valid splits: \(Split.allCases.map(\.rawValue).joined(separator: ", "))"
        case let .malformedID(text):
            "'\(text)' is not an instance id; ids look like setcover-easy-test-00017 (distribution-level-split-index)"
        case let .indexOutOfRange(id, count):
            "no instance '\(id)': that split has \(count) instances, numbered from 0"
        }
    }
}
