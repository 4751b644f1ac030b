extension Kubernetes {
    /// Which nodes a pod must, or would rather, run on (`spec.affinity.nodeAffinity`).
    public struct NodeAffinity: Codable, Sendable, Hashable {
        /// The nodes the pod may run on; `nil` for any node.
        public var requiredDuringSchedulingIgnoredDuringExecution: NodeSelector?
        /// Weighted preferences, which only score nodes.
        public var preferredDuringSchedulingIgnoredDuringExecution: [PreferredSchedulingTerm]?

        /// Node affinity from its parts.
        public init(required: NodeSelector? = nil, preferred: [PreferredSchedulingTerm]? = nil) {
            requiredDuringSchedulingIgnoredDuringExecution = required
            preferredDuringSchedulingIgnoredDuringExecution = preferred
        }
    }

    /// Node selector terms (`nodeSelectorTerms`), of which at least one must match.
    public struct NodeSelector: Codable, Sendable, Hashable {
        /// The terms; an empty list matches no node.
        public var nodeSelectorTerms: [NodeSelectorTerm]

        /// A selector from its terms.
        public init(nodeSelectorTerms: [NodeSelectorTerm]) {
            self.nodeSelectorTerms = nodeSelectorTerms
        }

        /// Whether some term matches the node with `name` and `labels`.
        public func matches(name: String, labels: [String: String]) -> Bool {
            nodeSelectorTerms.contains { $0.matches(name: name, labels: labels) }
        }
    }

    /// Requirements on a node's labels and fields, all of which must hold. A term with no
    /// requirements matches no node.
    public struct NodeSelectorTerm: Codable, Sendable, Hashable {
        /// Requirements on labels.
        public var matchExpressions: [NodeSelectorRequirement]?
        /// Requirements on fields; Kubernetes supports only `metadata.name`.
        public var matchFields: [NodeSelectorRequirement]?

        /// A term from its parts.
        public init(matchExpressions: [NodeSelectorRequirement]? = nil, matchFields: [NodeSelectorRequirement]? = nil) {
            self.matchExpressions = matchExpressions
            self.matchFields = matchFields
        }

        /// Whether the node with `name` and `labels` meets every requirement.
        public func matches(name: String, labels: [String: String]) -> Bool {
            let expressions = matchExpressions ?? [], fields = matchFields ?? []
            guard !expressions.isEmpty || !fields.isEmpty else { return false }
            return expressions.allSatisfy { $0.matches(labels) }
                && fields.allSatisfy { $0.matches(["metadata.name": name]) }
        }

        /// The first malformed requirement, as a field path below the term and a message.
        func mistake() -> (field: String, message: String)? {
            for (index, requirement) in (matchExpressions ?? []).enumerated() {
                if let message = requirement.mistake() { return ("matchExpressions[\(index)]", message) }
            }
            for (index, requirement) in (matchFields ?? []).enumerated() {
                if requirement.key != "metadata.name" {
                    return ("matchFields[\(index)].key", "only metadata.name can be matched, got '\(requirement.key)'")
                }
                if let message = requirement.mistake() { return ("matchFields[\(index)]", message) }
            }
            return nil
        }
    }

    /// One requirement of a ``NodeSelectorTerm``.
    public struct NodeSelectorRequirement: Codable, Sendable, Hashable {
        /// How the label's value is tested.
        public enum Operator: String, Codable, Sendable, Hashable {
            /// The label is present with one of the values.
            case `in` = "In"
            /// The label is absent, or present with none of the values.
            case notIn = "NotIn"
            /// The label is present.
            case exists = "Exists"
            /// The label is absent.
            case doesNotExist = "DoesNotExist"
            /// The label is present and, read as an integer, greater than the one value.
            case greaterThan = "Gt"
            /// The label is present and, read as an integer, less than the one value.
            case lessThan = "Lt"
        }

        /// The label key (or `metadata.name` in `matchFields`).
        public var key: String
        /// The test.
        public var `operator`: Operator
        /// The values compared with.
        public var values: [String]?

        /// A requirement from its parts.
        public init(key: String, operator: Operator, values: [String]? = nil) {
            self.key = key
            self.operator = `operator`
            self.values = values
        }

        /// Whether `labels` satisfy the requirement; a `Gt` or `Lt` whose label or value is not
        /// an integer does not match, as in Kubernetes.
        public func matches(_ labels: [String: String]) -> Bool {
            if let set = setRequirement { return set.matches(labels) }
            let values = values ?? []
            guard let label = labels[key].flatMap({ Int64($0) }), values.count == 1, let bound = Int64(values[0]) else { return false }
            return `operator` == .greaterThan ? label > bound : label < bound
        }

        /// What the API server would refuse about the requirement, if anything.
        func mistake() -> String? {
            if let set = setRequirement { return set.mistake() }
            let values = values ?? []
            return values.count == 1 && Int64(values[0]) != nil ? nil : "\(`operator`.rawValue) needs exactly one integer value"
        }

        /// The requirement as a label selector requirement, for the four operators the two share.
        private var setRequirement: LabelSelectorRequirement? {
            LabelSelectorRequirement.Operator(rawValue: `operator`.rawValue).map { LabelSelectorRequirement(key: key, operator: $0, values: values) }
        }
    }

    /// A weighted node preference (`preferredDuringSchedulingIgnoredDuringExecution`).
    public struct PreferredSchedulingTerm: Codable, Sendable, Hashable {
        /// The weight, 1–100, added to a node's score when the preference matches.
        public var weight: Int
        /// The preference.
        public var preference: NodeSelectorTerm

        /// A preference from its parts.
        public init(weight: Int, preference: NodeSelectorTerm) {
            self.weight = weight
            self.preference = preference
        }
    }
}
