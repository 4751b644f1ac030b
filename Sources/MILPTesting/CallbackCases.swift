import MILP

extension ConformanceCase {
    /// The error a conformance callback throws.
    struct CallbackFailure: Error {}

    static let callbackCases: [ConformanceCase] = [
        ConformanceCase("callback-incumbents-improve", .callback) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var objectives: [Double] = []
            var lastValues: [Double]?
            let callback = Callback(events: [.incumbent]) { data in
                objectives.append(data.progress.incumbent ?? .nan)
                lastValues = data.incumbentValues ?? lastValues
                return .proceed
            }
            let solution = try solver.solve(hardKnapsack(items: 30, dimensions: 3), options: SolverOptions(presolve: false),
                                            hooks: SolverHooks(callback: callback))
            findings.expect(solution, ends: .optimal)
            findings.expect(!objectives.isEmpty, "no incumbent event")
            findings.expect(objectives == objectives.sorted(), "incumbents \(objectives) do not improve in a maximisation")
            findings.expect(objectives.last, near: solution.objectiveValue ?? .nan, "last reported incumbent")
            if let lastValues { findings.expect(lastValues == solution.values, "the last incumbent's values differ from the solution") }
            return findings.failures
        },
        ConformanceCase("callback-stop", .callback) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let callback = Callback(events: [.incumbent]) { _ in .stop }
            let solution = try solver.solve(hardKnapsack(), options: SolverOptions(presolve: false), hooks: SolverHooks(callback: callback))
            findings.expect(solution, ends: .interrupted)
            findings.expect(solution.hasSolution, "the incumbent was lost when stopping")
            return findings.failures
        },
        ConformanceCase("callback-progress", .callback) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            var events: [SearchProgress] = []
            // No minimum interval: every chance the solver gives is a progress event, whatever the machine's speed.
            let callback = Callback(events: [.progress], progressInterval: .zero) { data in
                events.append(data.progress)
                return .proceed
            }
            let solution = try solver.solve(hardKnapsack(), options: SolverOptions(nodeLimit: 200, presolve: false), hooks: SolverHooks(callback: callback))
            findings.expect(solution, ends: .nodeLimit)
            findings.expect(events.count >= 2, "\(events.count) progress events over 200 nodes")
            findings.expect(events.map(\.nodes) == events.map(\.nodes).sorted(), "node counts decrease")
            findings.expect((events.last?.nodes ?? 0) >= 100, "the last progress event saw \(events.last?.nodes ?? 0) of the 200 nodes")
            return findings.failures
        },
        ConformanceCase("callback-error-reaches-caller", .callback) { solver, tolerance in
            var findings = Findings(tolerance: tolerance)
            let callback = Callback(events: [.incumbent]) { _ in throw CallbackFailure() }
            do {
                let solution = try solver.solve(hardKnapsack(), hooks: SolverHooks(callback: callback))
                findings.expect(false, "no error; the solve ended \(solution.termination)")
            } catch is CallbackFailure {
            } catch {
                findings.expect(false, "threw \(error) instead of the callback's error")
            }
            return findings.failures
        },
    ]
}
