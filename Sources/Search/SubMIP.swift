import MILP

/// A smaller MIP made from a formulation's model by a heuristic: some columns' bounds narrowed
/// or fixed, rows added, and an objective cutoff row that admits only solutions better than the
/// incumbent. It is solved on a copy of the model through any ``Solver`` with its own node and
/// time limits, and its solution is checked against the full formulation before it is returned.
public struct SubMIP {
    /// The copy of the model being restricted.
    public private(set) var model: Model
    private let formulation: Formulation
    /// Whether the search ends at its first solution, when any solution will do: every
    /// solution that passes the cutoff improves on the incumbent.
    public var stopsAtFirstSolution = false
    /// The sub-MIP's own node limit, in place of the runner's.
    public var nodeLimit: Int?

    /// The unrestricted copy of `formulation`'s model.
    public init(_ formulation: Formulation) {
        self.formulation = formulation
        model = formulation.model
    }

    /// Narrows column `column` to `[lower, upper]`.
    public mutating func restrict(_ column: Int, to lower: Double, _ upper: Double) {
        model.setBounds(formulation.variables[column], lower: lower, upper: upper)
    }

    /// Adds the row `constraint`.
    public mutating func add(_ constraint: LinearConstraint) {
        model.addConstraint(constraint)
    }

    /// Replaces the sub-MIP's objective by minimising `expression`; the cutoff row stays on the
    /// formulation's objective.
    public mutating func minimize(_ expression: LinearExpression) {
        model.objective = Objective(.minimize, expression)
    }

    /// Adds the row that cuts off every solution no better than `incumbent`: the objective must
    /// improve by at least 1 when every solution's objective is integral, by a relative 1e-6
    /// otherwise.
    public mutating func cutOff(worseThan incumbent: Double) {
        let objective = formulation.model.objective
        let expression = objective.expression
        let step = formulation.hasIntegralObjective ? 1 - 1e-6 : 1e-6 * max(1, abs(incumbent))
        if objective.sense == .minimize {
            model.addConstraint(expression <= incumbent - step)
        } else {
            model.addConstraint(expression >= incumbent + step)
        }
    }

    /// Solves the sub-MIP with `solver` under the node and time limits; returns the best
    /// solution found when it is feasible for the full formulation and improves on `incumbent`.
    public func solve(with solver: any Solver, nodeLimit: Int, timeLimit: Duration, improvingOn incumbent: Double?) throws -> [Double]? {
        guard timeLimit > .zero else { return nil }
        let options = SolverOptions(timeLimit: timeLimit, nodeLimit: nodeLimit)
        var hooks = SolverHooks()
        if stopsAtFirstSolution {
            hooks.callback = Callback(events: [.incumbent]) { _ in .stop }
        }
        let solution = try solver.solve(model, options: options, hooks: hooks)
        guard solution.hasSolution, let values = formulation.feasibleSolution(near: solution.values),
              formulation.improves(formulation.objectiveValue(of: values), on: incumbent) else { return nil }
        return values
    }
}
