import Foundation
import MILP

/// Draws realistic cluster states (``PodPackingGenerator`` draws the paper's grid): node pools
/// across zones, workloads that already run where the default scheduler put them, and a batch
/// of arriving pods that may not all fit.
///
/// - **Nodes**: a tainted system pool (`CriticalAddonsOnly`), a general pool (one node
///   sometimes cordoned, one sometimes with a small pod limit), a memory pool with a
///   `PreferNoSchedule` taint, and a GPU pool with `nvidia.com/gpu` and its `NoSchedule` taint;
///   nodes spread round-robin over the zones, labelled as cloud providers label them, with
///   allocatable amounts below capacity as the kubelet reserves.
/// - **Running**: DaemonSets on every node (system-node-critical, pinned by node affinity, one
///   with a host port), cluster add-ons on the system pool, Deployments (some with required or
///   preferred anti-affinity, zone spread rules, a memory-pool selector, a disruption budget),
///   a StatefulSet with anti-affinity and a budget, batch Jobs at low priority, GPU training
///   pods, an ingress controller with host ports, and a few bare pods; placed by the default
///   scheduler until the CPU requested reaches `load` of the general and memory pools.
/// - **Arriving**: pods requesting about `arrivals` of that CPU: a high-priority Deployment
///   scaling up, a new high-priority Deployment with zone spread and anti-affinity, GPU jobs
///   and low-priority batch pods.
///
/// The same parameters and seed give the same cluster on every run.
public struct KubernetesClusterGenerator: Sendable {
    /// The size and pressure of a generated cluster.
    public struct Parameters: Codable, Sendable, Hashable, CustomStringConvertible {
        /// The number of nodes (at least 4).
        public var nodes: Int
        /// The number of zones (1–5).
        public var zones: Int
        /// The share of the general and memory pools' CPU that running workloads request.
        public var load: Double
        /// The share of that CPU that the arriving pods request.
        public var arrivals: Double

        /// Parameters from their parts.
        public init(nodes: Int, zones: Int = 3, load: Double, arrivals: Double) {
            self.nodes = nodes
            self.zones = zones
            self.load = load
            self.arrivals = arrivals
        }

        /// `nodes24-zones3-load0.80-arrivals0.20`.
        public var description: String {
            "nodes\(nodes)-zones\(zones)-load" + String(format: "%.2f", load) + "-arrivals" + String(format: "%.2f", arrivals)
        }
    }

    /// A generated cluster and its recipe.
    public typealias Instance = GeneratedCluster<Parameters>

    /// The benchmark's grid of realistic clusters: 8–48 nodes, three zones, loads 0.70–0.90,
    /// arrivals of 10% and 20%; 30 cells.
    public static let benchmarkGrid: [Parameters] = [8, 16, 24, 32, 48].flatMap { nodes in
        [0.7, 0.8, 0.9].flatMap { load in [0.1, 0.2].map { Parameters(nodes: nodes, load: load, arrivals: $0) } }
    }

    /// The parameters to draw with.
    public var parameters: Parameters

    /// A generator for `parameters`.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    /// Priorities of the classes the generator uses.
    enum Priority {
        static let nodeCritical = 2_000_001_000
        static let clusterCritical = 2_000_000_000
        static let high = 100_000
        static let standard = 0
        static let batch = -10
    }

    /// The cluster for `seed`.
    public func problem(seed: UInt64) -> PodPackingProblem {
        var builder = ClusterBuilder(parameters: parameters, random: SeededGenerator(seed: seed))
        builder.addNodes()
        builder.addDaemonSets()
        builder.addAddOns()
        builder.addWorkloads()
        builder.settle()
        builder.addArrivals()
        return builder.problem()
    }

    /// The first `count` instances, walking `grid` in turn with seeds `firstSeed`, `firstSeed + 1`,
    /// …, that the default scheduler (without preemption) leaves with pods pending.
    public static func instancesWithPendingPods(count: Int, firstSeed: UInt64, grid: [Parameters] = benchmarkGrid) -> [Instance] {
        Instance.withPendingPods(count: count, firstSeed: firstSeed, grid: grid, scoring: .leastAllocated) {
            KubernetesClusterGenerator($0).problem(seed: $1)
        }
    }
}

/// The state of one draw.
private struct ClusterBuilder {
    let parameters: KubernetesClusterGenerator.Parameters
    var random: SeededGenerator
    var nodes: [PodPackingProblem.Node] = []
    var pods: [PodPackingProblem.Pod] = []
    var budgets: [(budget: PodPackingProblem.DisruptionBudget, minAvailable: Int)] = []
    /// When the workloads started: pods get start times a minute apart from here.
    let epoch = Date(timeIntervalSince1970: 1_767_225_600)
    var workloads = 0

    init(parameters: KubernetesClusterGenerator.Parameters, random: SeededGenerator) {
        self.parameters = parameters
        self.random = random
    }

    typealias Priority = KubernetesClusterGenerator.Priority
    static let gibibyte = 1 << 30, mebibyte = 1 << 20
    static let gpu = "nvidia.com/gpu"

    // MARK: Nodes

    struct Pool {
        var name: String
        var instanceType: String
        var cpu: Int
        var memory: Int
        var gpus: Int
        var taint: Kubernetes.Taint?
    }

    static let system = Pool(name: "system", instanceType: "m6i.xlarge", cpu: 3_920, memory: 14_500 * mebibyte, gpus: 0,
                             taint: .init(key: "CriticalAddonsOnly", value: "true", effect: .noSchedule))
    static let general = Pool(name: "general", instanceType: "m6i.2xlarge", cpu: 7_910, memory: 29_700 * mebibyte, gpus: 0, taint: nil)
    static let memory = Pool(name: "memory", instanceType: "r6i.2xlarge", cpu: 7_910, memory: 60_900 * mebibyte, gpus: 0,
                             taint: .init(key: "workload", value: "memory", effect: .preferNoSchedule))
    static let gpuPool = Pool(name: "gpu", instanceType: "g5.12xlarge", cpu: 47_810, memory: 182_000 * mebibyte, gpus: 4,
                              taint: .init(key: gpu, value: "present", effect: .noSchedule))

    func zone(_ index: Int) -> String { "us-east-1" + String(UnicodeScalar(UInt8(97 + index % max(1, min(5, parameters.zones))))) }

    mutating func addNodes() {
        let count = max(4, parameters.nodes)
        let systemCount = count >= 8 ? 2 : 1
        let gpuCount = max(1, count / 8)
        let memoryCount = max(1, count / 5)
        let pools = Array(repeating: Self.system, count: systemCount) + Array(repeating: Self.gpuPool, count: gpuCount)
            + Array(repeating: Self.memory, count: memoryCount)
            + Array(repeating: Self.general, count: max(1, count - systemCount - gpuCount - memoryCount))
        var perPool: [String: Int] = [:]
        for (index, pool) in pools.enumerated() {
            perPool[pool.name, default: 0] += 1
            let name = "\(pool.name)-\(String(format: "%02d", perPool[pool.name]!))"
            var allocatable: Kubernetes.ResourceList = [
                Kubernetes.ResourceList.cpu: pool.cpu, Kubernetes.ResourceList.memory: pool.memory,
                Kubernetes.ResourceList.pods: 58, "ephemeral-storage": 95 * Self.gibibyte,
            ]
            if pool.gpus > 0 { allocatable[Self.gpu] = pool.gpus }
            if pool.name == "memory" { allocatable["hugepages-2Mi"] = 2 * Self.gibibyte }
            var labels = [
                Kubernetes.hostnameLabel: name, Kubernetes.operatingSystemLabel: "linux", "kubernetes.io/arch": "amd64",
                "node.kubernetes.io/instance-type": pool.instanceType, "topology.kubernetes.io/region": "us-east-1",
                "topology.kubernetes.io/zone": zone(index), "pool": pool.name,
            ]
            if pool.gpus > 0 { labels["nvidia.com/gpu.product"] = "NVIDIA-A10G" }
            nodes.append(PodPackingProblem.Node(name: name, allocatable: allocatable, labels: labels, taints: pool.taint.map { [$0] } ?? []))
        }
        let general = nodes.indices.filter { nodes[$0].labels["pool"] == "general" }
        if general.count >= 3, random.nextUnit() < 0.3 {
            nodes[general[0]].unschedulable = true
            nodes[general[0]].taints.append(.init(key: Kubernetes.unschedulableTaintKey, effect: .noSchedule))
        }
        if general.count >= 2, random.nextUnit() < 0.3 { nodes[general[general.count - 1]].allocatable[Kubernetes.ResourceList.pods] = 12 }
    }

    // MARK: Pods

    /// A pod of a workload, pending until placed.
    mutating func pod(_ name: String, namespace: String, app: String, cpu: Int, memory: Int, priority: Int, controller: String?)
        -> PodPackingProblem.Pod {
        var pod = PodPackingProblem.Pod(name: name, namespace: namespace,
                                        requests: [Kubernetes.ResourceList.cpu: cpu, Kubernetes.ResourceList.memory: memory],
                                        priority: priority, controller: controller, labels: ["app": app])
        pod.images = ["registry.example.com/\(namespace)/\(app):1.\(app.count % 7)"]
        return pod
    }

    mutating func addDaemonSets() {
        let daemonSets: [(name: String, cpu: Int, memory: Int, port: Int?, gpuOnly: Bool)] = [
            ("kube-proxy", 100, 128 * Self.mebibyte, nil, false), ("node-exporter", 50, 64 * Self.mebibyte, 9100, false),
            ("fluent-bit", 100, 200 * Self.mebibyte, nil, false), ("nvidia-device-plugin", 50, 64 * Self.mebibyte, nil, true),
        ]
        for daemonSet in daemonSets {
            for node in nodes where !daemonSet.gpuOnly || node.allocatable[Self.gpu] > 0 {
                var pod = pod("\(daemonSet.name)-\(node.name)", namespace: "kube-system", app: daemonSet.name, cpu: daemonSet.cpu,
                              memory: daemonSet.memory, priority: Priority.nodeCritical, controller: "DaemonSet")
                pod.tolerations = [.init(operator: .exists)]
                pod.affinity = .init(nodeAffinity: .init(required: .init(nodeSelectorTerms: [
                    .init(matchFields: [.init(key: "metadata.name", operator: .in, values: [node.name])]),
                ])))
                if let port = daemonSet.port { pod.hostPorts = [.init(port: port)] }
                pod.node = node.name
                pod.startTime = epoch
                pods.append(pod)
            }
        }
    }

    mutating func addAddOns() {
        for replica in 1...2 {
            var pod = pod("coredns-5d78c9869d-\(replica)", namespace: "kube-system", app: "kube-dns", cpu: 100, memory: 70 * Self.mebibyte,
                          priority: Priority.clusterCritical, controller: "ReplicaSet")
            pod.tolerations = [.init(key: "CriticalAddonsOnly", operator: .exists)]
            pod.affinity = .init(podAntiAffinity: .init(preferred: [
                .init(weight: 100, podAffinityTerm: .init(labelSelector: .init(matchLabels: ["app": "kube-dns"]),
                                                          topologyKey: Kubernetes.hostnameLabel)),
            ]))
            pods.append(pod)
        }
        var metrics = pod("metrics-server-6d94bc8694-1", namespace: "kube-system", app: "metrics-server", cpu: 100,
                          memory: 200 * Self.mebibyte, priority: Priority.clusterCritical, controller: "ReplicaSet")
        metrics.tolerations = [.init(key: "CriticalAddonsOnly", operator: .exists)]
        pods.append(metrics)
    }

    /// Deployments, a StatefulSet, Jobs, GPU training, an ingress controller and bare pods, up
    /// to the load; placed by ``settle()``.
    mutating func addWorkloads() {
        let capacity = nodes.filter { ["general", "memory"].contains($0.labels["pool"]) }.reduce(0) { $0 + $1.allocatable[Kubernetes.ResourceList.cpu] }
        let target = Int(parameters.load * Double(capacity))
        addStatefulSet()
        addIngress()
        var requested = pods.filter { $0.controller != "DaemonSet" }.reduce(0) { $0 + $1.requests[Kubernetes.ResourceList.cpu] }
        while requested < target {
            requested += random.nextUnit() < 0.2 ? addJob(priority: Priority.batch) : addDeployment(priority: nil)
        }
        addTraining(fill: 0.5)
        for index in 1...random.integer(in: 1...3) {
            var pod = pod("debug-\(index)", namespace: "default", app: "debug", cpu: 50 * random.integer(in: 1...4),
                          memory: 64 * Self.mebibyte, priority: Priority.standard, controller: nil)
            pod.labels = ["run": "debug-\(index)"]
            pods.append(pod)
        }
    }

    static let namespaces = ["shop", "payments", "search", "analytics", "ml-serving"]

    /// A Deployment drawn at random; returns the CPU it requests.
    @discardableResult
    mutating func addDeployment(priority fixed: Int?, replicas fixedReplicas: Int? = nil, pending: Bool = false) -> Int {
        workloads += 1
        let name = "svc-\(workloads)"
        let namespace = Self.namespaces[workloads % Self.namespaces.count]
        let replicas = fixedReplicas ?? random.integer(in: 2...6)
        let cpu = 50 * random.integer(in: 2...40)
        let memoryPerCore = random.integer(in: 1...6)
        let memory = max(128, cpu * memoryPerCore * 1024 / 1000 / 64 * 64) * Self.mebibyte
        let roll = random.nextUnit()
        let priority = fixed ?? (roll < 0.2 ? Priority.high : roll < 0.9 ? Priority.standard : Priority.batch)
        let antiAffinity = random.nextUnit(), spread = random.nextUnit()
        let hash = String(format: "%08x", UInt32(truncatingIfNeeded: random.next()))
        var template = pod(name, namespace: namespace, app: name, cpu: cpu, memory: memory, priority: priority, controller: "ReplicaSet")
        template.labels["pod-template-hash"] = hash
        let own = Kubernetes.LabelSelector(matchLabels: ["app": name])
        if antiAffinity < 0.25 {
            template.affinity = .init(podAntiAffinity: .init(required: [.init(labelSelector: own, topologyKey: Kubernetes.hostnameLabel)]))
        } else if antiAffinity < 0.6 {
            template.affinity = .init(podAntiAffinity: .init(preferred: [
                .init(weight: 100, podAffinityTerm: .init(labelSelector: own, topologyKey: Kubernetes.hostnameLabel)),
            ]))
        }
        if spread < 0.5 {
            template.topologySpreadConstraints = [.init(maxSkew: 1, topologyKey: "topology.kubernetes.io/zone",
                                                        whenUnsatisfiable: spread < 0.25 ? .doNotSchedule : .scheduleAnyway,
                                                        labelSelector: own, matchLabelKeys: ["pod-template-hash"])]
        }
        if memoryPerCore >= 5 { template.nodeSelector = ["pool": "memory"] }
        if random.nextUnit() < 0.15 { template.requests["ephemeral-storage"] = 2 * Self.gibibyte }
        for replica in 1...replicas {
            var pod = template
            pod.name = "\(name)-\(hash.prefix(5))-\(Self.suffix(replica))"
            if !pending { pod.startTime = epoch.addingTimeInterval(Double(60 * pods.count)) }
            pods.append(pod)
        }
        if !pending, random.nextUnit() < 0.4 {
            budgets.append((.init(name: name, namespace: namespace, selector: own, disruptionsAllowed: 0), replicas - 1))
        }
        return cpu * replicas
    }

    /// A Job of 1–4 pods; returns the CPU it requests.
    mutating func addJob(priority: Int, pending: Bool = false) -> Int {
        workloads += 1
        let name = "batch-\(workloads)"
        let cpu = 250 * random.integer(in: 2...12), count = random.integer(in: 1...4)
        for index in 1...count {
            var pod = pod("\(name)-\(Self.suffix(index))", namespace: "analytics", app: name, cpu: cpu,
                          memory: cpu * 2 * Self.mebibyte, priority: priority, controller: "Job")
            pod.labels = ["job-name": name, "batch.kubernetes.io/job-name": name]
            if !pending { pod.startTime = epoch.addingTimeInterval(Double(60 * pods.count)) }
            pods.append(pod)
        }
        return cpu * count
    }

    /// GPU training pods using about `fill` of the GPUs.
    mutating func addTraining(fill: Double, priority: Int = Priority.standard, pending: Bool = false) {
        let gpus = nodes.reduce(0) { $0 + $1.allocatable[Self.gpu] }
        var used = 0
        while Double(used) < fill * Double(gpus) {
            workloads += 1
            let wanted = random.integer(in: 1...2)
            var pod = pod("train-\(workloads)", namespace: "ml-training", app: "train-\(workloads)", cpu: 4_000 * wanted,
                          memory: 24 * wanted * Self.gibibyte, priority: priority, controller: "Job")
            pod.requests[Self.gpu] = wanted
            pod.tolerations = [.init(key: Self.gpu, operator: .exists, effect: .noSchedule)]
            pod.nodeSelector = ["pool": "gpu"]
            if !pending { pod.startTime = epoch.addingTimeInterval(Double(60 * pods.count)) }
            pods.append(pod)
            used += wanted
        }
    }

    mutating func addStatefulSet() {
        let own = Kubernetes.LabelSelector(matchLabels: ["app": "cache"])
        for replica in 0..<3 {
            var pod = pod("cache-\(replica)", namespace: "shop", app: "cache", cpu: 500, memory: 2 * Self.gibibyte,
                          priority: Priority.high, controller: "StatefulSet")
            pod.affinity = .init(podAntiAffinity: .init(required: [.init(labelSelector: own, topologyKey: Kubernetes.hostnameLabel)]))
            pod.startTime = epoch
            pods.append(pod)
        }
        budgets.append((.init(name: "cache", namespace: "shop", selector: own, disruptionsAllowed: 0), 2))
    }

    mutating func addIngress() {
        for replica in 1...2 {
            var pod = pod("ingress-nginx-controller-7c9f-\(Self.suffix(replica))", namespace: "ingress-nginx", app: "ingress-nginx",
                          cpu: 100, memory: 90 * Self.mebibyte, priority: Priority.high, controller: "ReplicaSet")
            pod.hostPorts = [.init(port: 80), .init(port: 443)]
            pod.startTime = epoch
            pods.append(pod)
        }
    }

    /// A Kubernetes-style name suffix.
    static func suffix(_ index: Int) -> String {
        let letters = Array("bcdfghjklmnpqrstvwxz")
        return String([letters[index % 20], letters[(index * 7 + 3) % 20], letters[(index * 13 + 5) % 20]])
    }

    /// Places every pending pod as the default scheduler would; those that fit nowhere never
    /// started and are dropped. Budgets get the disruptions their running pods allow.
    mutating func settle() {
        let draft = PodPackingProblem(nodes: nodes, pods: pods)
        let placed = KubeScheduler().schedule(draft).plan
        var running: [PodPackingProblem.Pod] = []
        for (pod, placement) in zip(pods, placed.placements) {
            guard let node = placement.node else { continue }
            var pod = pod
            pod.node = node
            running.append(pod)
        }
        pods = running
        budgets = budgets.map { entry in
            var budget = entry.budget
            let healthy = pods.count { budget.covers($0) }
            budget.disruptionsAllowed = max(0, healthy - entry.minAvailable)
            return (budget, entry.minAvailable)
        }
    }

    /// The arriving pods, pending.
    mutating func addArrivals() {
        let capacity = nodes.filter { ["general", "memory"].contains($0.labels["pool"]) }.reduce(0) { $0 + $1.allocatable[Kubernetes.ResourceList.cpu] }
        let target = Int(parameters.arrivals * Double(capacity))
        var requested = addDeployment(priority: Priority.high, replicas: random.integer(in: 3...6), pending: true)
        if let scaled = pods.first(where: { $0.priority == Priority.high && $0.controller == "ReplicaSet" && $0.namespace != "kube-system"
            && $0.namespace != "ingress-nginx" }) {
            for extra in 1...random.integer(in: 1...3) {
                var pod = scaled
                pod.name = scaled.name.dropLast(3) + "new\(extra)"
                pod.node = nil
                pod.startTime = nil
                pods.append(pod)
                requested += pod.requests[Kubernetes.ResourceList.cpu]
            }
        }
        addTraining(fill: 0.3, priority: Priority.high, pending: true)
        while requested < target {
            requested += addJob(priority: random.nextUnit() < 0.5 ? Priority.batch : Priority.standard, pending: true)
        }
    }

    func problem() -> PodPackingProblem {
        PodPackingProblem(nodes: nodes, pods: pods, disruptionBudgets: budgets.map(\.budget))
    }
}
