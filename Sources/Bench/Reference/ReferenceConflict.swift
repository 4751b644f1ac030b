/// Two reference values for the same instance.
public struct ReferenceConflict: Error, Equatable, Sendable, CustomStringConvertible {
    /// The instance's name.
    public var name: String
    /// The value already known.
    public var one: ReferenceValue
    /// The value given besides it.
    public var other: ReferenceValue

    /// A sentence naming the instance and both values.
    public var description: String {
        "two reference values for '\(name)': \(one) and \(other)"
    }
}
