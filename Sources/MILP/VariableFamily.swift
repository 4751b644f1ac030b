/// Variables indexed by keys of any `Hashable` type, in the order the keys were given.
///
/// ```swift
/// let route = model.addVariables(indexedBy: ["a", "b"], kind: .binary) { "route[\($0)]" }
/// model.addConstraint(route["a"] + route["b"] <= 1)
/// ```
public struct VariableFamily<Key: Hashable & Sendable>: Sequence, Sendable {
    /// The keys, in order.
    public let keys: [Key]
    /// The variables, in the order of ``keys``.
    public let variables: [Variable]
    private let positions: [Key: Int]

    init(keys: [Key], variables: [Variable]) {
        self.keys = keys
        self.variables = variables
        var positions: [Key: Int] = [:]
        positions.reserveCapacity(keys.count)
        for (position, key) in keys.enumerated() { positions[key] = position }
        self.positions = positions
    }

    /// The variable for `key`. Asking for a key that is not in the family is a programming error.
    public subscript(key: Key) -> Variable {
        guard let position = positions[key] else {
            preconditionFailure("VariableFamily has no variable for key \(key)")
        }
        return variables[position]
    }

    /// The variable for `key`, or `nil` when the family has none.
    public func variable(for key: Key) -> Variable? {
        positions[key].map { variables[$0] }
    }

    /// The number of variables in the family.
    public var count: Int { variables.count }

    /// Iterates over the variables in the order of ``keys``.
    public func makeIterator() -> IndexingIterator<[Variable]> { variables.makeIterator() }
}
