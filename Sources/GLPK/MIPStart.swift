import MILP

/// An ``InitialSolution`` made ready for GLPK's search: checked against the model within the
/// solve's tolerances and, when partial, completed by a sub-MIP with the given values fixed.
struct MIPStart {
    /// The values to offer to the search (integer variables exactly integral), by variable
    /// index; `nil` when the start is not used.
    let values: [Double]?
    /// The objective value of ``values``.
    let objectiveValue: Double?
    /// What became of the start.
    let report: InitialSolutionReport

    /// GLPK's defaults for `glp_smcp.tol_bnd` and `glp_iocp.tol_int`, used when the options set none.
    static let defaultFeasibilityTolerance = 1e-7
    static let defaultIntegralityTolerance = 1e-5
    /// How many violations a report lists.
    static let reportedViolations = 10
    /// The node limit of the sub-MIP that completes a partial start.
    static let completionNodeLimit = 1_000
    /// The share of the remaining time the completion may take.
    static let completionTimeShare = 0.1

    /// Checks `start` against `model` and completes it when it is partial; `remaining` is the
    /// time left of the solve's limit, if it has one.
    init(_ start: InitialSolution, model: Model, options: SolverOptions, parameters: GLPKParameters,
         remaining: Duration?, log: ((String) -> Void)?) throws {
        let feasibility = options.feasibilityTolerance ?? Self.defaultFeasibilityTolerance
        let integrality = options.integralityTolerance ?? Self.defaultIntegralityTolerance
        var candidate: [Double]
        var completed = false
        if start.isComplete(for: model) {
            candidate = model.variables.map { start[$0]! }
        } else {
            // The given values must fit their bounds and kinds before anything is fixed to them.
            let given = model.variables.filter { start[$0] != nil }
            let violations = Self.violations(ofGiven: given, in: start, model: model, feasibility: feasibility, integrality: integrality)
            guard violations.isEmpty else {
                self.init(unusedBecause: Self.infeasible(violations))
                return
            }
            log?("Completing the initial solution: \(given.count) of \(model.variableCount) variables given\n")
            let completion: Solution
            do {
                completion = try Self.complete(start, model: model, options: options, parameters: parameters, remaining: remaining)
            } catch let error as SolverError {
                self.init(unusedBecause: InitialSolutionReport(outcome: .notCompleted, detail: "the sub-MIP that completes it failed: \(error)"))
                return
            }
            guard completion.hasSolution else {
                let proven = completion.termination.reason == .infeasible
                self.init(unusedBecause: InitialSolutionReport(
                    outcome: proven ? .infeasible : .notCompleted,
                    detail: proven ? "no values of the other variables satisfy the model with the given ones fixed"
                                   : "the sub-MIP with the given values fixed ended \(completion.termination) without a solution"))
                return
            }
            candidate = completion.values
            completed = true
        }
        let violations = model.violations(of: candidate, feasibilityTolerance: feasibility, integralityTolerance: integrality)
        guard violations.isEmpty else {
            self.init(unusedBecause: Self.infeasible(violations))
            return
        }
        for (index, variable) in model.variableDescriptions.enumerated() where variable.kind.isIntegral {
            candidate[index] = candidate[index].rounded()
        }
        let objective = model.objective.expression.value(at: candidate)
        self.init(values: candidate, objectiveValue: objective,
                  report: InitialSolutionReport(outcome: completed ? .completed : .accepted, objectiveValue: objective))
    }

    private init(values: [Double]?, objectiveValue: Double?, report: InitialSolutionReport) {
        self.values = values
        self.objectiveValue = objectiveValue
        self.report = report
    }

    /// `solution` with the report attached, and with the start as its solution when the search
    /// stopped early without a better one; `wasTaken` says whether GLPK took the start when it
    /// was offered (`nil`: the search never asked).
    func settle(_ solution: Solution, model: Model, wasTaken: Bool?) -> Solution {
        var solution = solution
        var report = self.report
        if let values, let objectiveValue {
            if model.objective.sense.prefers(objectiveValue, over: solution.objectiveValue),
               solution.termination.isLimit || solution.termination.reason == .numericalError {
                solution.objectiveValue = objectiveValue
                solution.values = values
                solution.activities = model.activities(of: values)
                report.detail = "the search stopped before finding a better solution, so the solution reported is the start"
            } else if wasTaken == false {
                report.detail = "GLPK already had a solution at least as good when the start was offered"
            }
        }
        solution.initialSolutionReport = report
        return solution
    }

    private init(unusedBecause report: InitialSolutionReport) {
        self.init(values: nil, objectiveValue: nil, report: report)
    }

    /// A report of an infeasible start listing its largest violations.
    private static func infeasible(_ violations: [Violation]) -> InitialSolutionReport {
        let listed = Array(violations.prefix(reportedViolations))
        return InitialSolutionReport(outcome: .infeasible, violations: listed,
                                     detail: violations.count > listed.count ? "\(violations.count) violations in all" : "")
    }

    /// The bound and integrality violations of the variables a partial start gives.
    private static func violations(ofGiven given: [Variable], in start: InitialSolution, model: Model,
                                   feasibility: Double, integrality: Double) -> [Violation] {
        var single = Model()
        var values: [Double] = []
        for variable in given {
            let description = model[variable]
            single.addVariable(description.name ?? "x\(variable.index)", kind: description.kind,
                               lowerBound: description.lowerBound, upperBound: description.upperBound)
            values.append(start[variable]!)
        }
        return single.violations(of: values, feasibilityTolerance: feasibility, integralityTolerance: integrality)
    }

    /// Solves `model` with the variables `start` gives fixed to their values (integers rounded).
    private static func complete(_ start: InitialSolution, model: Model, options: SolverOptions, parameters: GLPKParameters,
                                 remaining: Duration?) throws -> Solution {
        var fixed = model
        for (variable, value) in start.values {
            var target = fixed[variable].kind.isIntegral ? value.rounded() : value
            if abs(target) < Model.supportedMagnitudes.lowerBound { target = 0 }
            fixed.setBounds(variable, lower: target, upper: target)
        }
        var completion = SolverOptions(nodeLimit: completionNodeLimit, feasibilityTolerance: options.feasibilityTolerance,
                                       integralityTolerance: options.integralityTolerance)
        if let remaining {
            guard remaining > .zero else { return Solution(termination: Termination(.timeLimit)) }
            completion.timeLimit = remaining * completionTimeShare
        }
        return try GLPKSolver(parameters: parameters).solve(fixed, options: completion)
    }
}
