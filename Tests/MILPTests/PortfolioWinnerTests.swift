import MILP
import Testing

/// How `PortfolioSolver` picks its winner, raced with scripted solvers instead of a real one: the
/// outcomes are fixed, so each property holds whatever order the threads run in.
@Suite("PortfolioSolver's winner")
struct PortfolioWinnerTests {
    /// A minimisation with one variable: the race only needs its objective sense.
    private static let model: Model = {
        var model = Model()
        let x = model.addVariable("x", kind: .integer, lowerBound: 0, upperBound: 10)
        model.minimize(x)
        return model
    }()

    private func race(_ entrants: [(String, ScriptedSolver)]) throws -> PortfolioResult {
        try PortfolioSolver(entrants.map { PortfolioSolver.Configuration(name: $0.0, solver: $0.1) }).race(Self.model)
    }

    @Test("with nothing proven, the best solution wins and carries the tightest bound any entrant proved")
    func nothingProven() throws {
        let result = try race([
            ("loose", ScriptedSolver(.answer(Solution(termination: Termination(.timeLimit), objectiveValue: 7, bestBound: 2)))),
            ("best", ScriptedSolver(.answer(Solution(termination: Termination(.nodeLimit), objectiveValue: 5, bestBound: 1)))),
            ("boundOnly", ScriptedSolver(.answer(Solution(termination: Termination(.timeLimit), bestBound: 4)))),
        ])
        #expect(result.winner == "best")
        #expect(result.solution.objectiveValue == 5)
        #expect(result.solution.bestBound == 4)
        #expect(result.solution.termination.reason == .nodeLimit)
        #expect(result.runs.map(\.name) == ["loose", "best", "boundOnly"])
    }

    @Test("a proof wins over a better-looking unproven answer and its bound is left as proved")
    func proofWins() throws {
        let result = try race([
            ("unproven", ScriptedSolver(.answer(Solution(termination: Termination(.timeLimit), objectiveValue: 3, bestBound: 3.5)))),
            ("prover", ScriptedSolver(.answer(Solution(termination: Termination(.optimal), objectiveValue: 3, bestBound: 3)))),
        ])
        #expect(result.winner == "prover")
        #expect(result.solution.termination.reason == .optimal)
        #expect(result.solution.bestBound == 3)
    }

    @Test("a proof stops the entrants still searching at their next callback")
    func proofStopsTheOthers() throws {
        let result = try race([
            ("searcher", ScriptedSolver(.searchUntilStopped(Solution(termination: Termination(.nodeLimit), objectiveValue: 9, bestBound: 1)))),
            ("prover", ScriptedSolver(.answer(Solution(termination: Termination(.infeasible))))),
        ])
        #expect(result.winner == "prover")
        #expect(result.solution.termination.reason == .infeasible)
        #expect(result.runs[0].solution?.termination.reason == .interrupted)
    }

    @Test("when every entrant throws, the race throws the first entrant's error")
    func everyEntrantThrows() throws {
        #expect(throws: ScriptedSolver.Failure(entrant: "first")) {
            try race([("first", ScriptedSolver(.fail("first"))), ("second", ScriptedSolver(.fail("second")))])
        }
    }

    @Test("an entrant that throws loses to one that answers")
    func oneEntrantThrows() throws {
        let result = try race([
            ("broken", ScriptedSolver(.fail("broken"))),
            ("working", ScriptedSolver(.answer(Solution(termination: Termination(.timeLimit), objectiveValue: 8, bestBound: 6)))),
        ])
        #expect(result.winner == "working")
        #expect(result.runs[0].solution == nil)
        #expect(result.solution.bestBound == 6)
    }
}

/// A solver whose outcome is written in advance: a solution, an error, or a search that reports
/// progress node after node until it is told to stop.
private struct ScriptedSolver: Solver {
    /// The error a failing entrant throws, naming it.
    struct Failure: Error, Equatable {
        var entrant: String
    }

    enum Script: Sendable {
        case answer(Solution)
        case fail(String)
        /// Calls back at every node until stopped, then answers with the solution as interrupted;
        /// gives up after a billion nodes with the solution as it is.
        case searchUntilStopped(Solution)
    }

    var script: Script

    init(_ script: Script) {
        self.script = script
    }

    var name: String { "scripted" }

    func solve(_ model: Model, options: SolverOptions, hooks: SolverHooks) throws -> Solution {
        switch script {
        case let .answer(solution):
            return solution
        case let .fail(entrant):
            throw Failure(entrant: entrant)
        case let .searchUntilStopped(solution):
            guard let callback = hooks.callback else { return solution }
            for node in 1...1_000_000_000 {
                let progress = SearchProgress(elapsed: .zero, nodes: node, openNodes: 1,
                                              incumbent: solution.objectiveValue, bestBound: solution.bestBound)
                if try callback.handler(CallbackData(event: .progress, progress: progress)) == .stop {
                    var stopped = solution
                    stopped.termination = Termination(.interrupted)
                    return stopped
                }
            }
            return solution
        }
    }
}
