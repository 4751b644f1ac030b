import MILP

/// Small MIPs whose branch-and-bound trees are quick to explore in a debug build.
enum TestModels {
    /// max 5x + 4y s.t. 6x + 4y ≤ 24, x + 2y ≤ 6, x, y ≥ 0 integer. The root LP has x = 3,
    /// y = 1.5, objective 21 and duals (0.75, 0.5); branching on y gives the children y ≤ 1 with
    /// LP objective 20⅔ (x = 10/3) and y ≥ 2 with 18 (x = 2, y = 2). The optimum is 20 (x = 4).
    static func textbook() -> Model {
        var model = Model(name: "textbook")
        let x = model.addVariable("x", kind: .integer)
        let y = model.addVariable("y", kind: .integer)
        model.addConstraint(6 * x + 4 * y <= 24, name: "wood")
        model.addConstraint(x + 2 * y <= 6, name: "labour")
        model.maximize(5 * x + 4 * y)
        return model
    }

    /// A multi-dimensional knapsack (maximisation) that needs some hundred nodes.
    static func knapsack(items: Int = 24, dimensions: Int = 3, seed: UInt64 = 1) -> Model {
        var random = SeededGenerator(seed: seed)
        var model = Model(name: "knapsack-\(seed)")
        let take = model.addVariables(count: items, kind: .binary) { "take[\($0)]" }
        for dimension in 0..<dimensions {
            let weights = (0..<items).map { _ in Double(random.integer(in: 10...100)) }
            model.addConstraint((0..<items).sum { weights[$0] * take[$0] } <= 0.5 * weights.reduce(0, +), name: "capacity[\(dimension)]")
        }
        let values = (0..<items).map { _ in Double(random.integer(in: 10...100)) }
        model.maximize((0..<items).sum { values[$0] * take[$0] })
        return model
    }

    /// A random set cover (minimisation): every row covered by at least one chosen column.
    static func setCover(rows: Int = 100, columns: Int = 50, density: Double = 0.1, seed: UInt64 = 1) -> Model {
        var random = SeededGenerator(seed: seed)
        var model = Model(name: "setcover-\(seed)")
        let choose = model.addVariables(count: columns, kind: .binary) { "choose[\($0)]" }
        for row in 0..<rows {
            var members = (0..<columns).filter { _ in random.nextUnit() < density }
            if members.count < 2 { members = [random.integer(in: 0...(columns - 1)), random.integer(in: 0...(columns - 1))] }
            model.addConstraint(members.sum { LinearExpression(choose[$0]) } >= 1, name: "cover[\(row)]")
        }
        let costs = (0..<columns).map { _ in Double(random.integer(in: 1...100)) }
        model.minimize((0..<columns).sum { costs[$0] * choose[$0] })
        return model
    }

    /// A mix of general integer and continuous variables (minimisation).
    static func production(seed: UInt64 = 1) -> Model {
        var random = SeededGenerator(seed: seed)
        var model = Model(name: "production-\(seed)")
        let batches = model.addVariables(count: 8, kind: .integer, upperBound: 20) { "batches[\($0)]" }
        let overtime = model.addVariables(count: 8, upperBound: 3) { "overtime[\($0)]" }
        for demand in 0..<5 {
            let yields = (0..<8).map { _ in Double(random.integer(in: 0...9)) }
            model.addConstraint((0..<8).sum { yields[$0] * batches[$0] + overtime[$0] } >= Double(random.integer(in: 40...90)),
                                name: "demand[\(demand)]")
        }
        let costs = (0..<8).map { _ in Double(random.integer(in: 20...60)) }
        model.minimize((0..<8).sum { costs[$0] * batches[$0] + 15 * overtime[$0] })
        return model
    }
}
