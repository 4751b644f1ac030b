import MILP

/// The MILP of a ``PodPackingProblem``: placement variables and capacity rows, with the
/// expressions each stage of the lexicographic objective optimises.
///
/// Pods that cannot change place (protected, or any running pod when moves are off) are fixed
/// and only reduce their node's capacity. A running pod that may move gets a binary
/// x_{i,j} per node j it fits on alone. Pending pods with identical requests and priority (the
/// replicas of one set) are interchangeable, so they share an integer count n_{g,j} per node
/// instead of one binary per pod: the same placements without the symmetry between replicas.
///
///     Σ_j x_{i,j} ≤ 1,   Σ_j n_{g,j} ≤ |g|
///     Σ_i a_{i,r}·x_{i,j} + Σ_g a_{g,r}·n_{g,j} ≤ C_{j,r} − fixed_{j,r}    for every node j, resource r
///
/// New placements go only to schedulable nodes; a running pod may stay on its own node
/// regardless. (Ordering the loads of identical empty nodes, the usual symmetry breaking for bin
/// packing, was measured on the paper's grid: it kept GLPK from finding better plans within 1 s on
/// most 8-node instances, so the model has no such rows.)
public struct PodPackingFormulation: Sendable {
    /// Pods that share placement variables: one running pod, or the identical pending replicas.
    struct Group: Sendable {
        /// The pods, as indices into the problem's pods, in the problem's order.
        var pods: [Int]
        /// Their priority.
        var priority: Int
        /// For a running pod, the node it runs on now.
        var origin: Int?
        /// The placement variable on each node the group may use.
        var variables: [(node: Int, variable: Variable)]
    }

    /// The problem the model was built from.
    public let problem: PodPackingProblem
    /// The model; its objective maximises the pods placed in the highest tier, the first stage.
    public let model: Model
    /// The groups of pods with variables.
    let groups: [Group]
    /// Fixed pods and their nodes.
    let fixed: [Int: Int]

    /// The model of a valid `problem`; see ``PodPackingProblem/formulation()``.
    init(checked problem: PodPackingProblem) {
        self.problem = problem
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        var residual = problem.nodes.map { (cpu: $0.cpu, memory: $0.memory) }
        var fixed: [Int: Int] = [:]
        var groups: [Group] = []
        var pendingGroups: [[Int]: Int] = [:]
        for (index, pod) in problem.pods.enumerated() {
            if let origin = pod.node.flatMap({ nodeIndices[$0] }) {
                if pod.protected || !problem.options.allowMoves {
                    fixed[index] = origin
                    residual[origin].cpu -= pod.cpu
                    residual[origin].memory -= pod.memory
                } else {
                    groups.append(Group(pods: [index], priority: pod.priority, origin: origin, variables: []))
                }
            } else if let group = pendingGroups[[pod.cpu, pod.memory, pod.priority]] {
                groups[group].pods.append(index)
            } else {
                pendingGroups[[pod.cpu, pod.memory, pod.priority]] = groups.count
                groups.append(Group(pods: [index], priority: pod.priority, origin: nil, variables: []))
            }
        }

        var model = Model(name: "pod-packing")
        var cpuRows = Array(repeating: LinearExpression(), count: problem.nodes.count)
        var memoryRows = cpuRows
        for position in groups.indices {
            let first = problem.pods[groups[position].pods[0]]
            let count = groups[position].pods.count
            let label = count == 1 ? first.name : "\(first.name)+\(count - 1)"
            for (nodeIndex, node) in problem.nodes.enumerated() where node.schedulable || nodeIndex == groups[position].origin {
                let fits = min(count,
                               first.cpu > 0 ? residual[nodeIndex].cpu / first.cpu : count,
                               first.memory > 0 ? residual[nodeIndex].memory / first.memory : count)
                guard fits >= 1 else { continue }
                let variable = model.addVariable("place[\(label),\(node.name)]", kind: fits == 1 ? .binary : .integer,
                                                 lowerBound: 0, upperBound: Double(fits))
                groups[position].variables.append((nodeIndex, variable))
                cpuRows[nodeIndex].add(Double(first.cpu), variable)
                memoryRows[nodeIndex].add(Double(first.memory) * Self.memoryScale, variable)
            }
            if !groups[position].variables.isEmpty {
                model.addConstraint(groups[position].variables.map(\.variable).sum() <= Double(count), name: "once[\(label)]")
            }
        }
        for (nodeIndex, node) in problem.nodes.enumerated() where !cpuRows[nodeIndex].terms.isEmpty {
            model.addConstraint(cpuRows[nodeIndex] <= Double(residual[nodeIndex].cpu), name: "cpu[\(node.name)]")
            model.addConstraint(memoryRows[nodeIndex] <= Double(residual[nodeIndex].memory) * Self.memoryScale, name: "memory[\(node.name)]")
        }
        self.groups = groups
        self.fixed = fixed
        model.maximize(Self.placed(groups: groups, fixed: fixed, problem: problem, minimumPriority: problem.priorityTiers.first ?? 0))
        self.model = model
    }

    /// Memory rows are in MiB: an exact power-of-two scaling that keeps coefficients near the
    /// CPU rows' magnitude.
    private static let memoryScale = 1.0 / 1_048_576

    /// The number of placed pods with priority ≥ `minimumPriority`, fixed pods included.
    public func placedPods(minimumPriority: Int) -> LinearExpression {
        Self.placed(groups: groups, fixed: fixed, problem: problem, minimumPriority: minimumPriority)
    }

    private static func placed(groups: [Group], fixed: [Int: Int], problem: PodPackingProblem, minimumPriority: Int) -> LinearExpression {
        var expression = LinearExpression(Double(fixed.keys.filter { problem.pods[$0].priority >= minimumPriority }.count))
        for group in groups where group.priority >= minimumPriority {
            for (_, variable) in group.variables { expression.add(1, variable) }
        }
        return expression
    }

    /// The disruption of running pods with priority ≥ `minimumPriority`: 1 for each eviction and
    /// 2 for each move, Σ (1 − x_{i,o}) + (z_i − x_{i,o}) with z_i = Σ_j x_{i,j}.
    public func disruption(minimumPriority: Int) -> LinearExpression {
        var expression = LinearExpression()
        for group in groups where group.origin != nil && group.priority >= minimumPriority {
            expression += 1
            for (node, variable) in group.variables { expression.add(node == group.origin ? -1 : 1, variable) }
        }
        return expression
    }

    /// Whether any running pod with priority ≥ `minimumPriority` may move or be evicted.
    func hasMovablePods(minimumPriority: Int) -> Bool {
        groups.contains { $0.origin != nil && $0.priority >= minimumPriority }
    }

    /// The plan in `solution`, or `nil` when it has none.
    public func decode(_ solution: Solution) -> PodPackingPlan? {
        assignment(from: solution).map { PodPackingPlan(problem: problem, assignment: $0) }
    }

    /// The node index of every pod in `solution`; with `roundingDown`, fractional counts (of an
    /// LP relaxation) are rounded down, which keeps every capacity row satisfied.
    func assignment(from solution: Solution, roundingDown: Bool = false) -> [Int?]? {
        guard solution.hasSolution else { return nil }
        var assignment = [Int?](repeating: nil, count: problem.pods.count)
        for (pod, node) in fixed { assignment[pod] = node }
        for group in groups {
            var waiting = group.pods[...]
            for (node, variable) in group.variables {
                let count = roundingDown ? (solution[variable] + 1e-6).rounded(.down) : solution[variable].rounded()
                for _ in 0..<max(0, Int(count)) {
                    guard let pod = waiting.popFirst() else { break }
                    assignment[pod] = node
                }
            }
        }
        return assignment
    }
}

extension PodPackingProblem {
    /// The MILP for this problem, after validating it.
    public func formulation() throws(PlannerInputError) -> PodPackingFormulation {
        try validate()
        return PodPackingFormulation(checked: self)
    }
}
