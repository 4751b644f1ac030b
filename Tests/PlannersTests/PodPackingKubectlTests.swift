import Foundation
import Planners
import Testing

@Suite("PodPacking kubectl input")
struct PodPackingKubectlTests {
    /// Trimmed `kubectl get nodes,pods -o json` output: two nodes (one cordoned), a running pod with an
    /// init container, a DaemonSet pod, a pending pod, a finished pod and a Service to skip.
    static let list = #"""
    {
      "apiVersion": "v1", "kind": "List", "metadata": {"resourceVersion": ""},
      "items": [
        {"apiVersion": "v1", "kind": "Node",
         "metadata": {"name": "worker-1", "labels": {"kubernetes.io/hostname": "worker-1"}},
         "spec": {},
         "status": {"allocatable": {"cpu": "3920m", "memory": "15Gi", "pods": "110"}, "capacity": {"cpu": "4"}}},
        {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "worker-2"},
         "spec": {"unschedulable": true},
         "status": {"allocatable": {"cpu": "2", "memory": "7901376Ki"}}},
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "api-7d9f", "namespace": "shop"},
         "spec": {"nodeName": "worker-1", "priority": 1000,
                  "initContainers": [{"name": "migrate", "resources": {"requests": {"cpu": "1", "memory": "64Mi"}}}],
                  "containers": [{"name": "api", "resources": {"requests": {"cpu": "250m", "memory": "256Mi"}}},
                                 {"name": "sidecar", "resources": {"requests": {"cpu": "100m"}}}],
                  "overhead": {"cpu": "10m"}},
         "status": {"phase": "Running"}},
        {"apiVersion": "v1", "kind": "Pod",
         "metadata": {"name": "fluentd-x", "namespace": "kube-system", "ownerReferences": [{"kind": "DaemonSet", "name": "fluentd"}]},
         "spec": {"nodeName": "worker-2", "containers": [{"name": "f", "resources": {"requests": {"cpu": "100m", "memory": "200Mi"}}}]},
         "status": {"phase": "Running"}},
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "batch-1", "namespace": "jobs"},
         "spec": {"priority": 10, "containers": [{"name": "b", "resources": {"requests": {"cpu": "2", "memory": "1e9"}}}]},
         "status": {"phase": "Pending"}},
        {"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "done", "namespace": "jobs"},
         "spec": {"nodeName": "worker-1", "containers": [{"name": "d", "resources": {}}]},
         "status": {"phase": "Succeeded"}},
        {"apiVersion": "v1", "kind": "Service", "metadata": {"name": "api"}, "spec": {}}
      ]
    }
    """#

    @Test("nodes, pods, requests, priorities, phases and protections are read from kubectl JSON")
    func parse() throws {
        let problem = try PodPackingProblem.decode(from: Data(Self.list.utf8))
        #expect(problem.nodes == [
            .init(name: "worker-1", cpu: 3920, memory: 15 << 30, labels: ["kubernetes.io/hostname": "worker-1"]),
            .init(name: "worker-2", cpu: 2000, memory: 7_901_376 * 1024, schedulable: false),
        ])
        #expect(problem.pods == [
            // max(250m + 100m, 1000m) + 10m overhead; max(256Mi, 64Mi) of memory.
            .init(name: "shop/api-7d9f", cpu: 1010, memory: 256 << 20, priority: 1000, node: "worker-1"),
            .init(name: "kube-system/fluentd-x", cpu: 100, memory: 200 << 20, node: "worker-2", protected: true),
            .init(name: "jobs/batch-1", cpu: 2000, memory: 1_000_000_000, priority: 10),
        ])
        #expect(problem.options == PodPackingProblem.Options())
    }

    @Test("a bad quantity is named by its path in the list")
    func badQuantity() {
        let json = Self.list.replacingOccurrences(of: "\"3920m\"", with: "\"3920 m\"")
        do {
            _ = try PodPackingProblem.decode(from: Data(json.utf8))
            Issue.record("a bad quantity was accepted")
        } catch {
            #expect(error.field == "items[0].status.allocatable.cpu")
        }
    }

    @Test("a pod on an unknown node is named by its item, in kubectl's field names")
    func unknownNode() {
        let json = Self.list.replacingOccurrences(of: "\"nodeName\": \"worker-2\"", with: "\"nodeName\": \"worker-9\"")
        do {
            _ = try PodPackingProblem.decode(from: Data(json.utf8))
            Issue.record("an unknown node was accepted")
        } catch {
            #expect(error.field == "items[3].spec.nodeName")
            #expect(error.message.contains("worker-9"))
        }
    }

    @Test("a node without allocatable resources is an input error")
    func missingAllocatable() {
        let json = #"{"kind": "List", "items": [{"kind": "Node", "metadata": {"name": "n"}, "status": {}}]}"#
        #expect(throws: PlannerInputError(field: "items[0].status.allocatable", "node n needs allocatable cpu and memory")) {
            try PodPackingProblem.decode(from: Data(json.utf8))
        }
    }
}
