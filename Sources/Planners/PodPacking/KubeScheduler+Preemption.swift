import Foundation

extension KubeScheduler {
    /// One node where preemption would make room, and what it would cost.
    private struct Candidate {
        var node: Int
        /// The victims, most important first.
        var victims: [Int]
        var budgetViolations: Int
    }

    /// DefaultPreemption for `pod`, which fits on no node: the node to place it on and the pods
    /// to evict there, or `nil` when no node can make room. `snapshot` is left as it was.
    func preemptionTarget(for pod: Int, in snapshot: inout ClusterSnapshot) -> (node: Int, victims: [Int])? {
        let rules = snapshot.rules, problem = rules.problem
        var candidates: [Candidate] = []
        for node in problem.nodes.indices where snapshot.failure(of: pod, on: node) == .resolvable {
            let potential = snapshot.podsOn[node].filter { problem.pods[$0].priority < problem.pods[pod].priority }
            guard !potential.isEmpty else { continue }
            for victim in potential { snapshot.remove(victim) }
            defer {
                for victim in potential where snapshot.assignment[victim] == nil { snapshot.place(victim, on: node) }
            }
            guard snapshot.failure(of: pod, on: node) == nil else { continue }
            let ordered = potential.sorted { Self.isMoreImportant($0, than: $1, in: problem) }
            let violating = Self.violatingBudgets(ordered, problem: problem)
            var victims: [Int] = []
            var budgetViolations = 0
            for victim in ordered.filter(violating.contains) + ordered.filter({ !violating.contains($0) }) {
                snapshot.place(victim, on: node)
                if snapshot.failure(of: pod, on: node) != nil {
                    snapshot.remove(victim)
                    victims.append(victim)
                    if violating.contains(victim) { budgetViolations += 1 }
                }
            }
            guard !victims.isEmpty else { continue }
            candidates.append(Candidate(node: node, victims: victims.sorted { Self.isMoreImportant($0, than: $1, in: problem) },
                                        budgetViolations: budgetViolations))
        }
        return Self.pick(from: candidates, problem: problem).map { ($0.node, $0.victims) }
    }

    /// The node kube-scheduler picks: fewest budget violations, lowest highest victim priority,
    /// smallest sum of victim priorities, fewest victims, latest start of the highest-priority
    /// victims; then the node whose name sorts first.
    private static func pick(from candidates: [Candidate], problem: PodPackingProblem) -> Candidate? {
        var remaining = candidates.sorted { problem.nodes[$0.node].name < problem.nodes[$1.node].name }
        let criteria: [(Candidate) -> Double] = [
            { -Double($0.budgetViolations) },
            { -Double(problem.pods[$0.victims[0]].priority) },
            { -$0.victims.reduce(0.0) { $0 + Double(problem.pods[$1].priority) + 2_147_483_648 } },
            { -Double($0.victims.count) },
            { candidate in
                let top = problem.pods[candidate.victims[0]].priority
                return candidate.victims.filter { problem.pods[$0].priority == top }.map { startTime(of: $0, in: problem) }.min() ?? 0
            },
        ]
        for criterion in criteria where remaining.count > 1 {
            let best = remaining.map(criterion).max()!
            remaining = remaining.filter { criterion($0) == best }
        }
        return remaining.first
    }

    /// The victims whose eviction would break a disruption budget, counting down each budget's
    /// allowance in the given order (as kube-scheduler does, a budget with an empty selector covers no pod).
    private static func violatingBudgets(_ victims: [Int], problem: PodPackingProblem) -> Set<Int> {
        var allowed = problem.disruptionBudgets.map(\.disruptionsAllowed)
        var violating = Set<Int>()
        for victim in victims {
            let pod = problem.pods[victim]
            for (index, budget) in problem.disruptionBudgets.enumerated()
            where !(budget.selector?.isEmpty ?? true) && budget.covers(pod) {
                allowed[index] -= 1
                if allowed[index] < 0 { violating.insert(victim) }
            }
        }
        return violating
    }

    /// Kubernetes' victim order: higher priority first, then the earlier start (a pod without a
    /// start time counts as starting now), then input order.
    private static func isMoreImportant(_ first: Int, than second: Int, in problem: PodPackingProblem) -> Bool {
        let (a, b) = (problem.pods[first], problem.pods[second])
        if a.priority != b.priority { return a.priority > b.priority }
        let (start, other) = (startTime(of: first, in: problem), startTime(of: second, in: problem))
        return start != other ? start < other : first < second
    }

    /// A pod's start time in seconds since 1970, `+∞` (now, later than any recorded start) when unknown.
    private static func startTime(of pod: Int, in problem: PodPackingProblem) -> Double {
        problem.pods[pod].startTime?.timeIntervalSince1970 ?? .infinity
    }
}
