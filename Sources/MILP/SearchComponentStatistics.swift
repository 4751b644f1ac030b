/// What one cut separator, primal heuristic or symmetry handler did during a solve: how often it
/// ran, what it produced, how much of that the search used, and the time it took.
public struct SearchComponentStatistics: Sendable, Equatable, Codable {
    /// Whether the component generates cutting planes, looks for solutions or breaks symmetry.
    public enum Kind: String, Sendable, Codable {
        /// A cut separator (or the cut pool): it produces cuts.
        case separator
        /// A primal heuristic: it produces feasible solutions.
        case heuristic
        /// A symmetry handler: it finds interchangeable blocks of columns and fixes columns
        /// their symmetry makes redundant.
        case symmetry
        /// A restart rule: it judges the search so far and starts branch-and-cut again when
        /// that should pay; its time is the time of the search it abandoned.
        case restart
        /// A selection rule: it judges which components are worth running on; its found count
        /// is the components it judged, its accepted count those it switched off.
        case selection
    }

    /// The component's name, such as `"path-mir"` or `"rens"`.
    public var name: String
    /// Separator or heuristic.
    public var kind: Kind
    /// How many times it ran.
    public var calls: Int
    /// Cuts it generated, solutions it found, interchangeable blocks it found, judgements
    /// against the search so far, or components judged.
    public var found: Int
    /// Cuts added to the LP, solutions accepted as new incumbents, columns fixed, restarts, or
    /// components switched off.
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

    /// The statistics of two searches of one solve, `first`'s components in their order then
    /// `second`'s new ones, the counts and times of components in both added up.
    public static func merged(_ first: [SearchComponentStatistics], _ second: [SearchComponentStatistics]) -> [SearchComponentStatistics] {
        var merged = first
        for component in second {
            if let index = merged.firstIndex(where: { $0.name == component.name }) {
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
