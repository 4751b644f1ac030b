import Foundation
import MILP

/// Turns `kubectl get nodes,pods,pdb -A -o json` output (one or more lists) into a
/// ``PodPackingProblem``.
///
/// - Nodes: labels, `spec.unschedulable`, `spec.taints`, `status.allocatable` (every resource;
///   `cpu`, `memory` and `pods` must be there) and `status.images`.
/// - Pods: namespace, name and labels; effective requests as Kubernetes computes them (per
///   resource, the larger of the app containers plus sidecars and the largest init container
///   plus the sidecars started before it; pod-level `spec.resources.requests` where set; plus
///   `spec.overhead`; for a running pod whose resize is under way, the larger of spec and
///   status); priority, preemption policy, node, start time; controller (the owner marked
///   `controller: true`, `Node` for a static pod), `deletionTimestamp` (terminating), the
///   annotation `milpkit.io/protected: "true"`; node selector, affinity, tolerations, spread
///   rules, host ports of containers and sidecars, images, `spec.os.name`, scheduling gates.
///   Pods that succeeded or failed are skipped, as are pending pods already being deleted.
/// - PodDisruptionBudgets: `status.disruptionsAllowed`, or, without a status, what
///   `minAvailable`/`maxUnavailable` leave over the running pods they select.
/// - Namespaces: their labels, for affinity terms with a `namespaceSelector`.
///
/// A pod the planner may place or move that carries a field that constrains placement and is
/// not modelled — a volume of a kind with topology, attach limits or conflicts (anything but
/// `configMap`, `secret`, `emptyDir`, `projected`, `downwardAPI`, `hostPath`, `nfs`, `image`),
/// resource claims, another scheduler, or any spec field this reader does not know — is refused,
/// naming the pod and the field, unless the field is in `ignoring` (written without positions:
/// `spec.volumes.persistentVolumeClaim`); ignored fields are listed in the problem.
struct KubernetesClusterReader {
    /// The options the problem gets.
    var options: PodPackingProblem.Options
    /// Fields to ignore instead of refusing.
    var ignoring: Set<String>

    /// The annotation that marks a pod as protected.
    static let protectedAnnotation = "milpkit.io/protected"
    /// The volume kinds without placement rules of their own.
    static let placementFreeVolumes: Set<String> = ["configMap", "secret", "emptyDir", "projected", "downwardAPI", "hostPath", "nfs", "image"]

    /// The problem the lists describe.
    func problem(from documents: [InputValue]) throws(PlannerInputError) -> PodPackingProblem {
        var nodes: [PodPackingProblem.Node] = []
        var pods: [(item: String, object: KubernetesObject.PodObject, value: InputValue)] = []
        var budgets: [(item: String, object: KubernetesObject.DisruptionBudgetObject)] = []
        var namespaces: [PodPackingProblem.Namespace] = []
        for (listIndex, document) in documents.enumerated() {
            let prefix = documents.count == 1 ? "" : "lists[\(listIndex)]"
            let list: KubernetesObjectList
            do {
                list = try InputDecoder(rejectsUnknownFields: false).decode(KubernetesObjectList.self, from: document)
            } catch {
                throw error.inside(prefix)
            }
            guard case let .object(members) = document, case let .array(values)? = members["items"] else { continue }
            for (index, (item, value)) in zip(list.items, values).enumerated() {
                let path = prefix.isEmpty ? "items[\(index)]" : "\(prefix).items[\(index)]"
                switch item {
                case var .node(node):
                    var refused: [String] = []
                    node.spec?.taints = try strictly([Kubernetes.Taint].self, at: ["spec", "taints"], in: value, path: path, refused: &refused)
                    if let field = refused.first { throw PlannerInputError(field: "\(path).\(field)", "unknown field in a node's taints") }
                    nodes.append(try Self.node(node, path: path))
                case let .pod(pod): pods.append((path, pod, value))
                case let .disruptionBudget(budget): budgets.append((path, budget))
                case let .namespace(metadata): namespaces.append(.init(name: metadata.name, labels: metadata.labels ?? [:]))
                case .other: continue
                }
            }
        }
        var converted: [PodPackingProblem.Pod] = []
        var ignored: [String: [String]] = [:]
        var paths: [String] = []
        for (path, object, value) in pods {
            guard var pod = try Self.pod(object, path: path) else { continue }
            if pod.node == nil || (options.allowMoves && pod.isMovable) {
                var refused: [String] = []
                pod.affinity = try strictly(Kubernetes.Affinity.self, at: ["spec", "affinity"], in: value, path: path, refused: &refused)
                pod.tolerations = try strictly([Kubernetes.Toleration].self, at: ["spec", "tolerations"], in: value, path: path,
                                               refused: &refused) ?? []
                pod.topologySpreadConstraints = try strictly([Kubernetes.TopologySpreadConstraint].self, at: ["spec", "topologySpreadConstraints"],
                                                             in: value, path: path, refused: &refused) ?? []
                let unknown = refused.map { field in ("spec.\(field)", "spec." + field.replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression)) }
                for (field, pattern) in Self.unmodelledFields(of: object) + unknown {
                    guard ignoring.contains(pattern) else {
                        throw PlannerInputError(field: "\(path).\(field)", "pod \(pod.id): \(Self.reason(for: pattern)); "
                                                + "to plan without it, pass --ignore \(pattern)")
                    }
                    ignored[pattern, default: []].append(pod.id)
                }
            }
            converted.append(pod)
            paths.append(path)
        }
        let disruptionBudgets = try budgets.map { path, object throws(PlannerInputError) in
            try Self.budget(object, pods: converted, path: path)
        }
        var problem = PodPackingProblem(nodes: nodes, pods: converted, disruptionBudgets: disruptionBudgets, namespaces: namespaces,
                                        ignoredFields: ignored.keys.sorted().map { .init(field: $0, pods: ignored[$0]!) }, options: options)
        do {
            try problem.validate()
        } catch {
            throw Self.locate(error, podPaths: paths)
        }
        problem.options = options
        return problem
    }

    // MARK: Nodes

    private static func node(_ object: KubernetesObject.NodeObject, path: String) throws(PlannerInputError) -> PodPackingProblem.Node {
        let name = object.metadata.name
        guard let allocatable = object.status?.allocatable else {
            throw PlannerInputError(field: "\(path).status.allocatable", "node \(name) has no allocatable resources")
        }
        for required in [Kubernetes.ResourceList.cpu, Kubernetes.ResourceList.memory, Kubernetes.ResourceList.pods]
        where allocatable[required] == nil {
            throw PlannerInputError(field: "\(path).status.allocatable.\(required)",
                                    "node \(name) does not say its allocatable \(required) (kubectl always prints it; the scheduler reads a missing one as 0)")
        }
        return PodPackingProblem.Node(
            name: name, allocatable: try resources(allocatable, path: "\(path).status.allocatable"), labels: object.metadata.labels ?? [:],
            taints: object.spec?.taints ?? [], unschedulable: object.spec?.unschedulable ?? false, images: object.status?.images ?? [])
    }

    /// Quantities converted to base units.
    private static func resources(_ quantities: [String: KubernetesObject.QuantityValue], path: String) throws(PlannerInputError)
        -> Kubernetes.ResourceList {
        var list = Kubernetes.ResourceList()
        for (name, value) in quantities {
            guard let amount = Kubernetes.ResourceList.amount(of: value.quantity, in: name) else {
                throw PlannerInputError(field: "\(path).\(name)", "'\(value.quantity)' is too large")
            }
            list[name] = amount
        }
        return list
    }

    // MARK: Pods

    /// The pod, or `nil` for one that has finished or that is pending and being deleted.
    private static func pod(_ object: KubernetesObject.PodObject, path: String) throws(PlannerInputError) -> PodPackingProblem.Pod? {
        let metadata = object.metadata, spec = object.spec
        let phase = object.status?.phase ?? "Pending"
        guard phase != "Succeeded", phase != "Failed" else { return nil }
        let node = spec?.nodeName.flatMap { $0.isEmpty ? nil : $0 }
        guard node != nil || metadata.deletionTimestamp == nil else { return nil }
        let owner = metadata.ownerReferences?.first { $0.controller == true }?.kind
        let isMirror = metadata.annotations?["kubernetes.io/config.mirror"] != nil
        var pod = PodPackingProblem.Pod(
            name: metadata.name, namespace: metadata.namespace ?? "default",
            requests: try requests(of: object, path: path), priority: spec?.priority ?? 0, node: node,
            controller: isMirror ? "Node" : owner, labels: metadata.labels ?? [:],
            protected: metadata.annotations?[protectedAnnotation] == "true" && node != nil)
        pod.terminating = metadata.deletionTimestamp != nil
        pod.preemptionPolicy = spec?.preemptionPolicy ?? .preemptLowerPriority
        if let text = object.status?.startTime {
            guard let date = PodPackingProblem.Pod.timestamp(text) else {
                throw PlannerInputError(field: "\(path).status.startTime", "'\(text)' is not an RFC 3339 time")
            }
            pod.startTime = date
        }
        pod.nodeSelector = spec?.nodeSelector ?? [:]
        pod.affinity = spec?.affinity
        pod.tolerations = spec?.tolerations ?? []
        pod.topologySpreadConstraints = spec?.topologySpreadConstraints ?? []
        let running = (spec?.initContainers ?? []).filter(\.isSidecar) + (spec?.containers ?? [])
        pod.hostPorts = running.flatMap { $0.ports ?? [] }.compactMap { port in
            guard let number = port.hostPort, number > 0 else { return nil }
            return Kubernetes.HostPort(port: number, protocol: port.protocol, hostIP: port.hostIP)
        }
        pod.images = ((spec?.initContainers ?? []) + (spec?.containers ?? [])).compactMap(\.image)
        pod.os = spec?.os?.name
        pod.schedulingGates = spec?.schedulingGates?.map(\.name) ?? []
        return pod
    }

    /// A pod's effective requests, as kube-scheduler computes them.
    private static func requests(of object: KubernetesObject.PodObject, path: String) throws(PlannerInputError) -> Kubernetes.ResourceList {
        let spec = object.spec
        let resized = object.spec?.nodeName != nil ? resizedRequests(object) : [:]
        func containerRequests(_ container: KubernetesObject.Container, _ field: String) throws(PlannerInputError) -> Kubernetes.ResourceList {
            var list = try resources(container.resources?.requests ?? [:], path: "\(field).resources.requests")
            if let name = container.name, let status = resized[name] {
                for resource in status.names { list[resource] = max(list[resource], status[resource]) }
            }
            return list
        }
        var total = Kubernetes.ResourceList()
        var sidecars = Kubernetes.ResourceList()
        var initPeak = Kubernetes.ResourceList()
        for (index, container) in (spec?.containers ?? []).enumerated() {
            total.add(try containerRequests(container, "\(path).spec.containers[\(index)]"))
        }
        for (index, container) in (spec?.initContainers ?? []).enumerated() {
            let own = try containerRequests(container, "\(path).spec.initContainers[\(index)]")
            if container.isSidecar {
                total.add(own)
                sidecars.add(own)
                initPeak.raise(to: sidecars)
            } else {
                var running = sidecars
                running.add(own)
                initPeak.raise(to: running)
            }
        }
        total.raise(to: initPeak)
        if let podLevel = spec?.resources?.requests {
            let levels = try resources(podLevel, path: "\(path).spec.resources.requests")
            for name in levels.names where name == Kubernetes.ResourceList.cpu || name == Kubernetes.ResourceList.memory
                || name.hasPrefix("hugepages-") {
                total[name] = levels[name]
            }
        }
        total.add(try resources(spec?.overhead ?? [:], path: "\(path).spec.overhead"))
        return total
    }

    /// The requests in a running pod's container statuses, by container, as kube-scheduler
    /// counts them while an in-place resize is under way: those of the status when the resize
    /// was found infeasible (replacing the spec's), else the larger of the two.
    private static func resizedRequests(_ object: KubernetesObject.PodObject) -> [String: Kubernetes.ResourceList] {
        let statuses = (object.status?.containerStatuses ?? []) + (object.status?.initContainerStatuses ?? [])
        var result: [String: Kubernetes.ResourceList] = [:]
        for status in statuses {
            guard let requests = status.resources?.requests else { continue }
            var list = Kubernetes.ResourceList()
            for (name, value) in requests { list[name] = Kubernetes.ResourceList.amount(of: value.quantity, in: name) ?? 0 }
            result[status.name] = list
        }
        return result
    }

    /// The fields of a pod that constrain placement and are not modelled, with the pattern `--ignore` takes.
    private static func unmodelledFields(of object: KubernetesObject.PodObject) -> [(field: String, pattern: String)] {
        guard let spec = object.spec else { return [] }
        var fields: [(String, String)] = []
        for (index, volume) in (spec.volumes ?? []).enumerated() {
            for kind in volume.kinds where !placementFreeVolumes.contains(kind) {
                fields.append(("spec.volumes[\(index)].\(kind)", "spec.volumes.\(kind)"))
            }
        }
        for (list, containers) in [("containers", spec.containers ?? []), ("initContainers", spec.initContainers ?? [])] {
            for (index, container) in containers.enumerated() where !(container.resources?.claims ?? []).isEmpty {
                fields.append(("spec.\(list)[\(index)].resources.claims", "spec.\(list).resources.claims"))
            }
        }
        if object.spec?.nodeName == nil, let scheduler = spec.schedulerName, scheduler != "default-scheduler" {
            fields.append(("spec.schedulerName", "spec.schedulerName"))
        }
        for field in spec.otherFields { fields.append(("spec.\(field)", "spec.\(field)")) }
        return fields
    }

    /// Why a field is refused.
    private static func reason(for pattern: String) -> String {
        if pattern.hasPrefix("spec.volumes.") {
            return "its \(pattern.dropFirst("spec.volumes.".count)) volume constrains placement (volume topology, attach limits or conflicts), which the planner does not model"
        }
        switch pattern {
        case "spec.resourceClaims", "spec.containers.resources.claims", "spec.initContainers.resources.claims":
            return "it claims dynamically allocated devices, which the planner does not model"
        case "spec.schedulerName":
            return "it waits for another scheduler, whose rules the planner does not know"
        case _ where pattern.hasPrefix("spec.affinity.") || pattern.hasPrefix("spec.tolerations.")
            || pattern.hasPrefix("spec.topologySpreadConstraints."):
            return "\(pattern) is a scheduling field this planner does not know (a newer Kubernetes?), and it may constrain placement"
        default:
            return "\(pattern) may constrain placement and is not modelled"
        }
    }

    /// The value at `keys` below `item`, decoded strictly; `nil` when absent. A field the type
    /// does not know (a newer Kubernetes feature, which may constrain placement) is left out and
    /// its path below `spec` added to `refused`, unless it is in ``ignoring``, where it is left
    /// out silently; any other mistake is an input error.
    private func strictly<T: Decodable>(_ type: T.Type, at keys: [String], in item: InputValue, path: String, refused: inout [String])
        throws(PlannerInputError) -> T? {
        var value = item
        for key in keys {
            guard case let .object(members) = value, let next = members[key] else { return nil }
            value = next
        }
        let field = keys.dropFirst().joined(separator: ".")
        while true {
            do {
                return try InputDecoder().decode(type, from: value)
            } catch {
                guard error.message.hasPrefix("unknown field") else { throw error.inside("spec.\(field)").inside(path) }
                let below = error.inside(field).field
                let pattern = "spec." + below.replacingOccurrences(of: #"\[\d+\]"#, with: "", options: .regularExpression)
                if !ignoring.contains(pattern) { refused.append(below) }
                value = value.removing(Self.components(of: error.field))
            }
        }
    }

    /// The keys and positions of a field path: `a[2].b` is `a`, 2, `b`.
    private static func components(of path: String) -> [InputValue.PathComponent] {
        var components: [InputValue.PathComponent] = []
        for part in path.split(separator: ".") {
            var name = Substring(part)
            var positions: [Int] = []
            while name.hasSuffix("]"), let open = name.lastIndex(of: "["), let position = Int(name[name.index(after: open)..<name.index(before: name.endIndex)]) {
                positions.insert(position, at: 0)
                name = name[..<open]
            }
            if !name.isEmpty { components.append(.key(String(name))) }
            components += positions.map { .position($0) }
        }
        return components
    }

    // MARK: Budgets

    private static func budget(_ object: KubernetesObject.DisruptionBudgetObject, pods: [PodPackingProblem.Pod], path: String)
        throws(PlannerInputError) -> PodPackingProblem.DisruptionBudget {
        var budget = PodPackingProblem.DisruptionBudget(name: object.metadata.name, namespace: object.metadata.namespace ?? "default",
                                                        selector: object.spec?.selector, disruptionsAllowed: 0)
        if let allowed = object.status?.disruptionsAllowed {
            budget.disruptionsAllowed = max(0, allowed)
            return budget
        }
        let covered = pods.filter { budget.covers($0) }
        let expected = covered.count
        let healthy = covered.count { $0.isRunning && !$0.terminating }
        let desired: Int
        if let minimum = object.spec?.minAvailable {
            desired = minimum.amount(of: expected)
        } else if let maximum = object.spec?.maxUnavailable {
            desired = expected - maximum.amount(of: expected)
        } else {
            throw PlannerInputError(field: "\(path).spec", "disruption budget \(budget.id) has neither minAvailable nor maxUnavailable, nor a status")
        }
        budget.disruptionsAllowed = max(0, healthy - desired)
        return budget
    }

    /// `error` with its field path in the compact form (`pods[2].node`) rewritten to the list's
    /// (`items[7].spec.nodeName`).
    private static func locate(_ error: PlannerInputError, podPaths: [String]) -> PlannerInputError {
        guard error.field.hasPrefix("pods["), let close = error.field.firstIndex(of: "]"),
              let position = Int(error.field.dropFirst(5)[..<close]), podPaths.indices.contains(position) else { return error }
        let rest = error.field[error.field.index(after: close)...].drop { $0 == "." }
        let fields = ["name": "metadata.name", "node": "spec.nodeName", "requests": "spec.containers", "priority": "spec.priority"]
        let head = rest.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
        let mapped = fields[head].map { $0 } ?? (rest.isEmpty ? "" : "spec.\(rest)")
        return PlannerInputError(field: podPaths[position] + (mapped.isEmpty ? "" : ".\(mapped)"), error.message)
    }
}

extension Kubernetes.ResourceList {
    /// Adds `other`'s amounts.
    mutating func add(_ other: Kubernetes.ResourceList) {
        for name in other.names { self[name] = self[name] + other[name] }
    }

    /// Raises each amount to at least `other`'s.
    mutating func raise(to other: Kubernetes.ResourceList) {
        for name in other.names { self[name] = Swift.max(self[name], other[name]) }
    }
}

extension PodPackingProblem {
    /// Decodes a cluster from JSON: the compact form of ``PodPackingProblem`` (strictly: an
    /// unknown field is an error naming it), or `kubectl get nodes,pods,pdb -A -o json` output
    /// (recognised by its `items`); then validates it.
    public static func decode(from data: Data) throws(PlannerInputError) -> PodPackingProblem {
        try decode(from: [data])
    }

    /// Decodes a cluster from one or more JSON documents: the compact form (a single document),
    /// or kubectl lists, which are merged (field paths start with `lists[k]`, the k-th document,
    /// when there are several) and take `options`; fields in `ignoring` are ignored in lists
    /// instead of refused.
    public static func decode(from documents: [Data], options: Options = Options(), ignoring: Set<String> = [])
        throws(PlannerInputError) -> PodPackingProblem {
        var values: [InputValue] = []
        for (index, document) in documents.enumerated() {
            do {
                values.append(try InputValue(json: document))
            } catch {
                throw documents.count == 1 ? error : error.inside("lists[\(index)]")
            }
        }
        let isList = values.map { value in
            if case let .object(members) = value { return members["items"] != nil }
            return false
        }
        if !values.isEmpty, isList.allSatisfy({ $0 }) {
            return try KubernetesClusterReader(options: options, ignoring: ignoring).problem(from: values)
        }
        guard values.count == 1 else {
            throw PlannerInputError(field: "", "only kubectl lists can be combined; give the compact form as a single document")
        }
        let problem = try InputDecoder().decode(PodPackingProblem.self, from: values[0])
        try problem.validate()
        return problem
    }
}

extension InputValue {
    /// A step into a document: an object's member or an array's element.
    enum PathComponent {
        case key(String)
        case position(Int)
    }

    /// The value with the member or element at `path` taken out (unchanged when there is none).
    func removing(_ path: [PathComponent]) -> InputValue {
        guard let first = path.first else { return self }
        switch (self, first) {
        case (.object(var members), .key(let key)):
            if path.count == 1 {
                members[key] = nil
            } else if let member = members[key] {
                members[key] = member.removing(Array(path.dropFirst()))
            }
            return .object(members)
        case (.array(var elements), .position(let position)) where elements.indices.contains(position):
            elements[position] = path.count == 1 ? elements[position] : elements[position].removing(Array(path.dropFirst()))
            return .array(elements)
        default:
            return self
        }
    }
}
