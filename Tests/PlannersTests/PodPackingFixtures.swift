import Foundation
import GLPK
import MILP
import Planners

/// Small clusters for the pod placement tests.
enum PodFixtures {
    static let gibibyte = 1 << 30
    static let zone = "topology.kubernetes.io/zone"

    /// A node with `cpu` millicores and `memory` bytes, labelled with its hostname and `zone`.
    static func node(_ name: String, cpu: Int = 4000, memory: Int = 8 * gibibyte, zone: String = "a",
                     labels: [String: String] = [:], extra: Kubernetes.ResourceList = [:]) -> PodPackingProblem.Node {
        var allocatable: Kubernetes.ResourceList = [Kubernetes.ResourceList.cpu: cpu, Kubernetes.ResourceList.memory: memory]
        allocatable.add(extra)
        return PodPackingProblem.Node(name: name, allocatable: allocatable,
                                      labels: ["kubernetes.io/hostname": name, Self.zone: zone].merging(labels) { $1 })
    }

    /// A pod requesting `cpu` millicores and `memory` bytes, with a ReplicaSet controller
    /// unless `controller` says otherwise.
    static func pod(_ name: String, cpu: Int = 500, memory: Int = gibibyte, priority: Int = 0, node: String? = nil,
                    labels: [String: String] = [:], controller: String? = "ReplicaSet") -> PodPackingProblem.Pod {
        PodPackingProblem.Pod(name: name, requests: [Kubernetes.ResourceList.cpu: cpu, Kubernetes.ResourceList.memory: memory],
                              priority: priority, node: node, controller: controller, labels: labels)
    }

    /// A required anti-affinity or affinity term on pods labelled `app`.
    static func term(app: String, key: String = "kubernetes.io/hostname") -> Kubernetes.PodAffinityTerm {
        Kubernetes.PodAffinityTerm(labelSelector: .init(matchLabels: ["app": app]), topologyKey: key)
    }

    /// The report of planning `problem` with GLPK within `window` (a long one by default, so that
    /// small problems are always proven).
    static func plan(_ problem: PodPackingProblem, window: Duration = .seconds(60)) throws -> PodPackingReport {
        try PodPackingPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: window)).plan(problem)
    }

    /// A fixture file's contents.
    static func file(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)"))
    }
}

extension Kubernetes.ResourceList {
    /// Adds `other`'s amounts (for building fixtures).
    mutating func add(_ other: Kubernetes.ResourceList) {
        for name in other.names { self[name] += other[name] }
    }
}

/// A report without a plan, which the pod planner never gives.
struct MissingPlan: Error {}

extension PodPackingReport {
    /// The plan, which the pod planner always reports.
    var verifiedPlan: PodPackingPlan {
        get throws {
            guard let plan else { throw MissingPlan() }
            return plan
        }
    }
}
