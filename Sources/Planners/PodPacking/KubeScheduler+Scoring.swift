import Foundation

extension KubeScheduler {
    /// The score of every plugin of the default profile for `pod` on each of the feasible `nodes`.
    func scores(of pod: Int, on nodes: [Int], in snapshot: ClusterSnapshot) -> [NodeScore] {
        let rules = snapshot.rules, problem = rules.problem
        let fit = nodes.map { fitScore(of: pod, on: $0, in: snapshot) }
        let balanced = nodes.map { Self.balancedScore(of: pod, on: $0, in: snapshot) }
        let taints = Self.normalized(nodes.map { node in
            problem.nodes[node].taints.count { $0.effect == .preferNoSchedule && !problem.pods[pod].tolerations.tolerate($0) }
        }, reverse: true)
        let preferences = problem.pods[pod].affinity?.nodeAffinity?.preferredDuringSchedulingIgnoredDuringExecution ?? []
        let nodeAffinity = Self.normalized(nodes.map { node in
            preferences.filter { $0.preference.matches(name: problem.nodes[node].name, labels: rules.nodeLabels[node]) }
                .reduce(0) { $0 + $1.weight }
        }, reverse: false)
        let podAffinity = Self.podAffinityScores(of: pod, on: nodes, in: snapshot)
        let spread = Self.spreadScores(of: pod, on: nodes, in: snapshot)
        let images = nodes.map { Self.imageScore(of: pod, on: $0, rules: rules) }
        return nodes.indices.map { position in
            NodeScore(node: problem.nodes[nodes[position]].name, fit: fit[position], balanced: balanced[position],
                      taints: taints[position], nodeAffinity: nodeAffinity[position], podAffinity: podAffinity[position],
                      spread: spread[position], images: images[position])
        }
    }

    /// NodeResourcesFit: LeastAllocated `(allocatable − requested)·100/allocatable` or
    /// MostAllocated `requested·100/allocatable`, averaged over CPU and memory (those the node
    /// has), with requests of 0 counted as 100m and 200 MiB and the pod included.
    private func fitScore(of pod: Int, on node: Int, in snapshot: ClusterSnapshot) -> Int {
        let incoming = snapshot.nonZeroRequests(of: pod)
        let allocatable = snapshot.rules.problem.nodes[node].allocatable
        let parts = [(snapshot.nonZeroRequested[node].cpu + incoming.cpu, allocatable[Kubernetes.ResourceList.cpu]),
                     (snapshot.nonZeroRequested[node].memory + incoming.memory, allocatable[Kubernetes.ResourceList.memory])]
            .filter { $0.1 > 0 }
        guard !parts.isEmpty else { return 0 }
        return parts.reduce(0) { total, part in
            let (requested, capacity) = part
            switch scoring {
            case .leastAllocated: return total + (requested > capacity ? 0 : (capacity - requested) * 100 / capacity)
            case .mostAllocated: return total + min(requested, capacity) * 100 / capacity
            }
        } / parts.count
    }

    /// NodeResourcesBalancedAllocation: `(1 − σ)·100` truncated, σ the standard deviation of the
    /// CPU and memory shares requested (capped at 1, the pod included); 0 for a pod that
    /// requests neither.
    private static func balancedScore(of pod: Int, on node: Int, in snapshot: ClusterSnapshot) -> Int {
        let rules = snapshot.rules
        let resources = [Kubernetes.ResourceList.cpu, Kubernetes.ResourceList.memory]
        let own = resources.map { rules.problem.pods[pod].requests[$0] }
        guard own.contains(where: { $0 > 0 }) else { return 0 }
        var fractions: [Double] = []
        for (resource, amount) in zip(resources, own) {
            let capacity = rules.problem.nodes[node].allocatable[resource]
            guard capacity > 0 else { continue }
            let requested = rules.resourceNames.firstIndex(of: resource).map { snapshot.requested[node][$0] } ?? 0
            fractions.append(min(1, Double(requested + amount) / Double(capacity)))
        }
        let deviation = fractions.count == 2 ? abs(fractions[0] - fractions[1]) / 2 : 0
        return Int((1 - deviation) * 100)
    }

    /// The default normalisation: scores scaled so the largest is 100 (reversed: 100 minus that);
    /// all 0 (reversed: all 100) when every score is 0.
    private static func normalized(_ scores: [Int], reverse: Bool) -> [Int] {
        let largest = scores.max() ?? 0
        guard largest > 0 else { return scores.map { _ in reverse ? 100 : 0 } }
        return scores.map { reverse ? 100 - $0 * 100 / largest : $0 * 100 / largest }
    }

    /// InterPodAffinity: per topology domain, the weights of the pod's preferred terms that
    /// running pods there meet (anti-affinity subtracting), plus the preferred terms of running
    /// pods that the pod meets and 1 for each of their required affinity terms it meets; a
    /// node's sum over its domains, scaled from the lowest (0) to the highest (100).
    private static func podAffinityScores(of pod: Int, on nodes: [Int], in snapshot: ClusterSnapshot) -> [Int] {
        let rules = snapshot.rules
        var byDomain: [String: [String: Int]] = [:]
        func add(_ weight: Int, _ term: Int, node: Int) {
            let key = rules.terms[term].topologyKey
            guard let value = rules.nodeLabels[node][key] else { return }
            byDomain[key, default: [:]][value, default: 0] += weight
        }
        let ownTerms = !rules.preferredAffinity[pod].isEmpty || !rules.preferredAntiAffinity[pod].isEmpty
        for (node, pods) in snapshot.podsOn.enumerated() {
            for other in pods {
                if ownTerms {
                    for (term, weight) in rules.preferredAffinity[pod] where rules.selects(rules.terms[term].matcher, other) {
                        add(weight, term, node: node)
                    }
                    for (term, weight) in rules.preferredAntiAffinity[pod] where rules.selects(rules.terms[term].matcher, other) {
                        add(-weight, term, node: node)
                    }
                }
                for term in rules.requiredAffinity[other] where rules.selects(rules.terms[term].matcher, pod) { add(1, term, node: node) }
                for (term, weight) in rules.preferredAffinity[other] where rules.selects(rules.terms[term].matcher, pod) {
                    add(weight, term, node: node)
                }
                for (term, weight) in rules.preferredAntiAffinity[other] where rules.selects(rules.terms[term].matcher, pod) {
                    add(-weight, term, node: node)
                }
            }
        }
        guard !byDomain.isEmpty else { return nodes.map { _ in 0 } }
        let raw = nodes.map { node in
            byDomain.reduce(0) { total, entry in total + (rules.nodeLabels[node][entry.key].flatMap { entry.value[$0] } ?? 0) }
        }
        let lowest = raw.min() ?? 0, highest = raw.max() ?? 0
        guard highest > lowest else { return raw.map { _ in 0 } }
        return raw.map { Int(100 * Double($0 - lowest) / Double(highest - lowest)) }
    }

    /// PodTopologySpread for the pod's `ScheduleAnyway` rules: per rule, the matching pods in the
    /// node's domain times log(domains + 2) plus `maxSkew − 1`, summed and rounded; nodes without
    /// every rule's label score 0, the others `100·(max + min − score)/max` (100 when max is 0).
    private static func spreadScores(of pod: Int, on nodes: [Int], in snapshot: ClusterSnapshot) -> [Int] {
        let rules = snapshot.rules
        let soft = rules.spreadRules[pod].filter { !$0.isFilter }
        guard !soft.isEmpty else { return nodes.map { _ in 0 } }
        let keys = soft.map { rules.spreadCounts[$0.count].topologyKey }
        let scored = nodes.filter { node in keys.allSatisfy { rules.nodeLabels[node][$0] != nil } }
        var raw: [Int: Int] = [:]
        var sums = Array(repeating: 0.0, count: scored.count)
        for rule in soft {
            let spread = rules.spreadCounts[rule.count]
            let isHostname = spread.topologyKey == Kubernetes.hostnameLabel
            let domains = rules.spreadDomains[rule.count]
            let size = isHostname ? scored.count : Set(scored.compactMap { domains.ofNode[$0] }).count
            let weight = log(Double(size + 2))
            let counts = snapshot.domainCounts(rule.count)
            for (position, node) in scored.enumerated() {
                let count = isHostname ? snapshot.liveSelectedCount(spread.matcher, on: node)
                    : (domains.ofNode[node].flatMap { counts[$0] } ?? 0)
                sums[position] += Double(count) * weight + Double(rule.maxSkew - 1)
            }
        }
        for (position, node) in scored.enumerated() { raw[node] = Int(sums[position].rounded()) }
        let lowest = raw.values.min() ?? 0, highest = raw.values.max() ?? 0
        return nodes.map { node in
            guard let score = raw[node] else { return 0 }
            return highest == 0 ? 100 : 100 * (highest + lowest - score) / highest
        }
    }

    /// ImageLocality: the sizes of the pod's images the node holds, each scaled by the share of
    /// nodes holding it, clamped to 23 MiB…1000 MiB per container and scaled to 0–100.
    private static func imageScore(of pod: Int, on node: Int, rules: PlacementRules) -> Int {
        let images = rules.problem.pods[pod].images
        guard !images.isEmpty else { return 0 }
        let nodes = rules.problem.nodes
        var sum = 0
        for image in images.map(normalizedImageName) {
            guard let size = nodes[node].images.first(where: { $0.names.contains(image) })?.sizeBytes else { continue }
            let holders = nodes.count { $0.images.contains { $0.names.contains(image) } }
            sum += Int(Double(size) * Double(holders) / Double(nodes.count))
        }
        let minimum = 23 * 1024 * 1024, maximum = 1000 * 1024 * 1024 * images.count
        return 100 * (min(max(sum, minimum), maximum) - minimum) / (maximum - minimum)
    }

    /// An image name as nodes report it: with `:latest` when it names no tag or digest.
    static func normalizedImageName(_ name: String) -> String {
        let colon = name.lastIndex(of: ":"), slash = name.lastIndex(of: "/")
        if let colon, slash.map({ colon > $0 }) ?? true { return name }
        return name + ":latest"
    }
}
