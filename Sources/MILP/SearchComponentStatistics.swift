/// What one cut separator or primal heuristic did during a solve: how often it ran, what it
/// produced, how much of that the search used, and the time it took.
public struct SearchComponentStatistics: Sendable, Equatable, Codable {
    /// Whether the component generates cutting planes or looks for solutions.
    public enum Kind: String, Sendable, Codable {
        /// A cut separator (or the cut pool): it produces cuts.
        case separator
        /// A primal heuristic: it produces feasible solutions.
        case heuristic
    }

    /// The component's name, such as `"path-mir"` or `"rens"`.
    public var name: String
    /// Separator or heuristic.
    public var kind: Kind
    /// How many times it ran.
    public var calls: Int
    /// Cuts it generated, or solutions it found.
    public var found: Int
    /// Cuts added to the LP, or solutions accepted as new incumbents.
    public var accepted: Int
    /// The wall-clock time it took, sub-MIPs included.
    public var time: Duration

    /// Statistics from their parts.
    public init(name: String, kind: Kind, calls: Int = 0, found: Int = 0, accepted: Int = 0, time: Duration = .zero) {
        self.name = name
        self.kind = kind
        self.calls = calls
        self.found = found
        self.accepted = accepted
        self.time = time
    }
}

extension Array where Element == SearchComponentStatistics {
    /// These statistics with `later`'s, those of a component in both added up, the others in
    /// the order they first appear: what two searches of one solve did together.
    public func merged(with later: [SearchComponentStatistics]) -> [SearchComponentStatistics] {
        var merged = self
        for component in later {
            if let index = merged.firstIndex(where: { $0.name == component.name && $0.kind == component.kind }) {
                merged[index].calls += component.calls
                merged[index].found += component.found
                merged[index].accepted += component.accepted
                merged[index].time += component.time
            } else {
                merged.append(component)
            }
        }
        return merged
    }
}
