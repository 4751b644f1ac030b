import Foundation
import MILP

/// Draws cluster states on the grid of the Priority Matters paper (``KubernetesClusterGenerator``
/// draws realistic ones): N identical nodes and
/// N × (pods per node) pending pods in replica sets of 1–4 identical pods, each set with CPU
/// uniform in 100–1000m, memory uniform in 100–1000 MB and a priority uniform in 1…P. Each node's
/// capacity per resource is max(largest request, ⌈Σ requests / (u·N)⌉), so u above 1 asks for
/// more than the cluster holds. The same parameters and seed give the same cluster on every run.
public struct PodPackingGenerator: Sendable {
    /// One cell of the grid.
    public struct Parameters: Codable, Sendable, Hashable, CustomStringConvertible {
        /// The number of nodes N.
        public var nodes: Int
        /// Pods per node: the cluster has N × this many pods.
        public var podsPerNode: Int
        /// The number of priorities P; pods draw theirs from 1…P.
        public var priorities: Int
        /// The target utilisation u.
        public var utilization: Double

        /// A cell from its parts.
        public init(nodes: Int, podsPerNode: Int, priorities: Int, utilization: Double) {
            self.nodes = nodes
            self.podsPerNode = podsPerNode
            self.priorities = priorities
            self.utilization = utilization
        }

        /// `N16-k8-P4-u1.05`.
        public var description: String {
            "N\(nodes)-k\(podsPerNode)-P\(priorities)-u" + String(format: "%.2f", utilization)
        }
    }

    /// A generated cluster and its recipe.
    public typealias Instance = GeneratedCluster<Parameters>

    /// The paper's grid: N ∈ {4, 8, 16, 32}, 4 or 8 pods per node, P ∈ {1, 2, 4},
    /// u ∈ {0.90, 0.95, 1.00, 1.05}; 96 cells.
    public static let paperGrid: [Parameters] = [4, 8, 16, 32].flatMap { nodes in
        [4, 8].flatMap { podsPerNode in
            [1, 2, 4].flatMap { priorities in
                [0.90, 0.95, 1.00, 1.05].map { Parameters(nodes: nodes, podsPerNode: podsPerNode, priorities: priorities, utilization: $0) }
            }
        }
    }

    /// The grid cell to draw from.
    public var parameters: Parameters

    /// A generator for one grid cell.
    public init(_ parameters: Parameters) {
        self.parameters = parameters
    }

    /// The cluster for `seed`: every pod pending, as when a batch arrives on an empty cluster.
    public func problem(seed: UInt64) -> PodPackingProblem {
        var random = SeededGenerator(seed: seed)
        var pods: [PodPackingProblem.Pod] = []
        let total = parameters.nodes * parameters.podsPerNode
        var set = 0
        while pods.count < total {
            set += 1
            let replicas = min(random.integer(in: 1...4), total - pods.count)
            let cpu = random.integer(in: 100...1000)
            let memory = random.integer(in: 100...1000) * 1_000_000
            let priority = random.integer(in: 1...max(1, parameters.priorities))
            for replica in 1...replicas {
                pods.append(.init(name: "rs\(set)-\(replica)", cpu: cpu, memory: memory, priority: priority))
            }
        }
        let share = parameters.utilization * Double(parameters.nodes)
        func capacity(_ resource: String) -> Int {
            let amounts = pods.map { $0.requests[resource] }
            return max(amounts.max() ?? 0, Int((Double(amounts.reduce(0, +)) / share).rounded(.up)))
        }
        let cpu = capacity(Kubernetes.ResourceList.cpu), memory = capacity(Kubernetes.ResourceList.memory)
        let width = String(parameters.nodes).count
        let nodes = (1...parameters.nodes).map { index in
            let number = String(index)
            return PodPackingProblem.Node(name: "node-" + String(repeating: "0", count: width - number.count) + number,
                                          cpu: cpu, memory: memory)
        }
        return PodPackingProblem(nodes: nodes, pods: pods)
    }

    /// The first `count` instances, walking the cells of `grid` in turn with seeds `firstSeed`,
    /// `firstSeed + 1`, …, that the default scheduler (with `scoring`) leaves with pods pending.
    public static func instancesWithPendingPods(
        count: Int, firstSeed: UInt64, grid: [Parameters] = paperGrid, scoring: KubeScheduler.Scoring = .leastAllocated
    ) -> [Instance] {
        Instance.withPendingPods(count: count, firstSeed: firstSeed, grid: grid, scoring: scoring) {
            PodPackingGenerator($0).problem(seed: $1)
        }
    }
}
