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
        let canonical = try! JSONSerialization.data(withJSONObject: Self.sortingCuts(encoded), options: [.sortedKeys, .withoutEscapingSlashes])
        self.init(name: configuration.name, definition: String(decoding: canonical, as: UTF8.self))
    }

    /// `value` with every `cuts` array sorted: ``GLPK/GLPKParameters/cuts`` is a set, which JSON
    /// encoding writes in an order that changes from one process to the next.
    private static func sortingCuts(_ value: Any) -> Any {
        switch value {
        case let object as [String: Any]:
            return Dictionary(uniqueKeysWithValues: object.map { key, member in
                (key, key == "cuts" ? ((member as? [String])?.sorted() ?? member) : sortingCuts(member))
            })
        case let array as [Any]:
            return array.map(sortingCuts)
        default:
            return value
        }
    }

    private struct Definition: Encodable {
        var kind: SolverConfiguration.Kind
        var timeLimit: Duration
        var memoryLimit: Int?
    }
}
