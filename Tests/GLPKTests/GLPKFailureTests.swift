import Foundation
@testable import GLPK
import MILP
import Testing

/// A valid MIP on which GLPK 5.0's MIP presolver violates its own assertion `q->lb < q->ub`
/// (npp3.c), which ends `glpsol` with an abort. Found by solving random small models; it is
/// infeasible.
private func presolverBreaker() -> Model {
    var model = Model(name: "presolver-breaker")
    let y1 = model.addVariable("y1", kind: .integer), y2 = model.addVariable("y2", kind: .integer)
    let s3 = model.addVariable("s3", lowerBound: 0, upperBound: 0)
    model.addConstraint(999 * y2 - 1.68393731549225 * y1, in: 8.01022781855765...16.0214556362762, name: "r1")
    model.addConstraint(1000 * s3 + 999 * y2 - 0.0676708439240242 * y1 == -0.0822793224663099, name: "r2")
    model.addConstraint(-0.128295422445191 * s3 + 1000 * y2 - 0.001 * y1 <= 3000, name: "r3")
    model.minimize(-1.90920878102759 * y2 + 0.001 * s3)
    return model
}

/// A knapsack with optimum 13, to check that GLPK still works after a failure.
private func knapsack() -> Model {
    var model = Model(name: "knapsack")
    let take = model.addVariables(count: 4, kind: .binary) { "take[\($0)]" }
    model.addConstraint(12 * take[0] + 2 * take[1] + take[2] + 4 * take[3] <= 15, name: "weight")
    model.maximize(4 * take[0] + 2 * take[1] + take[2] + 10 * take[3])
    return model
}

@Suite("GLPK errors never end the process")
struct GLPKFailureTests {
    @Test("a GLPK assertion becomes SolverError.glpkFailure carrying GLPK's message and where it was detected")
    func assertionIsAnError() throws {
        let error = try #require(throws: SolverError.self) {
            try GLPKSolver().solve(presolverBreaker(), options: SolverOptions(presolve: true))
        }
        guard case let .glpkFailure(message) = error else {
            Issue.record("threw \(error), expected a GLPK failure")
            return
        }
        #expect(message == "Assertion failed: q->lb < q->ub (GLPK's npp/npp3.c:554)")
        #expect(error.description.hasPrefix("GLPK failed: Assertion failed"))
    }

    @Test("when GLPK's MIP presolver fails on its own accord, the MIP is solved without it and the detail says so")
    func presolverFailureFallsBack() throws {
        var log = ""
        let solution = try GLPKSolver().solve(presolverBreaker(), hooks: SolverHooks(log: { log += $0 }))
        #expect(solution.termination.reason == .infeasible)
        #expect(solution.termination.detail.contains("solved without GLPK's MIP presolver, which failed: Assertion failed: q->lb < q->ub"))
        #expect(log.contains("Solving again without the presolver"))
    }

    @Test("after a failure the same thread solves again, many times over")
    func threadRecovers() throws {
        for _ in 0..<20 {
            #expect(throws: SolverError.self) { try GLPKSolver().solve(presolverBreaker(), options: SolverOptions(presolve: true)) }
            let solution = try GLPKSolver().solve(knapsack())
            #expect(solution.objectiveValue == 13)
        }
    }

    /// A heuristic's sub-MIP is solved from inside the enclosing search's callback. GLPK frees
    /// its thread's environment on an error, which on the same thread would take the enclosing
    /// search's problem and tree with it.
    @Test("a GLPK failure in a sub-MIP solved from a callback leaves the enclosing search intact", arguments: [1, 2])
    func failureInSubMIP(level: Int) throws {
        var innerFailed = false
        let callback = Callback(events: [.progress], progressInterval: .zero) { _ in
            guard !innerFailed else { return .proceed }
            let inner = GLPKSolver(parameters: .glpkDefaults, subMIPLevel: level)
            innerFailed = (try? inner.solve(presolverBreaker(), options: SolverOptions(presolve: true))) == nil
            return .proceed
        }
        let solution = try GLPKSolver(parameters: .glpkDefaults).solve(knapsack(), options: SolverOptions(presolve: false), hooks: SolverHooks(callback: callback))
        #expect(innerFailed)
        #expect(solution.termination.reason == .optimal)
        #expect(solution.objectiveValue == 13)
    }

    @Test("failures on several threads at once stay on their threads")
    func concurrentFailures() async throws {
        let outcomes = await withTaskGroup(of: Bool.self) { group in
            for index in 0..<8 {
                group.addTask {
                    if index.isMultiple(of: 2) {
                        return (try? GLPKSolver().solve(presolverBreaker(), options: SolverOptions(presolve: true))) == nil
                    }
                    return (try? GLPKSolver().solve(knapsack()))?.objectiveValue == 13
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(outcomes.count == 8 && outcomes.allSatisfy { $0 })
    }

    @Test("numbers at the edges of the supported magnitudes solve, as an LP and as a MIP", arguments: [false, true])
    func edgesOfTheRange(integer: Bool) throws {
        var model = Model()
        let x = model.addVariable("x", upperBound: 1e100), y = model.addVariable("y")
        let z = model.addVariable("z", kind: integer ? .integer : .continuous)
        model.addConstraint(1e100 * x + 1e-100 * y >= 1, name: "c1")
        model.addConstraint(1e-100 * z + y <= 1e100, name: "c2")
        model.addConstraint(z - x >= -1e-100, name: "c3")
        model.minimize(x + y + 1e-100 * z)
        for presolve in [false, true] {
            let solution = try GLPKSolver().solve(model, options: SolverOptions(presolve: presolve))
            #expect(solution.termination.reason == .optimal)
            #expect(abs(try #require(solution.objectiveValue)) < 1e-90)
        }
    }
}
