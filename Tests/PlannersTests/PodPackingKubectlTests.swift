import Foundation
import Planners
import Testing

@Suite("PodPacking kubectl input")
struct PodPackingKubectlTests {
    /// A list with one node and the given pod objects (JSON text).
    static func list(_ items: String...) -> Data {
        let node = #"""
        {"apiVersion": "v1", "kind": "Node", "metadata": {"name": "n", "labels": {"kubernetes.io/hostname": "n"}},
         "status": {"allocatable": {"cpu": "8", "memory": "32Gi", "pods": "110", "ephemeral-storage": "100Gi"}}}
        """#
        return Data(#"{"apiVersion": "v1", "kind": "List", "items": [\#(([node] + items).joined(separator: ","))]}"#.utf8)
    }

    static func pod(_ name: String, spec: String, status: String = #"{"phase": "Pending"}"#, metadata: String = "") -> String {
        #"{"apiVersion": "v1", "kind": "Pod", "metadata": {"name": "\#(name)", "namespace": "ns"\#(metadata)}, "spec": \#(spec), "status": \#(status)}"#
    }

    static let owned = #", "ownerReferences": [{"apiVersion": "apps/v1", "kind": "ReplicaSet", "name": "rs", "controller": true}]"#

    @Test("effective requests: containers plus sidecars, the largest init container over the sidecars before it, pod-level requests, overhead")
    func effectiveRequests() throws {
        let spec = #"""
        {"initContainers": [
            {"name": "mesh", "restartPolicy": "Always", "resources": {"requests": {"cpu": "100m", "memory": "64Mi"}}},
            {"name": "migrate", "resources": {"requests": {"cpu": "2", "memory": "128Mi", "ephemeral-storage": "1Gi"}}}],
         "containers": [{"name": "app", "resources": {"requests": {"cpu": "500m", "memory": "1Gi"}, "limits": {"cpu": "4"}}},
                        {"name": "log", "resources": {"requests": {"cpu": "100m"}}}],
         "overhead": {"cpu": "10m", "memory": "16Mi"}}
        """#
        let problem = try PodPackingProblem.decode(from: [Self.list(Self.pod("p", spec: spec))])
        // cpu: max(500 + 100 + 100 (sidecar), 100 + 2000) + 10; memory: max(1Gi + 64Mi, 64Mi + 128Mi) + 16Mi.
        #expect(problem.pods[0].requests == ["cpu": 2110, "memory": (1 << 30) + (80 << 20), "ephemeral-storage": 1 << 30])
        let podLevel = #"{"resources": {"requests": {"cpu": "3", "memory": "4Gi"}}, "containers": [{"name": "a", "resources": {"requests": {"cpu": "1"}}}]}"#
        #expect(try PodPackingProblem.decode(from: [Self.list(Self.pod("p", spec: podLevel))]).pods[0].requests == ["cpu": 3000, "memory": 4 << 30])
    }

    @Test("a running pod being resized counts the larger of its spec and status requests")
    func resize() throws {
        let spec = #"{"nodeName": "n", "containers": [{"name": "app", "resources": {"requests": {"cpu": "1", "memory": "1Gi"}}}]}"#
        let status = #"{"phase": "Running", "containerStatuses": [{"name": "app", "resources": {"requests": {"cpu": "2", "memory": "512Mi"}}}]}"#
        let problem = try PodPackingProblem.decode(from: [Self.list(Self.pod("p", spec: spec, status: status))])
        #expect(problem.pods[0].requests == ["cpu": 2000, "memory": 1 << 30])
    }

    @Test("phases, owners, protections, deletions, gates, ports and the operating system are read")
    func podFields() throws {
        let running = #"{"nodeName": "n", "containers": [{"name": "a", "ports": [{"containerPort": 80, "hostPort": 8080}]}]}"#
        let problem = try PodPackingProblem.decode(from: [Self.list(
            Self.pod("done", spec: running, status: #"{"phase": "Succeeded"}"#),
            Self.pod("bare", spec: running, status: #"{"phase": "Running", "startTime": "2026-11-04T09:30:02Z"}"#),
            Self.pod("owned", spec: running, status: #"{"phase": "Running"}"#, metadata: Self.owned),
            Self.pod("kept", spec: running, status: #"{"phase": "Running"}"#,
                     metadata: Self.owned + #", "annotations": {"milpkit.io/protected": "true"}"#),
            Self.pod("leaving", spec: running, status: #"{"phase": "Running"}"#, metadata: Self.owned + #", "deletionTimestamp": "2026-11-04T10:00:00Z""#),
            Self.pod("gone", spec: #"{"containers": []}"#, metadata: #", "deletionTimestamp": "2026-11-04T10:00:00Z""#),
            Self.pod("gated", spec: #"{"containers": [], "schedulingGates": [{"name": "queue"}], "os": {"name": "linux"}}"#))])
        #expect(problem.pods.map(\.name) == ["bare", "owned", "kept", "leaving", "gated"])
        #expect(problem.pods.map(\.isMovable) == [false, true, false, false, false])
        #expect(problem.pods[0].hostPorts == [.init(port: 8080)] && problem.pods[0].startTime != nil)
        #expect(problem.pods[4].schedulingGates == ["queue"] && problem.pods[4].os == "linux")
    }

    @Test("a pod that may be placed or moved with a volume that has placement rules is refused, naming pod and field; --ignore lists it")
    func refusals() throws {
        let volume = #"{"containers": [], "volumes": [{"name": "token", "projected": {}}, {"name": "data", "persistentVolumeClaim": {"claimName": "d"}}]}"#
        let data = Self.list(Self.pod("db", spec: volume))
        do {
            _ = try PodPackingProblem.decode(from: [data])
            Issue.record("a claim was accepted")
        } catch {
            #expect(error.field == "items[1].spec.volumes[1].persistentVolumeClaim")
            #expect(error.message.contains("pod ns/db") && error.message.contains("--ignore spec.volumes.persistentVolumeClaim"))
        }
        let ignored = try PodPackingProblem.decode(from: [data], ignoring: ["spec.volumes.persistentVolumeClaim"])
        #expect(ignored.ignoredFields == [.init(field: "spec.volumes.persistentVolumeClaim", pods: ["ns/db"])])
        // The same volume on a pod that stays where it is constrains nothing.
        let bare = #"{"nodeName": "n", "containers": [], "volumes": [{"name": "data", "persistentVolumeClaim": {"claimName": "d"}}]}"#
        #expect(try PodPackingProblem.decode(from: [Self.list(Self.pod("db", spec: bare, status: #"{"phase": "Running"}"#))]).pods.count == 1)
        for (spec, field) in [(#"{"containers": [], "resourceClaims": [{"name": "gpu"}]}"#, "spec.resourceClaims"),
                              (#"{"containers": [], "schedulerName": "volcano"}"#, "spec.schedulerName"),
                              (#"{"containers": [], "futureField": {}}"#, "spec.futureField")] {
            #expect(throws: PlannerInputError.self) { try PodPackingProblem.decode(from: [Self.list(Self.pod("p", spec: spec))]) }
            #expect(try PodPackingProblem.decode(from: [Self.list(Self.pod("p", spec: spec))], ignoring: [field]).ignoredFields.map(\.field) == [field])
        }
    }

    @Test("budgets come from their status, or from minAvailable/maxUnavailable over the running pods; several lists merge")
    func budgets() throws {
        let pods = (1...4).map { Self.pod("web-\($0)", spec: #"{"nodeName": "n", "containers": []}"#, status: #"{"phase": "Running"}"#,
                                         metadata: Self.owned + #", "labels": {"app": "web"}"#) }
        let budgets = #"""
        {"apiVersion": "v1", "kind": "List", "items": [
          {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "with-status", "namespace": "ns"},
           "spec": {"minAvailable": 1, "selector": {"matchLabels": {"app": "web"}}}, "status": {"disruptionsAllowed": 2}},
          {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "percent", "namespace": "ns"},
           "spec": {"maxUnavailable": "30%", "selector": {"matchLabels": {"app": "web"}}}},
          {"apiVersion": "policy/v1", "kind": "PodDisruptionBudget", "metadata": {"name": "minimum", "namespace": "ns"},
           "spec": {"minAvailable": 3, "selector": {"matchLabels": {"app": "web"}}}}]}
        """#
        let problem = try PodPackingProblem.decode(from: [Self.list(pods[0], pods[1], pods[2], pods[3]), Data(budgets.utf8)])
        // 30% of 4 rounds up to 2 unavailable; minAvailable 3 leaves 1.
        #expect(problem.disruptionBudgets.map(\.disruptionsAllowed) == [2, 2, 1])
        #expect(problem.disruptionBudgets.map(\.id) == ["ns/with-status", "ns/percent", "ns/minimum"])
    }

    @Test("mistakes are named by their path in the list")
    func mistakes() {
        let missing = Data(#"{"kind": "List", "items": [{"kind": "Node", "metadata": {"name": "n"}, "status": {"allocatable": {"cpu": "1", "memory": "1Gi"}}}]}"#.utf8)
        #expect(throws: PlannerInputError.self) { try PodPackingProblem.decode(from: [missing]) }
        do {
            _ = try PodPackingProblem.decode(from: [missing])
        } catch {
            #expect(error.field == "items[0].status.allocatable.pods")
        }
        let unknownNode = Self.list(Self.pod("p", spec: #"{"nodeName": "elsewhere", "containers": []}"#, status: #"{"phase": "Running"}"#))
        do {
            _ = try PodPackingProblem.decode(from: [unknownNode])
            Issue.record("an unknown node was accepted")
        } catch {
            #expect(error.field == "items[1].spec.nodeName" && error.message.contains("elsewhere"))
        }
        let badQuantity = Self.list(Self.pod("p", spec: #"{"containers": [{"name": "a", "resources": {"requests": {"cpu": "1 core"}}}]}"#))
        do {
            _ = try PodPackingProblem.decode(from: [badQuantity])
            Issue.record("a bad quantity was accepted")
        } catch {
            #expect(error.field == "items[1].spec.containers[0].resources.requests.cpu")
        }
    }

    @Test("a generated cluster written as a kubectl list reads back as the same cluster")
    func roundTrip() throws {
        let problem = KubernetesClusterGenerator(.init(nodes: 8, load: 0.8, arrivals: 0.2)).problem(seed: 3)
        let again = try PodPackingProblem.decode(from: [problem.kubernetesList()])
        #expect(again.nodes == problem.nodes)
        #expect(again.pods.count == problem.pods.count)
        for (read, written) in zip(again.pods, problem.pods) where read != written {
            Issue.record("\(written.id) reads back differently")
            break
        }
        #expect(again.disruptionBudgets == problem.disruptionBudgets)
    }
}
