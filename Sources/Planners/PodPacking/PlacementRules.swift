/// The placement rules of a ``PodPackingProblem``, worked out once for the kube-scheduler
/// baseline and the MILP model: requests and allocatable amounts as dense vectors, the nodes
/// each pod may use by the rules that depend on the node alone, and the pod affinity,
/// anti-affinity and spread terms resolved to the pods they select.
///
/// Rules that depend on the node alone: NodeUnschedulable (with its toleration), NodeAffinity
/// (`nodeSelector` and required terms), TaintToleration (`NoSchedule`, `NoExecute`), the
/// operating system, the labels required affinity terms and hard spread rules need, and
/// requests that exceed the node's allocatable amounts outright. They apply to new placements;
/// a running pod may always stay where it is.
///
/// Pods with the same namespace and labels form a label class; whether a selector matches a
/// pod is worked out once per class.
struct PlacementRules: Sendable {
    /// Pods selected by labels within some namespaces (`nil`: every namespace).
    struct Matcher: Hashable, Sendable {
        var selector: Kubernetes.LabelSelector?
        var namespaces: Set<String>?
    }

    /// A pod affinity or anti-affinity term, resolved for the pod that carries it.
    struct Term: Hashable, Sendable {
        /// The pods it selects, an index into ``matchers``.
        var matcher: Int
        /// The node label whose values are its domains.
        var topologyKey: String
    }

    /// What a spread rule counts: the pods it selects on the nodes it counts, by domain.
    struct SpreadCount: Hashable, Sendable {
        /// The pods counted (in the rule's namespace), an index into ``matchers``.
        var matcher: Int
        /// The node label whose values are the domains.
        var topologyKey: String
        /// The nodes counted: those with every topology key of the pod's rules of this kind
        /// that pass its inclusion policies.
        var countedNodes: [Bool]
    }

    /// A pod's spread rule.
    struct SpreadRule: Sendable {
        /// What it counts, an index into ``spreadCounts``.
        var count: Int
        /// The largest skew allowed.
        var maxSkew: Int
        /// Fewer domains than this make the emptiest count as 0.
        var minDomains: Int
        /// Whether it is a filter (`DoNotSchedule`) rather than a score.
        var isFilter: Bool
    }

    /// The values of one topology key: each node's domain (`nil` when the node lacks the label)
    /// and each domain's nodes.
    struct Domains: Sendable {
        var ofNode: [Int?]
        var members: [[Int]]
    }

    /// The domains a spread rule counts: each node's domain by its label (`nil` without it), and
    /// each domain's counted nodes; a domain without counted nodes does not exist for the rule.
    struct SpreadDomains: Sendable {
        var ofNode: [Int?]
        var counted: [[Int]]

        /// The domains with counted nodes.
        var existing: [Int] { counted.indices.filter { !counted[$0].isEmpty } }
    }

    let problem: PodPackingProblem
    /// Each node's labels (see ``nodeLabels(of:)``).
    let nodeLabels: [[String: String]]
    /// The resources some pod requests, in a fixed order.
    let resourceNames: [String]
    /// Each pod's requests, in ``resourceNames`` order.
    let requests: [[Int]]
    /// Each node's allocatable amounts, in ``resourceNames`` order.
    let allocatable: [[Int]]
    /// Each node's pod limit, `nil` for none.
    let podLimits: [Int?]
    /// Each pod's current node.
    let origins: [Int?]
    let matchers: [Matcher]
    let terms: [Term]
    let spreadCounts: [SpreadCount]
    /// Each pod's label class.
    let labelClasses: [Int]
    /// Whether matcher `m` selects label class `c`: `selects[m][c]`.
    private let selects: [[Bool]]
    /// Each pod's required affinity terms.
    let requiredAffinity: [[Int]]
    /// Each pod's required anti-affinity terms.
    let requiredAntiAffinity: [[Int]]
    /// Each pod's preferred affinity terms with their weights.
    let preferredAffinity: [[(term: Int, weight: Int)]]
    /// Each pod's preferred anti-affinity terms with their weights.
    let preferredAntiAffinity: [[(term: Int, weight: Int)]]
    /// Each pod's spread rules.
    let spreadRules: [[SpreadRule]]
    /// Whether each pod matches all of its own required affinity terms (the first pod of a group
    /// that wants to be together may then go anywhere).
    let matchesOwnAffinity: [Bool]
    /// For each label class, the required anti-affinity terms (of any pod) that select it.
    let antiAffinitySelecting: [[Int]]
    /// The domains of every topology key a term or rule uses.
    let domains: [String: Domains]
    /// The domains each spread count counts, by index into ``spreadCounts``.
    let spreadDomains: [SpreadDomains]
    /// Each pod's node-rule class, and whether each class admits each node.
    private let nodeRuleClasses: [Int]
    private let admits: [[Bool]]

    /// The rules of a valid `problem`.
    init(_ problem: PodPackingProblem) {
        self.problem = problem
        let nodeLabels = Self.nodeLabels(of: problem)
        self.nodeLabels = nodeLabels
        let nodeIndices = Dictionary(uniqueKeysWithValues: problem.nodes.enumerated().map { ($1.name, $0) })
        origins = problem.pods.map { $0.node.flatMap { nodeIndices[$0] } }
        let resourceNames = Set(problem.pods.flatMap(\.requests.names)).subtracting([Kubernetes.ResourceList.pods]).sorted()
        let requests = problem.pods.map { pod in resourceNames.map { pod.requests[$0] } }
        let allocatable = problem.nodes.map { node in resourceNames.map { node.allocatable[$0] } }
        let podLimits = problem.nodes.map { $0.allocatable.amounts[Kubernetes.ResourceList.pods] }
        self.resourceNames = resourceNames
        self.requests = requests
        self.allocatable = allocatable
        self.podLimits = podLimits

        var classIndices: [LabelClass: Int] = [:]
        labelClasses = problem.pods.map { pod in
            let key = LabelClass(namespace: pod.effectiveNamespace, labels: pod.labels)
            if let index = classIndices[key] { return index }
            classIndices[key] = classIndices.count
            return classIndices.count - 1
        }

        var registry = Registry(problem: problem, nodeLabels: nodeLabels)
        let requiredAffinity = problem.pods.map { pod in pod.affinity?.podAffinity?.required.map { registry.term($0, of: pod) } ?? [] }
        let requiredAntiAffinity = problem.pods.map { pod in
            pod.affinity?.podAntiAffinity?.required.map { registry.term($0, of: pod) } ?? []
        }
        self.requiredAffinity = requiredAffinity
        self.requiredAntiAffinity = requiredAntiAffinity
        preferredAffinity = problem.pods.map { pod in
            pod.affinity?.podAffinity?.preferred.map { (registry.term($0.podAffinityTerm, of: pod), $0.weight) } ?? []
        }
        preferredAntiAffinity = problem.pods.map { pod in
            pod.affinity?.podAntiAffinity?.preferred.map { (registry.term($0.podAffinityTerm, of: pod), $0.weight) } ?? []
        }
        let spreadRules = problem.pods.map { registry.spreadRules(of: $0) }
        let terms = registry.terms, spreadCounts = registry.spreadCounts
        self.spreadRules = spreadRules
        matchers = registry.matchers
        self.terms = terms
        self.spreadCounts = spreadCounts

        let classes = classIndices.sorted { $0.value < $1.value }.map(\.key)
        let selects = registry.matchers.map { matcher in
            classes.map { labelClass in
                (matcher.namespaces?.contains(labelClass.namespace) ?? true) && (matcher.selector?.matches(labelClass.labels) ?? false)
            }
        }
        self.selects = selects
        let labelClasses = labelClasses
        matchesOwnAffinity = requiredAffinity.indices.map { pod in
            requiredAffinity[pod].allSatisfy { selects[terms[$0].matcher][labelClasses[pod]] }
        }
        let antiTerms = Set(requiredAntiAffinity.joined()).sorted()
        antiAffinitySelecting = classes.indices.map { labelClass in antiTerms.filter { selects[terms[$0].matcher][labelClass] } }

        var keys = Set(terms.map(\.topologyKey)).union(spreadCounts.map(\.topologyKey))
        keys.insert(Kubernetes.hostnameLabel)
        let domains = Dictionary(uniqueKeysWithValues: keys.map { key in
            var values: [String: Int] = [:]
            var members: [[Int]] = []
            let ofNode: [Int?] = nodeLabels.indices.map { node in
                guard let value = nodeLabels[node][key] else { return nil }
                if let domain = values[value] {
                    members[domain].append(node)
                    return domain
                }
                values[value] = members.count
                members.append([node])
                return members.count - 1
            }
            return (key, Domains(ofNode: ofNode, members: members))
        })

        self.domains = domains
        spreadDomains = spreadCounts.map { count in
            let all = domains[count.topologyKey]!
            return SpreadDomains(ofNode: all.ofNode, counted: all.members.map { $0.filter { count.countedNodes[$0] } })
        }

        var ruleClassIndices: [NodeRuleClass: Int] = [:]
        var admits: [[Bool]] = []
        nodeRuleClasses = problem.pods.indices.map { index in
            let pod = problem.pods[index]
            let neededKeys = Set(requiredAffinity[index].map { terms[$0].topologyKey })
                .union(spreadRules[index].filter(\.isFilter).map { spreadCounts[$0.count].topologyKey })
            let key = NodeRuleClass(nodeSelector: pod.nodeSelector, required: pod.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution,
                                    tolerations: pod.tolerations, os: pod.os, neededKeys: neededKeys, requests: requests[index])
            if let known = ruleClassIndices[key] { return known }
            ruleClassIndices[key] = admits.count
            admits.append(problem.nodes.indices.map { node in
                Self.nodeAdmits(pod, problem.nodes[node], labels: nodeLabels[node], neededKeys: neededKeys)
                    && (podLimits[node] ?? 1) >= 1
                    && zip(requests[index], allocatable[node]).allSatisfy { $0 == 0 || $0 <= $1 }
            })
            return admits.count - 1
        }
        self.admits = admits
    }

    /// Whether the rules that depend on the node alone let `pod` be placed on `node` anew.
    func admits(pod: Int, node: Int) -> Bool {
        admits[nodeRuleClasses[pod]][node]
    }

    /// Whether matcher `matcher` selects `pod`.
    func selects(_ matcher: Int, _ pod: Int) -> Bool {
        selects[matcher][labelClasses[pod]]
    }

    /// The domain of `node` for `topologyKey`, `nil` when the node lacks the label.
    func domain(of node: Int, for topologyKey: String) -> Int? {
        domains[topologyKey]?.ofNode[node]
    }

    /// Whether the node-level rules admit `pod` on `node` (whose effective labels are `labels`):
    /// cordoning, node selector, required node affinity, taints, operating system, and the
    /// topology labels the pod's terms need.
    static func nodeAdmits(_ pod: PodPackingProblem.Pod, _ node: PodPackingProblem.Node, labels: [String: String],
                           neededKeys: Set<String>) -> Bool {
        if node.unschedulable,
           !pod.tolerations.tolerate(Kubernetes.Taint(key: Kubernetes.unschedulableTaintKey, effect: .noSchedule)) { return false }
        guard pod.matchesNodeAffinity(node, labels: labels) else { return false }
        for taint in node.taints where taint.effect.isFilter && !pod.tolerations.tolerate(taint) { return false }
        if let os = pod.os, labels[Kubernetes.operatingSystemLabel] != os { return false }
        return neededKeys.allSatisfy { labels[$0] != nil }
    }

    /// Each node's labels, with `kubernetes.io/hostname` set to the node's name where it is
    /// missing (the kubelet always sets it).
    static func nodeLabels(of problem: PodPackingProblem) -> [[String: String]] {
        problem.nodes.map { node in
            var labels = node.labels
            if labels[Kubernetes.hostnameLabel] == nil { labels[Kubernetes.hostnameLabel] = node.name }
            return labels
        }
    }

    private struct LabelClass: Hashable {
        var namespace: String
        var labels: [String: String]
    }

    private struct NodeRuleClass: Hashable {
        var nodeSelector: [String: String]
        var required: Kubernetes.NodeSelector?
        var tolerations: [Kubernetes.Toleration]
        var os: String?
        var neededKeys: Set<String>
        var requests: [Int]
    }

    /// Collects matchers, terms and spread counts, each once.
    private struct Registry {
        let problem: PodPackingProblem
        let nodeLabels: [[String: String]]
        var matchers: [Matcher] = []
        var terms: [Term] = []
        var spreadCounts: [SpreadCount] = []
        private var matcherIndices: [Matcher: Int] = [:]
        private var termIndices: [Term: Int] = [:]
        private var spreadIndices: [SpreadCount: Int] = [:]

        init(problem: PodPackingProblem, nodeLabels: [[String: String]]) {
            self.problem = problem
            self.nodeLabels = nodeLabels
        }

        mutating func matcher(_ matcher: Matcher) -> Int {
            if let index = matcherIndices[matcher] { return index }
            matcherIndices[matcher] = matchers.count
            matchers.append(matcher)
            return matchers.count - 1
        }

        /// `term` of `pod` resolved: `matchLabelKeys` and `mismatchLabelKeys` merged into the
        /// selector, the namespaces listed or selected (the pod's own when neither is given).
        mutating func term(_ term: Kubernetes.PodAffinityTerm, of pod: PodPackingProblem.Pod) -> Int {
            let matcher = Matcher(selector: term.selector(for: pod.labels),
                                  namespaces: term.namespaces(for: pod.effectiveNamespace, in: problem.namespaces))
            let resolved = Term(matcher: self.matcher(matcher), topologyKey: term.topologyKey)
            if let index = termIndices[resolved] { return index }
            termIndices[resolved] = terms.count
            terms.append(resolved)
            return terms.count - 1
        }

        /// `pod`'s spread rules resolved: the selector with `matchLabelKeys` merged, counting the
        /// nodes that carry every topology key of the pod's rules of the same kind and pass the
        /// rule's inclusion policies.
        mutating func spreadRules(of pod: PodPackingProblem.Pod) -> [SpreadRule] {
            let constraints = pod.topologySpreadConstraints
            return constraints.map { constraint in
                let isFilter = constraint.whenUnsatisfiable == .doNotSchedule
                let keys = constraints.filter { ($0.whenUnsatisfiable == .doNotSchedule) == isFilter }.map(\.topologyKey)
                let counted = problem.nodes.indices.map { node in
                    constraint.counts(problem.nodes[node], labels: nodeLabels[node], keys: keys, for: pod)
                }
                let selector = constraint.selector(for: pod.labels)
                let count = SpreadCount(matcher: matcher(Matcher(selector: selector, namespaces: [pod.effectiveNamespace])),
                                        topologyKey: constraint.topologyKey, countedNodes: counted)
                let index: Int
                if let known = spreadIndices[count] {
                    index = known
                } else {
                    index = spreadCounts.count
                    spreadIndices[count] = index
                    spreadCounts.append(count)
                }
                return SpreadRule(count: index, maxSkew: constraint.maxSkew, minDomains: constraint.minDomains ?? 1, isFilter: isFilter)
            }
        }
    }
}
