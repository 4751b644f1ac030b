import MILP

/// One solve of a calibration: which instance, how it ended, and what it cost.
public struct CalibrationSample: Sendable, Equatable, Codable {
    /// The instance solved.
    public var id: InstanceID
    /// Why the solve stopped.
    public var termination: Termination.Reason
    /// Wall-clock seconds to the millisecond, model loading included.
    public var seconds: Double
    /// Branch-and-bound nodes.
    public var nodes: Int
    /// The relative gap at the end; `nil` without a solution or a bound.
    public var gap: Double?
    /// The objective of the best solution found; `nil` without one.
    public var objective: Double?

    /// The sample of `solution`, the outcome of solving instance `id`.
    public init(id: InstanceID, solution: Solution) {
        self.id = id
        termination = solution.termination.reason
        seconds = (solution.statistics.wallTime.inSeconds * 1000).rounded() / 1000
        nodes = solution.statistics.nodes
        gap = solution.relativeGap
        objective = solution.objectiveValue
    }

    /// Whether the solve proved optimality.
    public var isSolved: Bool { termination == .optimal }
}
