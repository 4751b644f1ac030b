import Foundation
import MILP

/// A domain planner: turns a systems question into a MILP, solves it with the solver it is given
/// within its budget, and turns the solution back into a verified plan.
///
/// Every planner follows the same steps, each owned by one type of its folder:
///
/// 1. **Problem** (``PlanningProblem``): decoded strictly from JSON — an unknown field is an
///    error that names it — and validated, every number range-checked before any arithmetic.
/// 2. **Model**: a formulation type builds the `MILP.Model` from the problem (one model, or
///    several for a decomposition) and reads a `Solution` back.
/// 3. **Plan**: the decoded answer, in the domain's own words (GPUs per type, pods per node).
/// 4. **Verify**: the problem re-checks the plan without any solver; a plan that fails is a bug
///    and is never reported.
/// 5. **Report** (``PlanningReport``): the plan, its baselines and a typed ``PlanStatus``.
///
/// The solver is passed in (planners never import GLPK), and so is the ``PlanningBudget``: the
/// time for the whole planning and the gap at which a plan counts as proven.
///
/// ```swift
/// let problem = try GPUMixProblem.decode(from: data)
/// let report = try GPUMixPlanner(solver: GLPKSolver(), budget: PlanningBudget(timeLimit: .seconds(10))).plan(problem)
/// print(report.status, report.summary(for: problem))
/// ```
///
/// To add a planner, make a folder under `Sources/Planners` with the problem, its validation, the
/// formulation, the plan, the verification, the report and the planner conforming to these
/// protocols, then a `milp plan` subcommand conforming to `PlanCommand` (which supplies the input
/// file, `--json`, `--generate`, the budget flags and the exit codes).
public protocol Planner: Sendable {
    /// The question the planner answers.
    associatedtype Problem: PlanningProblem
    /// What the planner reports about a problem.
    associatedtype Report: PlanningReport where Report.Problem == Problem

    /// The budget a planner gets when the caller gives none, such as 500 ms for a planner that
    /// runs every training step.
    static var defaultBudget: PlanningBudget { get }

    /// The MILP solver every model is given to.
    var solver: any Solver { get }
    /// The time and gap the planning may use.
    var budget: PlanningBudget { get }

    /// Plans `problem`: validates it, builds and solves the models within the budget, decodes and
    /// verifies the plan and reports it. No plan (infeasible, or the budget ran out first) is an
    /// ordinary report; only invalid input, options the solver refuses or a plan that fails
    /// verification (a bug) throw.
    func plan(_ problem: Problem) throws -> Report
}

/// The input of a ``Planner``: a `Codable` question whose decoding refuses unknown fields, with
/// a validation that names the field at fault and a verification of plans that needs no solver.
public protocol PlanningProblem: Codable, Sendable {
    /// The planner's answer to the problem.
    associatedtype Plan: Codable, Sendable
    /// Why a plan fails ``verify(_:)``.
    associatedtype VerificationError: Error

    /// The problem in a JSON document, validated. The default decodes with a strict
    /// ``MILP/InputDecoder`` (an unknown field is named with the nearest known one) and then
    /// calls ``validate()``.
    static func decode(from data: Data) throws(InputError) -> Self

    /// Checks every field — numbers against their documented ranges, before any arithmetic —
    /// and throws the first mistake, naming its field.
    func validate() throws(InputError)

    /// Re-checks `plan` against this problem without any solver: every constraint, and every
    /// figure the plan states recomputed from the problem's data.
    func verify(_ plan: Plan) throws(VerificationError)
}

extension PlanningProblem {
    /// Decodes strictly and validates; see ``PlanningProblem/decode(from:)``.
    public static func decode(from data: Data) throws(InputError) -> Self {
        let problem = try InputDecoder().decode(Self.self, fromJSON: data)
        try problem.validate()
        return problem
    }
}

/// What a ``Planner`` reports: a typed status, the plan if there is one, and a text for people.
/// Its JSON form carries values, not sentences: statuses, numbers, names.
public protocol PlanningReport: Codable, Sendable {
    /// The problem the report answers.
    associatedtype Problem: PlanningProblem

    /// How the planning ended.
    var status: PlanStatus { get }
    /// The verified plan; `nil` when the status is ``PlanStatus/infeasible`` or ``PlanStatus/noPlan``.
    var plan: Problem.Plan? { get }

    /// The report for people, with `problem` supplying names and labels.
    func summary(for problem: Problem) -> String
}
