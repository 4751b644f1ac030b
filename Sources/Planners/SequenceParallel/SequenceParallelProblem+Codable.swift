import MILP

extension SequenceParallelProblem: PlanningProblem {
    /// A plan of the problem.
    public typealias Plan = SequenceParallelPlan
    /// Why a plan fails verification.
    public typealias VerificationError = SequenceParallelVerificationError

    private enum CodingKeys: String, CodingKey {
        case sequences, histogram, model, cluster, degrees, measurements
    }

    /// Decodes a problem: the batch as `sequences` (lengths) or `histogram` (`[{"length",
    /// "count"}]`, expanded in order), the `model` and the `cluster`, and optionally `degrees`
    /// and `measurements`; then checks it as ``SequenceParallelSetup`` and the initializer do.
    /// Read it with ``PlanningProblem/decode(from:)``, which refuses unknown fields.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let sequences: [Int]
        switch (container.contains(.sequences), container.contains(.histogram)) {
        case (true, false): sequences = try container.decode([Int].self, forKey: .sequences)
        case (false, true): sequences = try SequenceLengthCount.expand(container.decode([SequenceLengthCount].self, forKey: .histogram))
        case (true, true): throw InputError(field: "histogram", "give either sequences or histogram, not both")
        case (false, false): throw InputError(field: "sequences", "is missing (give sequence lengths, or a histogram)")
        }
        let setup = try SequenceParallelSetup(
            model: container.decode(TransformerModel.self, forKey: .model),
            cluster: container.decode(TrainingCluster.self, forKey: .cluster),
            degrees: container.decodeIfPresent([Int].self, forKey: .degrees),
            measurements: container.decodeIfPresent([SequenceCostMeasurement].self, forKey: .measurements) ?? [])
        self = try setup.problem(sequences: sequences)
    }

    /// Encodes the problem as it is read: the batch as `sequences`, the model, the cluster, the
    /// degrees and any measurements. A problem made from a bare ``SequenceCostModel`` has no
    /// such form and throws.
    public func encode(to encoder: any Encoder) throws {
        guard let setup else {
            throw EncodingError.invalidValue(self, .init(codingPath: encoder.codingPath,
                                                         debugDescription: "a problem made from a bare cost model has no JSON form; make it from a SequenceParallelSetup"))
        }
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(sequences, forKey: .sequences)
        try container.encode(setup.model, forKey: .model)
        try container.encode(setup.cluster, forKey: .cluster)
        try container.encode(degrees, forKey: .degrees)
        if !setup.measurements.isEmpty { try container.encode(setup.measurements, forKey: .measurements) }
    }

    /// Checks the problem as its initializers do and throws the first mistake, naming the field:
    /// the model and cluster, the degrees, the cost model and memory, and every sequence.
    public func validate() throws(InputError) {
        if let setup {
            do { try setup.model.validate() } catch { throw error.inside("model") }
            do { try setup.cluster.validate() } catch { throw error.inside("cluster") }
        }
        try validateCluster(givenDegrees: degrees)
        try validateCostModel()
        try validateSequences()
        try validateTimes()
    }
}
