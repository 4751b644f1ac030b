import MILP

extension Graph {
    /// The maximum independent set problem on this graph in the clique formulation: a binary per
    /// node, one `Σ x ≤ 1` row per clique of a greedy clique partition of the edges; maximise
    /// the number of chosen nodes.
    func independentSetModel(name: String) -> Model {
        var model = Model(name: name)
        let choose = model.addVariables(count: nodeCount, kind: .binary) { "x\($0)" }
        for (index, clique) in greedyCliquePartition().enumerated() {
            model.addConstraint(LinearExpression(clique.map { (choose[$0], 1.0) }) <= 1, name: "clique\(index)")
        }
        model.maximize(choose.sum())
        return model
    }
}
