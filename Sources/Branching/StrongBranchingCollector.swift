import MILP

/// Collects imitation data: at sampled nodes, records every candidate's features and
/// strong-branching result and branches on the expert's choice, the best product score; at the
/// other nodes a companion policy branches.
///
/// The root is always sampled, every other node with ``samplingProbability`` (drawn from a
/// ``MILP/SeededGenerator``, so a collection is repeatable), until ``nodesPerInstance`` samples.
///
/// ```swift
/// let collector = StrongBranchingCollector(instance: "setcover-1", nodesPerInstance: 50)
/// let samples = try collector.collect(from: model, using: GLPKSolver(), options: SolverOptions(timeLimit: .seconds(60)))
/// ```
public final class StrongBranchingCollector: BranchingPolicy {
    /// The instance's name, recorded in each sample.
    public let instance: String
    /// Stop after this many samples; `nil` for no limit.
    public let nodesPerInstance: Int?
    /// The probability that a node other than the root is sampled.
    public let samplingProbability: Double
    /// The dual simplex iterations allowed per child in a trial.
    public let iterationLimit: Int
    private let companion: any BranchingPolicy
    private let seed: UInt64
    private var generator: SeededGenerator
    private var extractor: BranchingFeatureExtractor?
    /// The samples of the current (or last) solve.
    public private(set) var samples: [BranchingSample] = []

    /// A collector for `instance`; `companion` branches at the nodes not sampled.
    public init(
        instance: String,
        nodesPerInstance: Int? = nil,
        samplingProbability: Double = 0.5,
        iterationLimit: Int = 200,
        seed: UInt64 = 0,
        companion: any BranchingPolicy = ReliabilityBranching()
    ) {
        self.instance = instance
        self.nodesPerInstance = nodesPerInstance
        self.samplingProbability = samplingProbability
        self.iterationLimit = iterationLimit
        self.seed = seed
        self.companion = companion
        generator = SeededGenerator(seed: seed)
    }

    /// Whether the collector has all the samples it wants.
    public var isComplete: Bool {
        nodesPerInstance.map { samples.count >= $0 } ?? false
    }

    /// Starts a new collection for `model`.
    public func prepare(for model: Model) throws {
        extractor = BranchingFeatureExtractor(model: model)
        samples = []
        generator = SeededGenerator(seed: seed)
        try companion.prepare(for: model)
    }

    /// Samples the node (or lets the companion branch).
    public func branch(at node: BranchingNode) throws -> BranchingDecision? {
        guard let extractor, !isComplete, node.depth == 0 || generator.nextUnit() < samplingProbability else {
            return try companion.branch(at: node)
        }
        let features = extractor.features(at: node)
        let results = try node.candidates.map { try StrongBranchingResult($0, at: node, iterationLimit: iterationLimit) }
        guard let chosen = results.indices.max(by: { results[$0].score < results[$1].score }) else {
            return nil
        }
        samples.append(BranchingSample(
            instance: instance,
            depth: node.depth,
            candidates: zip(results, features).map { result, features in
                BranchingSample.Candidate(variable: result.candidate.variable.index, features: features.features,
                                          downGain: result.downGain, upGain: result.upGain)
            },
            chosen: chosen))
        return BranchingDecision(variable: results[chosen].candidate.variable, direction: results[chosen].preferredDirection)
    }

    /// Solves `model` with `solver`, collecting samples, and stops the solve once it has
    /// ``nodesPerInstance`` of them. Returns the samples.
    public func collect(from model: Model, using solver: any Solver, options: SolverOptions) throws -> [BranchingSample] {
        let callback = Callback(events: [.progress], progressInterval: .zero) { [unowned self] _ in
            isComplete ? .stop : .proceed
        }
        _ = try solver.solve(model, options: options, hooks: SolverHooks(callback: callback, branchingPolicy: self))
        return samples
    }
}
