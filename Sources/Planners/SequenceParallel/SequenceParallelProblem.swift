import Foundation
import MILP

/// One training step's batch for sequence-parallel planning (FlexSP): the sequence lengths, the
/// cluster, the group sizes (SP degrees) allowed and the cost model.
///
/// The question: run the batch in as few micro-batches as memory allows, and in each split the
/// GPUs into SP groups of (possibly different) sizes and give every sequence to one group, so
/// that the step (the micro-batches one after another, each as long as its slowest group)
/// finishes soonest. Every initializer validates and throws a ``InputError`` naming the
/// field at fault; a sequence too long for the largest group is named by its index, with why.
/// ``SequenceParallelSetup`` makes problems from a ``TransformerModel`` and a ``TrainingCluster``;
/// so does reading one from JSON (``PlanningProblem/decode(from:)``).
public struct SequenceParallelProblem: Sendable, Equatable {
    /// The sequence lengths in tokens, in batch order; plans refer to sequences by index here.
    public private(set) var sequences: [Int]
    /// The number of GPUs.
    public private(set) var gpus: Int
    /// GPUs per node; `gpus` is a whole number of nodes.
    public private(set) var gpusPerNode: Int
    /// The allowed group sizes (SP degrees), ascending; each divides the next and the node size
    /// divides the larger ones, so that any mix of groups fits the nodes.
    public private(set) var degrees: [Int]
    /// Bytes of memory per GPU.
    public private(set) var memoryPerGPU: Double
    /// The cost model.
    public private(set) var costModel: SequenceCostModel
    /// The model, cluster and measurements the cost model was derived from, when it was.
    public private(set) var setup: SequenceParallelSetup?

    /// The longest sequence accepted, in tokens (2³⁰).
    public static let maximumLength = 1 << 30
    /// The most sequences a batch may hold.
    public static let maximumSequences = 1_000_000

    /// Seconds per sequence, by position in ``degrees``: the planner's inner loops read these.
    private(set) var secondsTable: [[Double]]
    /// The token capacity of a group of each of ``degrees``.
    private(set) var capacities: [Int]
    /// The sequence indices, longest first, ties by index.
    private(set) var longestFirst: [Int]

    /// A validated problem. `degrees` defaults to the sizes the cost model allows among the
    /// powers of two that divide the node size and the node size times powers of two, up to `gpus`.
    public init(
        sequences: [Int],
        gpus: Int,
        gpusPerNode: Int,
        degrees: [Int]? = nil,
        memoryPerGPU: Double,
        costModel: SequenceCostModel
    ) throws(InputError) {
        try self.init(sequences: sequences, gpus: gpus, gpusPerNode: gpusPerNode, degrees: degrees, memoryPerGPU: memoryPerGPU,
                      costModel: costModel, setup: nil)
    }

    /// A validated problem whose cost model comes from `setup`, when given.
    init(sequences: [Int], gpus: Int, gpusPerNode: Int, degrees: [Int]?, memoryPerGPU: Double, costModel: SequenceCostModel,
         setup: SequenceParallelSetup?) throws(InputError) {
        self.setup = setup
        self.sequences = sequences
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode
        self.degrees = (degrees ?? Self.candidateDegrees(gpus: gpus, gpusPerNode: gpusPerNode).filter(costModel.allows)).sorted()
        self.memoryPerGPU = memoryPerGPU
        self.costModel = costModel
        secondsTable = []
        capacities = []
        longestFirst = Self.longestFirst(sequences)
        try validateCluster(givenDegrees: degrees)
        try validateCostModel()
        capacities = self.degrees.map { costModel.tokenCapacity(degree: $0, memoryPerGPU: memoryPerGPU) }
        try validateSequences()
        secondsTable = self.degrees.map { degree in sequences.map { costModel.seconds(length: $0, degree: degree) } }
        try validateTimes()
    }

    /// The model the cost model was derived from, when it was: verification re-checks each
    /// group's strategy against its heads.
    public var model: TransformerModel? { setup?.model }

    /// The number of nodes.
    public var nodes: Int { gpus / gpusPerNode }

    /// The total number of tokens in the batch.
    public var tokens: Int { sequences.reduce(0, +) }

    /// The modeled time sequence `index` takes on a group of `degree` GPUs.
    public func time(ofSequence index: Int, degree: Int) -> Duration {
        .seconds(seconds(ofSequence: index, degree: degree))
    }

    /// The modeled seconds sequence `index` takes on a group of `degree` GPUs.
    func seconds(ofSequence index: Int, degree: Int) -> Double {
        if let position = degrees.firstIndex(of: degree) { return secondsTable[position][index] }
        return costModel.seconds(length: sequences[index], degree: degree)
    }

    /// The most tokens a group of `degree` GPUs holds in memory.
    public func tokenCapacity(degree: Int) -> Int {
        costModel.tokenCapacity(degree: degree, memoryPerGPU: memoryPerGPU)
    }

    /// The smallest allowed degree whose group can hold a sequence of `length` tokens.
    public func smallestDegree(fitting length: Int) -> Int? {
        degrees.indices.first { capacities[$0] >= length }.map { degrees[$0] }
    }

    /// The same cluster and cost model with only the sequences `members` (in that order): one
    /// micro-batch. Plans of it refer to positions in `members`.
    public func restricted(to members: [Int]) -> SequenceParallelProblem {
        var problem = self
        problem.sequences = members.map { sequences[$0] }
        problem.secondsTable = secondsTable.map { row in members.map { row[$0] } }
        problem.longestFirst = Self.longestFirst(problem.sequences)
        return problem
    }

    /// The indices of `sequences`, longest first, ties by index.
    private static func longestFirst(_ sequences: [Int]) -> [Int] {
        sequences.indices.sorted { (sequences[$0], $1) > (sequences[$1], $0) }
    }

    // MARK: Validation

    func validateCluster(givenDegrees: [Int]?) throws(InputError) {
        guard (1...TrainingCluster.maximumGPUs).contains(gpus) else {
            throw InputError(field: "gpus", "must be between 1 and \(TrainingCluster.maximumGPUs), got \(gpus)")
        }
        guard gpusPerNode > 0 else { throw InputError(field: "gpusPerNode", "must be positive, got \(gpusPerNode)") }
        guard gpus % gpusPerNode == 0 else {
            throw InputError(field: "gpus", "must be a whole number of nodes of \(gpusPerNode) GPUs, got \(gpus)")
        }
        guard memoryPerGPU.isFinite, memoryPerGPU > 0 else {
            throw InputError(field: "memoryPerGPU", "must be a positive number of bytes, got \(memoryPerGPU)")
        }
        let original = givenDegrees ?? degrees
        guard !original.isEmpty else { throw InputError(field: "degrees", "must list at least one SP degree") }
        for (index, degree) in original.enumerated() {
            let field = "degrees[\(index)]"
            guard degree > 0 else { throw InputError(field: field, "must be positive, got \(degree)") }
            guard degree <= gpus else { throw InputError(field: field, "\(degree) exceeds the \(gpus) GPUs") }
            guard original.firstIndex(of: degree) == index else { throw InputError(field: field, "\(degree) is listed twice") }
            let fitsNodes = degree <= gpusPerNode ? gpusPerNode % degree == 0 : degree % gpusPerNode == 0
            guard fitsNodes else {
                throw InputError(field: field, "\(degree) must divide the node size \(gpusPerNode) or be a multiple of it")
            }
            guard costModel.allows(degree: degree) else { throw InputError(field: field, cannotRun(degree)) }
        }
        for (smaller, larger) in zip(degrees, degrees.dropFirst()) where larger % smaller != 0 {
            let index = original.firstIndex(of: larger) ?? 0
            throw InputError(field: "degrees[\(index)]", "\(larger) is not a multiple of the smaller degree \(smaller); each degree must divide the next (as powers of two do) so that any mix of groups packs onto the nodes")
        }
    }

    /// Why groups of `degree` GPUs cannot run.
    private func cannotRun(_ degree: Int) -> String {
        guard let model else { return "\(degree) has no communication cost in the cost model, so groups of that size cannot run" }
        let heads = "Ulysses needs the degree to divide the \(model.attentionHeads) attention heads and \(model.keyValueHeads) key/value heads"
        let offered = model.strategies.map(\.rawValue).joined(separator: ", ")
        return "groups of \(degree) GPUs cannot run: \(heads), and the model's strategies (\(offered)) offer nothing else at this size"
    }

    func validateCostModel() throws(InputError) {
        let coefficients = [("attentionTime", costModel.attentionTime), ("linearTime", costModel.linearTime),
                            ("activationMemory", costModel.activationMemory), ("staticMemory", costModel.staticMemory)]
            + costModel.communication.sorted { $0.key < $1.key }.flatMap { degree, communication in
                [("communication[\(degree)].secondsPerToken", communication.secondsPerToken),
                 ("communication[\(degree)].latency", communication.latency.inSeconds)]
            }
        for (name, value) in coefficients where !(value.isFinite && value >= 0) {
            throw InputError(field: "costModel.\(name)", "must be a finite number ≥ 0, got \(value)")
        }
        guard costModel.activationMemory > 0 else {
            throw InputError(field: "costModel.activationMemory", "must be positive, got \(costModel.activationMemory)")
        }
        guard costModel.staticMemory < memoryPerGPU else {
            throw InputError(field: "memoryPerGPU", "\(Self.gigabytes(memoryPerGPU)) per GPU leave nothing for activations after \(Self.gigabytes(costModel.staticMemory)) of weights, gradients, optimizer state and reserved memory")
        }
    }

    /// Refuses a cost model under which the batch could take longer than a report may state
    /// (``MILP/Duration/secondsInDocuments``): no plan is slower than every sequence run one
    /// after another, each on its slowest allowed degree, so every modeled time stays finite.
    func validateTimes() throws(InputError) {
        let slowest = sequences.indices.reduce(0.0) { total, index in total + (secondsTable.map { $0[index] }.max() ?? 0) }
        guard slowest.isFinite, slowest <= Duration.secondsInDocuments.upper else {
            throw InputError(field: "sequences", "take up to \(slowest) s by the cost model, beyond the \(Duration.secondsInDocuments.upper) s a plan may state; check the cluster's TFLOP/s and bandwidths, or the measurements")
        }
    }

    func validateSequences() throws(InputError) {
        guard !sequences.isEmpty else { throw InputError(field: "sequences", "holds no sequences") }
        guard sequences.count <= Self.maximumSequences else {
            throw InputError(field: "sequences", "holds \(sequences.count) sequences; at most \(Self.maximumSequences) are accepted")
        }
        let largest = degrees[degrees.count - 1]
        let capacity = capacities[capacities.count - 1]
        for (index, length) in sequences.enumerated() {
            guard (1...Self.maximumLength).contains(length) else {
                throw InputError(field: "sequences[\(index)]", "must be between 1 and \(Self.maximumLength) tokens, got \(length)")
            }
            guard length <= capacity else {
                let free = memoryPerGPU - costModel.staticMemory
                var reason = "\(length) tokens need \(Self.gigabytes(Double(length) * costModel.activationMemory)) of activations (\(String(format: "%.2f", costModel.activationMemory / 1e6)) MB per token); the largest group, \(largest) GPUs (\(costModel.parallelism(degree: largest))), holds at most \(capacity) tokens in the \(Self.gigabytes(free)) per GPU left after weights, optimizer state and reserved memory"
                if largest < gpus { reason += "; larger groups: \(costModel.allows(degree: gpus) ? "not in the allowed degrees" : cannotRun(gpus))" }
                throw InputError(field: "sequences[\(index)]", reason)
            }
        }
    }

    /// `bytes` in TB, GB or MB, whichever reads best.
    static func gigabytes(_ bytes: Double) -> String {
        switch bytes {
        case 1e12...: String(format: "%.2f TB", bytes / 1e12)
        case 1e9...: String(format: "%.1f GB", bytes / 1e9)
        default: String(format: "%.1f MB", bytes / 1e6)
        }
    }

    /// 1, 2, 4, … while they divide the node size, then the node size, twice it, … up to `gpus`.
    static func candidateDegrees(gpus: Int, gpusPerNode: Int) -> [Int] {
        guard gpus > 0, gpusPerNode > 0, gpus <= TrainingCluster.maximumGPUs else { return [1] }
        let withinNode = sequence(first: 1) { $0 * 2 }.prefix { $0 < gpusPerNode }.filter { gpusPerNode % $0 == 0 }
        let acrossNodes = sequence(first: gpusPerNode) { $0 * 2 }.prefix { $0 <= gpus }
        return Array(withinNode) + Array(acrossNodes)
    }
}
