/// A generated cluster and its recipe: the generator's parameters and the seed.
public struct GeneratedCluster<Parameters: CustomStringConvertible & Sendable>: Sendable {
    /// The parameters drawn with.
    public var parameters: Parameters
    /// The seed.
    public var seed: UInt64
    /// The cluster state.
    public var problem: PodPackingProblem

    /// A name that says how to draw the cluster again: the parameters, then `-seed` and the seed.
    public var name: String { "\(parameters)-seed\(seed)" }

    /// The first `count` clusters, drawn by `draw` walking the cells of `grid` in turn with seeds
    /// `firstSeed`, `firstSeed + 1`, …, that the default scheduler (with `scoring`) leaves with
    /// pods pending: the cases where a planner can matter. Gives up after `count × 100` draws.
    static func withPendingPods(count: Int, firstSeed: UInt64, grid: [Parameters], scoring: KubeScheduler.Scoring,
                                draw: (Parameters, UInt64) -> PodPackingProblem) -> [GeneratedCluster] {
        var clusters: [GeneratedCluster] = []
        var attempt = 0
        while clusters.count < count, attempt < count * 100, !grid.isEmpty {
            let parameters = grid[attempt % grid.count]
            let seed = firstSeed &+ UInt64(attempt)
            attempt += 1
            var problem = draw(parameters, seed)
            problem.options.scoring = scoring
            if KubeScheduler(scoring: scoring).schedule(problem).plan.pending.isEmpty { continue }
            clusters.append(GeneratedCluster(parameters: parameters, seed: seed, problem: problem))
        }
        return clusters
    }
}
