import MILP

/// Globally valid cuts kept for the whole search. GLPK keeps a cut added below the root only in
/// that node's subtree; the pool remembers every cut so that any node whose LP solution violates
/// one gets it back. A cut that is scanned and found satisfied ages by one scan, a violated one
/// becomes young again, and cuts older than ``maximumAge`` scans leave the pool.
public struct CutPool: Sendable {
    /// A pooled cut and its age.
    public struct Entry: Sendable {
        /// The cut.
        public var cut: Cut
        /// Scans in a row that found it satisfied.
        public var age: Int
    }

    /// The cuts in the pool.
    public private(set) var entries: [Entry] = []
    /// Cuts satisfied at more scans in a row than this leave the pool.
    public var maximumAge: Int
    /// The most cuts kept; the oldest leave first.
    public var capacity: Int
    private var keys: Set<Key> = []

    /// An empty pool.
    public init(maximumAge: Int = 100, capacity: Int = 20_000) {
        self.maximumAge = maximumAge
        self.capacity = capacity
    }

    /// Adds `cut` unless the pool holds the same cut (up to a positive multiple); returns
    /// whether it was added.
    @discardableResult
    public mutating func insert(_ cut: Cut) -> Bool {
        guard keys.insert(Key(cut)).inserted else { return false }
        entries.append(Entry(cut: cut, age: 0))
        if entries.count > capacity {
            let oldest = entries.indices.max { entries[$0].age < entries[$1].age }!
            keys.remove(Key(entries[oldest].cut))
            entries.remove(at: oldest)
        }
        return true
    }

    /// The pooled cuts `values` violates with at least `minimumEfficacy`. Scanning ages the
    /// satisfied cuts, makes the violated ones young, and drops the expired.
    public mutating func violatedCuts(at values: [Double], minimumEfficacy: Double) -> [ScoredCut] {
        var violated: [ScoredCut] = []
        for index in entries.indices {
            let efficacy = entries[index].cut.efficacy(at: values)
            if efficacy >= minimumEfficacy {
                entries[index].age = 0
                violated.append(ScoredCut(cut: entries[index].cut, efficacy: efficacy))
            } else {
                entries[index].age += 1
            }
        }
        if entries.contains(where: { $0.age > maximumAge }) {
            for entry in entries where entry.age > maximumAge { keys.remove(Key(entry.cut)) }
            entries.removeAll { $0.age > maximumAge }
        }
        return violated
    }

    /// A cut's identity up to positive scaling: columns and coefficients divided by the largest
    /// magnitude, rounded to nine significant digits.
    private struct Key: Hashable, Sendable {
        var columns: [Int]
        var coefficients: [Int64]
        var rightHandSide: Int64

        init(_ cut: Cut) {
            let scale = cut.terms.reduce(0.0) { max($0, abs($1.coefficient)) }
            func rounded(_ value: Double) -> Int64 { Int64(clamping: Int((value / scale * 1e9).rounded())) }
            columns = cut.terms.map(\.variable.index)
            coefficients = cut.terms.map { rounded($0.coefficient) }
            rightHandSide = abs(cut.rightHandSide / scale) < 1e9 ? rounded(cut.rightHandSide) : .max
        }
    }
}
