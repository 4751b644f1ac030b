import Foundation

/// What is known about an instance's answer, to check runs against.
public enum ReferenceValue: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The optimal objective value (`=opt=` in a MIPLIB `.solu` file).
    case optimal(Double)
    /// The objective value of a known feasible solution, not proven optimal (`=best=`).
    case bestKnown(Double)
    /// The instance has no feasible solution (`=inf=`).
    case infeasible
    /// The objective is unbounded.
    case unbounded

    /// `optimum 8691`, `best known 12.5`, `infeasible`, `unbounded`.
    public var description: String {
        switch self {
        case let .optimal(value): "optimum \(value.formatted)"
        case let .bestKnown(value): "best known \(value.formatted)"
        case .infeasible: "infeasible"
        case .unbounded: "unbounded"
        }
    }
}

extension Double {
    /// The value with up to 10 significant digits, for messages.
    var formatted: String { String(format: "%.10g", self) }
}
