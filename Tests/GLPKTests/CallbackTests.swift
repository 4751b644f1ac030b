import Foundation
import GLPK
import MILP
import MILPTesting
import Synchronization
import Testing

@Suite("GLPK log and branching policies")
struct CallbackTests {
    @Test("GLPK's log goes to the caller's sink")
    func log() throws {
        var text = ""
        _ = try GLPKSolver().solve(ConformanceCase.wyndor().0, hooks: SolverHooks(log: { text += $0 }))
        #expect(text.contains("obj =   3.600000000e+01"))
        _ = try GLPKSolver().solve(ConformanceCase.hardKnapsack(items: 20, dimensions: 2), options: SolverOptions(presolve: false),
                                   hooks: SolverHooks(log: { text += $0 }))
        #expect(text.contains("mip ="))
    }

    /// Branches on the candidate with the largest objective coefficient, up first.
    final class LargestCoefficientFirst: BranchingPolicy {
        var calls = 0
        func branch(at node: BranchingNode) throws -> BranchingDecision? {
            calls += 1
            #expect(!node.candidates.isEmpty)
            #expect(node.candidates.allSatisfy { $0.fractionality > 0 })
            let best = node.candidates.max { $0.objectiveCoefficient < $1.objectiveCoefficient }!
            return BranchingDecision(variable: best.variable, direction: .up)
        }
    }

    @Test("a branching policy chooses the variables and the optimum is unchanged")
    func branchingPolicy() throws {
        let model = ConformanceCase.hardKnapsack(items: 25, dimensions: 3)
        let reference = try GLPKSolver().solve(model)
        let policy = LargestCoefficientFirst()
        let audit = BranchingAudit(policy)
        let solution = try GLPKSolver(parameters: GLPKParameters(backtracking: .depthFirst)).solve(model, hooks: SolverHooks(branchingPolicy: audit))
        #expect(policy.calls > 0 && audit.decisions == policy.calls)
        #expect(audit.checkedChildren > 0)
        #expect(audit.violations.isEmpty, "\(audit.violations.prefix(3))")
        #expect(solution.termination.reason == .optimal)
        #expect(abs(solution.objectiveValue! - reference.objectiveValue!) < 1e-6)
    }

    /// Answers with a variable that cannot be branched on.
    final class Wrong: BranchingPolicy {
        let variable: Variable
        init(_ variable: Variable) { self.variable = variable }
        func branch(at node: BranchingNode) throws -> BranchingDecision? { BranchingDecision(variable: variable) }
    }

    @Test("a policy that picks a non-candidate fails cleanly instead of aborting in GLPK")
    func nonCandidate() {
        var model = ConformanceCase.hardKnapsack(items: 25, dimensions: 3)
        let continuous = model.addVariable("slack", upperBound: 1)
        #expect(throws: BranchingError.notACandidate(index: continuous.index)) {
            try GLPKSolver(parameters: .glpkDefaults).solve(model, hooks: SolverHooks(branchingPolicy: Wrong(continuous)))
        }
    }

    @Test("a branching policy with GLPK's presolver forced on is rejected")
    func policyNeedsPresolveOff() {
        #expect(throws: SolverError.self) {
            try GLPKSolver().solve(OptionsTests.smallMIP(), options: SolverOptions(presolve: true),
                                   hooks: SolverHooks(branchingPolicy: LargestCoefficientFirst()))
        }
    }
}

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("separate models solved on separate threads at the same time are all right")
    func concurrentSolves() async throws {
        let models = (0..<8).map { ConformanceCase.hardKnapsack(items: 30, dimensions: 3, seed: UInt64($0)) }
        let sequential = try models.map { try GLPKSolver().solve($0).objectiveValue! }
        let concurrent = try await withThrowingTaskGroup(of: (Int, Double).self) { group in
            for (index, model) in models.enumerated() {
                group.addTask { (index, try GLPKSolver().solve(model).objectiveValue!) }
            }
            var results = [Double](repeating: .nan, count: models.count)
            for try await (index, objective) in group { results[index] = objective }
            return results
        }
        #expect(concurrent == sequential)
    }

    @Test("two solves on two dedicated threads are inside GLPK at the same time and both are right")
    func twoThreads() throws {
        let models = [ConformanceCase.hardKnapsack(items: 30, dimensions: 3, seed: 1), ConformanceCase.hardKnapsack(items: 30, dimensions: 3, seed: 2)]
        let expected = try models.map { try GLPKSolver().solve($0, options: SolverOptions(presolve: false)).objectiveValue }
        // Each solve waits in its first callback until the other is in one too: both are then
        // inside branch-and-cut at once. The wait is bounded only so that a failure cannot hang.
        let arrived = Mutex(0)
        let bothInside = DispatchSemaphore(value: 0)
        let overlapped = Mutex([false, false])
        let results = Mutex<[Int: Double]>([:])
        let threads = models.enumerated().map { index, model in
            Thread {
                var waited = false
                let callback = Callback(events: [.progress], progressInterval: .zero) { _ in
                    guard !waited else { return .proceed }
                    waited = true
                    if arrived.withLock({ $0 += 1; return $0 }) == 2 { bothInside.signal(); bothInside.signal() }
                    let met = bothInside.wait(timeout: .now() + 120) == .success
                    overlapped.withLock { $0[index] = met }
                    return .proceed
                }
                let solution = try! GLPKSolver().solve(model, options: SolverOptions(presolve: false), hooks: SolverHooks(callback: callback))
                results.withLock { $0[index] = solution.objectiveValue! }
            }
        }
        threads.forEach { $0.start() }
        while threads.contains(where: { !$0.isFinished }) || results.withLock({ $0.count }) < 2 {
            Thread.sleep(forTimeInterval: 0.01)
        }
        #expect(overlapped.withLock { $0 } == [true, true])
        #expect(results.withLock { [$0[0], $0[1]] } == expected)
    }
}
