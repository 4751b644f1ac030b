import GLPK
import MILP
import MILPTesting
import Testing

/// Items of weights 12, 2, 1, 4 and values 4, 2, 1, 10 in a knapsack of capacity 15: the optimum
/// takes items 1, 2 and 3 for 13.
private struct Knapsack {
    var model = Model(name: "knapsack")
    let take: [Variable]

    init() {
        take = model.addVariables(count: 4, kind: .binary) { "take[\($0)]" }
        model.addConstraint(12 * take[0] + 2 * take[1] + take[2] + 4 * take[3] <= 15, name: "weight")
        model.maximize(4 * take[0] + 2 * take[1] + take[2] + 10 * take[3])
    }

    /// A start with `values` for the items, in order.
    func start(_ values: [Double]) -> InitialSolution {
        InitialSolution(Dictionary(uniqueKeysWithValues: zip(take, values)))
    }
}

@Suite("MIP starts")
struct MIPStartTests {
    @Test("a feasible complete start is accepted with its objective and the search still proves the optimum")
    func feasibleStart() throws {
        let knapsack = Knapsack()
        let solution = try GLPKSolver().solve(knapsack.model, options: SolverOptions(initialSolution: knapsack.start([0, 0, 0, 1])))
        #expect(solution.initialSolutionReport == InitialSolutionReport(outcome: .accepted, objectiveValue: 10))
        #expect(solution.termination.reason == .optimal && solution.objectiveValue == 13)
    }

    @Test("a start over the capacity is reported with the row and by how much, and not used")
    func infeasibleStart() throws {
        let knapsack = Knapsack()
        var incumbents: [Double] = []
        let callback = Callback(events: [.incumbent]) { data in
            incumbents.append(data.progress.incumbent ?? .nan)
            return .proceed
        }
        let solution = try GLPKSolver().solve(knapsack.model, options: SolverOptions(initialSolution: knapsack.start([1, 1, 1, 1])),
                                              hooks: SolverHooks(callback: callback))
        let report = try #require(solution.initialSolutionReport)
        #expect(report.outcome == .infeasible && !report.wasUsed)
        #expect(report.violations == [Violation(.constraint, item: "constraint 'weight'", amount: 4)])
        #expect(report.description == "infeasible: constraint 'weight' is violated by 4.0")
        #expect(!incumbents.contains(17), "the infeasible start (value 17) became an incumbent")
        #expect(solution.objectiveValue == 13)
    }

    @Test("fractional values of integer variables are violations; values within the tolerances are accepted")
    func tolerances() throws {
        let knapsack = Knapsack()
        let fractional = try GLPKSolver().solve(knapsack.model, options: SolverOptions(initialSolution: knapsack.start([0.5, 0, 0, 1])))
        #expect(fractional.initialSolutionReport?.violations == [Violation(.integrality, item: "variable 'take[0]'", amount: 0.5)])
        let nearly = try GLPKSolver().solve(knapsack.model, options: SolverOptions(initialSolution: knapsack.start([1e-9, 1, 1, 1 - 1e-9])))
        #expect(nearly.initialSolutionReport == InitialSolutionReport(outcome: .accepted, objectiveValue: 13))
        let loose = try GLPKSolver().solve(knapsack.model, options: SolverOptions(
            integralityTolerance: 0.1, initialSolution: knapsack.start([0.05, 1, 1, 1])))
        #expect(loose.initialSolutionReport == InitialSolutionReport(outcome: .accepted, objectiveValue: 13))
    }

    @Test("a partial start is completed by solving with its values fixed")
    func partialStart() throws {
        let knapsack = Knapsack()
        var start = InitialSolution()
        start[knapsack.take[0]] = 1
        // With item 0 (weight 12) taken, items 1 and 2 fill the remaining 3: 4 + 2 + 1 = 7.
        let solution = try GLPKSolver().solve(knapsack.model, options: SolverOptions(initialSolution: start))
        #expect(solution.initialSolutionReport == InitialSolutionReport(outcome: .completed, objectiveValue: 7))
        #expect(solution.objectiveValue == 13)
    }

    @Test("a partial start that no completion satisfies is reported infeasible")
    func uncompletableStart() throws {
        let knapsack = Knapsack()
        var start = InitialSolution()
        start[knapsack.take[0]] = 1
        start[knapsack.take[3]] = 1
        let solution = try GLPKSolver().solve(knapsack.model, options: SolverOptions(initialSolution: start))
        let report = try #require(solution.initialSolutionReport)
        #expect(report.outcome == .infeasible && report.violations.isEmpty)
        #expect(report.detail == "no values of the other variables satisfy the model with the given ones fixed")
    }

    @Test("a good start is the first incumbent reported, at the root, before any branching")
    func startIsFirstIncumbent() throws {
        let model = ConformanceCase.hardKnapsack(items: 30, dimensions: 3)
        let optimum = try GLPKSolver().solve(model, options: SolverOptions(presolve: false))
        #expect(optimum.termination.reason == .optimal)
        var first: SearchProgress?
        let callback = Callback(events: [.incumbent]) { data in
            if first == nil { first = data.progress }
            return .proceed
        }
        // Without the start, GLPK's own first incumbent comes later or is worse.
        _ = try GLPKSolver().solve(model, options: SolverOptions(presolve: false), hooks: SolverHooks(callback: callback))
        let unaided = try #require(first)
        #expect(unaided.incumbent != optimum.objectiveValue || unaided.nodes > 1)
        first = nil
        let solution = try GLPKSolver().solve(model, options: SolverOptions(initialSolution: InitialSolution(optimum.values, for: model)),
                                              hooks: SolverHooks(callback: callback))
        let report = try #require(solution.initialSolutionReport)
        #expect(report.outcome == .accepted && report.objectiveValue == optimum.objectiveValue)
        #expect(first?.incumbent == optimum.objectiveValue)
        #expect(first?.nodes == 1, "the start was reported after \(first?.nodes ?? 0) nodes")
        #expect(solution.objectiveValue == optimum.objectiveValue)
    }

    @Test("a search stopped before it could use the start reports the start as its solution")
    func stoppedSearchKeepsStart() throws {
        let knapsack = Knapsack()
        let solution = try GLPKSolver().solve(knapsack.model, options: SolverOptions(nodeLimit: 1, initialSolution: knapsack.start([0, 1, 1, 0])))
        #expect(solution.termination.reason == .nodeLimit)
        #expect(solution.objectiveValue == 3 && solution.values == [0, 1, 1, 0] && solution.activities == [3])
        #expect(solution.initialSolutionReport?.detail == "the search stopped before finding a better solution, so the solution reported is the start")
    }

    @Test("starts the solver cannot use are refused with the solve's other option problems")
    func refusedStarts() throws {
        let knapsack = Knapsack()
        var other = Model()
        let foreign = other.addVariable("foreign")
        var start = knapsack.start([0, 0, 0, 1])
        start[foreign] = 1
        start[knapsack.take[1]] = .nan
        let error = try #require(throws: SolverError.self) {
            try GLPKSolver().solve(knapsack.model, options: SolverOptions(presolve: true, initialSolution: start))
        }
        #expect(error == .unsupportedOptions([
            InputError(field: "presolve", "a MIP start needs GLPK's MIP presolver off, since the presolver renumbers columns"),
            InputError(field: "initialSolution", "gives a value for variable x0, which belongs to another model"),
            InputError(field: "initialSolution", "gives variable 'take[1]' the value nan; values must be finite and at most 1e+100 in magnitude"),
        ]))
        #expect(throws: SolverError.unsupportedOptions([InputError(field: "initialSolution", "a MIP start; this solve is an LP")])) {
            try GLPKSolver().solve(knapsack.model, options: SolverOptions(relax: true, initialSolution: knapsack.start([0, 0, 0, 1])))
        }
    }
}
