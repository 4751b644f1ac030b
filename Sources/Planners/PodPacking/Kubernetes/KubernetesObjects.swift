import Foundation
import MILP

/// The objects of a `kubectl get … -o json` list, as far as placement is concerned: Nodes, Pods,
/// PodDisruptionBudgets and Namespaces; items of other kinds are skipped. Metadata and status
/// fields that do not bear on placement are ignored; every field of a pod's spec is either
/// read, known not to bear on placement, or reported (``PodSpec/otherFields``) so that the
/// reader can refuse it.
struct KubernetesObjectList: LenientDecodable {
    var items: [KubernetesObject]
}

/// One item of a list.
enum KubernetesObject: Decodable {
    case node(NodeObject)
    case pod(PodObject)
    case disruptionBudget(DisruptionBudgetObject)
    case namespace(Metadata)
    case other

    private enum CodingKeys: String, CodingKey { case kind }

    init(from decoder: any Decoder) throws {
        let kind = try decoder.container(keyedBy: CodingKeys.self).decodeIfPresent(String.self, forKey: .kind)
        switch kind {
        case "Node": self = .node(try NodeObject(from: decoder))
        case "Pod": self = .pod(try PodObject(from: decoder))
        case "PodDisruptionBudget": self = .disruptionBudget(try DisruptionBudgetObject(from: decoder))
        case "Namespace": self = .namespace(try NamespaceObject(from: decoder).metadata)
        default: self = .other
        }
    }

    struct Metadata: Decodable {
        var name: String
        var namespace: String?
        var labels: [String: String]?
        var annotations: [String: String]?
        var ownerReferences: [OwnerReference]?
        var deletionTimestamp: String?
        var creationTimestamp: String?
    }

    struct OwnerReference: Decodable {
        var kind: String
        var controller: Bool?
    }

    struct NamespaceObject: Decodable {
        var metadata: Metadata
    }

    struct NodeObject: Decodable {
        var metadata: Metadata
        var spec: NodeSpec?
        var status: NodeStatus?
    }

    struct NodeSpec: Decodable {
        var unschedulable: Bool?
        var taints: [Kubernetes.Taint]?
    }

    struct NodeStatus: Decodable {
        var allocatable: [String: QuantityValue]?
        var images: [PodPackingProblem.Image]?
    }

    struct PodObject: Decodable {
        var metadata: Metadata
        var spec: PodSpec?
        var status: PodStatus?
    }

    /// A pod's spec: the fields read, and the names of the others.
    struct PodSpec: Decodable {
        var containers: [Container]?
        var initContainers: [Container]?
        var overhead: [String: QuantityValue]?
        var resources: PodResources?
        var priority: Int?
        var preemptionPolicy: PodPackingProblem.PreemptionPolicy?
        var nodeName: String?
        var schedulerName: String?
        var nodeSelector: [String: String]?
        var affinity: Kubernetes.Affinity?
        var tolerations: [Kubernetes.Toleration]?
        var topologySpreadConstraints: [Kubernetes.TopologySpreadConstraint]?
        var schedulingGates: [SchedulingGate]?
        var os: OperatingSystem?
        var volumes: [Volume]?
        /// Fields neither read nor known to leave placement alone.
        var otherFields: [String]

        /// Fields that do not bear on placement (those that do through admission, such as a
        /// RuntimeClass's node selector, arrive already merged into the fields read).
        static let placementFree: Set<String> = [
            "restartPolicy", "terminationGracePeriodSeconds", "activeDeadlineSeconds", "dnsPolicy", "dnsConfig",
            "serviceAccountName", "serviceAccount", "automountServiceAccountToken", "hostNetwork", "hostPID", "hostIPC",
            "shareProcessNamespace", "securityContext", "imagePullSecrets", "hostname", "subdomain", "hostAliases",
            "priorityClassName", "readinessGates", "runtimeClassName", "enableServiceLinks", "setHostnameAsFQDN", "hostUsers",
            "ephemeralContainers",
        ]

        private enum CodingKeys: String, CodingKey, CaseIterable {
            case containers, initContainers, overhead, resources, priority, preemptionPolicy, nodeName, schedulerName, nodeSelector,
                 affinity, tolerations, topologySpreadConstraints, schedulingGates, os, volumes
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            containers = try container.decodeIfPresent([Container].self, forKey: .containers)
            initContainers = try container.decodeIfPresent([Container].self, forKey: .initContainers)
            overhead = try container.decodeIfPresent([String: QuantityValue].self, forKey: .overhead)
            resources = try container.decodeIfPresent(PodResources.self, forKey: .resources)
            priority = try container.decodeIfPresent(Int.self, forKey: .priority)
            preemptionPolicy = try container.decodeIfPresent(PodPackingProblem.PreemptionPolicy.self, forKey: .preemptionPolicy)
            nodeName = try container.decodeIfPresent(String.self, forKey: .nodeName)
            schedulerName = try container.decodeIfPresent(String.self, forKey: .schedulerName)
            nodeSelector = try container.decodeIfPresent([String: String].self, forKey: .nodeSelector)
            affinity = try container.decodeIfPresent(Kubernetes.Affinity.self, forKey: .affinity)
            tolerations = try container.decodeIfPresent([Kubernetes.Toleration].self, forKey: .tolerations)
            topologySpreadConstraints = try container.decodeIfPresent([Kubernetes.TopologySpreadConstraint].self,
                                                                      forKey: .topologySpreadConstraints)
            schedulingGates = try container.decodeIfPresent([SchedulingGate].self, forKey: .schedulingGates)
            os = try container.decodeIfPresent(OperatingSystem.self, forKey: .os)
            volumes = try container.decodeIfPresent([Volume].self, forKey: .volumes)
            let read = Set(CodingKeys.allCases.map(\.rawValue))
            otherFields = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue)
                .filter { !read.contains($0) && !Self.placementFree.contains($0) }.sorted()
        }
    }

    struct Container: Decodable {
        var name: String?
        var image: String?
        var resources: ContainerResources?
        var ports: [ContainerPort]?
        var restartPolicy: String?

        /// Whether the container is a sidecar: an init container that keeps running.
        var isSidecar: Bool { restartPolicy == "Always" }
    }

    struct ContainerResources: Decodable {
        var requests: [String: QuantityValue]?
        var claims: [ResourceClaimReference]?
    }

    struct ResourceClaimReference: Decodable {
        var name: String?
    }

    struct PodResources: Decodable {
        var requests: [String: QuantityValue]?
    }

    struct ContainerPort: Decodable {
        var hostPort: Int?
        var `protocol`: String?
        var hostIP: String?
    }

    struct SchedulingGate: Decodable {
        var name: String
    }

    struct OperatingSystem: Decodable {
        var name: String
    }

    /// A volume: its name and the field that says what kind it is.
    struct Volume: Decodable {
        var kinds: [String]

        init(from decoder: any Decoder) throws {
            kinds = try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue).filter { $0 != "name" }.sorted()
        }
    }

    struct PodStatus: Decodable {
        var phase: String?
        var startTime: String?
        var conditions: [Condition]?
        var containerStatuses: [ContainerStatus]?
        var initContainerStatuses: [ContainerStatus]?
    }

    struct Condition: Decodable {
        var type: String
        var status: String?
        var reason: String?
    }

    struct ContainerStatus: Decodable {
        var name: String
        var resources: ContainerStatusResources?
    }

    struct ContainerStatusResources: Decodable {
        var requests: [String: QuantityValue]?
    }

    struct DisruptionBudgetObject: Decodable {
        var metadata: Metadata
        var spec: DisruptionBudgetSpec?
        var status: DisruptionBudgetStatus?
    }

    struct DisruptionBudgetSpec: Decodable {
        var selector: Kubernetes.LabelSelector?
        var minAvailable: IntOrPercent?
        var maxUnavailable: IntOrPercent?
    }

    struct DisruptionBudgetStatus: Decodable {
        var disruptionsAllowed: Int?
    }

    /// A quantity as Kubernetes writes it: a string (`"500m"`, `"2Gi"`), or a bare number of whole units.
    struct QuantityValue: Decodable {
        var quantity: KubernetesQuantity

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            let text: String
            if let string = try? container.decode(String.self) {
                text = string
            } else {
                let number = try container.decode(Double.self)
                guard number.isFinite else { throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a finite number") }
                text = "\(number)"
            }
            do { quantity = try KubernetesQuantity(parsing: text) } catch {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
            }
        }
    }

    /// An integer or a percentage (`minAvailable: 2`, `maxUnavailable: "25%"`).
    enum IntOrPercent: Decodable {
        case count(Int)
        case percent(Int)

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if let count = try? container.decode(Int.self) {
                self = .count(count)
                return
            }
            let text = try container.decode(String.self)
            guard text.hasSuffix("%"), let percent = Int(text.dropLast()), (0...100).contains(percent) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "expected a whole number or a percentage like 25%, got '\(text)'")
            }
            self = .percent(percent)
        }

        /// The amount out of `total`, percentages rounded up (as the disruption controller does).
        func amount(of total: Int) -> Int {
            switch self {
            case let .count(count): count
            case let .percent(percent): (percent * total + 99) / 100
            }
        }
    }
}

/// A coding key for any object member, to list an object's fields.
private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
