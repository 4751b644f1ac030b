import MILP

extension PodPackingFormulation {
    /// The value of every model variable for the placement `assignment` (a node index per pod):
    /// placement counts, and the auxiliary variables set as the placement implies, so that a
    /// feasible placement gives a feasible starting solution.
    func values(at assignment: [Int?]) -> [Double] {
        var values = [Double](repeating: 0, count: model.variableCount)
        for unit in units {
            for (node, variable) in unit.variables {
                values[variable.index] = Double(unit.pods.count { assignment[$0] == node })
            }
        }
        func placed(_ unit: Int, on nodes: [Int], newOnly: Bool) -> Int {
            units[unit].pods.count { pod in
                assignment[pod].map { nodes.contains($0) && !(newOnly && $0 == units[unit].origin) } ?? false
            }
        }
        for auxiliary in auxiliaries {
            let value: Double
            switch auxiliary {
            case let .presence(_, unit, nodes, newOnly):
                value = placed(unit, on: nodes, newOnly: newOnly) > 0 ? 1 : 0
            case let .pair(_, unit, nodes):
                value = placed(unit, on: nodes, newOnly: false) >= 2 ? 1 : 0
            case let .firstOfGroup(_, unit, supporters):
                let everywhere = Array(problem.nodes.indices)
                let alone = supporters.value(at: values) == 0 && placed(unit, on: everywhere, newOnly: false) == 1
                value = alone && placed(unit, on: everywhere, newOnly: true) == 1 ? 1 : 0
            case let .minimum(_, counts):
                value = counts.map { $0.value(at: values) }.min() ?? 0
            case let .newcomer(_, placements):
                value = placements.contains { values[$0.index] > 0 } ? 1 : 0
            }
            values[auxiliary.variable.index] = value
        }
        return values
    }
}
