/// The plans a practitioner would use today instead of a per-batch plan: one SP degree for
/// every group, with as many micro-batches as that layout needs (FlexSP's loop, see
/// ``SequenceParallelProblem/minimumMicroBatchCount``).
public enum SequenceParallelBaseline: String, Sendable, Codable, CaseIterable {
    /// One static degree, the smallest that holds the longest sequence, with sequences dealt
    /// longest first to the group holding the fewest tokens (the usual token-balanced packing).
    case smallestStaticDegree
    /// The static degree, among all that hold the longest sequence, whose token-balanced
    /// packing gives the shortest step.
    case bestStaticDegree
    /// Greedy longest-first: sequences longest first onto the group with the least modeled time,
    /// on the static layout where that does best.
    case greedy

    /// The baseline's plan for `problem`, or `nil` when no static degree holds the longest sequence.
    public func plan(for problem: SequenceParallelProblem) -> SequenceParallelPlan? {
        switch self {
        case .smallestStaticDegree:
            guard let longest = problem.sequences.max(), let degree = problem.smallestDegree(fitting: longest) else { return nil }
            return Self.staticPlan(problem, degree: degree, balancing: .tokens)
        case .bestStaticDegree:
            return problem.degrees.compactMap { Self.staticPlan(problem, degree: $0, balancing: .tokens) }.min { $0.stepTime < $1.stepTime }
        case .greedy:
            return problem.degrees.compactMap { Self.staticPlan(problem, degree: $0, balancing: .time) }.min { $0.stepTime < $1.stepTime }
        }
    }

    /// Groups of `degree` GPUs only, packed by `balancing`, in as few micro-batches as they allow.
    private static func staticPlan(_ problem: SequenceParallelProblem, degree: Int,
                                   balancing: SequenceParallelProblem.Balancing) -> SequenceParallelPlan? {
        guard let longest = problem.sequences.max(), longest <= problem.tokenCapacity(degree: degree),
              let (members, groups) = problem.microBatched({ $0.packed(layout: [degree: problem.gpus / degree], balancing: balancing) })
        else { return nil }
        return problem.plan(members: members, groups: groups)
    }

    /// A short name for reports.
    public var title: String {
        switch self {
        case .smallestStaticDegree: "smallest static degree"
        case .bestStaticDegree: "best static degree"
        case .greedy: "greedy longest-first"
        }
    }
}
