extension Kubernetes {
    /// A label query (`metav1.LabelSelector`): every `matchLabels` pair and every expression must
    /// hold. An empty selector (`{}`) matches every set of labels; where Kubernetes allows the
    /// selector to be left out (`null`), that matches nothing, and fields hold it as `nil`.
    public struct LabelSelector: Codable, Sendable, Hashable {
        /// Labels that must be present with exactly these values.
        public var matchLabels: [String: String]?
        /// Further requirements, all of which must hold.
        public var matchExpressions: [LabelSelectorRequirement]?

        /// A selector from its parts.
        public init(matchLabels: [String: String]? = nil, matchExpressions: [LabelSelectorRequirement]? = nil) {
            self.matchLabels = matchLabels
            self.matchExpressions = matchExpressions
        }

        /// Whether the selector has no requirements, and so matches every set of labels.
        public var isEmpty: Bool { (matchLabels ?? [:]).isEmpty && (matchExpressions ?? []).isEmpty }

        /// Whether `labels` satisfy every part of the selector.
        public func matches(_ labels: [String: String]) -> Bool {
            for (key, value) in matchLabels ?? [:] where labels[key] != value { return false }
            return (matchExpressions ?? []).allSatisfy { $0.matches(labels) }
        }

        /// The selector with `key In (value)` added for each key in `keys` that `labels` carries
        /// (`matchLabelKeys`), or `key NotIn (value)` when `excluding` (`mismatchLabelKeys`).
        func adding(keys: [String], from labels: [String: String], excluding: Bool = false) -> LabelSelector {
            var selector = self
            for key in keys {
                guard let value = labels[key] else { continue }
                let requirement = LabelSelectorRequirement(key: key, operator: excluding ? .notIn : .in, values: [value])
                if !(selector.matchExpressions ?? []).contains(requirement) {
                    selector.matchExpressions = (selector.matchExpressions ?? []) + [requirement]
                }
            }
            return selector
        }

        /// The first malformed requirement, as a field path below the selector and a message.
        func mistake() -> (field: String, message: String)? {
            for (index, requirement) in (matchExpressions ?? []).enumerated() {
                if let message = requirement.mistake() { return ("matchExpressions[\(index)]", message) }
            }
            return nil
        }
    }

    /// One requirement of a ``LabelSelector``.
    public struct LabelSelectorRequirement: Codable, Sendable, Hashable {
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
        }

        /// The label key.
        public var key: String
        /// The test.
        public var `operator`: Operator
        /// The values `In` and `NotIn` compare with; empty for the others.
        public var values: [String]?

        /// A requirement from its parts.
        public init(key: String, operator: Operator, values: [String]? = nil) {
            self.key = key
            self.operator = `operator`
            self.values = values
        }

        /// Whether `labels` satisfy the requirement.
        public func matches(_ labels: [String: String]) -> Bool {
            let value = labels[key]
            switch `operator` {
            case .in: return value.map { (values ?? []).contains($0) } ?? false
            case .notIn: return value.map { !(values ?? []).contains($0) } ?? true
            case .exists: return value != nil
            case .doesNotExist: return value == nil
            }
        }

        /// What the API server would refuse about the requirement, if anything.
        func mistake() -> String? {
            let count = values?.count ?? 0
            switch `operator` {
            case .in, .notIn: return count == 0 ? "\(`operator`.rawValue) needs at least one value" : nil
            case .exists, .doesNotExist: return count > 0 ? "\(`operator`.rawValue) takes no values" : nil
            }
        }
    }
}
