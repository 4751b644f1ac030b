import MILP

extension PodPackingFormulation.Builder {
    /// The units each matcher selects.
    private func unitsSelected(by matcher: Int) -> [Int] {
        units.indices.filter { rules.selects(matcher, units[$0].pods[0]) }
    }

    /// The domains of `key` in which the unit has a variable (on a new node, with `newOnly`).
    private func domains(of unit: Int, key: String, newOnly: Bool = false) -> Set<Int> {
        Set(units[unit].variables.keys.compactMap { node in
            newOnly && node == units[unit].origin ? nil : rules.domain(of: node, for: key)
        })
    }

    /// A readable name for a unit in auxiliary variables.
    private func label(of unit: Int) -> String { problem.pods[units[unit].pods[0]].id }

    /// Required anti-affinity, in both directions: for every pair of units of which either
    /// selects the other by a term with key k, and every domain of k where both can be, at most
    /// one of them is there; a unit that selects itself has at most one pod per domain. Two
    /// running pods that share a domain already may both stay, but neither may join the other anew.
    mutating func addAntiAffinityRows() {
        var pairs = Set<AntiAffinityPair>()
        for unit in units.indices {
            let pod = units[unit].pods[0]
            for term in rules.requiredAntiAffinity[pod] {
                for other in unitsSelected(by: rules.terms[term].matcher) {
                    pairs.insert(AntiAffinityPair(min(unit, other), max(unit, other), key: rules.terms[term].topologyKey))
                }
            }
        }
        for pair in pairs.sorted(by: { ($0.first, $0.second, $0.key) < ($1.first, $1.second, $1.key) }) {
            guard let members = rules.domains[pair.key]?.members else { continue }
            if pair.first == pair.second {
                guard units[pair.first].count > 1 else { continue }
                for domain in domains(of: pair.first, key: pair.key).sorted() {
                    let sum = placements(of: pair.first, on: members[domain])
                    if sum.terms.reduce(0.0, { $0 + model[$1.variable].upperBound }) > 1 { model.addConstraint(sum <= 1) }
                }
                continue
            }
            let shared = domains(of: pair.first, key: pair.key).intersection(domains(of: pair.second, key: pair.key))
            for domain in shared.sorted() {
                let nodes = members[domain]
                let origins = [units[pair.first].origin, units[pair.second].origin]
                let bothThere = origins.allSatisfy { $0.map { rules.domain(of: $0, for: pair.key) == domain } ?? false }
                let name = "\(pair.key)=\(problem.nodes[nodes[0]].labels[pair.key] ?? problem.nodes[nodes[0]].name)"
                if bothThere {
                    // Both are running singletons here: neither may arrive anew while the other is there.
                    model.addConstraint(placements(of: pair.first, on: nodes, newOnly: true) + placements(of: pair.second, on: nodes) <= 1)
                    model.addConstraint(placements(of: pair.first, on: nodes) + placements(of: pair.second, on: nodes, newOnly: true) <= 1)
                } else {
                    let first = presence(of: pair.first, on: nodes, newOnly: false, name: "present[\(label(of: pair.first)),\(name)]")
                    let second = presence(of: pair.second, on: nodes, newOnly: false, name: "present[\(label(of: pair.second)),\(name)]")
                    model.addConstraint(first + second <= 1)
                }
            }
        }
    }

    /// Required affinity: a unit placed anew in a domain of each term's key needs a pod meeting
    /// all its terms there (another unit, a fixed pod, or, for a unit that meets its own terms,
    /// a second pod of its own); or it is the first of its group: it meets its own terms, and
    /// no other pod meeting them runs on a node with any of the terms' keys.
    mutating func addAffinityRows() {
        for unit in units.indices {
            let pod = units[unit].pods[0]
            let terms = rules.requiredAffinity[pod]
            guard !terms.isEmpty else { continue }
            let rules = rules
            let meetsAll = { (other: Int) in terms.allSatisfy { rules.selects(rules.terms[$0].matcher, other) } }
            let supporters = units.indices.filter { $0 != unit && meetsAll(units[$0].pods[0]) }
            let fixedSupporters = fixed.filter { meetsAll($0.key) }.map(\.value)
            let keys = Set(terms.map { rules.terms[$0].topologyKey })
            let keyed = problem.nodes.indices.filter { node in keys.contains { rules.domain(of: node, for: $0) != nil } }
            let own = placements(of: unit, on: Array(problem.nodes.indices))
            let ownNew = placements(of: unit, on: Array(problem.nodes.indices), newOnly: true)
            var first: Variable?
            if rules.matchesOwnAffinity[pod], !fixedSupporters.contains(where: { keyed.contains($0) }) {
                let flag = model.addVariable("firstOfGroup[\(label(of: unit))]", kind: .binary)
                var others = LinearExpression()
                for supporter in supporters { others += placements(of: supporter, on: keyed) }
                let bound = (others + own).terms.reduce(0.0) { $0 + model[$1.variable].upperBound }
                model.addConstraint(LinearExpression(flag) - ownNew <= 0)
                model.addConstraint(others + own + bound * flag <= 1 + bound)
                auxiliaries.append(.firstOfGroup(flag, unit: unit, supporters: others))
                first = flag
            }
            for key in keys.sorted() {
                guard let members = rules.domains[key]?.members else { continue }
                for domain in domains(of: unit, key: key, newOnly: true).sorted() {
                    let nodes = members[domain]
                    guard !fixedSupporters.contains(where: nodes.contains) else { continue }
                    let arriving = placements(of: unit, on: nodes, newOnly: true)
                    let bound = arriving.terms.reduce(0.0) { $0 + model[$1.variable].upperBound }
                    var support = LinearExpression()
                    for supporter in supporters { support += placements(of: supporter, on: nodes) }
                    if let first { support.add(1, first) }
                    if rules.matchesOwnAffinity[pod], units[unit].count > 1 {
                        let pair = model.addVariable("pairedIn[\(label(of: unit)),\(key)=\(domain)]", kind: .binary)
                        model.addConstraint(2 * pair - placements(of: unit, on: nodes) <= 0)
                        auxiliaries.append(.pair(pair, unit: unit, nodes: nodes))
                        support.add(1, pair)
                    }
                    model.addConstraint(arriving - bound * support <= 0)
                }
            }
        }
    }

    /// Topology spread (`DoNotSchedule`): per rule, the fewest matching pods in any counted
    /// domain, m ≤ count_w; and for each domain v where the unit may arrive, arriving forces
    /// count_v − m ≤ maxSkew (count_v ≤ maxSkew when fewer domains than `minDomains` exist).
    mutating func addSpreadRows() {
        var counts: [Int: [Int: LinearExpression]] = [:]
        var minima: [Int: Variable] = [:]
        for unit in units.indices {
            let pod = units[unit].pods[0]
            for rule in rules.spreadRules[pod] where rule.isFilter {
                let spread = rules.spreadCounts[rule.count]
                let spreadDomains = rules.spreadDomains[rule.count]
                if counts[rule.count] == nil {
                    let selected = unitsSelected(by: spread.matcher)
                    var byDomain: [Int: LinearExpression] = [:]
                    for domain in spreadDomains.existing {
                        let nodes = spreadDomains.counted[domain]
                        var count = LinearExpression(Double(fixed.count { pod, node in
                            nodes.contains(node) && !problem.pods[pod].terminating && rules.selects(spread.matcher, pod)
                        }))
                        for other in selected { count += placements(of: other, on: nodes) }
                        byDomain[domain] = count
                    }
                    counts[rule.count] = byDomain
                }
                let byDomain = counts[rule.count]!
                let fewerDomains = byDomain.count < rule.minDomains
                if !fewerDomains, minima[rule.count] == nil {
                    let minimum = model.addVariable("fewest[\(spread.topologyKey),\(rule.count)]", kind: .continuous)
                    for domain in byDomain.keys.sorted() { model.addConstraint(LinearExpression(minimum) - byDomain[domain]! <= 0) }
                    auxiliaries.append(.minimum(minimum, counts: byDomain.keys.sorted().map { byDomain[$0]! }))
                    minima[rule.count] = minimum
                }
                let arrivals = Dictionary(grouping: units[unit].variables.keys.filter { $0 != units[unit].origin }) {
                    spreadDomains.ofNode[$0]
                }
                for (domain, nodes) in arrivals.sorted(by: { ($0.key ?? -1) < ($1.key ?? -1) }) {
                    guard let domain, let count = byDomain[domain] else { continue }
                    let bound = count.constant + count.terms.reduce(0.0) { $0 + model[$1.variable].upperBound }
                    let slack = max(0, bound - Double(rule.maxSkew))
                    guard slack > 0 else { continue }
                    let arriving = presence(of: unit, on: nodes.sorted(), newOnly: true,
                                            name: "arrives[\(label(of: unit)),\(spread.topologyKey)=\(domain),\(rule.count)]")
                    let skew = fewerDomains ? count : count - LinearExpression(minima[rule.count]!)
                    model.addConstraint(skew + slack * arriving <= Double(rule.maxSkew) + slack)
                }
            }
        }
    }
}

/// Two units (possibly the same) that may not share a domain of `key`.
private struct AntiAffinityPair: Hashable {
    var first: Int
    var second: Int
    var key: String

    init(_ first: Int, _ second: Int, key: String) {
        self.first = first
        self.second = second
        self.key = key
    }
}
