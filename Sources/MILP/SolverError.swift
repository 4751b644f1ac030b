/// Why a solver refused to solve: the input, not the model's mathematics, was wrong.
public enum SolverError: Error, Equatable, Sendable {
    /// The model failed ``Model/validate()``.
    case invalidModel(ModelError)
    /// Options that are out of range or that this solver cannot honour, all listed together.
    case unsupportedOptions([String])
    /// The model is too large for the solver (GLPK indexes rows, columns and nonzeros with 32-bit integers).
    case tooLarge(String)
}

extension SolverError: CustomStringConvertible {
    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case let .invalidModel(error): "invalid model: \(error)"
        case let .unsupportedOptions(problems): "unsupported options: " + problems.joined(separator: "; ")
        case let .tooLarge(what): "model too large: \(what)"
        }
    }
}
