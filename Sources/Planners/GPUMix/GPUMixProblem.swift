/// Which GPUs, and how many of each type, serve a request mix at a latency SLO at least cost
/// (the Mélange formulation).
///
/// Requests are bucketed by input length (rows of ``distribution``) and output length (columns).
/// Each bucket carries a share of the total ``rate``; each GPU type has a price and, per bucket,
/// the highest request rate one GPU sustains while meeting the SLO (its profile).
///
/// ```json
/// {"rate": 30, "sliceFactor": 1, "distribution": [[0.2, 0.1], [0.5, 0.2]],
///  "types": [{"name": "A10G", "price": 1.01, "rates": [[2, 1], [5, 2]]},
///            {"name": "A100-80GB", "price": 3.67, "rates": [[20, 20], [40, 20]]}]}
/// ```
///
/// Read a file with ``decode(from:)``: a field it does not know is an error that names the
/// nearest known one, and every number is checked against the limits in ``validate()``.
public struct GPUMixProblem: PlanningProblem, Equatable {
    /// A fleet.
    public typealias Plan = GPUMixPlan

    /// One GPU type that may join the fleet.
    public struct GPUType: Codable, Sendable, Equatable {
        /// The type's name, such as `A10G`; unique within a problem.
        public var name: String
        /// The price of one GPU, in dollars per hour.
        public var price: Double
        /// Per bucket (same shape as ``GPUMixProblem/distribution``), the highest request rate in
        /// requests per second one GPU of this type sustains within the SLO; 0 where it cannot
        /// meet the SLO. `nil` when the type has not been profiled: it is then never chosen.
        public var rates: [[Double]]?
        /// The most GPUs of this type that can be had; `nil` for no limit.
        public var available: Double?
        /// How finely GPUs of this type are counted: 1 for whole GPUs, 100 for counts in
        /// hundredths of a GPU (fractional GPU units).
        public var unitsPerGPU: Int

        /// A GPU type; `rates` `nil` marks it as not profiled.
        public init(name: String, price: Double, rates: [[Double]]?, available: Double? = nil, unitsPerGPU: Int = 1) {
            self.name = name
            self.price = price
            self.rates = rates
            self.available = available
            self.unitsPerGPU = unitsPerGPU
        }

        private enum CodingKeys: String, CodingKey {
            case name, price, rates, available, unitsPerGPU
        }

        /// Decodes a type; `unitsPerGPU` defaults to 1.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            price = try container.decode(Double.self, forKey: .price)
            rates = try container.decodeIfPresent([[Double]].self, forKey: .rates)
            available = try container.decodeIfPresent(Double.self, forKey: .available)
            unitsPerGPU = try container.decodeIfPresent(Int.self, forKey: .unitsPerGPU) ?? 1
        }

        /// Whether the type has a profile with at least one bucket it can serve.
        public var isProfiled: Bool { rates?.contains { $0.contains { $0 > 0 } } ?? false }

        /// The most units of this type that may be provisioned, or `nil` for no limit.
        public var availableUnits: Int? {
            available.map { Int(($0 * Double(unitsPerGPU) + 1e-9).rounded(.down)) }
        }

        /// The rate one GPU sustains on `bucket` within the SLO; 0 when it cannot serve it or
        /// the type has no profile.
        public func rate(for bucket: GPUMixBucket) -> Double {
            rates?[bucket.input][bucket.output] ?? 0
        }
    }

    /// A free-text name of the latency target the profiles were measured against, for reports.
    public var slo: String?
    /// The total request rate λ, in requests per second.
    public var rate: Double
    /// How many equal slices each bucket is cut into; slices of one bucket may go to different
    /// GPU types. 4 is typical.
    public var sliceFactor: Int
    /// The fraction α ≤ 1 of each GPU's profiled rate that may be used, leaving headroom.
    public var headroom: Double
    /// The edges of the input-length buckets in tokens (one more than the rows of
    /// ``distribution``), for labels; `nil` to label buckets by index.
    public var inputLengthEdges: [Int]?
    /// The edges of the output-length buckets in tokens (one more than the columns), for labels.
    public var outputLengthEdges: [Int]?
    /// The share of requests in each bucket: rows by input length, columns by output length;
    /// the shares sum to 1.
    public var distribution: [[Double]]
    /// The GPU types that may join the fleet.
    public var types: [GPUType]

    /// A problem from its parts.
    public init(
        slo: String? = nil,
        rate: Double,
        sliceFactor: Int = 4,
        headroom: Double = 1,
        inputLengthEdges: [Int]? = nil,
        outputLengthEdges: [Int]? = nil,
        distribution: [[Double]],
        types: [GPUType]
    ) {
        self.slo = slo
        self.rate = rate
        self.sliceFactor = sliceFactor
        self.headroom = headroom
        self.inputLengthEdges = inputLengthEdges
        self.outputLengthEdges = outputLengthEdges
        self.distribution = distribution
        self.types = types
    }

    private enum CodingKeys: String, CodingKey {
        case slo, rate, sliceFactor, headroom, inputLengthEdges, outputLengthEdges, distribution, types
    }

    /// Decodes a problem; `sliceFactor` defaults to 4 and `headroom` to 1.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        slo = try container.decodeIfPresent(String.self, forKey: .slo)
        rate = try container.decode(Double.self, forKey: .rate)
        sliceFactor = try container.decodeIfPresent(Int.self, forKey: .sliceFactor) ?? 4
        headroom = try container.decodeIfPresent(Double.self, forKey: .headroom) ?? 1
        inputLengthEdges = try container.decodeIfPresent([Int].self, forKey: .inputLengthEdges)
        outputLengthEdges = try container.decodeIfPresent([Int].self, forKey: .outputLengthEdges)
        distribution = try container.decode([[Double]].self, forKey: .distribution)
        types = try container.decode([GPUType].self, forKey: .types)
    }

    /// Every bucket, row by row.
    public var buckets: [GPUMixBucket] {
        distribution.indices.flatMap { input in
            distribution[input].indices.map { GPUMixBucket(input: input, output: $0) }
        }
    }

    /// The buckets that carry requests (share > 0), row by row.
    public var loadedBuckets: [GPUMixBucket] { buckets.filter { share(of: $0) > 0 } }

    /// The share of requests in `bucket`.
    public func share(of bucket: GPUMixBucket) -> Double { distribution[bucket.input][bucket.output] }

    /// The request rate of `bucket`: λ·p_b.
    public func rate(of bucket: GPUMixBucket) -> Double { rate * share(of: bucket) }

    /// How many GPUs of `type` the whole of `bucket` keeps busy: λ·p_b / μ_{b,t}; infinite when
    /// the type cannot serve the bucket.
    public func load(of bucket: GPUMixBucket, on type: GPUType) -> Double {
        let capacity = type.rate(for: bucket)
        return capacity > 0 ? rate(of: bucket) / capacity : .infinity
    }

    /// The types that can serve `bucket` within the SLO, as indices into ``types``.
    public func servingTypes(for bucket: GPUMixBucket) -> [Int] {
        types.indices.filter { types[$0].rate(for: bucket) > 0 && types[$0].availableUnits != 0 }
    }

    /// A label for `bucket`, such as `input 25–100 × output 1–25 tokens`, or `[1][0]` without edges.
    public func label(of bucket: GPUMixBucket) -> String {
        guard let inputs = inputLengthEdges, let outputs = outputLengthEdges,
              inputs.indices.contains(bucket.input + 1), outputs.indices.contains(bucket.output + 1)
        else { return "[\(bucket.input)][\(bucket.output)]" }
        return "input \(inputs[bucket.input])–\(inputs[bucket.input + 1]) × output \(outputs[bucket.output])–\(outputs[bucket.output + 1]) tokens"
    }
}
