extension SequenceCostModel {
    /// The time coefficients fitted to `measurements` by non-negative least squares; the memory
    /// coefficients are kept.
    ///
    /// Each measurement gives one equation of ``time(length:degree:gpusPerNode:)``, which is linear
    /// in the six time coefficients. A coefficient no measurement involves (no inter-node group
    /// was measured, say) keeps its current value. Throws when the measurements are invalid or
    /// cannot tell the remaining coefficients apart (every length the same, for instance).
    public func fitted(to measurements: [SequenceCostMeasurement], gpusPerNode: Int) throws(PlannerInputError) -> SequenceCostModel {
        for (index, measurement) in measurements.enumerated() {
            let field = "measurements[\(index)]"
            guard measurement.length > 0 else { throw PlannerInputError(field: "\(field).length", "must be a positive number of tokens, got \(measurement.length)") }
            guard measurement.degree > 0 else { throw PlannerInputError(field: "\(field).degree", "must be a positive number of GPUs, got \(measurement.degree)") }
            guard measurement.seconds.isFinite, measurement.seconds > 0 else {
                throw PlannerInputError(field: "\(field).seconds", "must be a positive number of seconds, got \(measurement.seconds)")
            }
        }
        let rows = measurements.map { Self.regressors(length: $0.length, degree: $0.degree, gpusPerNode: gpusPerNode) }
        let involved = (0..<6).filter { column in rows.contains { $0[column] != 0 } }
        guard measurements.count >= involved.count, !involved.isEmpty else {
            throw PlannerInputError(field: "measurements", "need at least \(max(involved.count, 2)) measurements to fit the time coefficients, got \(measurements.count)")
        }
        var coefficients = [attentionTime, linearTime, intraNodeCommunicationTime, interNodeCommunicationTime,
                            intraNodeLatency, interNodeLatency]
        guard let fit = Self.nonNegativeLeastSquares(rows: rows.map { row in involved.map { row[$0] } },
                                                     targets: measurements.map(\.seconds)) else {
            throw PlannerInputError(field: "measurements", "cannot tell the time coefficients apart; measure several lengths per degree, and degree 1 as well as larger groups")
        }
        for (position, column) in involved.enumerated() { coefficients[column] = fit[position] }
        var model = self
        model.attentionTime = coefficients[0]
        model.linearTime = coefficients[1]
        model.intraNodeCommunicationTime = coefficients[2]
        model.interNodeCommunicationTime = coefficients[3]
        model.intraNodeLatency = coefficients[4]
        model.interNodeLatency = coefficients[5]
        return model
    }

    /// The factors multiplying each time coefficient in `time`, in the order attention, linear,
    /// intra-node and inter-node communication, intra-node and inter-node latency.
    private static func regressors(length: Int, degree: Int, gpusPerNode: Int) -> [Double] {
        let tokens = Double(length), size = Double(degree)
        let spread = tokens / size
        let intraNode = degree > 1 && degree <= gpusPerNode, interNode = degree > gpusPerNode
        return [tokens * tokens / size, spread, intraNode ? spread : 0, interNode ? spread : 0,
                intraNode ? 1 : 0, interNode ? 1 : 0]
    }

    /// Minimises ‖A·x − t‖² over x ≥ 0 for a handful of columns by trying every set of free
    /// columns (the optimum is the unconstrained fit on one of them); `nil` when the full column
    /// set is rank-deficient.
    private static func nonNegativeLeastSquares(rows: [[Double]], targets: [Double]) -> [Double]? {
        let columns = rows[0].count
        // Scaling each column to unit length keeps the normal equations well conditioned even
        // though s² and s differ by orders of magnitude.
        let norms = (0..<columns).map { column in rows.reduce(0) { $0 + $1[column] * $1[column] }.squareRoot() }
        let scaled = rows.map { row in (0..<columns).map { row[$0] / norms[$0] } }
        guard leastSquares(scaled, targets, columns: Array(0..<columns)) != nil else { return nil }
        var best: (residual: Double, solution: [Double]) = (targets.reduce(0) { $0 + $1 * $1 }, Array(repeating: 0, count: columns))
        for mask in 1..<(1 << columns) {
            let free = (0..<columns).filter { mask & (1 << $0) != 0 }
            guard let values = leastSquares(scaled, targets, columns: free), values.allSatisfy({ $0 >= 0 }) else { continue }
            var solution = Array(repeating: 0.0, count: columns)
            for (position, column) in free.enumerated() { solution[column] = values[position] }
            let residual = zip(scaled, targets).reduce(0.0) { total, pair in
                let predicted = zip(pair.0, solution).reduce(0) { $0 + $1.0 * $1.1 }
                return total + (predicted - pair.1) * (predicted - pair.1)
            }
            if residual < best.residual { best = (residual, solution) }
        }
        return (0..<columns).map { best.solution[$0] / norms[$0] }
    }

    /// The unconstrained least-squares fit on `columns`, from the normal equations solved by
    /// Gaussian elimination with partial pivoting; `nil` when they are singular.
    private static func leastSquares(_ rows: [[Double]], _ targets: [Double], columns: [Int]) -> [Double]? {
        let size = columns.count
        var matrix = Array(repeating: Array(repeating: 0.0, count: size + 1), count: size)
        for (row, target) in zip(rows, targets) {
            for i in 0..<size {
                for j in 0..<size { matrix[i][j] += row[columns[i]] * row[columns[j]] }
                matrix[i][size] += row[columns[i]] * target
            }
        }
        for pivot in 0..<size {
            guard let best = (pivot..<size).max(by: { abs(matrix[$0][pivot]) < abs(matrix[$1][pivot]) }),
                  abs(matrix[best][pivot]) > 1e-10 else { return nil }
            matrix.swapAt(pivot, best)
            for row in (pivot + 1)..<size {
                let factor = matrix[row][pivot] / matrix[pivot][pivot]
                for column in pivot...size { matrix[row][column] -= factor * matrix[pivot][column] }
            }
        }
        var solution = Array(repeating: 0.0, count: size)
        for row in stride(from: size - 1, through: 0, by: -1) {
            let known = ((row + 1)..<size).reduce(0.0) { $0 + matrix[row][$1] * solution[$1] }
            solution[row] = (matrix[row][size] - known) / matrix[row][row]
        }
        return solution
    }
}
