import Foundation

/// A configuration as the results store keeps it: its name and a canonical JSON definition that
/// includes the limits it ran under. Two stores agree on a configuration when the definitions
/// are equal; resuming or merging refuses a store that disagrees.
public struct ConfigurationRecord: Sendable, Equatable, Codable {
    /// The configuration's name.
    public var name: String
    /// What it runs and under which limits, as JSON with sorted keys.
    public var definition: String

    /// A record from its parts, as read from a store.
    public init(name: String, definition: String) {
        self.name = name
        self.definition = definition
    }

    /// The record of `configuration` running under `limits`. The grace period is left out: it
    /// changes when a run is killed, not what a finished run measures.
    public init(configuration: SolverConfiguration, limits: RunLimits) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let definition = Definition(kind: configuration.kind, timeLimit: limits.timeLimit, memoryLimit: limits.memoryLimit)
        // Encoding plain Codable values into JSON cannot fail, nor can reading back what was written.
        let encoded = try! JSONSerialization.jsonObject(with: try! encoder.encode(definition), options: [.fragmentsAllowed])
        let canonical = try! JSONSerialization.data(withJSONObject: Self.sortingSets(encoded), options: [.sortedKeys, .withoutEscapingSlashes])
        self.init(name: configuration.name, definition: String(decoding: canonical, as: UTF8.self))
    }

    /// The parameters that are sets (``GLPK/GLPKParameters/cuts``, `separators`, `heuristics`),
    /// which JSON encoding writes in an order that changes from one process to the next.
    private static let setParameters: Set = ["cuts", "separators", "heuristics"]

    /// `value` with the array of every set parameter sorted.
    private static func sortingSets(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]:
            return Dictionary(uniqueKeysWithValues: object.map { key, member in
                (key, setParameters.contains(key) ? ((member as? [String])?.sorted() ?? member) : sortingSets(member))
            })
        case let array as [Any]:
            return array.map(sortingSets)
        default:
            return value
        }
    }

    /// 16 hexadecimal digits that change whenever the definition does (64-bit FNV-1a of its
    /// UTF-8 bytes): a short name for the definition in each stored run.
    public var hash: String {
        let digest = definition.utf8.reduce(UInt64(0xcbf2_9ce4_8422_2325)) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
        let digits = String(digest, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    private struct Definition: Encodable {
        var kind: SolverConfiguration.Kind
        var timeLimit: Duration
        var memoryLimit: Int?
    }
}
