import MILP

/// Expert groups onto nodes, the same number per node, minimising the busiest node's load
/// (each window's, combined by the history objective): the first step of hierarchical
/// placement, as a MILP. `x[g,n]` (binary) puts group `g` on node `n`. Nodes are
/// interchangeable, so they are ordered by their lowest group: node `n` may hold group `g` only
/// if node `n − 1` holds a lower one.
struct GroupPlacementFormulation {
    /// The MILP.
    let model: Model
    private let assignment: [[Variable]]

    /// The model of groups with loads `loads[g][t]` on `nodes` nodes, its objective at most `cutoff`.
    init(loads: [[Double]], nodes: Int, objective: ExpertReplicationProblem.HistoryObjective, cutoff: Double) {
        let groups = loads.count, windows = loads.first?.count ?? 0
        var model = Model(name: "group-placement")
        let levels = objective == .worst ? 1 : windows
        let level = model.addVariables(count: levels, lowerBound: 0) { "T[\($0)]" }
        let assignment = (0..<groups).map { group in model.addVariables(count: nodes, kind: .binary) { "x[\(group),\($0)]" } }
        for group in 0..<groups {
            model.addConstraint(assignment[group].sum() == 1, name: "place[\(group)]")
            for node in 1..<max(nodes, 1) {
                model.addConstraint((0..<group).sum { LinearExpression(assignment[$0][node - 1]) } - assignment[group][node] >= 0,
                                    name: "order[\(group),\(node)]")
            }
        }
        for node in 0..<nodes {
            model.addConstraint((0..<groups).sum { LinearExpression(assignment[$0][node]) } == Double(groups / nodes), name: "groups[\(node)]")
            for window in 0..<windows {
                model.addConstraint((0..<groups).sum { loads[$0][window] * assignment[$0][node] } <= LinearExpression(level[objective == .worst ? 0 : window]),
                                    name: "load[\(node),\(window)]")
            }
        }
        let score = level.sum() / Double(levels)
        model.addConstraint(score <= cutoff, name: "cutoff")
        model.minimize(score)
        self.model = model
        self.assignment = assignment
    }

    /// The node of each group in `solution`, or `nil` without a solution.
    func nodes(in solution: Solution) -> [Int]? {
        guard solution.hasSolution else { return nil }
        return assignment.map { row in row.indices.max { solution[row[$0]] < solution[row[$1]] } ?? 0 }
    }
}
