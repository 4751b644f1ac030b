/// Why a solver refused or failed to solve: bad input, or an error inside the solver library;
/// never the model's mathematics (infeasible, unbounded), which ``Termination`` reports.
public enum SolverError: Error, Equatable, Sendable {
    /// The model failed ``Model/validate()``.
    case invalidModel(ModelError)
    /// Options that are out of range or that this solver cannot honour, all listed together, each
    /// naming its option (``InputError/field`` is the option's JSON name, such as `mipGap`).
    case unsupportedOptions([InputError])
    /// The model is too large for the solver (GLPK indexes rows, columns and nonzeros with 32-bit integers).
    case tooLarge(String)
    /// The solver library reported an internal error (GLPK's message and where GLPK detected it)
    /// and the solve was abandoned; the process goes on.
    case glpkFailure(String)
}

extension SolverError: CustomStringConvertible {
    /// A sentence a person can act on.
    public var description: String {
        switch self {
        case let .invalidModel(error): "invalid model: \(error)"
        case let .unsupportedOptions(problems): "unsupported options: " + problems.map(\.description).joined(separator: "; ")
        case let .tooLarge(what): "model too large: \(what)"
        case let .glpkFailure(message): "GLPK failed: \(message)"
        }
    }
}
