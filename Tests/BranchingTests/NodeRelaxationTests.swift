import Branching
import GLPK
import MILP
import Testing

/// Runs `inspect` at each branching call of a GLPK solve of `model` (GLPK's own cut-free
/// configuration, presolver off), then lets `decide` branch.
private final class Probe: BranchingPolicy {
    let inspect: (BranchingNode) throws -> Void
    let decide: (BranchingNode) -> BranchingDecision?
    var calls = 0

    init(inspect: @escaping (BranchingNode) throws -> Void, decide: @escaping (BranchingNode) -> BranchingDecision? = { _ in nil }) {
        self.inspect = inspect
        self.decide = decide
    }

    func branch(at node: BranchingNode) throws -> BranchingDecision? {
        calls += 1
        try inspect(node)
        return decide(node)
    }
}

@Suite("Node relaxation and strong-branching trials on GLPK")
struct NodeRelaxationTests {
    let solver = GLPKSolver(parameters: .glpkDefaults)

    @Test("the root LP reads back: values, duals, basis statuses, bounds")
    func rootReads() throws {
        let model = TestModels.textbook()
        let (x, y) = (model.variables[0], model.variables[1])
        var seen = false
        let probe = Probe(inspect: { node in
            guard node.depth == 0 else { return }
            seen = true
            let relaxation = try #require(node.relaxation)
            #expect(abs(node.lpObjective - 21) < 1e-9)
            #expect(node.sense == .maximize)
            #expect(node.candidates.map(\.variable) == [y])
            #expect(relaxation.rowCount == 2)
            let columnX = relaxation.column(x), columnY = relaxation.column(y)
            #expect(abs(columnX.value - 3) < 1e-9 && abs(columnY.value - 1.5) < 1e-9)
            #expect(columnX.status == .basic && columnY.status == .basic)
            #expect(columnY.objectiveCoefficient == 4)
            #expect(columnY.lowerBound == 0 && columnY.upperBound >= 3)
            let wood = relaxation.row(0), labour = relaxation.row(1)
            #expect(abs(wood.dual - 0.75) < 1e-9 && abs(labour.dual - 0.5) < 1e-9)
            #expect(abs(wood.activity - 24) < 1e-9 && wood.status == .atUpperBound)
            // Solving the two tight rows for y: y = −⅛ wood + ¾ labour.
            let entries = try #require(relaxation.tableauRow(of: y))
            #expect(Set(entries.map(\.nonbasic)) == [.row(0), .row(1)])
            for entry in entries {
                #expect(entry.status == .atUpperBound)
                let expected = entry.nonbasic == .row(0) ? -0.125 : 0.75
                #expect(abs(entry.coefficient - expected) < 1e-9)
            }
        })
        let solution = try solver.solve(model, hooks: SolverHooks(branchingPolicy: probe))
        #expect(seen)
        #expect(solution.objectiveValue == 20)
    }

    @Test("strong-branching trials match the hand-computed child bounds, and leave the node alone")
    func strongBranchingScores() throws {
        let model = TestModels.textbook()
        let y = model.variables[1]
        var result: StrongBranchingResult?
        let probe = Probe(inspect: { node in
            guard node.depth == 0 else { return }
            let candidate = try #require(node.candidates.first)
            result = try StrongBranchingResult(candidate, at: node, iterationLimit: 50)
            // The node's own LP is untouched by the trials.
            #expect(abs(node.relaxation!.column(y).value - 1.5) < 1e-9)
            #expect(abs(node.relaxation!.column(y).upperBound - candidate.upperBound) < 1e-9)
        })
        _ = try solver.solve(model, hooks: SolverHooks(branchingPolicy: probe))
        let trial = try #require(result)
        #expect(trial.down.outcome == .optimal && abs(trial.down.objective - 62.0 / 3) < 1e-9)
        #expect(trial.up.outcome == .optimal && abs(trial.up.objective - 18) < 1e-9)
        #expect(abs(trial.downGain - 1.0 / 3) < 1e-9)
        #expect(abs(trial.upGain - 3) < 1e-9)
        #expect(abs(trial.score - 1) < 1e-9)
        #expect(trial.preferredDirection == .down)
    }

    @Test("dual penalties bound the strong-branching gains from below")
    func penaltiesAreLowerBounds() throws {
        var checked = 0
        let probe = Probe(inspect: { node in
            for candidate in node.candidates {
                let penalties = DualPenalties(candidate, tableauRow: try #require(node.relaxation?.tableauRow(of: candidate.variable)))
                let trial = try StrongBranchingResult(candidate, at: node, iterationLimit: 1000)
                if trial.down.outcome == .optimal { #expect(penalties.down <= trial.downGain + 1e-7) }
                if trial.up.outcome == .optimal { #expect(penalties.up <= trial.upGain + 1e-7) }
                if trial.down.outcome == .infeasible && node.incumbent == nil { #expect(trial.downGain == .infinity) }
                checked += 1
            }
        })
        _ = try solver.solve(TestModels.knapsack(), options: SolverOptions(nodeLimit: 30), hooks: SolverHooks(branchingPolicy: probe))
        #expect(checked > 10)
    }

    @Test("the textbook penalties are exact: one dual pivot reaches each child's optimum")
    func textbookPenalties() throws {
        var penalties: DualPenalties?
        let probe = Probe(inspect: { node in
            guard node.depth == 0, let candidate = node.candidates.first else { return }
            penalties = DualPenalties(candidate, tableauRow: try #require(node.relaxation?.tableauRow(of: candidate.variable)))
        })
        _ = try solver.solve(TestModels.textbook(), hooks: SolverHooks(branchingPolicy: probe))
        // Nonbasic rows sit at their upper bounds and can only decrease. Lowering labour lowers
        // y at ¾ per unit and costs its dual ½: down penalty ½ / ¾ · ½ = ⅓. Lowering wood raises
        // y at ⅛ per unit and costs ¾: up penalty ¾ / ⅛ · ½ = 3. Both equal the exact gains.
        let values = try #require(penalties)
        #expect(abs(values.down - 1.0 / 3) < 1e-9)
        #expect(abs(values.up - 3) < 1e-9)
    }

    @Test("a trial with a bad iteration limit or a foreign variable fails cleanly, stopping the solve")
    func invalidTrials() throws {
        let model = TestModels.textbook()
        let limitProbe = Probe(inspect: { node in
            _ = try node.relaxation!.solveChild(branchingOn: node.candidates[0].variable, .down, iterationLimit: 0)
        })
        #expect(throws: BranchingError.invalidIterationLimit(0)) {
            try solver.solve(model, hooks: SolverHooks(branchingPolicy: limitProbe))
        }
        var other = Model()
        let stranger = other.addVariables(count: 5, kind: .binary)[4]
        let columnProbe = Probe(inspect: { node in
            _ = try node.relaxation!.solveChild(branchingOn: stranger, .up, iterationLimit: 10)
        })
        #expect(throws: BranchingError.notAColumn(index: 4)) {
            try solver.solve(model, hooks: SolverHooks(branchingPolicy: columnProbe))
        }
    }

    @Test("pseudocosts are observed from the children of the policy's branchings")
    func pseudocostObservation() throws {
        let model = TestModels.textbook()
        let y = model.variables[1]
        var snapshots: [(depth: Int, pseudocosts: Pseudocosts)] = []
        let probe = Probe(
            inspect: { node in snapshots.append((node.depth, node.pseudocosts)) },
            decide: { node in
                let candidate = node.candidates[0]
                return BranchingDecision(variable: candidate.variable, direction: .down)
            })
        let solution = try solver.solve(model, hooks: SolverHooks(branchingPolicy: probe))
        #expect(solution.objectiveValue == 20)
        #expect(snapshots.first?.pseudocosts == Pseudocosts())
        // The down child of the root (y ≤ 1, objective 20⅔) branches next, on x = 10/3.
        let second = try #require(snapshots.dropFirst().first)
        #expect(second.depth == 1)
        #expect(second.pseudocosts.count(for: y, .down) == 1)
        #expect(second.pseudocosts.count(for: y, .up) == 0)
        #expect(abs((second.pseudocosts.mean(for: y, .down) ?? .nan) - (1.0 / 3) / 0.5) < 1e-9)
    }

    @Test("a policy that throws stops the solve and its error reaches the caller")
    func throwingPolicy() {
        struct Refusal: Error, Equatable {}
        final class Refusing: BranchingPolicy {
            var calls = 0
            func branch(at node: BranchingNode) throws -> BranchingDecision? {
                calls += 1
                _ = try StrongBranchingResult(node.candidates[0], at: node, iterationLimit: 10)
                if calls == 3 { throw Refusal() }
                return nil
            }
        }
        let policy = Refusing()
        #expect(throws: Refusal()) {
            try GLPKSolver(parameters: .glpkDefaults).solve(TestModels.knapsack(), hooks: SolverHooks(branchingPolicy: policy))
        }
        #expect(policy.calls == 3)
    }
}
