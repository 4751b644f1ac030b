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
    /// The sub-MIP's own share of the time left before the deadline, in place of the runner's
    /// time limits (which still apply without a deadline).
    public var shareOfRemainingTime: Double?
    /// Whether every improving solution of the formulation, or one of each set that the
    /// solver's symmetry breaking treats as one, is a solution of the sub-MIP, and every solution
    /// of the sub-MIP improves on the incumbent: then a sub-MIP proven infeasible proves the
    /// incumbent optimal, and no cutoff row is added.
    public var isExhaustive = false

    /// The unrestricted copy of `formulation`'s model.
    public init(_ formulation: Formulation) {
        self.formulation = formulation
        model = formulation.model
    }

    /// A sub-MIP on `model`, which has `formulation`'s columns in the same order.
    public init(_ formulation: Formulation, restrictedTo model: Model) {
        precondition(model.variableCount == formulation.columnCount, "a sub-MIP needs the formulation's columns")
        self.formulation = formulation
        self.model = model
    }

    /// Narrows column `column` to `[lower, upper]`.
    public mutating func restrict(_ column: Int, to lower: Double, _ upper: Double) {
        model.setBounds(model.variable(at: column), lower: lower, upper: upper)
    }

    /// Adds the row `constraint`, over the formulation's columns.
    public mutating func add(_ constraint: LinearConstraint) {
        var constraint = constraint
        constraint.expression = own(constraint.expression)
        model.addConstraint(constraint)
    }

    /// Replaces the sub-MIP's objective by minimising `expression`; the cutoff row stays on the
    /// formulation's objective.
    public mutating func minimize(_ expression: LinearExpression) {
        model.objective = Objective(.minimize, own(expression))
    }

    /// Adds the row that cuts off every solution no better than `incumbent`: the objective must
    /// improve by at least 1 when every solution's objective is integral, by a relative 1e-6
    /// otherwise.
    public mutating func cutOff(worseThan incumbent: Double) {
        let objective = formulation.model.objective
        let expression = own(objective.expression)
        let step = formulation.hasIntegralObjective ? 1 - 1e-6 : 1e-6 * max(1, abs(incumbent))
        if objective.sense == .minimize {
            model.addConstraint(expression <= incumbent - step)
        } else {
            model.addConstraint(expression >= incumbent + step)
        }
    }

    /// What solving a sub-MIP came to.
    public enum Outcome: Equatable, Sendable {
        /// A solution feasible for the full formulation that improves on the incumbent.
        case improved([Double])
        /// No such solution was found: a limit stopped the sub-MIP, or what it found failed the
        /// check or does not improve.
        case nothingFound
        /// The sub-MIP was proven infeasible: its neighbourhood holds no improving solution.
        case neighbourhoodExhausted
        /// The exhaustive sub-MIP was proven infeasible: no solution improves on the incumbent.
        case provenOptimal
    }

    /// Solves the sub-MIP with `solver` under the node and time limits; returns the best
    /// solution found when it is feasible for the full formulation and improves on `incumbent`.
    public func solve(with solver: any Solver, nodeLimit: Int, timeLimit: Duration, improvingOn incumbent: Double?) throws -> [Double]? {
        if case .improved(let values) = try search(with: solver, nodeLimit: nodeLimit, timeLimit: timeLimit, improvingOn: incumbent) {
            return values
        }
        return nil
    }

    /// Solves the sub-MIP with `solver` under the node and time limits: an improving solution
    /// when it finds one feasible for the full formulation, a proof when it is exhaustive and
    /// proven infeasible.
    public func search(with solver: any Solver, nodeLimit: Int, timeLimit: Duration, improvingOn incumbent: Double?) throws -> Outcome {
        guard timeLimit > .zero else { return .nothingFound }
        let options = SolverOptions(timeLimit: timeLimit, nodeLimit: nodeLimit)
        var hooks = SolverHooks()
        if stopsAtFirstSolution {
            hooks.callback = Callback(events: [.incumbent]) { _ in .stop }
        }
        let solution = try solver.solve(model, options: options, hooks: hooks)
        if solution.termination.reason == .infeasible {
            return isExhaustive && incumbent != nil ? .provenOptimal : .neighbourhoodExhausted
        }
        guard solution.hasSolution, let values = formulation.feasibleSolution(near: solution.values),
              formulation.improves(formulation.objectiveValue(of: values), on: incumbent) else { return .nothingFound }
        return .improved(values)
    }

    /// `expression`, over the formulation's columns, in this sub-MIP's model's variables.
    private func own(_ expression: LinearExpression) -> LinearExpression {
        var owned = LinearExpression(expression.constant)
        for term in expression.terms { owned.add(term.coefficient, model.variable(at: term.variable.index)) }
        return owned
    }
}
