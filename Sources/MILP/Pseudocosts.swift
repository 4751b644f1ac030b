/// Pseudocosts: for each variable and direction, the objective degradation per unit of change
/// observed when branching on it, averaged over the observations.
///
/// An observation is `Δ / f`, where `Δ ≥ 0` is how much a child's LP objective is worse than its
/// parent's and `f` is how far the child moved the variable (``BranchingCandidate/downFraction``
/// or ``BranchingCandidate/upFraction``).
public struct Pseudocosts: Sendable, Equatable {
    /// Observations of one variable, or of all together.
    public struct Record: Sendable, Equatable {
        /// Sum of the down observations.
        public var downSum = 0.0
        /// Number of down observations.
        public var downCount = 0
        /// Sum of the up observations.
        public var upSum = 0.0
        /// Number of up observations.
        public var upCount = 0

        /// No observations.
        public init() {}

        /// The number of observations in `direction`.
        public func count(_ direction: BranchDirection) -> Int {
            direction == .down ? downCount : upCount
        }

        /// The sum of observations in `direction`.
        public func sum(_ direction: BranchDirection) -> Double {
            direction == .down ? downSum : upSum
        }

        /// The mean observation in `direction`, or `nil` without observations.
        public func mean(_ direction: BranchDirection) -> Double? {
            let count = count(direction)
            return count > 0 ? sum(direction) / Double(count) : nil
        }

        fileprivate mutating func add(_ value: Double, _ direction: BranchDirection) {
            switch direction {
            case .down: (downSum, downCount) = (downSum + value, downCount + 1)
            case .up: (upSum, upCount) = (upSum + value, upCount + 1)
            }
        }
    }

    private var records: [Int: Record] = [:]
    /// The observations of all variables together.
    public private(set) var overall = Record()

    /// No observations.
    public init() {}

    /// Adds an observation of `gainPerUnit` (negative values count as 0, infinite or NaN ones
    /// are ignored) for `variable` in `direction`.
    public mutating func record(_ gainPerUnit: Double, for variable: Variable, _ direction: BranchDirection) {
        guard gainPerUnit.isFinite else { return }
        let gain = max(0, gainPerUnit)
        records[variable.index, default: Record()].add(gain, direction)
        overall.add(gain, direction)
    }

    /// The observations of `variable` (empty when there are none).
    public func record(for variable: Variable) -> Record {
        records[variable.index] ?? Record()
    }

    /// How many observations `variable` has in `direction`.
    public func count(for variable: Variable, _ direction: BranchDirection) -> Int {
        record(for: variable).count(direction)
    }

    /// The mean observation of `variable` in `direction`, or `nil` without observations.
    public func mean(for variable: Variable, _ direction: BranchDirection) -> Double? {
        record(for: variable).mean(direction)
    }

    /// The mean over all observations in `direction`, of any variable, or `nil` without any:
    /// the usual estimate for a variable not yet observed.
    public func average(_ direction: BranchDirection) -> Double? {
        overall.mean(direction)
    }
}
