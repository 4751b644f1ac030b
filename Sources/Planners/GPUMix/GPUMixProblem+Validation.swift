extension GPUMixProblem {
    /// The tolerance on the sum of the shares in ``distribution``.
    public static let shareTolerance = 1e-6

    /// Checks the input and throws the first mistake, naming the field: shares that are
    /// negative or do not sum to 1, profiles whose shape differs from the distribution's,
    /// prices that are not positive, repeated type names, and so on.
    public func validate() throws(PlannerInputError) {
        guard rate.isFinite, rate > 0 else { throw PlannerInputError(field: "rate", "must be a positive number of requests per second, got \(rate)") }
        guard sliceFactor >= 1, sliceFactor <= 1000 else {
            throw PlannerInputError(field: "sliceFactor", "must be a whole number from 1 to 1000, got \(sliceFactor)")
        }
        guard headroom.isFinite, headroom > 0, headroom <= 1 else {
            throw PlannerInputError(field: "headroom", "must be in (0, 1], got \(headroom)")
        }
        try validateDistribution()
        let rows = distribution.count, columns = distribution[0].count
        try Self.validate(edges: inputLengthEdges, field: "inputLengthEdges", buckets: rows, dimension: "rows")
        try Self.validate(edges: outputLengthEdges, field: "outputLengthEdges", buckets: columns, dimension: "columns")
        guard !types.isEmpty else { throw PlannerInputError(field: "types", "must list at least one GPU type") }
        var names = Set<String>()
        for (index, type) in types.enumerated() {
            let field = "types[\(index)]"
            guard !type.name.isEmpty else { throw PlannerInputError(field: "\(field).name", "must not be empty") }
            guard names.insert(type.name).inserted else {
                throw PlannerInputError(field: "\(field).name", "repeats the type name '\(type.name)'")
            }
            guard type.price.isFinite, type.price > 0 else {
                throw PlannerInputError(field: "\(field).price", "must be a positive price in dollars per hour, got \(type.price)")
            }
            if let available = type.available, !(available.isFinite && available >= 0) {
                throw PlannerInputError(field: "\(field).available", "must be a number of GPUs ≥ 0, got \(available)")
            }
            guard type.unitsPerGPU >= 1, type.unitsPerGPU <= 1000 else {
                throw PlannerInputError(field: "\(field).unitsPerGPU", "must be a whole number from 1 to 1000, got \(type.unitsPerGPU)")
            }
            if let rates = type.rates {
                try Self.validate(rates: rates, field: "\(field).rates", rows: rows, columns: columns)
            }
        }
    }

    private func validateDistribution() throws(PlannerInputError) {
        guard let first = distribution.first, !first.isEmpty else {
            throw PlannerInputError(field: "distribution", "must have at least one row and one column")
        }
        var total = 0.0
        for (row, shares) in distribution.enumerated() {
            guard shares.count == first.count else {
                throw PlannerInputError(field: "distribution[\(row)]", "has \(shares.count) columns; row 0 has \(first.count)")
            }
            for (column, share) in shares.enumerated() where !(share.isFinite && share >= 0) {
                throw PlannerInputError(field: "distribution[\(row)][\(column)]", "must be a share ≥ 0, got \(share)")
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
            for (column, value) in values.enumerated() where !(value.isFinite && value >= 0) {
                throw PlannerInputError(field: "\(field)[\(row)][\(column)]", "must be a rate ≥ 0 in requests per second, got \(value)")
            }
        }
    }
}
