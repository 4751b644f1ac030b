/// A GPU fleet for a ``GPUMixProblem``: how many GPUs of each type, which slices of which bucket
/// each type serves, and what it costs.
public struct GPUMixPlan: Codable, Sendable, Equatable {
    /// The GPUs of one type in the fleet.
    public struct Allocation: Codable, Sendable, Equatable {
        /// The GPU type's name.
        public var type: String
        /// The number of units provisioned (GPUs × ``unitsPerGPU``).
        public var units: Int
        /// How many units make one GPU (1 for whole GPUs, 100 for hundredths).
        public var unitsPerGPU: Int
        /// The number of GPUs: ``units`` / ``unitsPerGPU``.
        public var gpus: Double
        /// What these GPUs cost, in dollars per hour.
        public var costPerHour: Double
        /// The GPU-equivalents of work assigned: Σ slice rate / profiled rate.
        public var load: Double
        /// ``load`` / ``gpus``: the fraction of the profiled capacity in use (at most the headroom).
        public var utilization: Double

        /// An allocation from its parts.
        public init(type: String, units: Int, unitsPerGPU: Int, gpus: Double, costPerHour: Double, load: Double, utilization: Double) {
            self.type = type
            self.units = units
            self.unitsPerGPU = unitsPerGPU
            self.gpus = gpus
            self.costPerHour = costPerHour
            self.load = load
            self.utilization = utilization
        }

        /// A GPU count without trailing zeros: `3`, `0.25`.
        static func format(gpus: Double) -> String {
            let rounded = (gpus * 1000).rounded() / 1000
            return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
        }
    }

    /// One slice of a bucket and the type that serves it.
    public struct SliceAssignment: Codable, Sendable, Equatable {
        /// The bucket the slice belongs to.
        public var bucket: GPUMixBucket
        /// The slice's number within its bucket, from 0 to the slice factor − 1.
        public var slice: Int
        /// The GPU type that serves the slice.
        public var type: String
        /// The slice's request rate: λ·p_b / slice factor.
        public var rate: Double
        /// The slice's load on its type: rate / profiled rate, in GPU-equivalents.
        public var load: Double

        /// An assignment from its parts.
        public init(bucket: GPUMixBucket, slice: Int, type: String, rate: Double, load: Double) {
            self.bucket = bucket
            self.slice = slice
            self.type = type
            self.rate = rate
            self.load = load
        }
    }

    /// The GPUs of each type used, in the problem's type order; types with no GPUs are left out.
    public var allocations: [Allocation]
    /// Every slice of every bucket that carries requests, with its type.
    public var slices: [SliceAssignment]
    /// The fleet's cost in dollars per hour.
    public var costPerHour: Double

    /// A plan from its parts.
    public init(allocations: [Allocation], slices: [SliceAssignment], costPerHour: Double) {
        self.allocations = allocations
        self.slices = slices
        self.costPerHour = costPerHour
    }

    /// The number of GPUs of the type named `type` (0 when the plan uses none).
    public func gpus(of type: String) -> Double {
        allocations.first { $0.type == type }?.gpus ?? 0
    }

    /// The plan that gives `counts[b][t]` slices of each loaded bucket `b` to type `t`, with
    /// the fewest units of each type that carry their load within the headroom.
    ///
    /// - Parameter counts: per loaded bucket, the number of slices per type index; each row
    ///   sums to the slice factor.
    init(problem: GPUMixProblem, counts: [GPUMixBucket: [Int: Int]]) {
        let share = 1 / Double(problem.sliceFactor)
        var slices: [SliceAssignment] = []
        var loads = Array(repeating: 0.0, count: problem.types.count)
        for bucket in problem.loadedBuckets {
            var slice = 0
            for (typeIndex, count) in (counts[bucket] ?? [:]).sorted(by: { $0.key < $1.key }) where count > 0 {
                let type = problem.types[typeIndex]
                let rate = problem.rate(of: bucket) * share
                let load = problem.load(of: bucket, on: type) * share
                for _ in 0..<count {
                    slices.append(SliceAssignment(bucket: bucket, slice: slice, type: type.name, rate: rate, load: load))
                    loads[typeIndex] += load
                    slice += 1
                }
            }
        }
        var allocations: [Allocation] = []
        for (typeIndex, type) in problem.types.enumerated() where loads[typeIndex] > 0 {
            let units = Self.unitsNeeded(load: loads[typeIndex], headroom: problem.headroom, unitsPerGPU: type.unitsPerGPU)
            let gpus = Double(units) / Double(type.unitsPerGPU)
            allocations.append(Allocation(type: type.name, units: units, unitsPerGPU: type.unitsPerGPU, gpus: gpus,
                                          costPerHour: type.price * gpus, load: loads[typeIndex],
                                          utilization: loads[typeIndex] / gpus))
        }
        self.init(allocations: allocations, slices: slices, costPerHour: allocations.reduce(0) { $0 + $1.costPerHour })
    }

    /// The fewest units whose capacity, less the headroom, carries `load` GPU-equivalents;
    /// loads within 1e-9 relative of a whole unit count as fitting.
    static func unitsNeeded(load: Double, headroom: Double, unitsPerGPU: Int) -> Int {
        let exact = load * Double(unitsPerGPU) / headroom
        return Int((exact * (1 - 1e-9)).rounded(.up))
    }
}
