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
