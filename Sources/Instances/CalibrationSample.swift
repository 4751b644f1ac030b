import MILP

/// One solve of a calibration: which instance, how it ended, and what it cost.
public struct CalibrationSample: Sendable, Equatable, Codable {
    /// The instance solved.
    public var id: InstanceID
    /// Why the solve stopped.
    public var termination: Termination.Reason
    /// Wall-clock time to the millisecond, model loading included (`seconds` in JSON).
    @CodedAsSeconds public var time: Duration
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
        time = .milliseconds(Int64((solution.statistics.wallTime.inSeconds * 1000).rounded()))
        nodes = solution.statistics.nodes
        gap = solution.relativeGap
        objective = solution.objectiveValue
    }

    private enum CodingKeys: String, CodingKey {
        case id, termination, nodes, gap, objective
        case time = "seconds"
    }

    /// Whether the solve proved optimality.
    public var isSolved: Bool { termination == .optimal }
}
