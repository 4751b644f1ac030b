import MILP

/// The physical costs behind expert parallelism's communication: what one token's activation
/// weighs, how long moving it takes within a node and across nodes, and how long an expert takes
/// to compute it.
///
/// A token's activation is `hiddenSize` numbers of `dtype`, so it weighs
/// `bytesPerToken = hiddenSize × bytes(dtype)`. Moving it between two GPUs of one node takes
/// `bytesPerToken / intraNodeBandwidth` (NVLink), between nodes `bytesPerToken /
/// interNodeBandwidth` (the NIC); bandwidths are per GPU, in bytes per second. Dividing by the
/// expert's compute time per token expresses both in the unit the balance term uses: tokens
/// computed by one expert.
///
/// In JSON: `{"hiddenSize": 4096, "dtype": "bf16", "intraNodeBandwidth": 450e9,
/// "interNodeBandwidth": 50e9, "expertTimePerToken": 1.2e-7}` (bytes per second, seconds).
public struct ExpertParallelCosts: Sendable, Equatable, Codable {
    /// The number type of activations on the wire.
    public enum DataType: String, Sendable, Codable, CaseIterable {
        /// 32-bit floats.
        case fp32
        /// bfloat16.
        case bf16
        /// IEEE half precision.
        case fp16
        /// 8-bit floats (E4M3 or E5M2).
        case fp8

        /// Bytes per number.
        public var bytes: Int {
            switch self {
            case .fp32: 4
            case .bf16, .fp16: 2
            case .fp8: 1
            }
        }
    }

    /// The model's hidden size: numbers per token activation.
    public var hiddenSize: Int
    /// The number type of activations on the wire.
    public var dtype: DataType
    /// Bytes per second one GPU moves to another GPU of its node.
    public var intraNodeBandwidth: Double
    /// Bytes per second one GPU moves to a GPU of another node.
    public var interNodeBandwidth: Double
    /// The time one expert takes to compute one token (seconds in JSON).
    @CodedAsSeconds public var expertTimePerToken: Duration

    /// The largest hidden size accepted.
    public static let maximumHiddenSize = 1_000_000
    /// The bandwidths accepted, in bytes per second: up to 10^15 (1 PB/s).
    public static let bandwidths = InputRange<Double>(above: 0, through: 1e15)
    /// The expert compute times per token accepted, in seconds: above 0, up to 1 s.
    public static let expertTimes = InputRange<Double>(above: 0, through: 1)

    /// Validated costs.
    public init(hiddenSize: Int, dtype: DataType, intraNodeBandwidth: Double, interNodeBandwidth: Double,
                expertTimePerToken: Duration) throws(PlannerInputError) {
        self.hiddenSize = hiddenSize
        self.dtype = dtype
        self.intraNodeBandwidth = intraNodeBandwidth
        self.interNodeBandwidth = interNodeBandwidth
        self.expertTimePerToken = expertTimePerToken
        try validate()
    }

    /// Decodes and validates costs.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try self.init(hiddenSize: try container.decode(Int.self, forKey: .hiddenSize),
                      dtype: try container.decode(DataType.self, forKey: .dtype),
                      intraNodeBandwidth: try container.decode(Double.self, forKey: .intraNodeBandwidth),
                      interNodeBandwidth: try container.decode(Double.self, forKey: .interNodeBandwidth),
                      expertTimePerToken: try container.decode(CodedAsSeconds.self, forKey: .expertTimePerToken).wrappedValue)
    }

    private enum CodingKeys: String, CodingKey {
        case hiddenSize, dtype, intraNodeBandwidth, interNodeBandwidth, expertTimePerToken
    }

    /// Checks every field against its range; a node's GPUs talk at least as fast as nodes do.
    public func validate() throws(PlannerInputError) {
        guard (1...Self.maximumHiddenSize).contains(hiddenSize) else {
            throw PlannerInputError(field: "hiddenSize", "must be from 1 to \(Self.maximumHiddenSize), got \(hiddenSize)")
        }
        _ = try Self.bandwidths.check(intraNodeBandwidth, field: "intraNodeBandwidth", unit: "bytes/s")
        _ = try Self.bandwidths.check(interNodeBandwidth, field: "interNodeBandwidth", unit: "bytes/s")
        guard interNodeBandwidth <= intraNodeBandwidth else {
            throw PlannerInputError(field: "interNodeBandwidth", "must be at most intraNodeBandwidth (\(intraNodeBandwidth) bytes/s), got \(interNodeBandwidth)")
        }
        _ = try Self.expertTimes.check(expertTimePerToken.inSeconds, field: "expertTimePerToken", unit: "s")
    }

    /// `hiddenSize × bytes(dtype)`: what one token's activation weighs.
    public var bytesPerToken: Double { Double(hiddenSize * dtype.bytes) }

    /// `bytesPerToken / intraNodeBandwidth`: one token between two GPUs of a node.
    public var intraNodeTransferTime: Duration { .seconds(bytesPerToken / intraNodeBandwidth) }

    /// `bytesPerToken / interNodeBandwidth`: one token between nodes.
    public var interNodeTransferTime: Duration { .seconds(bytesPerToken / interNodeBandwidth) }

    /// Moving a token within a node, in expert compute times per token.
    public var intraNodeCost: Double { intraNodeTransferTime / expertTimePerToken }

    /// Moving a token across nodes, in expert compute times per token.
    public var interNodeCost: Double { interNodeTransferTime / expertTimePerToken }
}
