import Foundation
import GLPK
import MILP
import MILPFormats
import MILPTesting
import Synchronization
import Testing

@Suite("PortfolioSolver")
struct PortfolioTests {
    private let portfolio = PortfolioSolver([
        .init(name: "cuts", solver: GLPKSolver(parameters: .recommended)),
        .init(name: "plain", solver: GLPKSolver(parameters: .glpkDefaults), options: SolverOptions(presolve: false)),
    ])

    @Test("finds the optimum of MIPLIB files and names a winner", arguments: [("p0548.mps", 8691.0), ("gt2.mps", 21166.0)])
    func miplib(file: String, optimum: Double) throws {
        let model = try MPSReader().read(contentsOf: TestFiles.instances.appendingPathComponent(file)).model
        let result = try portfolio.race(model, options: SolverOptions(timeLimit: .seconds(60)))
        #expect(result.solution.termination.reason == .optimal)
        #expect(result.solution.objectiveValue == optimum)
        #expect(["cuts", "plain"].contains(result.winner))
        #expect(result.runs.map(\.name) == ["cuts", "plain"])
    }

    @Test("the caller's callback is never entered by two threads at once, and its stop ends the race with the incumbent kept")
    func callerCallback() throws {
        let record = CallRecord()
        let callback = Callback(events: [.incumbent]) { data in
            try record.note(data.progress.incumbent)
            return .stop
        }
        let result = try portfolio.race(ConformanceCase.hardKnapsack(), hooks: SolverHooks(callback: callback))
        #expect(result.solution.termination.reason == .interrupted)
        #expect(result.solution.hasSolution)
        #expect(record.incumbents.count == 1)
    }

    @Test("a branching policy is refused: two threads cannot share it")
    func branchingPolicy() throws {
        final class FirstCandidate: BranchingPolicy {
            func branch(at node: BranchingNode) -> BranchingDecision? { node.candidates.first.map { BranchingDecision(variable: $0.variable) } }
        }
        #expect(throws: SolverError.self) {
            try portfolio.solve(ConformanceCase.knapsack().model, options: SolverOptions(), hooks: SolverHooks(branchingPolicy: FirstCandidate()))
        }
    }
}

/// What a callback was told, failing if it is ever entered by two threads at once.
private final class CallRecord: Sendable {
    private let inside = Atomic(false)
    private let noted = Mutex<[Double?]>([])

    struct Overlap: Error {}

    var incumbents: [Double?] { noted.withLock { $0 } }

    func note(_ incumbent: Double?) throws {
        guard inside.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged else { throw Overlap() }
        defer { inside.store(false, ordering: .releasing) }
        Thread.sleep(forTimeInterval: 0.01)
        noted.withLock { $0.append(incumbent) }
    }
}
