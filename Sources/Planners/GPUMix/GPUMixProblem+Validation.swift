import MILP

extension GPUMixProblem {
    /// The tolerance on the sum of the shares in ``distribution``.
    public static let shareTolerance = 1e-6

    /// The limits every number of a problem is checked against before any arithmetic, so that
    /// no input overflows a count: at most 10⁹ GPU-equivalents of load on a type, 10¹⁴ units.
    public enum Limits {
        /// The total rate λ: from 0.001 to a million requests per second (a smaller rate would
        /// make capacity coefficients too small for the solver to scale).
        public static let rate = InputRange(0.001...1e6)
        /// A share of the requests that is not 0: at least 10⁻⁹, for the same reason.
        public static let share = InputRange(1e-9...1)
        /// Slices per bucket.
        public static let sliceFactor = InputRange(1...1000)
        /// The usable fraction of a GPU's profiled rate: at least 1%.
        public static let headroom = InputRange(0.01...1)
        /// Rows and columns of the distribution.
        public static let buckets = InputRange(1...100)
        /// GPU types.
        public static let types = InputRange(1...100)
        /// Dollars per GPU-hour: from a hundredth of a cent (a smaller price would make cost
        /// coefficients too small for the solver to scale) to a million.
        public static let price = InputRange(0.0001...1e6)
        /// GPUs available of a type.
        public static let available = InputRange(0.0...100_000)
        /// Units per GPU.
        public static let unitsPerGPU = InputRange(1...1000)
        /// A profiled rate that is not 0 (0 means the type cannot serve the bucket), in requests
        /// per second per GPU.
        public static let profiledRate = InputRange(0.001...1e9)
    }

    /// Checks the input and throws the first mistake, naming the field: numbers outside
    /// ``Limits``, shares that are negative or do not sum to 1, profiles whose shape differs
    /// from the distribution's, repeated type names, and so on.
    public func validate() throws(PlannerInputError) {
        try Limits.rate.check(rate, field: "rate", unit: "requests per second")
        try Limits.sliceFactor.check(sliceFactor, field: "sliceFactor")
        try Limits.headroom.check(headroom, field: "headroom")
        try validateDistribution()
        let rows = distribution.count, columns = distribution[0].count
        try Self.validate(edges: inputLengthEdges, field: "inputLengthEdges", buckets: rows, dimension: "rows")
        try Self.validate(edges: outputLengthEdges, field: "outputLengthEdges", buckets: columns, dimension: "columns")
        guard !types.isEmpty else { throw PlannerInputError(field: "types", "must list at least one GPU type") }
        try Limits.types.check(types.count, field: "types", unit: "types")
        var names = Set<String>()
        for (index, type) in types.enumerated() {
            let field = "types[\(index)]"
            guard !type.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard names.insert(type.name).inserted else {
                throw PlannerInputError(field: "\(field).name", "repeats the type name '\(type.name)'")
            }
            try Limits.price.check(type.price, field: "\(field).price", unit: "dollars per hour")
            if let available = type.available { try Limits.available.check(available, field: "\(field).available", unit: "GPUs") }
            try Limits.unitsPerGPU.check(type.unitsPerGPU, field: "\(field).unitsPerGPU")
            if let rates = type.rates {
                try Self.validate(rates: rates, field: "\(field).rates", rows: rows, columns: columns)
            }
        }
    }

    private func validateDistribution() throws(PlannerInputError) {
        guard let first = distribution.first, !first.isEmpty else {
            throw PlannerInputError(field: "distribution", "must have at least one row and one column")
        }
        try Limits.buckets.check(distribution.count, field: "distribution", unit: "rows")
        try Limits.buckets.check(first.count, field: "distribution[0]", unit: "columns")
        var total = 0.0
        for (row, shares) in distribution.enumerated() {
            guard shares.count == first.count else {
                throw PlannerInputError(field: "distribution[\(row)]", "has \(shares.count) columns; row 0 has \(first.count)")
            }
            for (column, share) in shares.enumerated() {
                if share != 0 { try Limits.share.check(share, field: "distribution[\(row)][\(column)]", unit: "(a share; or 0)") }
            }
            total += shares.reduce(0, +)
        }
        guard abs(total - 1) <= Self.shareTolerance else {
            throw PlannerInputError(field: "distribution", "shares must sum to 1 (±\(Self.shareTolerance)), got \(total)")
        }
    }

    private static func validate(edges: [Int]?, field: String, buckets: Int, dimension: String) throws(PlannerInputError) {
        guard let edges else { return }
        guard edges.count == buckets + 1 else {
            throw PlannerInputError(field: field, "needs \(buckets + 1) edges for the distribution's \(buckets) \(dimension), got \(edges.count)")
        }
        for index in edges.indices.dropFirst() where edges[index] <= edges[index - 1] {
            throw PlannerInputError(field: "\(field)[\(index)]", "must be larger than the edge before it (\(edges[index - 1])), got \(edges[index])")
        }
        if let first = edges.first, first < 0 { throw PlannerInputError(field: "\(field)[0]", "must be ≥ 0, got \(first)") }
    }

    private static func validate(rates: [[Double]], field: String, rows: Int, columns: Int) throws(PlannerInputError) {
        guard rates.count == rows else {
            throw PlannerInputError(field: field, "has \(rates.count) rows; the distribution has \(rows)")
        }
        for (row, values) in rates.enumerated() {
            guard values.count == columns else {
                throw PlannerInputError(field: "\(field)[\(row)]", "has \(values.count) columns; the distribution has \(columns)")
            }
            for (column, value) in values.enumerated() where value != 0 {
                try Limits.profiledRate.check(value, field: "\(field)[\(row)][\(column)]", unit: "requests per second (or 0)")
            }
        }
    }
}
