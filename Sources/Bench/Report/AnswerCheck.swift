/// Checks what runs claim about their instances against the reference values and, for
/// instances without one, against each other, and says which runs solved their instance.
///
/// A run claims: an interval the optimal objective lies in (from its objective and its bound:
/// a proof of optimality, or a stopped search that has both), a feasible solution (an
/// objective), or a proof of infeasibility or unboundedness. A run is **wrong** when a claim
/// contradicts the instance's reference value — an optimum outside its interval, a solution of
/// an infeasible instance, "infeasible" where a solution is known — or, without a reference
/// value, another run's claim: intervals that do not meet, a solution beside a proof of
/// infeasibility, a finite optimum beside a proof of unboundedness. Values agree within
/// ``tolerance`` relative to their size (absolute below 1). A run **solved** its instance when
/// it claims a proof (with an objective, for optimality) and is not wrong.
public struct AnswerCheck: Sendable {
    /// The relative tolerance within which objective values and bounds agree.
    public static let tolerance = 1e-6

    /// The runs that contradict a reference value or another run, by instance, configuration
    /// and repetition.
    public private(set) var wrong: [WrongAnswer] = []
    private var wrongKeys: Set<TaskKey> = []

    /// The check of `runs` against `references`.
    public init(runs: [RunRecord], references: ReferenceTable) {
        let byInstance = Dictionary(grouping: runs, by: \.instance)
        for instance in byInstance.keys.sorted() {
            let claims = byInstance[instance]!.sorted { $0.key < $1.key }.map(Claim.init)
            if let reference = references.value(for: instance) {
                for claim in claims {
                    if let reason = claim.contradiction(with: reference) { record(claim.run, reason) }
                }
            } else {
                for claim in claims {
                    let others = claims.filter { $0.run.key != claim.run.key }
                    if let other = others.first(where: { claim.contradicts($0) }) {
                        record(claim.run, "\(claim.summary), but \(other.run.configuration) #\(other.run.repetition) \(other.summary)")
                    }
                }
            }
        }
    }

    private mutating func record(_ run: RunRecord, _ reason: String) {
        wrong.append(WrongAnswer(key: run.key, status: run.status, objective: run.objective, bound: run.bound, reason: reason))
        wrongKeys.insert(run.key)
    }

    /// Whether `run` contradicts a reference value or another run.
    public func isWrong(_ run: RunRecord) -> Bool {
        wrongKeys.contains(run.key)
    }

    /// Whether `run` solved its instance: it claims a proof (with an objective, for optimality)
    /// and is not wrong.
    public func isSolved(_ run: RunRecord) -> Bool {
        run.status.claimsProof && (run.status != .optimal || run.objective != nil) && !isWrong(run)
    }
}

/// What one run claims about its instance's answer.
private struct Claim {
    var run: RunRecord
    /// The closed interval the optimal objective lies in, when the run bounds it on both sides.
    var interval: ClosedRange<Double>?

    init(_ run: RunRecord) {
        self.run = run
        let objective = run.objective.flatMap { $0.isFinite ? $0 : nil }
        let bound = run.bound.flatMap { $0.isFinite ? $0 : nil } ?? (run.status == .optimal ? objective : nil)
        if let objective, let bound {
            interval = min(objective, bound)...max(objective, bound)
        }
    }

    /// Whether the run found a feasible solution.
    var hasSolution: Bool { run.objective?.isFinite == true }

    /// What the run claims, for messages: `claims optimum 8700`, `found 8650 with bound 8600`.
    var summary: String {
        switch run.status {
        case .optimal: "claims optimum \(run.objective.map(\.formatted) ?? "without a value")"
        case .infeasible: "claims infeasible"
        case .unbounded: "claims unbounded"
        case .infeasibleOrUnbounded: "claims infeasible or unbounded"
        default:
            if let objective = run.objective { "found \(objective.formatted)" + (run.bound.map { " with bound \($0.formatted)" } ?? "") }
            else { "bound \(run.bound.map(\.formatted) ?? "unknown")" }
        }
    }

    /// Why the claim contradicts `reference`, or `nil` when it does not.
    func contradiction(with reference: ReferenceValue) -> String? {
        let contradicts: Bool
        switch reference {
        case let .optimal(value):
            contradicts = [.infeasible, .unbounded, .infeasibleOrUnbounded].contains(run.status)
                || interval.map { !Self.contains($0, value) } ?? false
        case .bestKnown:
            contradicts = run.status == .infeasible
        case .infeasible:
            contradicts = hasSolution || run.status == .unbounded
        case .unbounded:
            contradicts = run.status == .infeasible || interval != nil
        }
        return contradicts ? "\(summary), but the reference says \(reference)" : nil
    }

    /// Whether this claim and `other` cannot both hold.
    func contradicts(_ other: Claim) -> Bool {
        if let interval, let otherInterval = other.interval, !Self.meet(interval, otherInterval) { return true }
        return excludes(other) || other.excludes(self)
    }

    /// Whether this run's proof of infeasibility or unboundedness rules out what `other` found.
    private func excludes(_ other: Claim) -> Bool {
        switch run.status {
        case .infeasible: other.hasSolution || other.run.status == .unbounded
        case .unbounded, .infeasibleOrUnbounded: other.interval != nil
        default: false
        }
    }

    /// Whether `value` lies in `interval`, within the tolerance.
    private static func contains(_ interval: ClosedRange<Double>, _ value: Double) -> Bool {
        meet(interval, value...value)
    }

    /// Whether two intervals overlap, within the tolerance.
    private static func meet(_ one: ClosedRange<Double>, _ other: ClosedRange<Double>) -> Bool {
        let scale = max(1, abs(one.lowerBound), abs(one.upperBound), abs(other.lowerBound), abs(other.upperBound))
        let slack = AnswerCheck.tolerance * scale
        return one.lowerBound <= other.upperBound + slack && other.lowerBound <= one.upperBound + slack
    }
}
