import MILP

/// A search of the last step of an integral objective on the problem that step leaves, where the
/// symmetry the objective's rows hid can be broken.
///
/// When the incumbent is one step of the objective from the bound, every improving solution has
/// the objective value of the bound, rounded to the step. That value, as a row, holds for every
/// improving solution; propagated and probed (``BoundPropagation``) it fixes columns. On bin
/// packing it fixes every bin's use and empties the last bin, and the rows that ordered the bins
/// then hold whatever the rest is, so they are left out with every other row whose columns are
/// all fixed. What remains are identical blocks: the sub-MIP solver's symmetry breaking
/// (``Orbitope``) finds them, and the sub-MIP asks only whether the items fit. The sub-MIP is
/// exhaustive: its solution is optimal, and its proven infeasibility proves the incumbent optimal.
///
/// It runs under the conditions of proximity search (the incumbent one step from a bound that has
/// not moved since the root, after 1000 nodes), once per incumbent, with half of the time left,
/// and only when the step's row narrows some column's bounds beyond what the rows alone give.
/// Otherwise its sub-MIP is the problem the search is already solving with one more row: on a
/// multiple knapsack the step fixes nothing, and proving it infeasible took up to five times as
/// long as the search it interrupted.
public final class LastStepSearch: PrimalHeuristic {
    /// `"last-step"`.
    public let name = "last-step"
    /// The nodes the search explores before the first run: models solved in fewer never pay.
    static let nodesBeforeFirstRun = 1000
    /// The node limit of each sub-MIP.
    public var nodeLimit: Int
    private let formulation: Formulation
    /// The root's bound, rounded to the objective's step.
    private var rootBound: Double?
    private var lastIncumbent: [Double]?
    /// The bounds the formulation's rows alone propagate and probe to, once computed; `nil` when
    /// they leave no solution.
    private lazy var boundsWithoutStep: (lower: [Double], upper: [Double])? = {
        var propagation = BoundPropagation(formulation)
        guard propagation.propagate(), propagation.probeBinaries() else { return nil }
        return (propagation.lowerBounds, propagation.upperBounds)
    }()

    /// The last-step search for `formulation`, each sub-MIP limited to `nodeLimit` nodes.
    public init(formulation: Formulation, nodeLimit: Int = 100_000) {
        self.formulation = formulation
        self.nodeLimit = nodeLimit
    }

    public func subMIP(at node: HeuristicNode) -> SubMIP? {
        let objective = formulation.model.objective
        guard formulation.hasIntegralObjective, let bound = node.bound.map(formulation.roundedToObjectiveStep) else { return nil }
        if node.depth == 0, rootBound == nil { rootBound = bound }
        guard node.nodeCount >= Self.nodesBeforeFirstRun, bound == rootBound,
              let incumbent = node.incumbent, incumbent != lastIncumbent,
              let value = node.incumbentObjective, abs(abs(value - bound) - 1) <= 1e-6 else { return nil }
        lastIncumbent = incumbent
        // Every improving solution has the objective value `bound`.
        let terms = objective.expression.terms
        let step = Formulation.Row(columns: terms.map(\.variable.index), coefficients: terms.map(\.coefficient),
                                   lowerBound: bound - objective.expression.constant, upperBound: bound - objective.expression.constant)
        var propagation = BoundPropagation(formulation, extraRows: [step])
        var subMIP: SubMIP
        if propagation.propagate(), propagation.probeBinaries() {
            guard let boundsWithoutStep, propagation.lowerBounds != boundsWithoutStep.lower
                    || propagation.upperBounds != boundsWithoutStep.upper else { return nil }
            subMIP = SubMIP(formulation, restrictedTo: reducedModel(propagation, step: step))
        } else {
            // No solution satisfies the step's row: the sub-MIP solver proves that.
            subMIP = SubMIP(formulation)
            subMIP.add(step.constraint(over: formulation.variables))
        }
        subMIP.stopsAtFirstSolution = true
        subMIP.isExhaustive = true
        subMIP.nodeLimit = nodeLimit
        subMIP.shareOfRemainingTime = 0.5
        return subMIP
    }

    /// The formulation's model with the bounds of `propagation` (the rows and `step`, propagated
    /// and probed), without the rows (and `step` itself) whose columns are all fixed.
    private func reducedModel(_ propagation: BoundPropagation, step: Formulation.Row) -> Model {
        var model = Model(name: formulation.model.name)
        let descriptions = formulation.model.variableDescriptions
        let variables = descriptions.indices.map { column in
            let variable = model.addVariable(kind: descriptions[column].kind)
            // After the kind: a binary variable is added with bounds [0, 1].
            model.setBounds(variable, lower: propagation.lowerBounds[column], upper: propagation.upperBounds[column])
            return variable
        }
        for row in formulation.rows + [step] where !row.columns.allSatisfy(propagation.isFixed) {
            model.addConstraint(row.constraint(over: variables))
        }
        var objective = LinearExpression(formulation.model.objective.expression.constant)
        for term in formulation.model.objective.expression.terms { objective.add(term.coefficient, variables[term.variable.index]) }
        model.objective = Objective(formulation.model.objective.sense, objective)
        return model
    }
}
