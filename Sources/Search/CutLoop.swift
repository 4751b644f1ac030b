import MILP

/// Runs cut separation rounds at the nodes of a branch-and-cut search: at each round the pool's
/// violated cuts and the separators' new ones are ranked by efficacy, near-parallel ones are
/// dropped, and the best are returned for the solver to add (it then re-solves the LP and calls
/// again). Cuts longer than ``Limits/maximumLength`` are never added. A node's loop ends when a
/// round finds nothing, after ``Limits/rootRounds`` (root) or ``Limits/nodeRounds`` rounds, when
/// ``Limits/stallRounds`` rounds in a row moved the LP objective by less than
/// ``Limits/minimumProgress``, or at the deadline. A separator none of whose cuts were chosen in
/// ``Limits/fruitlessRounds`` rounds in a row is not called again at that node.
public final class CutLoop {
    /// How much separation to do.
    public struct Limits: Sendable, Equatable {
        /// Rounds at the root node.
        public var rootRounds = 60
        /// Rounds at any other node.
        public var nodeRounds = 1
        /// Separators run at nodes whose depth is a multiple of this (the pool is scanned at
        /// every node); 0 runs them at the root only.
        public var separationFrequency = 0
        /// Cuts added per round at the root.
        public var rootCutsPerRound = 400
        /// Cuts added per round at other nodes.
        public var nodeCutsPerRound = 40
        /// Rounds in a row with too little progress that end a node's loop.
        public var stallRounds = 3
        /// Rounds in a row in which none of a separator's cuts was chosen, after which it is not
        /// called again at the node.
        public var fruitlessRounds = 2
        /// The relative LP objective change below which a round counts as stalled.
        public var minimumProgress = 1e-4
        /// Cuts less efficacious than this are ignored.
        public var minimumEfficacy = 1e-4
        /// Cuts with more nonzero coefficients than this are ignored: dense rows slow every LP
        /// that follows more than their bound is worth. Chosen on the training instances: with
        /// cuts of up to 130 terms (the longest aggregated paths) sp150x300d took 18,707 nodes
        /// and 30 s instead of a few dozen nodes and 3 s, and facility location models twice the
        /// time; limits from 30 to 60 did about equally well.
        public var maximumLength = 40
        /// A cut whose normal is closer than this (cosine) to an already chosen cut's is dropped.
        public var maximumParallelism = 0.98

        /// The default limits.
        public init() {}
    }

    /// The point a round separates and where it is.
    public struct Point {
        /// Identifies the node (rounds are counted per node).
        public var node: Int
        /// The node's depth; the root is 0.
        public var depth: Int
        /// The LP solution, by column.
        public var values: [Double]
        /// The LP objective.
        public var objective: Double

        /// A point from its parts.
        public init(node: Int, depth: Int, values: [Double], objective: Double) {
            self.node = node
            self.depth = depth
            self.values = values
            self.objective = objective
        }
    }

    /// The limits in force.
    public var limits: Limits
    /// When set, no round starts after this instant.
    public var deadline: ContinuousClock.Instant?
    private let separators: [any CutSeparator]
    private var pool: CutPool?
    private var statistics: [String: SearchComponentStatistics] = [:]
    private var currentNode: Int?
    private var rounds = 0
    private var stalled = 0
    private var lastObjective: Double?
    /// For each separator, the rounds in a row at the current node in which none of its cuts was chosen.
    private var fruitless: [String: Int] = [:]
    private let clock = ContinuousClock()

    /// A loop over `separators`, keeping found cuts in a global pool when `usesPool`.
    public init(separators: [any CutSeparator], usesPool: Bool = true, limits: Limits = Limits()) {
        self.separators = separators
        pool = usesPool ? CutPool() : nil
        self.limits = limits
        for separator in separators { statistics[separator.name] = SearchComponentStatistics(name: separator.name, kind: .separator) }
        if usesPool { statistics[Self.poolName] = SearchComponentStatistics(name: Self.poolName, kind: .separator) }
    }

    /// The name the pool's statistics go by.
    public static let poolName = "cut-pool"

    /// What each separator and the pool did so far, separators first in their order.
    public var componentStatistics: [SearchComponentStatistics] {
        (separators.map(\.name) + (pool == nil ? [] : [Self.poolName])).compactMap { statistics[$0] }
    }

    /// One round at `point`: the cuts to add, best first; empty when the node's loop is over.
    public func round(at point: Point) -> [Cut] {
        if point.node != currentNode {
            currentNode = point.node
            rounds = 0
            stalled = 0
            lastObjective = nil
            fruitless = [:]
        }
        if let lastObjective {
            let progress = abs(point.objective - lastObjective) / max(1, abs(point.objective))
            stalled = progress < limits.minimumProgress ? stalled + 1 : 0
        }
        lastObjective = point.objective
        let isRoot = point.depth == 0
        guard rounds < (isRoot ? limits.rootRounds : limits.nodeRounds), stalled < limits.stallRounds else { return [] }
        if let deadline, clock.now >= deadline { return [] }
        rounds += 1

        var candidates: [(cut: ScoredCut, origin: String)] = []
        if pool != nil {
            let started = clock.now
            let found = pool!.violatedCuts(at: point.values, minimumEfficacy: limits.minimumEfficacy)
            record(Self.poolName, found: found.count, since: started)
            candidates += found.map { ($0, Self.poolName) }
        }
        let runsSeparators = isRoot || (limits.separationFrequency > 0 && point.depth % limits.separationFrequency == 0)
        let active = runsSeparators ? separators.filter { fruitless[$0.name, default: 0] < limits.fruitlessRounds } : []
        for separator in active {
            let started = clock.now
            let found = separator.separate(point.values).filter { $0.efficacy >= limits.minimumEfficacy && $0.cut.terms.count <= limits.maximumLength }
            record(separator.name, found: found.count, since: started)
            for cut in found where pool?.insert(cut.cut) ?? true {
                candidates.append((cut, separator.name))
            }
        }
        let chosen = select(candidates, count: isRoot ? limits.rootCutsPerRound : limits.nodeCutsPerRound)
        for (_, origin) in chosen { statistics[origin]?.accepted += 1 }
        for separator in active {
            fruitless[separator.name] = chosen.contains { $0.origin == separator.name } ? 0 : fruitless[separator.name, default: 0] + 1
        }
        return chosen.map(\.cut.cut)
    }

    /// The best `count` candidates by efficacy, none nearly parallel to a better one.
    private func select(_ candidates: [(cut: ScoredCut, origin: String)], count: Int) -> [(cut: ScoredCut, origin: String)] {
        var chosen: [(cut: ScoredCut, origin: String)] = []
        for candidate in candidates.sorted(by: { $0.cut.efficacy > $1.cut.efficacy }) {
            guard chosen.count < count else { break }
            if chosen.allSatisfy({ $0.cut.cut.parallelism(with: candidate.cut.cut) <= limits.maximumParallelism }) {
                chosen.append(candidate)
            }
        }
        return chosen
    }

    private func record(_ name: String, found: Int, since started: ContinuousClock.Instant) {
        statistics[name]?.calls += 1
        statistics[name]?.found += found
        statistics[name]?.time += clock.now - started
    }
}
