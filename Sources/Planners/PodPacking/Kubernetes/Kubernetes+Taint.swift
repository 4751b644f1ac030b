extension Kubernetes {
    /// What a taint does to pods that do not tolerate it.
    public enum TaintEffect: String, Codable, Sendable, Hashable {
        /// New pods are not placed on the node.
        case noSchedule = "NoSchedule"
        /// The scheduler avoids the node when it can (scoring only).
        case preferNoSchedule = "PreferNoSchedule"
        /// New pods are not placed, and running ones are evicted.
        case noExecute = "NoExecute"

        /// Whether the effect keeps pods that do not tolerate it off the node (a filter, not a score).
        public var isFilter: Bool { self != .preferNoSchedule }
    }

    /// A node taint (`spec.taints[]`).
    public struct Taint: Codable, Sendable, Hashable {
        /// The key.
        public var key: String
        /// The value; absent and empty are the same.
        public var value: String?
        /// The effect.
        public var effect: TaintEffect
        /// When a `NoExecute` taint was added (no bearing on placement).
        public var timeAdded: String?

        /// A taint from its parts.
        public init(key: String, value: String? = nil, effect: TaintEffect) {
            self.key = key
            self.value = value
            self.effect = effect
        }
    }

    /// A pod's toleration of taints (`spec.tolerations[]`).
    public struct Toleration: Codable, Sendable, Hashable {
        /// How the value is compared.
        public enum Operator: String, Codable, Sendable, Hashable {
            /// The taint's value must equal the toleration's (the default).
            case equal = "Equal"
            /// Any value; with no key, any taint.
            case exists = "Exists"
        }

        /// The taint key tolerated; absent with `Exists` tolerates every key.
        public var key: String?
        /// The comparison; absent means `Equal`.
        public var `operator`: Operator?
        /// The value compared with `Equal`.
        public var value: String?
        /// The effect tolerated; absent tolerates every effect.
        public var effect: TaintEffect?
        /// How long a `NoExecute` taint is tolerated before eviction (no bearing on placement).
        public var tolerationSeconds: Int?

        /// A toleration from its parts.
        public init(key: String? = nil, operator: Operator? = nil, value: String? = nil, effect: TaintEffect? = nil,
                    tolerationSeconds: Int? = nil) {
            self.key = key
            self.operator = `operator`
            self.value = value
            self.effect = effect
            self.tolerationSeconds = tolerationSeconds
        }

        /// Whether this toleration tolerates `taint`, by Kubernetes' rule: the effect and the key
        /// match where given, and the value is equal unless the operator is `Exists`.
        public func tolerates(_ taint: Taint) -> Bool {
            if let effect, effect != taint.effect { return false }
            if let key, !key.isEmpty, key != taint.key { return false }
            switch `operator` ?? .equal {
            case .exists: return true
            case .equal: return (value ?? "") == (taint.value ?? "")
            }
        }
    }
}

extension Array where Element == Kubernetes.Toleration {
    /// Whether some toleration tolerates `taint`.
    func tolerate(_ taint: Kubernetes.Taint) -> Bool {
        contains { $0.tolerates(taint) }
    }
}
