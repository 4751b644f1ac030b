import MILP

/// The MILP of a ``PodPackingProblem``: placement variables where the rules allow a pod, rows for
/// every rule that ties pods to one another, and the expressions each stage of the
/// lexicographic objective optimises.
///
/// **Who moves.** Pods that may not move are fixed and only use up their node: pods without a
/// controller, DaemonSet, static, protected and terminating pods, pods covered by more than
/// one disruption budget (the eviction API refuses them) or by one that allows no eviction,
/// every running pod when moves are off, and running pods with a priority above every pending
/// pod's (the lexicographic order freezes their disruption at 0 before any lower tier is
/// considered, so fixing them loses nothing). A running pod that may move gets a binary
/// x_{i,j} for its own node and for each node it may move to. Pending pods alike in every
/// field that matters for placement (the replicas of one workload) share an integer count
/// n_{g,j} per node instead of one binary per pod: the same placements without the symmetry.
///
/// **Rows.** Each unit placed at most as often as it has pods. Per node and resource, the
/// requests of the pods there within allocatable (when the node's running pods already exceed
/// it, only once a newcomer requesting that resource arrives, as kube-scheduler and the kubelet
/// check at admission); the pod count within `allocatable.pods`; host ports that conflict at
/// most once per node. Required anti-affinity, in both directions: two pods of which either
/// selects the other are never both in one domain of the term's topology key, unless both
/// already are and stay (rules are checked when a pod is placed). Required affinity: a new
/// placement needs a pod meeting all its terms in the same domain of each term, or, for the
/// first of a group, no such pod anywhere. Topology spread (`DoNotSchedule`): a new placement in
/// domain v needs count_v − min_w count_w ≤ maxSkew over the counted domains (count_v ≤ maxSkew
/// when fewer than `minDomains` exist), which is exactly kube-scheduler's skew check seen from
/// the final placement. Disruption budgets: at most `disruptionsAllowed` of the pods a budget
/// covers leave their node. Placements on a node anew obey the node-level rules of
/// ``PlacementRules``; a running pod may always stay.
public struct PodPackingFormulation: Sendable {
    /// Pods that share placement variables: one running pod, or pending pods alike in everything
    /// that matters for placement.
    struct Unit: Sendable {
        /// The pods, as indices into the problem's pods, in the problem's order.
        var pods: [Int]
        /// Their priority.
        var priority: Int
        /// For a running pod, the node it runs on now.
        var origin: Int?
        /// The placement variable on each node the unit may use, by node.
        var variables: [Int: Variable] = [:]

        /// How many pods the unit holds.
        var count: Int { pods.count }
    }

    /// The problem the model was built from.
    public let problem: PodPackingProblem
    /// The rules the model was built from.
    let rules: PlacementRules
    /// The model; its objective maximises the pods placed in the highest tier with pods to place
    /// (the tiers above it are fixed): the first stage that has a choice to make.
    public let model: Model
    /// The units with variables.
    let units: [Unit]
    /// Fixed pods and their nodes.
    let fixed: [Int: Int]
    /// The variables the model adds beyond placements, and how to set them for a placement
    /// (for a starting solution).
    let auxiliaries: [Auxiliary]

    /// The model of a valid `problem`; see ``PodPackingProblem/formulation()``.
    init(rules: PlacementRules) {
        var builder = Builder(rules: rules)
        builder.build()
        problem = rules.problem
        self.rules = rules
        units = builder.units
        fixed = builder.fixed
        auxiliaries = builder.auxiliaries
        var model = builder.model
        let pending = rules.problem.pods.filter { $0.node == nil && $0.schedulingGates.isEmpty }.map(\.priority).max()
        model.maximize(Self.placed(units: builder.units, fixed: builder.fixed, problem: rules.problem,
                                   minimumPriority: pending ?? rules.problem.priorityTiers.first ?? 0))
        self.model = model
    }

    /// The number of placed pods with priority ≥ `minimumPriority`, fixed pods included.
    public func placedPods(minimumPriority: Int) -> LinearExpression {
        Self.placed(units: units, fixed: fixed, problem: problem, minimumPriority: minimumPriority)
    }

    private static func placed(units: [Unit], fixed: [Int: Int], problem: PodPackingProblem, minimumPriority: Int) -> LinearExpression {
        var expression = LinearExpression(Double(fixed.keys.count { problem.pods[$0].priority >= minimumPriority }))
        for unit in units where unit.priority >= minimumPriority {
            for variable in unit.variables.values { expression.add(1, variable) }
        }
        return expression
    }

    /// The disruption of running pods with priority ≥ `minimumPriority`: 1 for each eviction and
    /// 2 for each move, Σ (1 − x_{i,o}) + (z_i − x_{i,o}) with z_i = Σ_j x_{i,j}.
    public func disruption(minimumPriority: Int) -> LinearExpression {
        var expression = LinearExpression()
        for unit in units where unit.priority >= minimumPriority {
            guard let origin = unit.origin else { continue }
            expression += 1
            for (node, variable) in unit.variables { expression.add(node == origin ? -1 : 1, variable) }
        }
        return expression
    }

    /// The variable that places the pod with ``PodPackingProblem/Pod/id`` `pod` (or the pods it
    /// shares placement variables with) on `node`; `nil` when the model never places it there
    /// (the rules rule it out, or the pod is fixed elsewhere).
    public func variable(placing pod: String, on node: String) -> Variable? {
        guard let podIndex = problem.pods.firstIndex(where: { $0.id == pod }),
              let nodeIndex = problem.nodes.firstIndex(where: { $0.name == node }),
              let unit = units.first(where: { $0.pods.contains(podIndex) }) else { return nil }
        return unit.variables[nodeIndex]
    }

    /// Whether any running pod with priority ≥ `minimumPriority` may move or be evicted.
    func hasMovablePods(minimumPriority: Int) -> Bool {
        units.contains { $0.origin != nil && $0.priority >= minimumPriority }
    }

    /// The plan in `solution`, or `nil` when it has none.
    public func decode(_ solution: Solution) -> PodPackingPlan? {
        assignment(from: solution).map { PodPackingPlan(problem: problem, assignment: $0) }
    }

    /// The node index of every pod in `solution`; with `roundingDown`, fractional counts (of an
    /// LP relaxation) are rounded down.
    func assignment(from solution: Solution, roundingDown: Bool = false) -> [Int?]? {
        guard solution.hasSolution else { return nil }
        var assignment = [Int?](repeating: nil, count: problem.pods.count)
        for (pod, node) in fixed { assignment[pod] = node }
        for unit in units {
            var waiting = unit.pods[...]
            for (node, variable) in unit.variables.sorted(by: { $0.key < $1.key }) {
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
        return PodPackingFormulation(rules: PlacementRules(self))
    }
}
