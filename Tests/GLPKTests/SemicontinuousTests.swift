import Foundation
import GLPK
import MILP
import MILPFormats
import Testing

/// Semi-continuous and semi-integer variables solved by GLPK through the reformulation, with
/// optima computed by hand.
@Suite("GLPK semi-continuous variables")
struct SemicontinuousTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var kind: VariableKind
        var lower: Double
        var upper: Double
        /// The point the objective pulls `x` towards: minimise |x − target|.
        var target: Double
        /// The optimal x, worked out by hand from the domain {0} ∪ [ℓ, u] (integers only for SI).
        var x: Double
        var testDescription: String { "\(kind) in {0} ∪ [\(lower), \(upper)], nearest to \(target)" }
    }

    static let cases: [Case] = [
        // {0} ∪ [2, 5]: 1.2 is 1.2 from 0 and 0.8 from 2; 0.9 is nearer 0; 3.3 is inside; 7 is past 5.
        Case(kind: .semicontinuous, lower: 2, upper: 5, target: 1.2, x: 2),
        Case(kind: .semicontinuous, lower: 2, upper: 5, target: 0.9, x: 0),
        Case(kind: .semicontinuous, lower: 2, upper: 5, target: 3.3, x: 3.3),
        Case(kind: .semicontinuous, lower: 2, upper: 5, target: 7, x: 5),
        // {0} ∪ {3, …, 8}: 2.6 is nearest 3; 1.2 nearest 0; 1.6 is 1.6 from 0 and 1.4 from 3.
        Case(kind: .semiinteger, lower: 2.5, upper: 8, target: 2.6, x: 3),
        Case(kind: .semiinteger, lower: 2.5, upper: 8, target: 1.2, x: 0),
        Case(kind: .semiinteger, lower: 2.5, upper: 8, target: 1.6, x: 3),
        // {0} ∪ [-5, -2]: -1.2 is 1.2 from 0 and 0.8 from -2.
        Case(kind: .semicontinuous, lower: -5, upper: -2, target: -1.2, x: -2),
        // [-1, 4] holds 0 already: the domain is the interval.
        Case(kind: .semicontinuous, lower: -1, upper: 4, target: 2.5, x: 2.5),
    ]

    /// minimise t subject to t ≥ x − target, t ≥ target − x: the optimum is |x* − target|.
    static func nearest(_ testCase: Case) -> (Model, Variable) {
        var model = Model(name: "nearest")
        let x = model.addVariable("x", kind: testCase.kind, lowerBound: testCase.lower, upperBound: testCase.upper)
        let t = model.addVariable("t")
        model.addConstraint(t - x >= -testCase.target, name: "above")
        model.addConstraint(t + x >= testCase.target, name: "below")
        model.minimize(LinearExpression(t))
        return (model, x)
    }

    @Test("the optimum is the nearest point of {0} ∪ [ℓ, u], in the model's own variables and rows", arguments: cases)
    func nearestPoint(_ testCase: Case) throws {
        let (model, x) = Self.nearest(testCase)
        let solution = try GLPKSolver().solve(model)
        #expect(solution.termination.reason == .optimal)
        #expect(abs(solution[x] - testCase.x) < 1e-9)
        #expect(abs((solution.objectiveValue ?? .nan) - abs(testCase.x - testCase.target)) < 1e-9)
        #expect(solution.values.count == model.variableCount)
        #expect(solution.activities.count == model.constraintCount)
    }

    @Test("several semi-continuous variables in one MIP: a cheapest blend with minimum batch sizes")
    func blend() throws {
        // Buy 7 units from suppliers a (2/unit, 0 or 4..10), b (3/unit, 0 or 5..10) and c (5/unit,
        // 0..10). Uncapped, 7 from a cost 14. With a capped at 6, a + c = 7 costs 35 − 3a, least at
        // a = 6: 17 (7 from b would cost 21). With a capped at 3, below its batch, a is 0: 7 from b
        // cost 21 (5 from b and 2 from c cost 25).
        for (cap, expected) in [(10.0, 14.0), (6, 17), (3, 21)] {
            var model = Model(name: "blend")
            let a = model.addVariable("a", kind: .semicontinuous, lowerBound: 4, upperBound: 10)
            let b = model.addVariable("b", kind: .semicontinuous, lowerBound: 5, upperBound: 10)
            let c = model.addVariable("c", upperBound: 10)
            model.addConstraint(a + b + c == 7, name: "demand")
            model.addConstraint(LinearExpression(a) <= cap, name: "cap")
            model.minimize(2 * a + 3 * b + 5 * c)
            let solution = try GLPKSolver().solve(model)
            #expect(solution.termination.reason == .optimal)
            #expect(abs((solution.objectiveValue ?? .nan) - expected) < 1e-9, "cap \(cap)")
        }
    }

    @Test("a complete MIP start in the model's own variables stays complete: the binaries follow from it")
    func mipStart() throws {
        var model = Model(name: "blend")
        let a = model.addVariable("a", kind: .semicontinuous, lowerBound: 4, upperBound: 10)
        let b = model.addVariable("b", kind: .semicontinuous, lowerBound: 5, upperBound: 10)
        let c = model.addVariable("c", upperBound: 10)
        model.addConstraint(a + b + c == 7, name: "demand")
        model.minimize(2 * a + 3 * b + 5 * c)
        // 7 from b costs 21; the optimum, 7 from a, costs 14.
        let start = InitialSolution([0, 7, 0], for: model)
        let solution = try GLPKSolver().solve(model, options: SolverOptions(initialSolution: start))
        #expect(solution.initialSolutionReport?.outcome == .accepted)
        #expect(solution.initialSolutionReport?.objectiveValue == 21)
        #expect(solution.objectiveValue == 14)
    }

    @Test("a semi-continuous variable without a finite bound away from 0 is refused, naming it")
    func unbounded() throws {
        var model = Model()
        let x = model.addVariable("x", kind: .semicontinuous, lowerBound: 2)
        model.minimize(LinearExpression(x))
        let error = #expect(throws: SolverError.self) { try GLPKSolver().solve(model) }
        guard case .invalidModel(.unboundedSemicontinuousVariable(variable: "x", lower: 2, upper: .infinity))? = error else {
            Issue.record("unexpected \(String(describing: error))")
            return
        }
        #expect(error?.description.contains("needs a finite upper bound") == true)
    }

    @Test("the LP relaxation spans the hull [min(0, ℓ), max(0, u)], unbounded or not")
    func relaxation() throws {
        let (model, x) = Self.nearest(Case(kind: .semicontinuous, lower: 2, upper: 5, target: 1.2, x: 2))
        let relaxed = try GLPKSolver().solve(model, options: SolverOptions(relax: true))
        #expect(abs(relaxed[x] - 1.2) < 1e-9)
        var open = Model()
        let y = open.addVariable("y", kind: .semiinteger, lowerBound: 2)
        open.addConstraint(LinearExpression(y) <= 1.5)
        open.maximize(LinearExpression(y))
        #expect(try GLPKSolver().solve(open, options: SolverOptions(relax: true)).objectiveValue == 1.5)
    }

    @Test("SC and SI columns of an MPS file solve to the optimum worked out by hand")
    func fromMPS() throws {
        // maximise 3a + 2b + c with a + b + c <= 9.5; a is 0 or in [2, 4]; b is 0 or an integer in
        // [3, 5] (SI); c is 0 or in [6, 9] (SC in an integer block: semi-integer). Taking c = 6 leaves
        // 3.5: a = 3.5 gives 3·3.5 + 6 = 16.5, or b = 3 and 0.5 left (a can't take 0.5) gives 12;
        // without c, a = 4 and b = 5 give 22, the optimum (9 ≤ 9.5, and no 0.5 fits anywhere).
        let text = """
            NAME semi
            OBJSENSE MAX
            ROWS
             N value
             L room
            COLUMNS
             a value 3 room 1
             b value 2 room 1
             MARKER 'MARKER' 'INTORG'
             c value 1 room 1
             MARKER 'MARKER' 'INTEND'
            RHS
             rhs room 9.5
            BOUNDS
             SC bnd a 4
             LO bnd a 2
             LO bnd b 3
             SI bnd b 5
             SC bnd c 9
             LO bnd c 6
            ENDATA
            """
        let file = try ModelFile.read(Data(text.utf8), fileName: "semi.mps")
        #expect(file.model.variableDescriptions.map(\.kind) == [.semicontinuous, .semiinteger, .semiinteger])
        let solution = try GLPKSolver().solve(file.model)
        #expect(solution.termination.reason == .optimal)
        #expect(abs((solution.objectiveValue ?? .nan) - 22) < 1e-9)
        #expect(zip(solution.values, [4.0, 5, 0]).allSatisfy { abs($0 - $1) < 1e-9 }, "\(solution.values)")
    }
}
