import Foundation

/// The stable name of one library instance, such as `setcover-easy-test-00017`: distribution,
/// level, split and the instance's index in its split (five digits). The seed follows from it by
/// ``SplitPlan``, so an id alone is enough to regenerate the instance.
public struct InstanceID: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
    /// The distribution's name.
    public var distribution: String
    /// The level.
    public var level: HardnessLevel
    /// The split.
    public var split: Split
    /// The position in the split, from 0.
    public var index: Int

    /// An id from its parts.
    public init(distribution: String, level: HardnessLevel, split: Split, index: Int) {
        self.distribution = distribution
        self.level = level
        self.split = split
        self.index = index
    }

    /// Parses `distribution-level-split-index`; the distribution's name may itself contain
    /// hyphens. Checks the names and the index against the library.
    public init(_ text: String) throws(InstanceLibraryError) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[parts.count - 1].allSatisfy({ $0.isASCII && $0.isNumber }),
              let index = Int(parts[parts.count - 1]) else { throw .malformedID(text) }
        let distribution = parts[..<(parts.count - 3)].joined(separator: "-")
        _ = try InstanceLibrary.distribution(named: distribution)
        let level = try InstanceLibrary.level(named: String(parts[parts.count - 3]))
        let split = try InstanceLibrary.split(named: String(parts[parts.count - 2]))
        let count = SplitPlan.count(level: level, split: split)
        guard index < count else { throw .indexOutOfRange(text, count: count) }
        self.init(distribution: distribution, level: level, split: split, index: index)
    }

    /// The seed the instance is generated from.
    public var seed: UInt64 { SplitPlan.seed(level: level, split: split, index: index) }

    /// `distribution-level-split-index`, the index padded to five digits.
    public var description: String {
        let digits = String(index)
        return "\(distribution)-\(level.rawValue)-\(split.rawValue)-\(String(repeating: "0", count: max(0, 5 - digits.count)))\(digits)"
    }

    /// Orders by distribution name, then level from tiny to hard, split as train, valid, test,
    /// and index.
    public static func < (lhs: InstanceID, rhs: InstanceID) -> Bool {
        func key(_ id: InstanceID) -> (String, HardnessLevel, Int, Int) {
            (id.distribution, id.level, Split.allCases.firstIndex(of: id.split)!, id.index)
        }
        return key(lhs) < key(rhs)
    }

    /// Decodes the id from its text.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes the id as its text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
