import GLPK
import MILP
import Testing

@Suite("Linear programs")
struct LinearProgramTests {
    /// max 3x + 5y s.t. x ≤ 4, 2y ≤ 12, 3x + 2y ≤ 18 (Hillier–Lieberman's Wyndor Glass):
    /// optimum 36 at (2, 6), shadow prices (0, 1.5, 1).
    static func wyndor() -> (Model, [Variable], [Constraint]) {
        var model = Model(name: "wyndor")
        let x = model.addVariable("x"), y = model.addVariable("y")
        let plant1 = model.addConstraint(x <= 4, name: "plant1")
        let plant2 = model.addConstraint(2 * y <= 12, name: "plant2")
        let plant3 = model.addConstraint(3 * x + 2 * y <= 18, name: "plant3")
        model.maximize(3 * x + 5 * y)
        return (model, [x, y], [plant1, plant2, plant3])
    }

    @Test("textbook LP: optimum, values, activities and duals", arguments: SolverOptions.LPMethod.allCases)
    func wyndorOptimum(method: SolverOptions.LPMethod) throws {
        let (model, variables, constraints) = Self.wyndor()
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

    @Test("dual signs follow the documented convention for a minimisation")
    func minimisationDualSigns() throws {
        var model = Model()
        let x = model.addVariable("x"), y = model.addVariable("y")
        let demand = model.addConstraint(x + y >= 10, name: "demand")
        let cap = model.addConstraint(x <= 4, name: "cap")
        model.minimize(1 * x + 3 * y)
        let solution = try GLPKSolver().solve(model)
        #expect(abs(solution.objectiveValue! - 22) < 1e-9)
        // Raising demand by one costs one more unit of y: +3. Raising x's cap saves 3 − 1 = 2.
        #expect(abs(solution.dual(of: demand)! - 3) < 1e-9)
        #expect(abs(solution.dual(of: cap)! + 2) < 1e-9)
        #expect(abs(solution.reducedCost(of: y)!) < 1e-9)
    }

    @Test("an infeasible LP is reported as infeasible, without a solution", arguments: SolverOptions.LPMethod.allCases)
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

    @Test("an unbounded LP is reported as unbounded")
    func unbounded() throws {
        var model = Model()
        let x = model.addVariable("x"), y = model.addVariable("y")
        model.addConstraint(x - y <= 1)
        model.maximize(x + y)
        for method in [SolverOptions.LPMethod.primalSimplex, .dualSimplex] {
            let solution = try GLPKSolver().solve(model, options: SolverOptions(lpMethod: method))
            #expect(solution.termination.reason == .unbounded)
            #expect(!solution.hasSolution)
        }
    }

    @Test("maximise and minimise the same function reach opposite ends")
    func maximizeVersusMinimize() throws {
        var model = Model()
        let x = model.addVariable("x", lowerBound: -3, upperBound: 5)
        model.minimize(2 * x + 1)
        #expect(try GLPKSolver().solve(model).objectiveValue == -5)
        model.maximize(2 * x + 1)
        #expect(try GLPKSolver().solve(model).objectiveValue == 11)
    }

    @Test("ranged rows keep the activity inside both bounds")
    func rangedRows() throws {
        var model = Model()
        let x = model.addVariable("x", upperBound: 100), y = model.addVariable("y", upperBound: 100)
        let band = model.addConstraint(x + y, in: 3...7, name: "band")
        model.maximize(x + y)
        #expect(try GLPKSolver().solve(model).activity(of: band) == 7)
        model.minimize(x + y)
        #expect(try GLPKSolver().solve(model).activity(of: band) == 3)
        model.addConstraint(LinearConstraint(lowerBound: 4, x - y, upperBound: 4))
        let solution = try GLPKSolver().solve(model)
        #expect(solution.objectiveValue == 4)
        #expect(solution[x] == 4)
    }

    @Test("free and fixed variables")
    func freeAndFixedVariables() throws {
        var model = Model()
        let free = model.addVariable("free", lowerBound: -.infinity, upperBound: .infinity)
        let fixed = model.addVariable("fixed", lowerBound: 2.5, upperBound: 2.5)
        model.addConstraint(free + fixed >= -10)
        model.minimize(free + 0 * fixed)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.termination.reason == .optimal)
        #expect(solution[free] == -12.5)
        #expect(solution[fixed] == 2.5)
    }

    @Test("constants in constraints move into the bounds, constants in the objective are kept")
    func constants() throws {
        var model = Model()
        let x = model.addVariable("x")
        model.addConstraint(x + 5 <= 8)
        model.maximize(x + 100)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.objectiveValue == 103)
        #expect(solution[x] == 3)
    }

    @Test("a model without constraints, and one without variables")
    func degenerateModels() throws {
        var noRows = Model()
        let x = noRows.addVariable("x", lowerBound: 1, upperBound: 4)
        noRows.maximize(2 * x)
        #expect(try GLPKSolver().solve(noRows).objectiveValue == 8)

        var noColumns = Model()
        noColumns.minimize(LinearExpression(7))
        #expect(try GLPKSolver().solve(noColumns).objectiveValue == 7)
        noColumns.addConstraint(LinearConstraint(lowerBound: 1, LinearExpression()))
        #expect(try GLPKSolver().solve(noColumns).termination.reason == .infeasible)

        let empty = try GLPKSolver().solve(Model())
        #expect(empty.termination.reason == .optimal)
        #expect(empty.objectiveValue == 0)
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
