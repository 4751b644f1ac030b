import MILP

/// How one run ended: the solver's termination, or what happened to the run's process.
public enum RunStatus: String, Sendable, Equatable, Codable, CaseIterable {
    /// Solved to proven optimality (within the gap tolerance).
    case optimal
    /// Proven infeasible.
    case infeasible
    /// Proven unbounded.
    case unbounded
    /// Proven infeasible or unbounded, not which.
    case infeasibleOrUnbounded
    /// The solver stopped at its time limit.
    case timeLimit
    /// The solver stopped at an iteration limit.
    case iterationLimit
    /// The solver stopped at a node limit.
    case nodeLimit
    /// The solver was stopped from outside.
    case interrupted
    /// The solver gave up for numerical reasons.
    case numericalError
    /// An external command without an output parser exited with status 0.
    case completed
    /// The run was still going at the wall-clock limit (time limit plus grace) and was killed.
    case killed
    /// The run failed for lack of memory under the memory limit.
    case memoryLimit
    /// The run's process died from a signal or ended without a result.
    case crashed
    /// The run reported an error: an unreadable model, a nonzero exit, output that could not be read.
    case failed

    /// The status for a solver's termination.
    public init(_ termination: Termination) {
        self = switch termination.reason {
        case .optimal: .optimal
        case .infeasible: .infeasible
        case .unbounded: .unbounded
        case .infeasibleOrUnbounded: .infeasibleOrUnbounded
        case .timeLimit: .timeLimit
        case .iterationLimit: .iterationLimit
        case .nodeLimit: .nodeLimit
        case .interrupted: .interrupted
        case .numericalError: .numericalError
        }
    }

    /// Whether the run claims to have settled its instance: a proof of optimality,
    /// infeasibility or unboundedness. Whether the claim holds is for an ``AnswerCheck`` to say.
    public var claimsProof: Bool {
        switch self {
        case .optimal, .infeasible, .unbounded, .infeasibleOrUnbounded: true
        default: false
        }
    }

    /// Whether the run itself went wrong rather than the solver stopping for a reason of its own.
    public var isFailure: Bool {
        switch self {
        case .killed, .memoryLimit, .crashed, .failed: true
        default: false
        }
    }
}
