import MILP

/// Compares branching policies: solves every instance with every contender under the same options
/// and summarises nodes, time and solved counts per distribution.
public struct BranchingEvaluation {
    /// An instance to solve.
    public struct Instance: Sendable {
        /// A name for reports.
        public var name: String
        /// The distribution it belongs to, the grouping of the summary.
        public var distribution: String
        /// The model.
        public var model: Model

        /// An instance from its parts.
        public init(name: String, distribution: String, model: Model) {
            self.name = name
            self.distribution = distribution
            self.model = model
        }
    }

    /// A policy under comparison, with the solver it runs in; for a fair comparison the solvers
    /// differ at most in their own branching rule.
    public struct Contender {
        /// A name for reports.
        public var name: String
        /// The solver.
        public var solver: any Solver
        /// A fresh policy for one solve; `nil` leaves branching to the solver's own rule.
        public var makePolicy: () throws -> (any BranchingPolicy)?

        /// A contender from its parts.
        public init(name: String, solver: any Solver, makePolicy: @escaping () throws -> (any BranchingPolicy)?) {
            self.name = name
            self.solver = solver
            self.makePolicy = makePolicy
        }
    }

    /// One solve.
    public struct Run: Codable, Sendable, Equatable {
        /// The instance's name.
        public var instance: String
        /// The instance's distribution.
        public var distribution: String
        /// The contender's name.
        public var policy: String
        /// The solve's outcome: termination, objective, bound, nodes and wall time.
        public var solution: Solution
        /// The time spent inside the policy's calls (`policySeconds` in JSON).
        @CodedAsSeconds public var policyTime: Duration
        /// Calls of the policy.
        public var policyCalls: Int

        private enum CodingKeys: String, CodingKey {
            case instance, distribution, policy, solution, policyCalls
            case policyTime = "policySeconds"
        }

        /// Whether the solve proved optimality.
        public var isSolved: Bool { solution.termination.reason == .optimal }
        /// Branch-and-bound nodes.
        public var nodes: Int { solution.statistics.nodes }
        /// Wall-clock time, model loading included.
        public var time: Duration { solution.statistics.wallTime }
    }

    /// The options of every solve.
    public var options: SolverOptions

    /// An evaluation whose solves all use `options`.
    public init(options: SolverOptions) {
        self.options = options
    }

    /// Solves each instance with each contender in turn, telling `report` about each run.
    public func run(_ instances: [Instance], contenders: [Contender], report: (Run) -> Void = { _ in }) throws -> [Run] {
        var runs: [Run] = []
        for instance in instances {
            for contender in contenders {
                let timed = try contender.makePolicy().map(TimedBranchingPolicy.init)
                let solution = try contender.solver.solve(instance.model, options: options, hooks: SolverHooks(branchingPolicy: timed))
                let run = Run(instance: instance.name, distribution: instance.distribution, policy: contender.name,
                              solution: solution, policyTime: timed?.elapsed ?? .zero, policyCalls: timed?.calls ?? 0)
                report(run)
                runs.append(run)
            }
        }
        return runs
    }
}

/// The summary of one contender on one distribution.
public struct EvaluationSummary: Codable, Sendable, Equatable {
    /// The distribution (or `all`).
    public var distribution: String
    /// The contender.
    public var policy: String
    /// Instances run.
    public var instances: Int
    /// Instances solved to optimality.
    public var solved: Int
    /// Shifted geometric mean of nodes, shift 10 (unsolved runs count with the nodes they reached).
    public var nodes: Double
    /// Shifted geometric mean of wall-clock time, shift 1 s (unsolved runs count with the limit
    /// they reached); `seconds` in JSON.
    @CodedAsSeconds public var time: Duration
    /// Mean time per policy call (zero for the solver's own rule); `policySecondsPerCall` in JSON.
    @CodedAsSeconds public var policyTimePerCall: Duration

    private enum CodingKeys: String, CodingKey {
        case distribution, policy, instances, solved, nodes
        case time = "seconds", policyTimePerCall = "policySecondsPerCall"
    }

    /// One summary per distribution and contender, in order of first appearance, followed by the
    /// summaries over all distributions.
    public static func summaries(of runs: [Run]) -> [EvaluationSummary] {
        var distributions: [String] = [], policies: [String] = []
        for run in runs {
            if !distributions.contains(run.distribution) { distributions.append(run.distribution) }
            if !policies.contains(run.policy) { policies.append(run.policy) }
        }
        let groups = distributions.map { distribution in (distribution, runs.filter { $0.distribution == distribution }) }
            + (distributions.count > 1 ? [("all", runs)] : [])
        return groups.flatMap { distribution, runs in
            policies.compactMap { policy -> EvaluationSummary? in
                let mine = runs.filter { $0.policy == policy }
                guard !mine.isEmpty else { return nil }
                let calls = mine.reduce(0) { $0 + $1.policyCalls }
                let policyTime = mine.reduce(Duration.zero) { $0 + $1.policyTime }
                return EvaluationSummary(
                    distribution: distribution,
                    policy: policy,
                    instances: mine.count,
                    solved: mine.filter(\.isSolved).count,
                    nodes: shiftedGeometricMean(mine.map { Double($0.nodes) }, shift: 10) ?? 0,
                    time: shiftedGeometricMean(mine.map(\.time), shift: .seconds(1)) ?? .zero,
                    policyTimePerCall: calls > 0 ? policyTime / calls : .zero)
            }
        }
    }

    /// A run of the evaluation (``BranchingEvaluation/Run``).
    public typealias Run = BranchingEvaluation.Run
}
