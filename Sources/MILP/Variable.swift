/// A decision variable of a ``Model``: a lightweight handle, valid only in the model that made it.
public struct Variable: Hashable, Sendable {
    /// The variable's position in its model, from 0; the solver's column is `index + 1` in GLPK terms.
    public let index: Int
    /// Identifies the model the variable belongs to.
    package let modelID: ModelID

    package init(index: Int, modelID: ModelID) {
        self.index = index
        self.modelID = modelID
    }
}

/// The domain of a variable.
public enum VariableKind: String, Sendable, Codable, CaseIterable {
    /// Any real value within the bounds.
    case continuous
    /// Any integer value within the bounds.
    case integer
    /// 0 or 1; the bounds are fixed at [0, 1].
    case binary
    /// 0, or any real value within the bounds: `x ∈ {0} ∪ [ℓ, u]`.
    case semicontinuous
    /// 0, or any integer value within the bounds: `x ∈ {0} ∪ ([ℓ, u] ∩ ℤ)`.
    case semiinteger

    /// Whether a value of this kind must be integral.
    public var isIntegral: Bool {
        switch self {
        case .integer, .binary, .semiinteger: true
        case .continuous, .semicontinuous: false
        }
    }

    /// Whether the variable may also be 0 outside its bounds.
    public var isSemicontinuous: Bool { self == .semicontinuous || self == .semiinteger }
}

/// What a model records about one variable.
public struct VariableDescription: Sendable, Equatable {
    /// The name, if the variable has one; names are unique within a model.
    public var name: String?
    /// The domain.
    public var kind: VariableKind
    /// The lower bound; `-.infinity` when the variable is unbounded below.
    public var lowerBound: Double
    /// The upper bound; `.infinity` when the variable is unbounded above.
    public var upperBound: Double
}

/// A model's identity, shared by its variables and constraints.
package struct ModelID: Hashable, Sendable {
    let rawValue: UInt64

    static func unique() -> ModelID { ModelID(rawValue: UInt64.random(in: 1 ... .max)) }
}
