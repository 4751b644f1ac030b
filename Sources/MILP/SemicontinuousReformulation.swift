/// A model without semi-continuous or semi-integer variables, for solvers that lack them, and
/// the way back from its solutions to the original model's.
///
/// Each variable `x ∈ {0} ∪ [ℓ, u]` whose domain does not already contain 0 gets a binary `z`
/// (appended after the original variables) and two rows (appended after the original
/// constraints), `x − ℓz ≥ 0` and `x − uz ≤ 0`: `z = 0` forces `x = 0`, `z = 1` gives
/// `ℓ ≤ x ≤ u`. `x` keeps its index, its bounds become [min(0, ℓ), max(0, u)], and a semi-integer
/// `x` becomes integer. When ℓ ≤ 0 ≤ u the domain is the interval itself and `x` only changes
/// kind. The bound on the side away from 0 must be finite.
///
/// ```swift
/// let reformulation = try SemicontinuousReformulation(model)
/// let solution = reformulation.originalSolution(try solver.solve(reformulation.model))
/// ```
public struct SemicontinuousReformulation: Sendable {
    /// The model to solve: the original when it has no semi-continuous variables.
    public let model: Model
    private let variableCount: Int
    private let constraintCount: Int
    /// Each reformulated variable and the binary that says whether it is nonzero.
    private let switches: [(variable: Variable, binary: Variable)]

    /// The reformulation of `original`.
    /// - Throws: ``ModelError/unboundedSemicontinuousVariable(variable:lower:upper:)`` for a
    ///   variable whose bound away from 0 is infinite.
    public init(_ original: Model) throws(ModelError) {
        variableCount = original.variableCount
        constraintCount = original.constraintCount
        var model = original
        var switches: [(variable: Variable, binary: Variable)] = []
        for (index, description) in original.variableDescriptions.enumerated() where description.kind.isSemicontinuous {
            let x = original.variable(at: index)
            let lower = description.lowerBound, upper = description.upperBound
            model.setKind(x, description.kind == .semiinteger ? .integer : .continuous)
            guard lower > 0 || upper < 0 else { continue }
            guard lower.isFinite, upper.isFinite else {
                throw .unboundedSemicontinuousVariable(variable: description.name ?? "x\(index)", lower: lower, upper: upper)
            }
            model.setBounds(x, lower: min(0, lower), upper: max(0, upper))
            let z = model.addVariable(kind: .binary)
            model.addConstraint(x - lower * z >= 0)
            model.addConstraint(x - upper * z <= 0)
            switches.append((x, z))
        }
        self.model = model
        self.switches = switches
    }

    /// `start`, a start for the original model, with a value for each added binary whose
    /// variable it gives: 0 when that value is 0, else 1. A complete start stays complete.
    public func extended(_ start: InitialSolution) -> InitialSolution {
        var extended = start
        for (variable, binary) in switches {
            if let value = start[variable] { extended[binary] = value == 0 ? 0 : 1 }
        }
        return extended
    }

    /// `solution`, a solution of ``model``, in terms of the original model: the values of the
    /// added binaries and the rows that tie them are left out.
    public func originalSolution(_ solution: Solution) -> Solution {
        var original = solution
        original.values = Array(solution.values.prefix(variableCount))
        original.reducedCosts = Array(solution.reducedCosts.prefix(variableCount))
        original.activities = Array(solution.activities.prefix(constraintCount))
        original.duals = Array(solution.duals.prefix(constraintCount))
        return original
    }
}
