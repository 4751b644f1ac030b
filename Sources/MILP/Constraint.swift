/// A constraint row of a ``Model``: a handle returned by ``Model/addConstraint(_:name:)``.
public struct Constraint: Hashable, Sendable {
    /// The row's position in its model, from 0.
    public let index: Int
    /// Identifies the model the row belongs to.
    let modelID: ModelID
}

/// What a model records about one constraint row: `lowerBound ≤ Σ terms ≤ upperBound`.
public struct ConstraintDescription: Sendable {
    /// The name, if the row has one; names are unique within a model.
    public var name: String?
    /// The row's terms, merged and sorted by variable index.
    public var terms: [LinearExpression.Term]
    /// The lower bound; `-.infinity` when there is none.
    public var lowerBound: Double
    /// The upper bound; `.infinity` when there is none.
    public var upperBound: Double
}
