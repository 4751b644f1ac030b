/// Whether the objective is minimised or maximised.
public enum ObjectiveSense: String, Sendable, Codable {
    /// Find the smallest value.
    case minimize
    /// Find the largest value.
    case maximize

    /// Whether `value` is better than `other` in this sense: smaller when minimising, larger when
    /// maximising; any value is better than none.
    public func prefers(_ value: Double, over other: Double?) -> Bool {
        guard let other else { return true }
        return self == .minimize ? value < other : value > other
    }
}

/// The function a model optimises.
public struct Objective: Sendable {
    /// Minimise or maximise.
    public var sense: ObjectiveSense
    /// The linear function, merged, with its constant.
    public var expression: LinearExpression

    /// An objective; the expression is merged on creation.
    public init(_ sense: ObjectiveSense, _ expression: LinearExpression) {
        self.sense = sense
        self.expression = expression.merged()
    }
}
