/// What a learned scorer is fitted to, per candidate of a recorded node. Both targets are
/// normalised within the node: raw strong-branching scores span orders of magnitude between nodes
/// and instances (they scale with the objective and shrink with depth), so a fit to them would be
/// ruled by a few nodes, while only their order within a node matters for choosing.
public enum TrainingTarget: String, CaseIterable, Sendable, Codable {
    /// The candidate's score over the node's best, in (0, 1]. An infinite score (a child
    /// infeasible before any incumbent) counts as the best, 1; finite scores are divided by the
    /// largest finite one.
    case scoreRatio = "score-ratio"
    /// The candidate's rank among the node's candidates by score, scaled to [0, 1] (0 the worst,
    /// 1 the best; tied scores share their mean rank): a ranking surrogate that ignores how far
    /// apart the scores are.
    case rank

    /// The targets of the candidates of `sample`, in order.
    public func values(for sample: BranchingSample) -> [Double] {
        let scores = sample.candidates.map(\.score)
        switch self {
        case .scoreRatio:
            let largest = scores.filter(\.isFinite).max() ?? 1
            return scores.map { $0.isFinite ? $0 / largest : 1 }
        case .rank:
            guard scores.count > 1 else { return [1] }
            let order = scores.indices.sorted { scores[$0] < scores[$1] }
            var ranks = [Double](repeating: 0, count: scores.count)
            var start = 0
            while start < order.count {
                var end = start
                while end + 1 < order.count, scores[order[end + 1]] == scores[order[start]] { end += 1 }
                for position in start...end { ranks[order[position]] = Double(start + end) / 2 / Double(scores.count - 1) }
                start = end + 1
            }
            return ranks
        }
    }
}
