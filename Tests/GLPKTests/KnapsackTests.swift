import GLPK
import MILP
import Testing

@Suite("Knapsack")
struct KnapsackTests {
    @Test("the README example picks items 1, 2 and 3 for 13")
    func readmeExample() throws {
        var model = Model(name: "knapsack")
        let x = model.addVariables(count: 4, kind: .binary, name: { "take[\($0)]" })
        model.addConstraint(12 * x[0] + 2 * x[1] + 1 * x[2] + 4 * x[3] <= 15, name: "weight")
        model.maximize(4 * x[0] + 2 * x[1] + 1 * x[2] + 10 * x[3])
        let solution = try GLPKSolver().solve(model, options: .init(timeLimit: .seconds(10)))
        #expect(solution.termination.reason == .optimal)
        #expect(solution.objectiveValue == 13)
        #expect(solution[x[0]] == 0)
        #expect(solution[x[1]] == 1)
        #expect(solution[x[2]] == 1)
        #expect(solution[x[3]] == 1)
    }
}
