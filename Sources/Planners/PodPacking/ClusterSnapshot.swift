/// A cluster state the kube-scheduler baseline works on: where each pod runs, and the sums and
/// counts the default filters read, kept up to date as pods are placed and removed.
struct ClusterSnapshot: Sendable {
    /// Why a pod cannot go on a node, as the scheduler's preemption sees it.
    enum Failure: Sendable {
        /// Removing pods from the node could not help (node rules, required affinity).
        case unresolvable
        /// Removing pods from the node might help (resources, ports, anti-affinity, spread).
        case resolvable
    }

    let rules: PlacementRules
    /// Each pod's node, `nil` when it does not run.
    private(set) var assignment: [Int?]
    /// Each node's pods.
    private(set) var podsOn: [[Int]]
    /// Each node's requested amounts, in ``PlacementRules/resourceNames`` order.
    private(set) var requested: [[Int]]
    /// Each node's CPU and memory requests with Kubernetes' scoring defaults for pods that request none.
    private(set) var nonZeroRequested: [(cpu: Int, memory: Int)]
    /// `selected[m][n]`: pods on node `n` that matcher `m` selects; `live` leaves out terminating pods.
    private var selected: [[Int]]
    private var liveSelected: [[Int]]
    /// `carriers[t][n]`: pods on node `n` that carry required anti-affinity term `t`.
    private var carriers: [[Int]]
    /// The distinct sets of required affinity terms, each pod's set, the sets each label class
    /// meets in full, and `supporters[g][n]`: pods on node `n` that meet every term of set `g`.
    private let affinitySets: [[Int]]
    private let affinitySetOfPod: [Int?]
    private let affinitySetsMet: [[Int]]
    private var supporters: [[Int]]
    /// The matchers that select each label class.
    private let matchersSelecting: [[Int]]
    private let cpuIndex: Int?, memoryIndex: Int?

    /// The scheduling defaults for a pod that requests no CPU (100m) or memory (200 MiB).
    static let defaultCPURequest = 100
    static let defaultMemoryRequest = 200 * 1024 * 1024

    /// The cluster as the problem describes it: running pods on their nodes, the rest pending.
    init(rules: PlacementRules) {
        self.init(rules: rules, assignment: rules.origins)
    }

    /// The cluster with pod `i` on node `assignment[i]`.
    init(rules: PlacementRules, assignment initial: [Int?]) {
        self.rules = rules
        let nodes = rules.problem.nodes.count, pods = rules.problem.pods.count
        assignment = Array(repeating: nil, count: pods)
        podsOn = Array(repeating: [], count: nodes)
        requested = Array(repeating: Array(repeating: 0, count: rules.resourceNames.count), count: nodes)
        nonZeroRequested = Array(repeating: (0, 0), count: nodes)
        selected = Array(repeating: Array(repeating: 0, count: nodes), count: rules.matchers.count)
        liveSelected = selected
        carriers = Array(repeating: Array(repeating: 0, count: nodes), count: rules.terms.count)
        var setIndices: [[Int]: Int] = [:]
        var sets: [[Int]] = []
        affinitySetOfPod = rules.requiredAffinity.map { terms in
            guard !terms.isEmpty else { return nil }
            let key = terms.sorted()
            if let index = setIndices[key] { return index }
            setIndices[key] = sets.count
            sets.append(key)
            return sets.count - 1
        }
        affinitySets = sets
        let classCount = (rules.labelClasses.max() ?? -1) + 1
        var representative = Array(repeating: 0, count: classCount)
        for (pod, labelClass) in rules.labelClasses.enumerated() { representative[labelClass] = pod }
        affinitySetsMet = representative.map { pod in
            sets.indices.filter { set in sets[set].allSatisfy { rules.selects(rules.terms[$0].matcher, pod) } }
        }
        matchersSelecting = representative.map { pod in rules.matchers.indices.filter { rules.selects($0, pod) } }
        supporters = Array(repeating: Array(repeating: 0, count: nodes), count: sets.count)
        cpuIndex = rules.resourceNames.firstIndex(of: Kubernetes.ResourceList.cpu)
        memoryIndex = rules.resourceNames.firstIndex(of: Kubernetes.ResourceList.memory)
        for (pod, node) in initial.enumerated() {
            if let node { place(pod, on: node) }
        }
    }

    /// Puts `pod` (not running) on `node`.
    mutating func place(_ pod: Int, on node: Int) {
        precondition(assignment[pod] == nil, "pod \(pod) already runs")
        assignment[pod] = node
        podsOn[node].append(pod)
        update(pod, node, by: 1)
    }

    /// Takes `pod` (running) off its node.
    mutating func remove(_ pod: Int) {
        guard let node = assignment[pod] else { preconditionFailure("pod \(pod) does not run") }
        assignment[pod] = nil
        podsOn[node].removeAll { $0 == pod }
        update(pod, node, by: -1)
    }

    private mutating func update(_ pod: Int, _ node: Int, by delta: Int) {
        for (resource, amount) in rules.requests[pod].enumerated() { requested[node][resource] += delta * amount }
        let (cpu, memory) = nonZeroRequests(of: pod)
        nonZeroRequested[node].cpu += delta * cpu
        nonZeroRequested[node].memory += delta * memory
        let labelClass = rules.labelClasses[pod]
        let live = !rules.problem.pods[pod].terminating
        for matcher in matchersSelecting[labelClass] {
            selected[matcher][node] += delta
            if live { liveSelected[matcher][node] += delta }
        }
        for term in Set(rules.requiredAntiAffinity[pod]) { carriers[term][node] += delta }
        for set in affinitySetsMet[labelClass] { supporters[set][node] += delta }
    }

    /// A pod's CPU and memory requests, with the scheduler's defaults where they are 0.
    func nonZeroRequests(of pod: Int) -> (cpu: Int, memory: Int) {
        let cpu = cpuIndex.map { rules.requests[pod][$0] } ?? 0, memory = memoryIndex.map { rules.requests[pod][$0] } ?? 0
        return (cpu == 0 ? Self.defaultCPURequest : cpu, memory == 0 ? Self.defaultMemoryRequest : memory)
    }

    /// Why `pod` (not running) cannot be placed on `node` now, or `nil` when every default filter passes.
    func failure(of pod: Int, on node: Int) -> Failure? {
        guard rules.admits(pod: pod, node: node) else { return .unresolvable }
        if !satisfiesAffinity(pod, on: node) { return .unresolvable }
        if let limit = rules.podLimits[node], podsOn[node].count + 1 > limit { return .resolvable }
        for (resource, amount) in rules.requests[pod].enumerated()
        where amount > 0 && amount > rules.allocatable[node][resource] - requested[node][resource] {
            return .resolvable
        }
        let ports = rules.problem.pods[pod].hostPorts
        if !ports.isEmpty {
            for other in podsOn[node] {
                for port in rules.problem.pods[other].hostPorts where ports.contains(where: { $0.conflicts(with: port) }) {
                    return .resolvable
                }
            }
        }
        for term in rules.requiredAntiAffinity[pod] where count(selected[rules.terms[term].matcher], near: node, rules.terms[term].topologyKey) > 0 {
            return .resolvable
        }
        for term in rules.antiAffinitySelecting[rules.labelClasses[pod]] where count(carriers[term], near: node, rules.terms[term].topologyKey) > 0 {
            return .resolvable
        }
        for rule in rules.spreadRules[pod] where rule.isFilter && skew(of: pod, rule, on: node) > rule.maxSkew {
            return .resolvable
        }
        return nil
    }

    /// Whether every required affinity term of `pod` finds a pod meeting all of them in the
    /// node's domain, or no such pod runs anywhere and the pod meets its own terms (the first of
    /// a group). Nodes without a term's label were ruled out by ``PlacementRules/admits(pod:node:)``.
    private func satisfiesAffinity(_ pod: Int, on node: Int) -> Bool {
        guard let set = affinitySetOfPod[pod] else { return true }
        let terms = affinitySets[set]
        if terms.allSatisfy({ count(supporters[set], near: node, rules.terms[$0].topologyKey) > 0 }) { return true }
        guard rules.matchesOwnAffinity[pod] else { return false }
        let keys = Set(terms.map { rules.terms[$0].topologyKey })
        return !rules.problem.nodes.indices.contains { other in
            supporters[set][other] > 0 && keys.contains { rules.domain(of: other, for: $0) != nil }
        }
    }

    /// The sum of `perNode` over the nodes in `node`'s domain of `topologyKey`; 0 when the node lacks the label.
    func count(_ perNode: [Int], near node: Int, _ topologyKey: String) -> Int {
        guard let domains = rules.domains[topologyKey], let domain = domains.ofNode[node] else { return 0 }
        return domains.members[domain].reduce(0) { $0 + perNode[$1] }
    }

    /// The skew `pod` would make on `node` under a spread rule: the matching pods in the node's
    /// domain, plus the pod itself if it matches, minus the fewest in any domain (0 when there
    /// are fewer domains than `minDomains`).
    func skew(of pod: Int, _ rule: PlacementRules.SpreadRule, on node: Int) -> Int {
        let counts = domainCounts(rule.count)
        let spread = rules.spreadCounts[rule.count]
        let own = rules.spreadDomains[rule.count].ofNode[node].flatMap { counts[$0] } ?? 0
        let existing = counts.compactMap { $0 }
        let minimum = existing.count < rule.minDomains ? 0 : (existing.min() ?? 0)
        return own + (rules.selects(spread.matcher, pod) ? 1 : 0) - minimum
    }

    /// The live matching pods of spread count `index` in each of its domains; `nil` for domains without counted nodes.
    func domainCounts(_ index: Int) -> [Int?] {
        let spread = rules.spreadCounts[index]
        return rules.spreadDomains[index].counted.map { nodes in
            nodes.isEmpty ? nil : nodes.reduce(0) { $0 + liveSelected[spread.matcher][$1] }
        }
    }

    /// Pods on `node` that matcher `matcher` selects, terminating ones left out.
    func liveSelectedCount(_ matcher: Int, on node: Int) -> Int { liveSelected[matcher][node] }
}
