/// What identifies one run of a sweep: the store keeps at most one result per key.
public struct TaskKey: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// The instance's id.
    public var instance: String
    /// The configuration's name.
    public var configuration: String
    /// The repetition, from 0.
    public var repetition: Int

    /// A key from its parts.
    public init(instance: String, configuration: String, repetition: Int) {
        self.instance = instance
        self.configuration = configuration
        self.repetition = repetition
    }

    /// Orders by instance, then configuration, then repetition.
    public static func < (lhs: TaskKey, rhs: TaskKey) -> Bool {
        (lhs.instance, lhs.configuration, lhs.repetition) < (rhs.instance, rhs.configuration, rhs.repetition)
    }

    /// `instance × configuration #repetition`.
    public var description: String { "\(instance) × \(configuration) #\(repetition)" }
}
