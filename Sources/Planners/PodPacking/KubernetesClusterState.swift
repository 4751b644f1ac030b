import Foundation

/// The cluster state as `kubectl get nodes,pods -o json` prints it: a `List` whose `items` are
/// Nodes and Pods. Only the fields the planner needs are read; other kinds of item are skipped.
///
/// - Nodes: `metadata.name`, `metadata.labels`, `status.allocatable.cpu` and `.memory`
///   (quantity strings), `spec.unschedulable` (a cordoned node takes no new pods).
/// - Pods: `metadata.namespace`/`metadata.name`, the requests of `spec.containers`,
///   `spec.initContainers` and `spec.overhead` (effective request: the larger of the containers'
///   sum and the largest init container, plus overhead, as Kubernetes computes it),
///   `spec.priority`, `spec.nodeName` and `status.phase`. A pod with a node holds its requests
///   there; a pod without one in phase `Pending` is pending; `Succeeded` and `Failed` pods are
///   skipped. A pod is protected when it belongs to a DaemonSet or is a node's static pod, or
///   carries the annotation `milpkit.io/protected: "true"`.
public struct KubernetesClusterState: Decodable, Sendable {
    /// One item of the list.
    struct Item: Decodable, Sendable {
        var kind: String?
        var metadata: Metadata
        var spec: Spec?
        var status: Status?
    }

    struct Metadata: Decodable, Sendable {
        var name: String
        var namespace: String?
        var labels: [String: String]?
        var annotations: [String: String]?
        var ownerReferences: [OwnerReference]?
    }

    struct OwnerReference: Decodable, Sendable {
        var kind: String
    }

    struct Spec: Decodable, Sendable {
        var unschedulable: Bool?
        var containers: [Container]?
        var initContainers: [Container]?
        var overhead: Resources?
        var priority: Int?
        var nodeName: String?
    }

    struct Container: Decodable, Sendable {
        var resources: ContainerResources?
    }

    struct ContainerResources: Decodable, Sendable {
        var requests: Resources?
    }

    struct Status: Decodable, Sendable {
        var allocatable: Resources?
        var phase: String?
    }

    /// CPU and memory as quantities, either possibly absent.
    struct Resources: Decodable, Sendable {
        var cpu: Int?
        var memory: Int?

        private enum CodingKeys: String, CodingKey { case cpu, memory }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            cpu = container.contains(.cpu) ? try container.decodeResource(forKey: .cpu, unitsPerWhole: 1000) : nil
            memory = container.contains(.memory) ? try container.decodeResource(forKey: .memory, unitsPerWhole: 1) : nil
        }
    }

    /// The annotation that marks a pod as protected.
    public static let protectedAnnotation = "milpkit.io/protected"

    /// The list's items.
    let items: [Item]

    /// The problem this state describes, with the given options.
    public func problem(options: PodPackingProblem.Options = .init()) throws(PlannerInputError) -> PodPackingProblem {
        var nodes: [PodPackingProblem.Node] = []
        var pods: [PodPackingProblem.Pod] = []
        var nodeItems: [Int] = [], podItems: [Int] = []
        for (index, item) in items.enumerated() {
            switch item.kind {
            case "Node":
                guard let allocatable = item.status?.allocatable, let cpu = allocatable.cpu, let memory = allocatable.memory else {
                    throw PlannerInputError(field: "items[\(index)].status.allocatable", "node \(item.metadata.name) needs allocatable cpu and memory")
                }
                nodes.append(.init(name: item.metadata.name, cpu: cpu, memory: memory, labels: item.metadata.labels,
                                   schedulable: item.spec?.unschedulable != true))
                nodeItems.append(index)
            case "Pod":
                let phase = item.status?.phase ?? "Pending"
                guard phase == "Pending" || phase == "Running" || phase == "Unknown" else { continue }
                let name = item.metadata.namespace.map { "\($0)/\(item.metadata.name)" } ?? item.metadata.name
                let request = Self.effectiveRequest(item.spec)
                let owners = item.metadata.ownerReferences?.map(\.kind) ?? []
                let protected = item.metadata.annotations?[Self.protectedAnnotation] == "true"
                    || owners.contains("DaemonSet") || owners.contains("Node")
                let node = item.spec?.nodeName
                pods.append(.init(name: name, cpu: request.cpu, memory: request.memory, priority: item.spec?.priority ?? 0,
                                  node: node, protected: protected && node != nil))
                podItems.append(index)
            default:
                continue
            }
        }
        let problem = PodPackingProblem(nodes: nodes, pods: pods, options: options)
        do {
            try problem.validate()
        } catch {
            throw Self.locate(error, nodeItems: nodeItems, podItems: podItems)
        }
        return problem
    }

    /// `error` with its field path in the compact form (`pods[2].node`) rewritten to the kubectl
    /// list's (`items[7].spec.nodeName`).
    private static func locate(_ error: PlannerInputError, nodeItems: [Int], podItems: [Int]) -> PlannerInputError {
        let paths: [(prefix: String, items: [Int], fields: [String: String])] = [
            ("nodes", nodeItems, ["name": "metadata.name", "cpu": "status.allocatable.cpu", "memory": "status.allocatable.memory"]),
            ("pods", podItems, ["name": "metadata.name", "node": "spec.nodeName", "cpu": "spec.containers", "memory": "spec.containers"]),
        ]
        for (prefix, items, fields) in paths where error.field.hasPrefix(prefix + "[") {
            let rest = error.field.dropFirst(prefix.count + 1)
            guard let close = rest.firstIndex(of: "]"), let position = Int(rest[..<close]), items.indices.contains(position) else { break }
            let field = rest[rest.index(after: close)...].drop { $0 == "." }
            let path = fields[String(field)].map { ".\($0)" } ?? ""
            return PlannerInputError(field: "items[\(items[position])]\(path)", error.message)
        }
        return error
    }

    /// A pod's effective requests: max(Σ containers, max init container) + overhead, per resource.
    private static func effectiveRequest(_ spec: Spec?) -> (cpu: Int, memory: Int) {
        let containers = (spec?.containers ?? []).compactMap { $0.resources?.requests }
        let initContainers = (spec?.initContainers ?? []).compactMap { $0.resources?.requests }
        func total(_ value: (Resources) -> Int?) -> Int {
            max(containers.reduce(0) { $0 + (value($1) ?? 0) }, initContainers.map { value($0) ?? 0 }.max() ?? 0)
                + (spec?.overhead.flatMap(value) ?? 0)
        }
        return (total(\.cpu), total(\.memory))
    }
}

extension PodPackingProblem {
    /// Decodes a cluster state from JSON in either form: the compact form of ``PodPackingProblem``,
    /// or `kubectl get nodes,pods -o json` output (recognised by its `items`), which takes the
    /// default ``Options``.
    public static func decode(from data: Data) throws(PlannerInputError) -> PodPackingProblem {
        let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any]
        if object?["items"] != nil {
            return try PlannerJSON.decode(KubernetesClusterState.self, from: data).problem()
        }
        let problem = try PlannerJSON.decode(PodPackingProblem.self, from: data)
        try problem.validate()
        return problem
    }
}
