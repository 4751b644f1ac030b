import MILP

/// What stays fixed from one training step to the next: the model, the cluster, the allowed
/// degrees and, optionally, measured steps that refine the time coefficients. The cost model is
/// derived once; ``problem(sequences:)`` then makes each step's problem cheaply (what
/// `milp plan sp --serve` keeps loaded).
public struct SequenceParallelSetup: Sendable, Equatable {
    /// The model being trained.
    public private(set) var model: TransformerModel
    /// The cluster.
    public private(set) var cluster: TrainingCluster
    /// The allowed degrees, ascending.
    public private(set) var degrees: [Int]
    /// The measured steps the time coefficients were fitted to; empty when they were derived.
    public private(set) var measurements: [SequenceCostMeasurement]
    /// The cost model derived from the model and cluster (and fitted to the measurements).
    public private(set) var costModel: SequenceCostModel

    /// A checked setup. `degrees` defaults to every size the model can run among the powers of
    /// two that divide the node size and the node size times powers of two, up to the GPU count;
    /// a listed degree the model cannot run is refused with the reason. Errors name the field
    /// as the problem's JSON does (`model.layers`, `cluster.gpus`, `degrees[2]`).
    public init(model: TransformerModel, cluster: TrainingCluster, degrees: [Int]? = nil,
                measurements: [SequenceCostMeasurement] = []) throws(InputError) {
        do { try model.validate() } catch { throw error.inside("model") }
        do { try cluster.validate() } catch { throw error.inside("cluster") }
        for (index, degree) in (degrees ?? []).enumerated() {
            try InputRange(1...cluster.gpus).check(degree, field: "degrees[\(index)]", unit: "GPUs")
        }
        let candidates = degrees ?? SequenceParallelProblem.candidateDegrees(gpus: cluster.gpus, gpusPerNode: cluster.gpusPerNode)
        self.model = model
        self.cluster = cluster
        self.measurements = measurements
        costModel = try SequenceCostModel(model: model, cluster: cluster, degrees: candidates).fitted(to: measurements)
        guard costModel.staticMemory < cluster.memoryPerGPU else {
            throw InputError(field: "cluster.gpuMemoryGiB", "\(cluster.gpuMemoryGiB) GiB per GPU leave nothing for activations after \(SequenceParallelProblem.gigabytes(costModel.staticMemory)) of weights, gradients and optimizer state (16 bytes per parameter over \(cluster.gpus) GPUs) and reserved memory")
        }
        self.degrees = candidates
        // The problem's checks of the degrees, on a one-token batch.
        self.degrees = try problem(sequences: [1], degrees: degrees).degrees
    }

    /// The problem of one batch of sequence lengths.
    public func problem(sequences: [Int]) throws(InputError) -> SequenceParallelProblem {
        try problem(sequences: sequences, degrees: degrees)
    }

    private func problem(sequences: [Int], degrees: [Int]?) throws(InputError) -> SequenceParallelProblem {
        try SequenceParallelProblem(sequences: sequences, gpus: cluster.gpus, gpusPerNode: cluster.gpusPerNode, degrees: degrees,
                                    memoryPerGPU: cluster.memoryPerGPU, costModel: costModel, setup: self)
    }
}
