extension Kubernetes {
    /// A pod's affinity (`spec.affinity`): to nodes, to other pods, and away from other pods.
    public struct Affinity: Codable, Sendable, Hashable {
        /// Node affinity.
        public var nodeAffinity: NodeAffinity?
        /// Pods the pod wants to run near.
        public var podAffinity: PodAffinity?
        /// Pods the pod wants to run away from.
        public var podAntiAffinity: PodAffinity?

        /// Affinity from its parts.
        public init(nodeAffinity: NodeAffinity? = nil, podAffinity: PodAffinity? = nil, podAntiAffinity: PodAffinity? = nil) {
            self.nodeAffinity = nodeAffinity
            self.podAffinity = podAffinity
            self.podAntiAffinity = podAntiAffinity
        }
    }

    /// Required and preferred pod (anti-)affinity terms (`podAffinity`, `podAntiAffinity`).
    public struct PodAffinity: Codable, Sendable, Hashable {
        /// Terms that must hold for a pod to be placed.
        public var requiredDuringSchedulingIgnoredDuringExecution: [PodAffinityTerm]?
        /// Weighted terms that only score nodes.
        public var preferredDuringSchedulingIgnoredDuringExecution: [WeightedPodAffinityTerm]?

        /// Terms from their parts.
        public init(required: [PodAffinityTerm]? = nil, preferred: [WeightedPodAffinityTerm]? = nil) {
            requiredDuringSchedulingIgnoredDuringExecution = required
            preferredDuringSchedulingIgnoredDuringExecution = preferred
        }

        /// The required terms.
        var required: [PodAffinityTerm] { requiredDuringSchedulingIgnoredDuringExecution ?? [] }
        /// The preferred terms.
        var preferred: [WeightedPodAffinityTerm] { preferredDuringSchedulingIgnoredDuringExecution ?? [] }
    }

    /// A set of pods (by labels and namespaces) and a topology key: "near" or "away from" means
    /// in, or not in, a node whose label `topologyKey` has the same value as theirs.
    public struct PodAffinityTerm: Codable, Sendable, Hashable {
        /// The pods' labels; `nil` matches no pod.
        public var labelSelector: LabelSelector?
        /// The namespaces searched; with no `namespaceSelector` either, the pod's own.
        public var namespaces: [String]?
        /// Namespaces searched by their labels; `{}` means every namespace.
        public var namespaceSelector: LabelSelector?
        /// The node label whose values are the topology domains (`kubernetes.io/hostname`,
        /// `topology.kubernetes.io/zone`, …).
        public var topologyKey: String
        /// Label keys whose values, taken from the pod itself, are added to the selector with `In`.
        public var matchLabelKeys: [String]?
        /// Label keys whose values, taken from the pod itself, are added with `NotIn`.
        public var mismatchLabelKeys: [String]?

        /// A term from its parts.
        public init(labelSelector: LabelSelector?, namespaces: [String]? = nil, namespaceSelector: LabelSelector? = nil,
                    topologyKey: String, matchLabelKeys: [String]? = nil, mismatchLabelKeys: [String]? = nil) {
            self.labelSelector = labelSelector
            self.namespaces = namespaces
            self.namespaceSelector = namespaceSelector
            self.topologyKey = topologyKey
            self.matchLabelKeys = matchLabelKeys
            self.mismatchLabelKeys = mismatchLabelKeys
        }
    }

    /// A preferred pod affinity term with its weight.
    public struct WeightedPodAffinityTerm: Codable, Sendable, Hashable {
        /// The weight, 1–100.
        public var weight: Int
        /// The term.
        public var podAffinityTerm: PodAffinityTerm

        /// A weighted term from its parts.
        public init(weight: Int, podAffinityTerm: PodAffinityTerm) {
            self.weight = weight
            self.podAffinityTerm = podAffinityTerm
        }
    }

    /// A spread rule (`spec.topologySpreadConstraints[]`): pods matching the selector must be
    /// spread over the topology domains with at most `maxSkew` more in one domain than in the
    /// emptiest.
    public struct TopologySpreadConstraint: Codable, Sendable, Hashable {
        /// What happens when the rule cannot be met.
        public enum Unsatisfiable: String, Codable, Sendable, Hashable {
            /// A filter: the pod is not placed where the skew would exceed `maxSkew`.
            case doNotSchedule = "DoNotSchedule"
            /// A score only.
            case scheduleAnyway = "ScheduleAnyway"
        }

        /// Whether a node-level rule narrows the domains counted.
        public enum InclusionPolicy: String, Codable, Sendable, Hashable {
            /// Only nodes the pod could use by this rule count.
            case honor = "Honor"
            /// Every node counts.
            case ignore = "Ignore"
        }

        /// The largest difference allowed between a domain's matching pods and the fewest in any domain.
        public var maxSkew: Int
        /// The node label whose values are the domains.
        public var topologyKey: String
        /// Filter or score.
        public var whenUnsatisfiable: Unsatisfiable
        /// The pods counted (in the pod's namespace); `nil` counts none.
        public var labelSelector: LabelSelector?
        /// When fewer domains than this exist, the emptiest counts as holding 0 pods.
        public var minDomains: Int?
        /// Whether nodes the pod's node affinity rules out count (default `Honor`: they do not).
        public var nodeAffinityPolicy: InclusionPolicy?
        /// Whether nodes with taints the pod does not tolerate count (default `Ignore`: they do).
        public var nodeTaintsPolicy: InclusionPolicy?
        /// Label keys whose values, from the pod itself, are added to the selector.
        public var matchLabelKeys: [String]?

        /// A constraint from its parts.
        public init(maxSkew: Int, topologyKey: String, whenUnsatisfiable: Unsatisfiable, labelSelector: LabelSelector?,
                    minDomains: Int? = nil, nodeAffinityPolicy: InclusionPolicy? = nil, nodeTaintsPolicy: InclusionPolicy? = nil,
                    matchLabelKeys: [String]? = nil) {
            self.maxSkew = maxSkew
            self.topologyKey = topologyKey
            self.whenUnsatisfiable = whenUnsatisfiable
            self.labelSelector = labelSelector
            self.minDomains = minDomains
            self.nodeAffinityPolicy = nodeAffinityPolicy
            self.nodeTaintsPolicy = nodeTaintsPolicy
            self.matchLabelKeys = matchLabelKeys
        }
    }

    /// A host port a pod's container binds on its node (`ports[].hostPort`); two pods whose host
    /// ports share a number, a protocol and an address (or either binds every address) cannot
    /// share a node.
    public struct HostPort: Codable, Sendable, Hashable {
        /// The port number, 1–65535.
        public var port: Int
        /// `TCP` (the default), `UDP` or `SCTP`.
        public var `protocol`: String?
        /// The address bound; absent, `0.0.0.0` or `::` binds every address.
        public var hostIP: String?

        /// A host port from its parts.
        public init(port: Int, protocol: String? = nil, hostIP: String? = nil) {
            self.port = port
            self.protocol = `protocol`
            self.hostIP = hostIP
        }

        /// Whether the two ports cannot be bound on one node.
        public func conflicts(with other: HostPort) -> Bool {
            port == other.port && (`protocol` ?? "TCP") == (other.protocol ?? "TCP")
                && (bindsEveryAddress || other.bindsEveryAddress || hostIP == other.hostIP)
        }

        /// Whether the port binds every address of the node.
        var bindsEveryAddress: Bool { hostIP.map { ["", "0.0.0.0", "::"].contains($0) } ?? true }
    }
}

extension Kubernetes.PodAffinityTerm {
    /// The term's selector as it applies for a pod with `labels`: the values of its
    /// `matchLabelKeys` added with `In`, of its `mismatchLabelKeys` with `NotIn`.
    func selector(for labels: [String: String]) -> Kubernetes.LabelSelector? {
        labelSelector.map {
            $0.adding(keys: matchLabelKeys ?? [], from: labels).adding(keys: mismatchLabelKeys ?? [], from: labels, excluding: true)
        }
    }

    /// The namespaces the term searches for a pod in `namespace`: those listed and those
    /// `namespaceSelector` selects among `clusterNamespaces`; the pod's own when neither is
    /// given; `nil` (every namespace) for an empty `namespaceSelector`.
    func namespaces(for namespace: String, in clusterNamespaces: [PodPackingProblem.Namespace]) -> Set<String>? {
        var names = Set(namespaces ?? [])
        guard let namespaceSelector else { return names.isEmpty ? [namespace] : names }
        guard !namespaceSelector.isEmpty else { return nil }
        names.formUnion(clusterNamespaces.filter { namespaceSelector.matches($0.labels) }.map(\.name))
        return names
    }
}

extension Kubernetes.TopologySpreadConstraint {
    /// The rule's selector as it applies for a pod with `labels`, with its `matchLabelKeys` added.
    func selector(for labels: [String: String]) -> Kubernetes.LabelSelector? {
        labelSelector.map { $0.adding(keys: matchLabelKeys ?? [], from: labels) }
    }

    /// Whether the rule counts `node` (with effective `labels`) for `pod`: the node carries every
    /// key in `keys` and passes the rule's node affinity and taint policies.
    func counts(_ node: PodPackingProblem.Node, labels: [String: String], keys: [String], for pod: PodPackingProblem.Pod) -> Bool {
        keys.allSatisfy { labels[$0] != nil }
            && ((nodeAffinityPolicy ?? .honor) == .ignore || pod.matchesNodeAffinity(node, labels: labels))
            && ((nodeTaintsPolicy ?? .ignore) == .ignore || node.taints.allSatisfy { !$0.effect.isFilter || pod.tolerations.tolerate($0) })
    }
}
