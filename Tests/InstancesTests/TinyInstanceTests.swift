import GLPK
import Instances
import MILP
import Testing

@Suite("Tiny instances")
struct TinyInstanceTests {
    @Test("every distribution's tiny instances are feasible and solve to optimality", arguments: InstanceLibrary.distributionNames)
    func solves(name: String) throws {
        for index in 0..<3 {
            let id = InstanceID(distribution: name, level: .tiny, split: .train, index: index)
            let model = try InstanceLibrary.model(for: id)
            try model.validate()
            #expect(model.hasIntegerVariables)
            let solution = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: .seconds(20)))
            #expect(solution.termination.reason == .optimal, "\(id): \(solution.termination)")
            #expect(solution.hasSolution)
        }
    }
}
