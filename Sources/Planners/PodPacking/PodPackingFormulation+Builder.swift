import MILP

extension PodPackingFormulation {
    /// A variable beyond the placements, and what it means, so that a placement can be turned
    /// into a complete starting solution.
    enum Auxiliary: Sendable {
        /// 1 when the unit places a pod (with `newOnly`, anywhere but its own node) on one of `nodes`.
        case presence(Variable, unit: Int, nodes: [Int], newOnly: Bool)
        /// 1 when the unit places at least two pods on `nodes`.
        case pair(Variable, unit: Int, nodes: [Int])
        /// 1 when the unit relies on being the first of its affinity group: it places a pod anew
        /// and nothing else it could join is placed on `keyed` nodes.
        case firstOfGroup(Variable, unit: Int, supporters: LinearExpression)
        /// The fewest pods a spread rule counts in any of its domains.
        case minimum(Variable, counts: [LinearExpression])
        /// 1 when a newcomer requesting the resource is placed on an overcommitted node.
        case newcomer(Variable, placements: [Variable])

        /// The variable.
        var variable: Variable {
            switch self {
            case let .presence(variable, _, _, _), let .pair(variable, _, _), let .firstOfGroup(variable, _, _),
                 let .minimum(variable, _), let .newcomer(variable, _): variable
            }
        }
    }

    /// Builds the model's variables and rows.
    struct Builder {
        let rules: PlacementRules
        var problem: PodPackingProblem { rules.problem }
        var model = Model(name: "pod-packing")
        var units: [Unit] = []
        var fixed: [Int: Int] = [:]
        var auxiliaries: [Auxiliary] = []
        /// Each pod's unit.
        var unitOfPod: [Int?] = []
        /// Each node's fixed pods.
        var fixedOn: [[Int]] = []
        /// The presence expressions made so far, by unit, nodes and whether only new placements count.
        private var presences: [PresenceKey: LinearExpression] = [:]

        init(rules: PlacementRules) {
            self.rules = rules
        }

        mutating func build() {
            formUnits()
            addPlacementVariables()
            addCapacityRows()
            addHostPortRows()
            addDisruptionBudgetRows()
            addAntiAffinityRows()
            addAffinityRows()
            addSpreadRows()
        }

        // MARK: Units and variables

        /// Sorts pods into fixed pods and units (see the type's documentation).
        private mutating func formUnits() {
            let pods = problem.pods
            let placeable = pods.indices.filter { pods[$0].node == nil && pods[$0].schedulingGates.isEmpty }
            let highestPending = placeable.map { pods[$0].priority }.max()
            var coveringBudgets = Array(repeating: [Int](), count: pods.count)
            for (index, budget) in problem.disruptionBudgets.enumerated() {
                for pod in pods.indices where pods[pod].isRunning && budget.covers(pods[pod]) { coveringBudgets[pod].append(index) }
            }
            unitOfPod = Array(repeating: nil, count: pods.count)
            fixedOn = Array(repeating: [], count: problem.nodes.count)
            var pendingUnits: [PlacementSignature: Int] = [:]
            for (index, pod) in pods.enumerated() {
                if let origin = rules.origins[index] {
                    let budgets = coveringBudgets[index]
                    let mayMove = problem.options.allowMoves && pod.isMovable && pod.priority <= (highestPending ?? .min)
                        && budgets.count <= 1 && budgets.allSatisfy { problem.disruptionBudgets[$0].disruptionsAllowed > 0 }
                    if mayMove {
                        unitOfPod[index] = units.count
                        units.append(Unit(pods: [index], priority: pod.priority, origin: origin))
                    } else {
                        fixed[index] = origin
                        fixedOn[origin].append(index)
                    }
                } else if pod.schedulingGates.isEmpty {
                    let signature = PlacementSignature(pod)
                    if let unit = pendingUnits[signature] {
                        units[unit].pods.append(index)
                        unitOfPod[index] = unit
                    } else {
                        pendingUnits[signature] = units.count
                        unitOfPod[index] = units.count
                        units.append(Unit(pods: [index], priority: pod.priority, origin: nil))
                    }
                }
            }
        }

        /// What a node has left for pods that may move or be placed, resource by resource, once its fixed pods are counted.
        func residual(of node: Int) -> [Int] {
            var residual = rules.allocatable[node]
            for pod in fixedOn[node] {
                for resource in residual.indices { residual[resource] -= rules.requests[pod][resource] }
            }
            return residual
        }

        /// A variable for each node a unit may use: its own node, and nodes the node-level rules
        /// admit where the unit's requests fit what the fixed pods leave and no fixed pod's host
        /// ports or anti-affinity rule it out; bounded by how many of the unit's pods fit there.
        private mutating func addPlacementVariables() {
            let residuals = problem.nodes.indices.map(residual(of:))
            for position in units.indices {
                let unit = units[position]
                let first = unit.pods[0]
                let label = unit.count == 1 ? problem.pods[first].id : "\(problem.pods[first].id)+\(unit.count - 1)"
                for node in problem.nodes.indices {
                    var bound = unit.count
                    if node != unit.origin {
                        guard rules.admits(pod: first, node: node), !conflictsWithFixedPods(first, on: node) else { continue }
                        for (resource, amount) in rules.requests[first].enumerated() where amount > 0 {
                            bound = min(bound, max(0, residuals[node][resource]) / amount)
                        }
                        if let limit = rules.podLimits[node] { bound = min(bound, max(0, limit - fixedOn[node].count)) }
                        if !problem.pods[first].hostPorts.isEmpty || hasSelfAntiAffinity(first, key: Kubernetes.hostnameLabel) {
                            bound = min(bound, 1)
                        }
                        guard bound >= 1 else { continue }
                    }
                    units[position].variables[node] = model.addVariable(
                        "place[\(label),\(problem.nodes[node].name)]", kind: bound == 1 ? .binary : .integer,
                        lowerBound: 0, upperBound: Double(bound))
                }
                if !units[position].variables.isEmpty {
                    model.addConstraint(LinearExpression(units[position].variables.values.map { ($0, 1.0) }) <= Double(unit.count),
                                        name: "once[\(label)]")
                }
            }
        }

        /// Whether a fixed pod on `node` rules out placing `pod` there anew: a host port
        /// conflict, or required anti-affinity (either way) within the node's domains.
        private func conflictsWithFixedPods(_ pod: Int, on node: Int) -> Bool {
            let ports = problem.pods[pod].hostPorts
            if !ports.isEmpty, fixedOn[node].contains(where: { other in
                problem.pods[other].hostPorts.contains { port in ports.contains { $0.conflicts(with: port) } }
            }) { return true }
            return fixed.contains { other, otherNode in
                antiAffinityKeys(between: pod, and: other).contains { key in
                    rules.domain(of: node, for: key).map { $0 == rules.domain(of: otherNode, for: key) } ?? false
                }
            }
        }

        /// The topology keys of required anti-affinity terms by which `first` and `second` may
        /// not share a domain: terms of either that select the other.
        func antiAffinityKeys(between first: Int, and second: Int) -> Set<String> {
            var keys = Set<String>()
            for (carrier, other) in [(first, second), (second, first)] {
                for term in rules.requiredAntiAffinity[carrier] where rules.selects(rules.terms[term].matcher, other) {
                    keys.insert(rules.terms[term].topologyKey)
                }
            }
            return keys
        }

        /// Whether `pod` has a required anti-affinity term with `key` that selects itself.
        func hasSelfAntiAffinity(_ pod: Int, key: String) -> Bool {
            rules.requiredAntiAffinity[pod].contains { rules.terms[$0].topologyKey == key && rules.selects(rules.terms[$0].matcher, pod) }
        }

        // MARK: Rows on nodes

        /// Resource and pod-count rows. Memory and other large amounts are scaled by a power of
        /// two (exact in floating point) so coefficients stay near the CPU rows' magnitude.
        private mutating func addCapacityRows() {
            for node in problem.nodes.indices {
                let placements = units.indices.compactMap { unit in units[unit].variables[node].map { (unit, $0) } }
                guard !placements.isEmpty else { continue }
                let residual = residual(of: node)
                let name = problem.nodes[node].name
                for (resource, resourceName) in rules.resourceNames.enumerated() {
                    let terms = placements.compactMap { unit, variable in
                        let amount = rules.requests[units[unit].pods[0]][resource]
                        return amount > 0 ? (unit, variable, amount) : nil
                    }
                    guard !terms.isEmpty else { continue }
                    let bounded = terms.reduce(0) { $0 + $1.2 * Int(model[$1.1].upperBound) }
                    guard bounded > residual[resource] else { continue }
                    let scale = Self.scale(for: terms.map(\.2).max()!)
                    var row = LinearExpression(terms.map { ($0.1, Double($0.2) * scale) })
                    let staying = terms.reduce(0) { $0 + (units[$1.0].origin == node ? $1.2 : 0) }
                    let excess = staying - residual[resource]
                    if excess > 0 {
                        let newcomers = terms.filter { units[$0.0].origin != node }.map(\.1)
                        guard !newcomers.isEmpty else { continue }
                        let flag = newcomerFlag(for: newcomers, name: "newcomer[\(resourceName),\(name)]")
                        row.add(Double(excess) * scale, flag)
                        model.addConstraint(row <= Double(residual[resource] + excess) * scale, name: "\(resourceName)[\(name)]")
                    } else {
                        model.addConstraint(row <= Double(residual[resource]) * scale, name: "\(resourceName)[\(name)]")
                    }
                }
                guard let limit = rules.podLimits[node] else { continue }
                let left = limit - fixedOn[node].count
                var row = LinearExpression(placements.map { ($0.1, 1.0) })
                guard placements.reduce(0, { $0 + Int(model[$1.1].upperBound) }) > left else { continue }
                let excess = placements.count { units[$0.0].origin == node } - left
                if excess > 0 {
                    let flag = newcomerFlag(for: placements.filter { units[$0.0].origin != node }.map(\.1), name: "newcomer[pods,\(name)]")
                    row.add(Double(excess), flag)
                    model.addConstraint(row <= Double(left + excess), name: "pods[\(name)]")
                } else {
                    model.addConstraint(row <= Double(left), name: "pods[\(name)]")
                }
            }
        }

        /// A binary that is 1 whenever one of `placements` (newcomers on an overcommitted node) is used.
        private mutating func newcomerFlag(for placements: [Variable], name: String) -> Variable {
            let flag = model.addVariable(name, kind: .binary)
            for placement in placements {
                model.addConstraint(LinearExpression(placement) - model[placement].upperBound * flag <= 0)
            }
            auxiliaries.append(.newcomer(flag, placements: placements))
            return flag
        }

        /// The power of two that brings `largest` to at most 2^12.
        static func scale(for largest: Int) -> Double {
            var scale = 1.0
            var value = Double(largest)
            while value > 4096 {
                value /= 2
                scale /= 2
            }
            return scale
        }

        /// Pods whose host ports conflict share a node at most once: per node and port, the pods
        /// binding every address together with those binding one address.
        private mutating func addHostPortRows() {
            let staysVariables = Set(units.compactMap { unit in unit.origin.flatMap { unit.variables[$0] } })
            for node in problem.nodes.indices {
                var users: [String: [(variable: Variable, port: Kubernetes.HostPort)]] = [:]
                for unit in units {
                    guard let variable = unit.variables[node] else { continue }
                    for port in problem.pods[unit.pods[0]].hostPorts {
                        users["\(port.protocol ?? "TCP")/\(port.port)", default: []].append((variable, port))
                    }
                }
                for (_, group) in users.sorted(by: { $0.key < $1.key }) where group.count > 1 {
                    let everyAddress = group.filter(\.port.bindsEveryAddress).map(\.variable)
                    let addresses = Set(group.compactMap { $0.port.bindsEveryAddress ? nil : $0.port.hostIP }).sorted()
                    for address in addresses.isEmpty ? [nil] : addresses.map(Optional.some) {
                        let members = Set(everyAddress + group.filter { $0.port.hostIP == address && address != nil }.map(\.variable))
                            .sorted { $0.index < $1.index }
                        guard members.count > 1 else { continue }
                        // Pods that already share the port here may stay (ports are checked on arrival); no one else may join.
                        let staying = members.filter { staysVariables.contains($0) }
                        let arriving = LinearExpression(members.filter { !staysVariables.contains($0) }.map { ($0, 1.0) })
                        if staying.count <= 1 {
                            model.addConstraint(arriving + LinearExpression(staying.map { ($0, 1.0) }) <= 1)
                        } else {
                            for stay in staying { model.addConstraint(arriving + LinearExpression(stay) <= 1) }
                        }
                    }
                }
            }
        }

        /// At most `disruptionsAllowed` of a budget's pods leave their node.
        private mutating func addDisruptionBudgetRows() {
            for budget in problem.disruptionBudgets {
                let covered = units.filter { unit in unit.origin != nil && budget.covers(problem.pods[unit.pods[0]]) }
                guard covered.count > budget.disruptionsAllowed else { continue }
                let staying = covered.compactMap { $0.variables[$0.origin!] }
                model.addConstraint(LinearExpression(staying.map { ($0, 1.0) }) >= Double(covered.count - budget.disruptionsAllowed),
                                    name: "budget[\(budget.id)]")
            }
        }

        // MARK: Expressions over domains

        /// The unit's placements on `nodes`; with `newOnly`, leaving out its own node.
        func placements(of unit: Int, on nodes: [Int], newOnly: Bool = false) -> LinearExpression {
            LinearExpression(nodes.compactMap { node in
                (newOnly && node == units[unit].origin) ? nil : units[unit].variables[node].map { ($0, 1.0) }
            })
        }

        /// An expression that is 1 when the unit places a pod on `nodes` (anew, with `newOnly`)
        /// and 0 otherwise: the sum itself for a unit of one pod, else a new binary.
        mutating func presence(of unit: Int, on nodes: [Int], newOnly: Bool, name: String) -> LinearExpression {
            let key = PresenceKey(unit: unit, nodes: nodes, newOnly: newOnly)
            if let known = presences[key] { return known }
            let sum = placements(of: unit, on: nodes, newOnly: newOnly)
            let bound = sum.terms.reduce(0.0) { $0 + model[$1.variable].upperBound }
            guard bound > 1 else {
                presences[key] = sum
                return sum
            }
            let flag = model.addVariable(name, kind: .binary)
            model.addConstraint(sum - bound * flag <= 0)
            auxiliaries.append(.presence(flag, unit: unit, nodes: nodes, newOnly: newOnly))
            presences[key] = LinearExpression(flag)
            return LinearExpression(flag)
        }

        private struct PresenceKey: Hashable {
            var unit: Int
            var nodes: [Int]
            var newOnly: Bool
        }
    }
}

/// Everything about a pending pod that matters for placement: pods alike in all of it are interchangeable.
private struct PlacementSignature: Hashable {
    var namespace: String
    var labels: [String: String]
    var requests: Kubernetes.ResourceList
    var priority: Int
    var nodeSelector: [String: String]
    var affinity: Kubernetes.Affinity?
    var tolerations: [Kubernetes.Toleration]
    var topologySpreadConstraints: [Kubernetes.TopologySpreadConstraint]
    var hostPorts: [Kubernetes.HostPort]
    var os: String?

    init(_ pod: PodPackingProblem.Pod) {
        namespace = pod.effectiveNamespace
        labels = pod.labels
        requests = pod.requests
        priority = pod.priority
        nodeSelector = pod.nodeSelector
        affinity = pod.affinity
        tolerations = pod.tolerations
        topologySpreadConstraints = pod.topologySpreadConstraints
        hostPorts = pod.hostPorts
        os = pod.os
    }
}
