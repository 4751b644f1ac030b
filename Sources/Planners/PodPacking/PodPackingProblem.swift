/// Which pods run where on a Kubernetes cluster, when the default scheduler leaves pods
/// pending: place as many high-priority pods as possible, tier by tier, possibly moving or
/// evicting lower-priority ones (the Priority Matters formulation).
///
/// The compact JSON form; ``decode(from:)`` also accepts `kubectl get nodes,pods -o json`.
/// CPU is in millicores and memory in bytes; either may also be written as a Kubernetes
/// quantity string (`"500m"`, `"2Gi"`).
///
/// ```json
/// {"nodes": [{"name": "node-a", "cpu": 4000, "memory": "8Gi"}],
///  "pods": [{"name": "web-1", "cpu": "500m", "memory": "1Gi", "priority": 100, "node": "node-a"},
///           {"name": "batch-1", "cpu": 3000, "memory": "6Gi", "priority": 10}]}
/// ```
public struct PodPackingProblem: Codable, Sendable, Equatable {
    /// A node pods can run on.
    public struct Node: Codable, Sendable, Equatable {
        /// The node's name; unique.
        public var name: String
        /// Allocatable CPU in millicores.
        public var cpu: Int
        /// Allocatable memory in bytes.
        public var memory: Int
        /// The node's labels, carried through to reports.
        public var labels: [String: String]?
        /// Whether new pods may be placed here (`false` for a cordoned node); pods already running
        /// on it may stay.
        public var schedulable: Bool

        /// A node from its parts.
        public init(name: String, cpu: Int, memory: Int, labels: [String: String]? = nil, schedulable: Bool = true) {
            self.name = name
            self.cpu = cpu
            self.memory = memory
            self.labels = labels
            self.schedulable = schedulable
        }

        private enum CodingKeys: String, CodingKey { case name, cpu, memory, labels, schedulable }

        /// Decodes a node; CPU and memory may be numbers or quantity strings, `schedulable`
        /// defaults to true.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            cpu = try container.decodeResource(forKey: .cpu, unitsPerWhole: 1000)
            memory = try container.decodeResource(forKey: .memory, unitsPerWhole: 1)
            labels = try container.decodeIfPresent([String: String].self, forKey: .labels)
            schedulable = try container.decodeIfPresent(Bool.self, forKey: .schedulable) ?? true
        }
    }

    /// A pod, running (with a ``node``) or pending.
    public struct Pod: Codable, Sendable, Equatable {
        /// The pod's name (`namespace/name` from kubectl); unique.
        public var name: String
        /// Requested CPU in millicores.
        public var cpu: Int
        /// Requested memory in bytes.
        public var memory: Int
        /// The pod's priority (its PriorityClass value); higher runs first.
        public var priority: Int
        /// The node the pod runs on now; `nil` for a pending pod.
        public var node: String?
        /// Whether the pod must stay where it runs (never moved or evicted).
        public var protected: Bool

        /// A pod from its parts.
        public init(name: String, cpu: Int, memory: Int, priority: Int = 0, node: String? = nil, protected: Bool = false) {
            self.name = name
            self.cpu = cpu
            self.memory = memory
            self.priority = priority
            self.node = node
            self.protected = protected
        }

        private enum CodingKeys: String, CodingKey { case name, cpu, memory, priority, node, protected }

        /// Decodes a pod; CPU and memory may be numbers or quantity strings, `priority` defaults
        /// to 0 and `protected` to false.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            cpu = try container.decodeResource(forKey: .cpu, unitsPerWhole: 1000)
            memory = try container.decodeResource(forKey: .memory, unitsPerWhole: 1)
            priority = try container.decodeIfPresent(Int.self, forKey: .priority) ?? 0
            node = try container.decodeIfPresent(String.self, forKey: .node)
            protected = try container.decodeIfPresent(Bool.self, forKey: .protected) ?? false
        }

        /// Whether the pod runs on a node now.
        public var isRunning: Bool { node != nil }
    }

    /// How to plan.
    public struct Options: Codable, Sendable, Equatable {
        /// The time the whole decision may take, in seconds (1 and 10 in the paper).
        public var window: Double
        /// Whether running pods that are not protected may be moved to another node or evicted.
        public var allowMoves: Bool
        /// The scoring strategy of the kube-scheduler baseline.
        public var scoring: KubeScheduler.Scoring

        /// Options; by default a 1 s window, moves allowed, LeastAllocated scoring.
        public init(window: Double = 1, allowMoves: Bool = true, scoring: KubeScheduler.Scoring = .leastAllocated) {
            self.window = window
            self.allowMoves = allowMoves
            self.scoring = scoring
        }

        private enum CodingKeys: String, CodingKey { case window, allowMoves, scoring }

        /// Decodes options; every field is optional.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            window = try container.decodeIfPresent(Double.self, forKey: .window) ?? 1
            allowMoves = try container.decodeIfPresent(Bool.self, forKey: .allowMoves) ?? true
            scoring = try container.decodeIfPresent(KubeScheduler.Scoring.self, forKey: .scoring) ?? .leastAllocated
        }
    }

    /// The cluster's nodes.
    public var nodes: [Node]
    /// Every pod, running or pending, in creation order (the scheduler's tie-break).
    public var pods: [Pod]
    /// How to plan.
    public var options: Options

    /// A problem from its parts.
    public init(nodes: [Node], pods: [Pod], options: Options = Options()) {
        self.nodes = nodes
        self.pods = pods
        self.options = options
    }

    private enum CodingKeys: String, CodingKey { case nodes, pods, options }

    /// Decodes the compact form; `options` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nodes = try container.decode([Node].self, forKey: .nodes)
        pods = try container.decode([Pod].self, forKey: .pods)
        options = try container.decodeIfPresent(Options.self, forKey: .options) ?? Options()
    }

    /// The distinct priorities of the pods, highest first: the tiers of the lexicographic objective.
    public var priorityTiers: [Int] { Array(Set(pods.map(\.priority))).sorted(by: >) }
}
