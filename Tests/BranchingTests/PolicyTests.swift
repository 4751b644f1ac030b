import Branching
import GLPK
import MILP
import MILPTesting
import Testing

@Suite("Built-in branching policies")
struct PolicyTests {
    static let models: [Model] = [
        TestModels.textbook(),
        TestModels.knapsack(seed: 1),
        TestModels.knapsack(items: 20, dimensions: 2, seed: 2),
        TestModels.setCover(seed: 1),
        TestModels.production(seed: 1),
    ]

    static let policies: [(String, @Sendable () -> any BranchingPolicy)] = [
        ("most-fractional", { MostFractionalBranching() }),
        ("pseudocost", { PseudocostBranching() }),
        ("pseudocost with strong-branching initialisation", { PseudocostBranching(initialization: .strongBranching(iterationLimit: 50)) }),
        ("strong", { StrongBranching(iterationLimit: 100) }),
        ("reliability", { ReliabilityBranching(reliabilityThreshold: 2, iterationLimit: 50, lookahead: 4) }),
        ("learned", { LearnedBranching(scorer: PolicyTests.penaltyScorer) }),
    ]

    /// A hand-made scorer that ranks by the penalty product score alone.
    static let penaltyScorer: LinearScorer = {
        let position = BranchingFeature.allCases.firstIndex(of: .penaltyScore)!
        var weights = [Double](repeating: 0, count: BranchingFeature.count)
        weights[position] = 1
        return LinearScorer(means: weights.map { _ in 0 }, scales: weights.map { _ in 1 }, weights: weights, intercept: 0,
                            regularization: 0, target: .rank, nodes: 0, candidates: 0)
    }()

    @Test("each policy decides every branching, GLPK carries its decisions out, and the optimum is GLPK's", arguments: 0..<policies.count, 0..<models.count)
    func sameOptimum(policyIndex: Int, modelIndex: Int) throws {
        let (name, makePolicy) = Self.policies[policyIndex]
        let model = Self.models[modelIndex]
        let reference = try GLPKSolver().solve(model, options: SolverOptions(presolve: false))
        // GLPK's defaults (no cuts) leave every model branching; depth-first search lets the audit find children.
        let solver = GLPKSolver(parameters: GLPKParameters(backtracking: .depthFirst))
        let audit = BranchingAudit(makePolicy())
        let solution = try solver.solve(model, hooks: SolverHooks(branchingPolicy: audit))
        #expect(solution.termination.reason == .optimal, "\(name) on \(model.name)")
        #expect(abs((solution.objectiveValue ?? .nan) - reference.objectiveValue!) < 1e-6, "\(name) on \(model.name)")
        #expect(audit.decisions > 0, "\(name) never chose a variable on \(model.name)")
        #expect(audit.checkedChildren > 0, "no child of \(name)'s decisions was checked on \(model.name)")
        #expect(audit.violations.isEmpty, "\(name) on \(model.name): \(audit.violations.prefix(3))")
    }

    @Test("strong branching needs fewer nodes than most-fractional branching")
    func strongBranchingTrees() throws {
        let solver = GLPKSolver(parameters: .glpkDefaults)
        let model = TestModels.knapsack(items: 30, dimensions: 3, seed: 4)
        let strong = try solver.solve(model, hooks: SolverHooks(branchingPolicy: StrongBranching()))
        let fractional = try solver.solve(model, hooks: SolverHooks(branchingPolicy: MostFractionalBranching()))
        #expect(strong.statistics.nodes < fractional.statistics.nodes)
    }

    @Test("strong branching without a node LP is a clear error")
    func strongBranchingNeedsRelaxation() throws {
        let model = TestModels.textbook()
        let node = BranchingNode(depth: 0, lpObjective: 21, incumbent: nil, nodes: 1,
                                 candidates: [Fake.candidate(model.variables[1], value: 1.5)], sense: .maximize)
        #expect(throws: BranchingPolicyError.relaxationUnavailable(policy: "strong branching")) {
            try StrongBranching().branch(at: node)
        }
    }

    @Test("most-fractional branching picks the value nearest ½ and rounds toward the nearer integer first")
    func mostFractional() throws {
        let model = TestModels.knapsack()
        let candidates = [0.2, 0.45, 0.7].enumerated().map { Fake.candidate(model.variables[$0], value: $1) }
        let node = BranchingNode(depth: 0, lpObjective: 0, incumbent: nil, nodes: 1, candidates: candidates, sense: .minimize)
        let decision = try #require(try MostFractionalBranching().branch(at: node))
        #expect(decision == BranchingDecision(variable: model.variables[1], direction: .down))
    }

    @Test("pseudocost branching scores by observed gains, initialising the unobserved with averages")
    func pseudocostScores() throws {
        let model = TestModels.knapsack()
        let (a, b, c) = (model.variables[0], model.variables[1], model.variables[2])
        var pseudocosts = Pseudocosts()
        pseudocosts.record(1, for: a, .down)
        pseudocosts.record(1, for: a, .up)
        pseudocosts.record(10, for: b, .down)
        pseudocosts.record(0.1, for: b, .up)
        // c is unobserved: its estimates are the averages, 5.5 down and 0.55 up.
        let candidates = [a, b, c].map { Fake.candidate($0, value: 0.5) }
        let node = BranchingNode(depth: 3, lpObjective: 0, incumbent: nil, nodes: 5, candidates: candidates,
                                 sense: .minimize, pseudocosts: pseudocosts)
        // Scores: a 0.5·0.5 = 0.25, b 5·0.05 = 0.25, c 2.75·0.275 ≈ 0.756.
        let decision = try #require(try PseudocostBranching().branch(at: node))
        #expect(decision == BranchingDecision(variable: c, direction: .up))
    }

    @Test("reliability branching tries unreliable candidates only, until their pseudocosts are reliable")
    func reliabilitySwitching() throws {
        let model = TestModels.knapsack()
        let (reliable, unreliable) = (model.variables[0], model.variables[1])
        var pseudocosts = Pseudocosts()
        for _ in 0..<2 {
            pseudocosts.record(4, for: reliable, .down)
            pseudocosts.record(4, for: reliable, .up)
        }
        let relaxation = Fake.Relaxation(objectives: [unreliable: (down: 1, up: 2)])
        let node = BranchingNode(depth: 2, lpObjective: 0, incumbent: nil, nodes: 3,
                                 candidates: [Fake.candidate(reliable, value: 0.5), Fake.candidate(unreliable, value: 0.5)],
                                 sense: .minimize, pseudocosts: pseudocosts, relaxation: relaxation)
        let policy = ReliabilityBranching(reliabilityThreshold: 2, iterationLimit: 10, lookahead: 8)
        try policy.prepare(for: model)
        // Trial score of the unreliable one: 1·2 = 2 < the reliable one's pseudocost score 2·2 = 4.
        #expect(try policy.branch(at: node)?.variable == reliable)
        #expect(relaxation.trials == [unreliable: 2])
        _ = try policy.branch(at: node)
        #expect(relaxation.trials == [unreliable: 4])
        // Two trials per direction make it reliable: no more trials.
        _ = try policy.branch(at: node)
        #expect(relaxation.trials == [unreliable: 4])
        // A new solve forgets the trials.
        try policy.prepare(for: model)
        _ = try policy.branch(at: node)
        #expect(relaxation.trials == [unreliable: 6])
    }

    @Test("pseudocosts record, average and count")
    func pseudocostArithmetic() {
        let model = TestModels.knapsack()
        let (a, b) = (model.variables[0], model.variables[1])
        var pseudocosts = Pseudocosts()
        #expect(pseudocosts.mean(for: a, .down) == nil && pseudocosts.average(.down) == nil)
        pseudocosts.record(2, for: a, .down)
        pseudocosts.record(4, for: a, .down)
        pseudocosts.record(-3, for: b, .down)
        pseudocosts.record(.infinity, for: b, .up)
        #expect(pseudocosts.mean(for: a, .down) == 3)
        #expect(pseudocosts.count(for: a, .down) == 2)
        #expect(pseudocosts.mean(for: b, .down) == 0)
        #expect(pseudocosts.count(for: b, .up) == 0)
        #expect(pseudocosts.average(.down) == 2)
        #expect(pseudocosts.overall.count(.down) == 3 && pseudocosts.overall.sum(.down) == 6)
    }
}

/// Nodes and relaxations made by hand, for testing policies without a solver.
enum Fake {
    static func candidate(_ variable: Variable, value: Double) -> BranchingCandidate {
        BranchingCandidate(variable: variable, value: value, lowerBound: 0, upperBound: 1, reducedCost: 0, objectiveCoefficient: 1)
    }

    /// A relaxation whose children have fixed objectives, counting the trials per variable.
    final class Relaxation: NodeRelaxation {
        let objectives: [Variable: (down: Double, up: Double)]
        var trials: [Variable: Int] = [:]

        init(objectives: [Variable: (down: Double, up: Double)]) {
            self.objectives = objectives
        }

        var rowCount: Int { 0 }
        func column(_ variable: Variable) -> RelaxationColumn {
            RelaxationColumn(value: 0.5, lowerBound: 0, upperBound: 1, reducedCost: 0, objectiveCoefficient: 1, status: .basic)
        }
        func row(_ index: Int) -> RelaxationRow { fatalError("no rows") }
        func tableauRow(of variable: Variable) -> [TableauEntry]? { nil }
        func solveChild(branchingOn variable: Variable, _ direction: BranchDirection, iterationLimit: Int) throws -> ChildRelaxation {
            trials[variable, default: 0] += 1
            let objective = objectives[variable].map { direction == .down ? $0.down : $0.up } ?? 0
            return ChildRelaxation(outcome: .optimal, objective: objective, iterations: 1)
        }
    }
}
