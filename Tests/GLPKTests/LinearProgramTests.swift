import GLPK
import MILP
import MILPTesting
import Testing

@Suite("GLPK linear programs")
struct LinearProgramTests {
    @Test("textbook LP: optimum, values, activities and duals", arguments: SolverOptions.LPMethod.allCases)
    func wyndorOptimum(method: SolverOptions.LPMethod) throws {
        let (model, variables, constraints) = ConformanceCase.wyndor()
        let solution = try GLPKSolver().solve(model, options: SolverOptions(lpMethod: method))
        #expect(solution.termination.reason == .optimal)
        #expect(abs(solution.objectiveValue! - 36) < 1e-6)
        #expect(abs(solution[variables[0]] - 2) < 1e-6)
        #expect(abs(solution[variables[1]] - 6) < 1e-6)
        #expect(abs(solution.activity(of: constraints[2])! - 18) < 1e-6)
        let duals = constraints.map { solution.dual(of: $0)! }
        for (dual, expected) in zip(duals, [0, 1.5, 1]) { #expect(abs(dual - expected) < 1e-6) }
        #expect(abs(solution.reducedCost(of: variables[0])!) < 1e-6)
        #expect(solution.bestBound == solution.objectiveValue)
    }

    @Test("an infeasible LP, by every method", arguments: SolverOptions.LPMethod.allCases)
    func infeasible(method: SolverOptions.LPMethod) throws {
        var model = Model()
        let x = model.addVariable("x", upperBound: 10)
        model.addConstraint(x >= 11)
        model.minimize(LinearExpression(x))
        let solution = try GLPKSolver().solve(model, options: SolverOptions(lpMethod: method))
        let expected: Set<Termination.Reason> = method == .interiorPoint ? [.infeasibleOrUnbounded] : [.infeasible]
        #expect(expected.contains(solution.termination.reason))
        #expect(!solution.hasSolution)
        #expect(solution.objectiveValue == nil)
    }

    @Test("an iteration limit stops the simplex method")
    func iterationLimit() throws {
        var model = Model()
        let x = model.addVariables(count: 30, upperBound: 1)
        for i in 0..<29 { model.addConstraint(x[i] + x[i + 1] <= 1.5) }
        model.maximize((0..<30).sum { Double($0 + 1) * x[$0] })
        let solution = try GLPKSolver().solve(model, options: SolverOptions(iterationLimit: 1, lpMethod: .primalSimplex))
        #expect(solution.termination.reason == .iterationLimit)
    }
}
