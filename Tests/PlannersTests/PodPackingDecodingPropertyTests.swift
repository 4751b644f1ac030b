import Foundation
import GLPK
import MILP
import Planners
import PropertyBased
import Testing

@Suite("PodPacking: decoding random and extreme inputs")
struct PodPackingDecodingPropertyTests {
    /// JSON numbers and values that break naive decoders: limits of Int, huge and tiny doubles, wrong types.
    static let numbers = ["0", "-1", "1", "3", "110", "4096", "1e16", "1e300", "-1e300", "1e-300", "0.5",
                          "9223372036854775807", "-9223372036854775808", "18446744073709551616", "\"x\"", "null", "true", "[]", "{}"]
    /// Quantity strings at and past the edges.
    static let quantities = ["\"0\"", "\"1\"", "\"500m\"", "\"0.001m\"", "\"2Gi\"", "\"1.5Ei\"", "\"8Ei\"", "\"1e300\"", "\"1e-300\"",
                             "\"9223372036854775807\"", "\"-1\"", "\"1 core\"", "\"Gi\"", "\"\"", "1e300", "-5"]

    /// The fields of a compact input, each with a sensible value.
    static let compactFields: [(name: String, sensible: String, quantity: Bool)] = [
        ("nodeCPU", "\"4\"", true), ("nodeMemory", "\"8Gi\"", true), ("nodePods", "110", false), ("nodeGPU", "2", false),
        ("podCPU", "\"500m\"", true), ("podMemory", "\"1Gi\"", true), ("podGPU", "1", false), ("priority", "10", false),
        ("maxSkew", "1", false), ("minDomains", "1", false), ("port", "8080", false), ("weight", "50", false),
        ("allowed", "1", false),
    ]

    /// A compact problem whose fields are `values`, in ``compactFields`` order.
    static func compact(_ values: [String]) -> String {
        let v = Dictionary(uniqueKeysWithValues: zip(compactFields.map(\.name), values))
        return """
            {"nodes": [{"name": "a", "allocatable": {"cpu": \(v["nodeCPU"]!), "memory": \(v["nodeMemory"]!), "pods": \(v["nodePods"]!),
                        "nvidia.com/gpu": \(v["nodeGPU"]!)}, "labels": {"zone": "z1"}},
                       {"name": "b", "allocatable": {"cpu": "8", "memory": "16Gi"}, "labels": {"zone": "z2"}}],
             "pods": [{"name": "run", "requests": {"cpu": "1", "memory": "1Gi"}, "node": "a", "controller": "ReplicaSet",
                       "labels": {"app": "web"}},
                      {"name": "new", "requests": {"cpu": \(v["podCPU"]!), "memory": \(v["podMemory"]!), "nvidia.com/gpu": \(v["podGPU"]!)},
                       "priority": \(v["priority"]!), "labels": {"app": "web"},
                       "topologySpreadConstraints": [{"maxSkew": \(v["maxSkew"]!), "topologyKey": "zone", "whenUnsatisfiable": "DoNotSchedule",
                                                      "minDomains": \(v["minDomains"]!), "labelSelector": {"matchLabels": {"app": "web"}}}],
                       "hostPorts": [{"port": \(v["port"]!)}],
                       "affinity": {"podAntiAffinity": {"preferredDuringSchedulingIgnoredDuringExecution": [
                           {"weight": \(v["weight"]!), "podAffinityTerm": {"labelSelector": {"matchLabels": {"app": "web"}}, "topologyKey": "zone"}}]}}}],
             "disruptionBudgets": [{"name": "web", "selector": {"matchLabels": {"app": "web"}}, "disruptionsAllowed": \(v["allowed"]!)}]}
            """
    }

    /// Each field sensible or, one time in three, an extreme value of its kind.
    static let compactInputs = Gen<Int>.int(in: 0...(3 * quantities.count - 1)).array(of: compactFields.count).map { picks in
        zip(picks, compactFields).map { pick, field in
            let extremes = field.quantity ? quantities : numbers
            return pick < extremes.count ? extremes[pick] : field.sensible
        }
    }

    @Test("every random compact input decodes to a checked problem or a typed error naming a field; planning it verifies")
    func compactInputsDecodeOrFail() async {
        await propertyCheck(count: 150, input: Self.compactInputs) { values in
            let text = Self.compact(values)
            let problem: PodPackingProblem
            do throws(PlannerInputError) {
                problem = try PodPackingProblem.decode(from: Data(text.utf8))
            } catch {
                #expect(!error.message.isEmpty, "\(text)")
                return
            }
            for pod in problem.pods { #expect(pod.requests.names.allSatisfy { PodPackingProblem.Limits.amount.contains(pod.requests[$0]) }) }
            #expect(PodPackingProblem.Limits.priority.contains(problem.pods[1].priority))
            do {
                let report = try PodFixtures.plan(problem, window: .milliseconds(300))
                try problem.verify(report.verifiedPlan)
            } catch {
                Issue.record("a valid problem failed to plan: \(error)\n\(text)")
            }
        }
    }

    /// A kubectl list with a node's allocatable cpu and memory and a pod's cpu request, priority
    /// and host port set to `values`.
    static func kubectl(_ values: [String]) -> String {
        """
        {"kind": "List", "items": [
          {"kind": "Node", "metadata": {"name": "n"}, "status": {"allocatable": {"cpu": \(values[0]), "memory": \(values[1]), "pods": "110"}}},
          {"kind": "Pod", "metadata": {"name": "p", "namespace": "ns"},
           "spec": {"priority": \(values[3]), "containers": [{"name": "c", "resources": {"requests": {"cpu": \(values[2])}},
                                                               "ports": [{"containerPort": 80, "hostPort": \(values[4])}]}]},
           "status": {"phase": "Pending"}}]}
        """
    }

    static let kubectlInputs = Gen<Int>.int(in: 0...(2 * numbers.count - 1)).array(of: 5).map { picks in
        zip(picks, ["\"4\"", "\"8Gi\"", "\"250m\"", "100", "8080"]).enumerated().map { index, pair in
            let (pick, sensible) = pair
            let extremes = index < 3 ? quantities : numbers
            return pick < extremes.count ? extremes[pick] : sensible
        }
    }

    @Test("every random kubectl list decodes to a checked problem or a typed error naming a field")
    func kubectlInputsDecodeOrFail() async {
        await propertyCheck(count: 150, input: Self.kubectlInputs) { values in
            let text = Self.kubectl(values)
            do throws(PlannerInputError) {
                let problem = try PodPackingProblem.decode(from: Data(text.utf8))
                #expect(problem.nodes[0].allocatable.names.allSatisfy { PodPackingProblem.Limits.amount.contains(problem.nodes[0].allocatable[$0]) })
            } catch {
                #expect(!error.field.isEmpty, "\(text): \(error)")
            }
        }
    }
}
