extension Kubernetes {
    /// Amounts of resources by their Kubernetes names, in whole base units: millicores of `cpu`;
    /// bytes of `memory`, `ephemeral-storage` and `hugepages-*`; counts of everything else (`pods`,
    /// extended resources such as `nvidia.com/gpu`). An absent resource is 0.
    ///
    /// In JSON an object whose values are numbers in those units or Kubernetes quantity strings:
    /// `{"cpu": "500m", "memory": "2Gi", "nvidia.com/gpu": 1}`.
    public struct ResourceList: Codable, Sendable, Hashable, ExpressibleByDictionaryLiteral {
        /// CPU, in millicores.
        public static let cpu = "cpu"
        /// Memory, in bytes.
        public static let memory = "memory"
        /// The number of pods a node accepts (`allocatable.pods`).
        public static let pods = "pods"

        /// The amounts, by resource name.
        public var amounts: [String: Int]

        /// An empty list: nothing of anything.
        public init() {
            amounts = [:]
        }

        /// A list from its amounts.
        public init(dictionaryLiteral elements: (String, Int)...) {
            amounts = Dictionary(elements, uniquingKeysWith: { $1 })
        }

        /// The amount of `resource`, 0 when absent.
        public subscript(resource: String) -> Int {
            get { amounts[resource] ?? 0 }
            set { amounts[resource] = newValue }
        }

        /// The resource names, sorted.
        public var names: [String] { amounts.keys.sorted() }

        /// The amount of `quantity` in `resource`'s base units: millicores for `cpu`, whole units
        /// otherwise, rounded up as Kubernetes rounds; `nil` when it does not fit in an `Int`.
        static func amount(of quantity: KubernetesQuantity, in resource: String) -> Int? {
            quantity.scaled(by: resource == cpu ? 1000 : 1)
        }

        private struct NameKey: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        /// Decodes an object of numbers (base units) or quantity strings.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: NameKey.self)
            amounts = [:]
            for key in container.allKeys {
                if let text = try? container.decode(String.self, forKey: key) {
                    let quantity: KubernetesQuantity
                    do { quantity = try KubernetesQuantity(parsing: text) } catch {
                        throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: error.description)
                    }
                    guard let amount = Self.amount(of: quantity, in: key.stringValue) else {
                        throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "'\(text)' is too large")
                    }
                    amounts[key.stringValue] = amount
                } else {
                    amounts[key.stringValue] = try container.decode(Int.self, forKey: key)
                }
            }
        }

        /// Encodes the amounts as numbers in base units.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: NameKey.self)
            for name in names { try container.encode(amounts[name], forKey: NameKey(stringValue: name)) }
        }
    }
}
