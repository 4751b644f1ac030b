import Foundation
@_spi(Benchmarks) @testable import GLPK
import Instances
import MILP
import Testing

@Suite("The automatic branching rule")
struct AutomaticBranchingTests {
    /// Three items, four bids on pairs of them: `x_a + x_b + x_d ≤ 1`, `x_b + x_c ≤ 1`, … with
    /// `coefficient` in place of the first bid's coefficient in the first row.
    static func setPacking(coefficient: Double = 1, firstKind: VariableKind = .binary, firstUpperBound: Double = 1) -> Model {
        var model = Model()
        let bids = (0..<4).map { _ in model.addVariable(kind: .binary) }
        model.setKind(bids[0], firstKind)
        model.setBounds(bids[0], lower: 0, upper: firstUpperBound)
        model.addConstraint(LinearExpression(terms: [.init(coefficient, bids[0]), .init(1, bids[1]), .init(1, bids[3])]), in: -.infinity...1)
        model.addConstraint(LinearExpression(terms: [.init(1, bids[1]), .init(1, bids[2])]), in: -.infinity...1)
        model.addConstraint(LinearExpression(terms: [.init(1, bids[0]), .init(1, bids[2]), .init(1, bids[3])]), in: -.infinity...1)
        model.maximize(LinearExpression(terms: zip([3.0, 2, 2, 1], bids).map { .init($0, $1) }))
        return model
    }

    @Test("a model with binary variables and coefficients ±1 is a set model; a rule other than auto is kept")
    func setModels() {
        #expect(GLPKParameters.BranchingRule.automatic.resolved(for: Self.setPacking()) == .mostFractionalHeaviest)
        #expect(GLPKParameters.BranchingRule.automatic.resolved(for: Self.setPacking(coefficient: -1)) == .mostFractionalHeaviest)
        // An integer variable with bounds [0, 1] is binary.
        #expect(GLPKParameters.BranchingRule.automatic.resolved(for: Self.setPacking(firstKind: .integer)) == .mostFractionalHeaviest)
        for rule in GLPKParameters.BranchingRule.allCases where rule != .automatic {
            #expect(rule.resolved(for: Self.setPacking()) == rule)
        }
    }

    @Test("a coefficient other than ±1, a continuous or general integer variable, or no variable at all gives Driebeck and Tomlin's rule",
          arguments: [setPacking(coefficient: 2), setPacking(coefficient: 0.5), setPacking(firstKind: .continuous),
                      setPacking(firstKind: .integer, firstUpperBound: 2), Model()])
    func otherModels(model: Model) {
        #expect(GLPKParameters.BranchingRule.automatic.resolved(for: model) == .driebeckTomlin)
    }

    @Test("a column's weight is |objective coefficient| × the rows it appears in, among the rows before cuts")
    func weights() throws {
        let problem = try Problem(Self.setPacking())
        // Bids a, b, c, d with prices 3, 2, 2, 1 in rows {a, b, d}, {b, c}, {a, c, d}.
        #expect(HeaviestMostFractionalBranching.weights(of: problem.pointer, ownRows: 3) == [0, 6, 4, 4, 2])
        // A cut row added later does not count.
        #expect(HeaviestMostFractionalBranching.weights(of: problem.pointer, ownRows: 2) == [0, 3, 4, 2, 1])
    }

    /// The nodes GLPK's search (its defaults otherwise) takes on `model` with `rule`.
    static func nodes(_ model: Model, _ rule: GLPKParameters.BranchingRule) throws -> Int {
        let solution = try GLPKSolver(parameters: GLPKParameters(branching: rule)).solve(model, options: SolverOptions(timeLimit: .seconds(60)))
        #expect(solution.termination.reason == .optimal)
        return solution.statistics.nodes
    }

    @Test("the search branches by the heaviest-column rule in a combinatorial auction and an independent set model, and by Driebeck and Tomlin's rule in a multiple knapsack",
          arguments: [("auction-easy-train-00003", GLPKParameters.BranchingRule.mostFractionalHeaviest, GLPKParameters.BranchingRule.driebeckTomlin),
                      ("indset-er-easy-train-00000", .mostFractionalHeaviest, .driebeckTomlin),
                      ("knapsack-easy-train-00000", .driebeckTomlin, .mostFractional)])
    func searchRunsTheResolvedRule(instance: String, expected: GLPKParameters.BranchingRule, other: GLPKParameters.BranchingRule) throws {
        let model = try InstanceLibrary.model(for: InstanceID(instance))
        let automatic = try Self.nodes(model, .automatic)
        // GLPK's search is deterministic: the same rule takes the same nodes, and the two rules
        // take different numbers on these instances.
        #expect(automatic == (try Self.nodes(model, expected)))
        #expect(automatic != (try Self.nodes(model, other)))
    }

    @Test("breaking ties by weight changes the search from GLPK's most-fractional rule, which takes the first of the tied columns",
          arguments: ["auction-easy-train-00003", "indset-er-easy-train-00000"])
    func tiesChangeTheSearch(instance: String) throws {
        let model = try InstanceLibrary.model(for: InstanceID(instance))
        #expect(try Self.nodes(model, .mostFractionalHeaviest) != (try Self.nodes(model, .mostFractional)))
    }

    @Test("MILPKit's defaults branch automatically, and the rule survives JSON")
    func recommended() throws {
        #expect(GLPKParameters.recommended.branching == .automatic)
        let parameters = GLPKParameters(branching: .automatic)
        #expect(try JSONDecoder().decode(GLPKParameters.self, from: JSONEncoder().encode(parameters)) == parameters)
    }
}
