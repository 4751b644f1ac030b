import Foundation

/// Which pods run where on a Kubernetes cluster, when the default scheduler leaves pods
/// pending: place as many high-priority pods as possible, tier by tier, possibly moving or
/// evicting lower-priority ones (the Priority Matters formulation), while obeying every
/// placement rule of the default kube-scheduler and every disruption budget.
///
/// This is the compact JSON form; ``decode(from:)`` also reads `kubectl get nodes,pods,pdb -A -o json`
/// output (and ``decode(from:options:ignoring:)`` several such lists). Resources are Kubernetes quantity strings or
/// numbers in base units (millicores of CPU, bytes); scheduling fields keep Kubernetes' names
/// and shapes (`labels`, `taints`, `tolerations`, `nodeSelector`, `affinity`,
/// `topologySpreadConstraints`).
///
/// ```json
/// {"nodes": [{"name": "node-a", "allocatable": {"cpu": "4", "memory": "8Gi", "pods": 110}}],
///  "pods": [{"name": "web-1", "requests": {"cpu": "500m", "memory": "1Gi"}, "priority": 100,
///            "node": "node-a", "controller": "ReplicaSet"},
///           {"name": "batch-1", "requests": {"cpu": 3000, "memory": "6Gi"}, "priority": 10}]}
/// ```
public struct PodPackingProblem: PlanningProblem, Equatable {
    /// A node pods can run on.
    public struct Node: Codable, Sendable, Equatable {
        /// The node's name; unique.
        public var name: String
        /// The node's labels (topology domains, node pools, operating system, …).
        public var labels: [String: String]
        /// What the node offers pods (`status.allocatable`), `pods` included; a node without a
        /// `pods` entry takes any number of pods.
        public var allocatable: Kubernetes.ResourceList
        /// The node's taints.
        public var taints: [Kubernetes.Taint]
        /// Whether the node is cordoned: new pods need to tolerate the unschedulable taint.
        public var unschedulable: Bool
        /// The container images the node holds (`status.images`), for the ImageLocality score.
        public var images: [Image]

        /// A node from its parts.
        public init(name: String, allocatable: Kubernetes.ResourceList, labels: [String: String] = [:],
                    taints: [Kubernetes.Taint] = [], unschedulable: Bool = false, images: [Image] = []) {
            self.name = name
            self.labels = labels
            self.allocatable = allocatable
            self.taints = taints
            self.unschedulable = unschedulable
            self.images = images
        }

        /// A node with `cpu` millicores and `memory` bytes, and no limit on pods.
        public init(name: String, cpu: Int, memory: Int, labels: [String: String] = [:], unschedulable: Bool = false) {
            self.init(name: name, allocatable: [Kubernetes.ResourceList.cpu: cpu, Kubernetes.ResourceList.memory: memory],
                      labels: labels, unschedulable: unschedulable)
        }

        private enum CodingKeys: String, CodingKey { case name, labels, allocatable, taints, unschedulable, images }

        /// Decodes a node; everything but the name and allocatable resources is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            allocatable = try container.decode(Kubernetes.ResourceList.self, forKey: .allocatable)
            labels = try container.decodeIfPresent([String: String].self, forKey: .labels) ?? [:]
            taints = try container.decodeIfPresent([Kubernetes.Taint].self, forKey: .taints) ?? []
            unschedulable = try container.decodeIfPresent(Bool.self, forKey: .unschedulable) ?? false
            images = try container.decodeIfPresent([Image].self, forKey: .images) ?? []
        }

        /// Encodes the node, leaving out empty and default fields.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encode(allocatable, forKey: .allocatable)
            if !labels.isEmpty { try container.encode(labels, forKey: .labels) }
            if !taints.isEmpty { try container.encode(taints, forKey: .taints) }
            if unschedulable { try container.encode(unschedulable, forKey: .unschedulable) }
            if !images.isEmpty { try container.encode(images, forKey: .images) }
        }
    }

    /// A container image held by a node.
    public struct Image: Codable, Sendable, Hashable {
        /// The image's names (`registry/repository:tag`, digests).
        public var names: [String]
        /// Its size in bytes.
        public var sizeBytes: Int

        /// An image from its parts.
        public init(names: [String], sizeBytes: Int) {
            self.names = names
            self.sizeBytes = sizeBytes
        }
    }

    /// Whether a pod may evict lower-priority pods when it fits nowhere (`spec.preemptionPolicy`).
    public enum PreemptionPolicy: String, Codable, Sendable, Hashable {
        /// It may (the default).
        case preemptLowerPriority = "PreemptLowerPriority"
        /// It waits instead.
        case never = "Never"
    }

    /// A pod, running (with a ``node``) or pending.
    public struct Pod: Codable, Sendable, Equatable {
        /// The pod's name; unique within its namespace.
        public var name: String
        /// The namespace; `nil` reads as `default` and is left out of ``id``.
        public var namespace: String?
        /// The pod's labels, which selectors of affinity terms, spread rules and budgets match.
        public var labels: [String: String]
        /// The pod's effective requests (what the scheduler counts against a node's allocatable).
        public var requests: Kubernetes.ResourceList
        /// The pod's priority (its PriorityClass value); higher runs first.
        public var priority: Int
        /// The node the pod runs on now; `nil` for a pending pod.
        public var node: String?
        /// The kind of the pod's controller (`ReplicaSet`, `StatefulSet`, `Job`, `DaemonSet`, or
        /// `Node` for a static pod); `nil` for a bare pod, which nobody recreates when evicted.
        public var controller: String?
        /// Whether the pod must stay where it runs.
        public var protected: Bool
        /// Whether the pod is being deleted: it still holds its node, but is not counted by
        /// spread rules and is never moved.
        public var terminating: Bool
        /// Whether the pod may preempt others (used by the baseline).
        public var preemptionPolicy: PreemptionPolicy
        /// When the pod started (`status.startTime`), which the scheduler's preemption uses to break ties.
        public var startTime: Date?
        /// Labels a node must carry (`spec.nodeSelector`).
        public var nodeSelector: [String: String]
        /// Node affinity and pod (anti-)affinity.
        public var affinity: Kubernetes.Affinity?
        /// The taints the pod tolerates.
        public var tolerations: [Kubernetes.Toleration]
        /// Spread rules.
        public var topologySpreadConstraints: [Kubernetes.TopologySpreadConstraint]
        /// Host ports of its containers and sidecars.
        public var hostPorts: [Kubernetes.HostPort]
        /// Its containers' images, for the ImageLocality score.
        public var images: [String]
        /// The operating system it needs (`spec.os.name`), compared with a node's `kubernetes.io/os` label.
        public var os: String?
        /// Its scheduling gates: while any remains, the pod is not placed.
        public var schedulingGates: [String]

        /// A pod from its parts; by default pending, bare and without placement rules.
        public init(name: String, namespace: String? = nil, requests: Kubernetes.ResourceList, priority: Int = 0,
                    node: String? = nil, controller: String? = nil, labels: [String: String] = [:], protected: Bool = false) {
            self.name = name
            self.namespace = namespace
            self.labels = labels
            self.requests = requests
            self.priority = priority
            self.node = node
            self.controller = controller
            self.protected = protected
            terminating = false
            preemptionPolicy = .preemptLowerPriority
            startTime = nil
            nodeSelector = [:]
            affinity = nil
            tolerations = []
            topologySpreadConstraints = []
            hostPorts = []
            images = []
            os = nil
            schedulingGates = []
        }

        /// A pod requesting `cpu` millicores and `memory` bytes.
        public init(name: String, cpu: Int, memory: Int, priority: Int = 0, node: String? = nil, controller: String? = nil,
                    protected: Bool = false) {
            self.init(name: name, requests: [Kubernetes.ResourceList.cpu: cpu, Kubernetes.ResourceList.memory: memory],
                      priority: priority, node: node, controller: controller, protected: protected)
        }

        /// `namespace/name`, or the name alone when the pod has no namespace: how reports name the pod.
        public var id: String { namespace.map { "\($0)/\(name)" } ?? name }

        /// The namespace the pod's rules apply in.
        public var effectiveNamespace: String { namespace ?? "default" }

        /// Whether the pod runs on a node now.
        public var isRunning: Bool { node != nil }

        /// Whether `node` (with effective `labels`) meets the pod's node selector and required node affinity.
        func matchesNodeAffinity(_ node: Node, labels: [String: String]) -> Bool {
            for (key, value) in nodeSelector where labels[key] != value { return false }
            if let required = affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution {
                return required.matches(name: node.name, labels: labels)
            }
            return true
        }

        /// Whether the plan may move or evict the pod (ignoring disruption budgets): it runs, is
        /// not protected or terminating, and has a controller that recreates it elsewhere (not a
        /// DaemonSet or a node, which recreate it in place).
        public var isMovable: Bool {
            guard node != nil, !protected, !terminating, let controller else { return false }
            return controller != "DaemonSet" && controller != "Node"
        }

        private enum CodingKeys: String, CodingKey {
            case name, namespace, labels, requests, priority, node, controller, protected, terminating, preemptionPolicy,
                 startTime, nodeSelector, affinity, tolerations, topologySpreadConstraints, hostPorts, images, os, schedulingGates
        }

        /// Decodes a pod; everything but the name and requests is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            requests = try container.decode(Kubernetes.ResourceList.self, forKey: .requests)
            namespace = try container.decodeIfPresent(String.self, forKey: .namespace)
            labels = try container.decodeIfPresent([String: String].self, forKey: .labels) ?? [:]
            priority = try container.decodeIfPresent(Int.self, forKey: .priority) ?? 0
            node = try container.decodeIfPresent(String.self, forKey: .node)
            controller = try container.decodeIfPresent(String.self, forKey: .controller)
            protected = try container.decodeIfPresent(Bool.self, forKey: .protected) ?? false
            terminating = try container.decodeIfPresent(Bool.self, forKey: .terminating) ?? false
            preemptionPolicy = try container.decodeIfPresent(PreemptionPolicy.self, forKey: .preemptionPolicy) ?? .preemptLowerPriority
            startTime = try container.decodeIfPresent(String.self, forKey: .startTime).map { text in
                guard let date = Self.timestamp(text) else {
                    throw DecodingError.dataCorruptedError(forKey: .startTime, in: container,
                                                           debugDescription: "'\(text)' is not an RFC 3339 time like 2025-05-01T12:00:00Z")
                }
                return date
            }
            nodeSelector = try container.decodeIfPresent([String: String].self, forKey: .nodeSelector) ?? [:]
            affinity = try container.decodeIfPresent(Kubernetes.Affinity.self, forKey: .affinity)
            tolerations = try container.decodeIfPresent([Kubernetes.Toleration].self, forKey: .tolerations) ?? []
            topologySpreadConstraints = try container.decodeIfPresent([Kubernetes.TopologySpreadConstraint].self,
                                                                      forKey: .topologySpreadConstraints) ?? []
            hostPorts = try container.decodeIfPresent([Kubernetes.HostPort].self, forKey: .hostPorts) ?? []
            images = try container.decodeIfPresent([String].self, forKey: .images) ?? []
            os = try container.decodeIfPresent(String.self, forKey: .os)
            schedulingGates = try container.decodeIfPresent([String].self, forKey: .schedulingGates) ?? []
        }

        /// Encodes the pod, leaving out empty and default fields.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(name, forKey: .name)
            try container.encodeIfPresent(namespace, forKey: .namespace)
            if !labels.isEmpty { try container.encode(labels, forKey: .labels) }
            try container.encode(requests, forKey: .requests)
            if priority != 0 { try container.encode(priority, forKey: .priority) }
            try container.encodeIfPresent(node, forKey: .node)
            try container.encodeIfPresent(controller, forKey: .controller)
            if protected { try container.encode(protected, forKey: .protected) }
            if terminating { try container.encode(terminating, forKey: .terminating) }
            if preemptionPolicy != .preemptLowerPriority { try container.encode(preemptionPolicy, forKey: .preemptionPolicy) }
            try container.encodeIfPresent(startTime.map(Self.rfc3339), forKey: .startTime)
            if !nodeSelector.isEmpty { try container.encode(nodeSelector, forKey: .nodeSelector) }
            try container.encodeIfPresent(affinity, forKey: .affinity)
            if !tolerations.isEmpty { try container.encode(tolerations, forKey: .tolerations) }
            if !topologySpreadConstraints.isEmpty { try container.encode(topologySpreadConstraints, forKey: .topologySpreadConstraints) }
            if !hostPorts.isEmpty { try container.encode(hostPorts, forKey: .hostPorts) }
            if !images.isEmpty { try container.encode(images, forKey: .images) }
            try container.encodeIfPresent(os, forKey: .os)
            if !schedulingGates.isEmpty { try container.encode(schedulingGates, forKey: .schedulingGates) }
        }

        /// An RFC 3339 time (`2025-05-01T12:00:00Z`, fractions and offsets allowed), as Kubernetes writes them.
        static func timestamp(_ text: String) -> Date? {
            (try? Date(text, strategy: .iso8601)) ?? (try? Date(text, strategy: Date.ISO8601FormatStyle(includingFractionalSeconds: true)))
        }

        /// `date` in RFC 3339, UTC, to the second.
        static func rfc3339(_ date: Date) -> String { date.formatted(.iso8601) }
    }

    /// A PodDisruptionBudget: at most `disruptionsAllowed` of the pods it selects may be evicted.
    public struct DisruptionBudget: Codable, Sendable, Equatable {
        /// The budget's name.
        public var name: String
        /// Its namespace; it selects pods there only (`nil` reads as `default`).
        public var namespace: String?
        /// The pods it covers; `nil` covers none, `{}` every pod of the namespace (policy/v1).
        public var selector: Kubernetes.LabelSelector?
        /// How many of them may be evicted now (`status.disruptionsAllowed`).
        public var disruptionsAllowed: Int

        /// A budget from its parts.
        public init(name: String, namespace: String? = nil, selector: Kubernetes.LabelSelector?, disruptionsAllowed: Int) {
            self.name = name
            self.namespace = namespace
            self.selector = selector
            self.disruptionsAllowed = disruptionsAllowed
        }

        /// `namespace/name`.
        public var id: String { namespace.map { "\($0)/\(name)" } ?? name }

        /// Whether the budget covers `pod`.
        public func covers(_ pod: Pod) -> Bool {
            (namespace ?? "default") == pod.effectiveNamespace && (selector?.matches(pod.labels) ?? false)
        }
    }

    /// A namespace and its labels, needed only when an affinity term selects namespaces by label.
    public struct Namespace: Codable, Sendable, Equatable {
        /// The namespace.
        public var name: String
        /// Its labels.
        public var labels: [String: String]

        /// A namespace from its parts.
        public init(name: String, labels: [String: String] = [:]) {
            self.name = name
            self.labels = labels
        }
    }

    /// A field of the input that constrains placement and that the planner was told to ignore
    /// (`--ignore`), with the pods that carry it.
    public struct IgnoredField: Codable, Sendable, Equatable {
        /// The field, without array positions (`spec.volumes.persistentVolumeClaim`).
        public var field: String
        /// The pods carrying it, by ``Pod/id``.
        public var pods: [String]

        /// An ignored field from its parts.
        public init(field: String, pods: [String]) {
            self.field = field
            self.pods = pods
        }
    }

    /// How to plan.
    public struct Options: Codable, Sendable, Equatable {
        /// Whether running pods that may move (see ``Pod/isMovable``) may be moved or evicted.
        public var allowMoves: Bool
        /// The scoring strategy of the kube-scheduler baseline.
        public var scoring: KubeScheduler.Scoring

        /// Options; by default moves allowed and LeastAllocated scoring.
        public init(allowMoves: Bool = true, scoring: KubeScheduler.Scoring = .leastAllocated) {
            self.allowMoves = allowMoves
            self.scoring = scoring
        }

        private enum CodingKeys: String, CodingKey { case allowMoves, scoring }

        /// Decodes options; every field is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            allowMoves = try container.decodeIfPresent(Bool.self, forKey: .allowMoves) ?? true
            scoring = try container.decodeIfPresent(KubeScheduler.Scoring.self, forKey: .scoring) ?? .leastAllocated
        }
    }

    /// The cluster's nodes.
    public var nodes: [Node]
    /// Every pod, running or pending, in creation order (the scheduler's tie-break).
    public var pods: [Pod]
    /// The disruption budgets.
    public var disruptionBudgets: [DisruptionBudget]
    /// The namespaces, when affinity terms select them by label.
    public var namespaces: [Namespace]
    /// Fields the input carried that constrain placement but were ignored on request.
    public var ignoredFields: [IgnoredField]
    /// How to plan.
    public var options: Options

    /// A problem from its parts.
    public init(nodes: [Node], pods: [Pod], disruptionBudgets: [DisruptionBudget] = [], namespaces: [Namespace] = [],
                ignoredFields: [IgnoredField] = [], options: Options = Options()) {
        self.nodes = nodes
        self.pods = pods
        self.disruptionBudgets = disruptionBudgets
        self.namespaces = namespaces
        self.ignoredFields = ignoredFields
        self.options = options
    }

    private enum CodingKeys: String, CodingKey { case nodes, pods, disruptionBudgets, namespaces, ignoredFields, options }

    /// Decodes the compact form; everything but `nodes` and `pods` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nodes = try container.decode([Node].self, forKey: .nodes)
        pods = try container.decode([Pod].self, forKey: .pods)
        disruptionBudgets = try container.decodeIfPresent([DisruptionBudget].self, forKey: .disruptionBudgets) ?? []
        namespaces = try container.decodeIfPresent([Namespace].self, forKey: .namespaces) ?? []
        ignoredFields = try container.decodeIfPresent([IgnoredField].self, forKey: .ignoredFields) ?? []
        options = try container.decodeIfPresent(Options.self, forKey: .options) ?? Options()
    }

    /// Encodes the problem, leaving out empty lists.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(nodes, forKey: .nodes)
        try container.encode(pods, forKey: .pods)
        if !disruptionBudgets.isEmpty { try container.encode(disruptionBudgets, forKey: .disruptionBudgets) }
        if !namespaces.isEmpty { try container.encode(namespaces, forKey: .namespaces) }
        if !ignoredFields.isEmpty { try container.encode(ignoredFields, forKey: .ignoredFields) }
        try container.encode(options, forKey: .options)
    }

    /// The distinct priorities of the pods, highest first: the tiers of the lexicographic objective.
    public var priorityTiers: [Int] { Array(Set(pods.map(\.priority))).sorted(by: >) }
}
