/// One training step's batch for sequence-parallel planning (FlexSP): the sequence lengths, the
/// cluster, the SP degrees allowed and the cost model.
///
/// The question: split the GPUs into SP groups of (possibly different) sizes and give every
/// sequence to one group, so that the slowest group finishes soonest and no GPU runs out of
/// memory. Every initializer validates and throws a ``PlannerInputError`` naming the field at
/// fault; a sequence too long for every allowed degree is named by its index.
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
    /// The cost model, fitted to ``measurements`` when there are any.
    public private(set) var costModel: SequenceCostModel
    /// The measured points the time coefficients were fitted to; empty when the cost model was given.
    public private(set) var measurements: [SequenceCostMeasurement]

    /// A validated problem. `degrees` defaults to the powers of two that divide the node size
    /// followed by the node size times powers of two, up to `gpus`; when
    /// `measurements` are given, the time coefficients of `costModel` are fitted to them.
    public init(
        sequences: [Int],
        gpus: Int,
        gpusPerNode: Int,
        degrees: [Int]? = nil,
        memoryPerGPU: Double = 80e9,
        costModel: SequenceCostModel = SequenceCostModel(),
        measurements: [SequenceCostMeasurement] = []
    ) throws(PlannerInputError) {
        self.sequences = sequences
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode
        self.degrees = (degrees ?? Self.defaultDegrees(gpus: gpus, gpusPerNode: gpusPerNode)).sorted()
        self.memoryPerGPU = memoryPerGPU
        self.costModel = costModel
        self.measurements = measurements
        try validateCluster(givenDegrees: degrees)
        if !measurements.isEmpty {
            self.costModel = try costModel.fitted(to: measurements, gpusPerNode: gpusPerNode)
        }
        try validateCostModel()
        try validateSequences()
    }

    /// A validated problem whose batch is given as a length histogram: `count` sequences of each
    /// `length`, in the order given.
    public init(
        histogram: [SequenceLengthCount],
        gpus: Int,
        gpusPerNode: Int,
        degrees: [Int]? = nil,
        memoryPerGPU: Double = 80e9,
        costModel: SequenceCostModel = SequenceCostModel(),
        measurements: [SequenceCostMeasurement] = []
    ) throws(PlannerInputError) {
        var sequences: [Int] = []
        for (index, entry) in histogram.enumerated() {
            guard entry.length > 0 else { throw PlannerInputError(field: "histogram[\(index)].length", "must be a positive number of tokens, got \(entry.length)") }
            guard entry.count >= 0 else { throw PlannerInputError(field: "histogram[\(index)].count", "must not be negative, got \(entry.count)") }
            sequences += Array(repeating: entry.length, count: entry.count)
        }
        guard !sequences.isEmpty else { throw PlannerInputError(field: "histogram", "holds no sequences") }
        try self.init(sequences: sequences, gpus: gpus, gpusPerNode: gpusPerNode, degrees: degrees,
                      memoryPerGPU: memoryPerGPU, costModel: costModel, measurements: measurements)
    }

    /// The number of nodes.
    public var nodes: Int { gpus / gpusPerNode }

    /// The total number of tokens in the batch.
    public var tokens: Int { sequences.reduce(0, +) }

    /// The modeled seconds sequence `index` takes on a group of `degree` GPUs.
    public func time(ofSequence index: Int, degree: Int) -> Double {
        costModel.time(length: sequences[index], degree: degree, gpusPerNode: gpusPerNode)
    }

    /// The most tokens a group of `degree` GPUs holds in memory.
    public func tokenCapacity(degree: Int) -> Int {
        costModel.tokenCapacity(degree: degree, memoryPerGPU: memoryPerGPU)
    }

    /// The smallest allowed degree whose group can hold a sequence of `length` tokens.
    public func smallestDegree(fitting length: Int) -> Int? {
        degrees.first { tokenCapacity(degree: $0) >= length }
    }

    // MARK: Validation

    private func validateCluster(givenDegrees: [Int]?) throws(PlannerInputError) {
        guard gpus > 0 else { throw PlannerInputError(field: "gpus", "must be positive, got \(gpus)") }
        guard gpusPerNode > 0 else { throw PlannerInputError(field: "gpusPerNode", "must be positive, got \(gpusPerNode)") }
        guard gpus % gpusPerNode == 0 else {
            throw PlannerInputError(field: "gpus", "must be a whole number of nodes of \(gpusPerNode) GPUs, got \(gpus)")
        }
        guard memoryPerGPU.isFinite, memoryPerGPU > 0 else {
            throw PlannerInputError(field: "memoryPerGPU", "must be a positive number of bytes, got \(memoryPerGPU)")
        }
        let original = givenDegrees ?? degrees
        guard !original.isEmpty else { throw PlannerInputError(field: "degrees", "must list at least one SP degree") }
        for (index, degree) in original.enumerated() {
            let field = "degrees[\(index)]"
            guard degree > 0 else { throw PlannerInputError(field: field, "must be positive, got \(degree)") }
            guard degree <= gpus else { throw PlannerInputError(field: field, "\(degree) exceeds the \(gpus) GPUs") }
            guard original.firstIndex(of: degree) == index else { throw PlannerInputError(field: field, "\(degree) is listed twice") }
            let fitsNodes = degree <= gpusPerNode ? gpusPerNode % degree == 0 : degree % gpusPerNode == 0
            guard fitsNodes else {
                throw PlannerInputError(field: field, "\(degree) must divide the node size \(gpusPerNode) or be a multiple of it")
            }
        }
        for (smaller, larger) in zip(degrees, degrees.dropFirst()) where larger % smaller != 0 {
            let index = original.firstIndex(of: larger) ?? 0
            throw PlannerInputError(field: "degrees[\(index)]", "\(larger) is not a multiple of the smaller degree \(smaller); each degree must divide the next (as powers of two do) so that any mix of groups packs onto the nodes")
        }
    }

    private func validateCostModel() throws(PlannerInputError) {
        for (name, value) in costModel.namedCoefficients where !(value.isFinite && value >= 0) {
            throw PlannerInputError(field: "costModel.\(name)", "must be a finite number ≥ 0, got \(value)")
        }
        guard costModel.activationMemory > 0 else {
            throw PlannerInputError(field: "costModel.activationMemory", "must be positive, got \(costModel.activationMemory)")
        }
        guard costModel.staticMemory < memoryPerGPU else {
            throw PlannerInputError(field: "memoryPerGPU", "\(memoryPerGPU) bytes leave nothing for activations after costModel.staticMemory \(costModel.staticMemory)")
        }
    }

    private func validateSequences() throws(PlannerInputError) {
        guard !sequences.isEmpty else { throw PlannerInputError(field: "sequences", "holds no sequences") }
        let largest = degrees[degrees.count - 1]
        let capacity = tokenCapacity(degree: largest)
        for (index, length) in sequences.enumerated() {
            guard length > 0 else { throw PlannerInputError(field: "sequences[\(index)]", "must be a positive number of tokens, got \(length)") }
            guard length <= capacity else {
                throw PlannerInputError(field: "sequences[\(index)]", "\(length) tokens do not fit in memory on any allowed degree: the largest, \(largest) GPUs, holds at most \(capacity) tokens")
            }
        }
    }

    /// 1, 2, 4, … while they divide the node size, then the node size, twice it, … up to `gpus`.
    private static func defaultDegrees(gpus: Int, gpusPerNode: Int) -> [Int] {
        guard gpus > 0, gpusPerNode > 0 else { return [1] }
        let withinNode = sequence(first: 1) { $0 * 2 }.prefix { $0 < gpusPerNode }.filter { gpusPerNode % $0 == 0 }
        let acrossNodes = sequence(first: gpusPerNode) { $0 * 2 }.prefix { $0 <= gpus }
        return Array(withinNode) + Array(acrossNodes)
    }
}
