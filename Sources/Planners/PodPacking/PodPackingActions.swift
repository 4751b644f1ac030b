import Foundation

extension PodPackingPlan {
    /// The plan as API objects in execution order, a `List`: first an Eviction (policy/v1) for
    /// every running pod the plan moves or evicts, then a Binding (v1) for every pending pod it
    /// starts, highest priority first.
    ///
    /// A moved pod is evicted here; its controller recreates it as a new pending pod, which the
    /// next round of planning places (its new name is not known before). Evictions go through
    /// the eviction API, which enforces disruption budgets: `kubectl create --raw
    /// /api/v1/namespaces/NAMESPACE/pods/NAME/eviction -f -`; Bindings are created with
    /// `kubectl create -f -`, once the evicted pods are gone.
    public func actions(for problem: PodPackingProblem) throws -> Data {
        let origin = Dictionary(uniqueKeysWithValues: problem.pods.map { ($0.id, $0) })
        func metadata(_ id: String) -> [String: String] {
            let pod = origin[id]!
            return ["name": pod.name, "namespace": pod.effectiveNamespace]
        }
        let evictions: [[String: Any]] = (moved.map(\.pod) + evicted).sorted().map { id in
            ["apiVersion": "policy/v1", "kind": "Eviction", "metadata": metadata(id)]
        }
        let bindings: [[String: Any]] = started.sorted { (-origin[$0.pod]!.priority, $0.pod) < (-origin[$1.pod]!.priority, $1.pod) }.map { start in
            ["apiVersion": "v1", "kind": "Binding", "metadata": metadata(start.pod),
             "target": ["apiVersion": "v1", "kind": "Node", "name": start.node]]
        }
        let list: [String: Any] = ["apiVersion": "v1", "kind": "List", "metadata": ["resourceVersion": ""], "items": evictions + bindings]
        return try JSONSerialization.data(withJSONObject: list, options: [.prettyPrinted, .sortedKeys])
    }
}
