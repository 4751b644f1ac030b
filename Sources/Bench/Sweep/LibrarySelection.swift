import MILP

/// A part of the instance library: the instances of a distribution at a hardness level in a
/// split, optionally only the first few. Each unset field matches everything.
public struct LibrarySelection: Sendable, Equatable, Codable {
    /// The distribution's short name, such as `setcover`.
    public var distribution: String?
    /// The hardness level's name, such as `easy`.
    public var level: String?
    /// The split's name: `train`, `valid` or `test`.
    public var split: String?
    /// How many of the matching instances to take, first ones first; `nil` for all.
    public var count: Int?

    /// How many instances a selection may take: from 1 to a million.
    public static let countRange = InputRange(1...1_000_000)

    /// A selection with the given fields.
    public init(distribution: String? = nil, level: String? = nil, split: String? = nil, count: Int? = nil) {
        self.distribution = distribution
        self.level = level
        self.split = split
        self.count = count
    }
}

extension LibrarySelection: CustomStringConvertible {
    /// `distribution/level/split`, with `*` for an unset field, then `(first N)` with a count.
    public var description: String {
        [distribution, level, split].map { $0 ?? "*" }.joined(separator: "/") + (count.map { " (first \($0))" } ?? "")
    }
}
