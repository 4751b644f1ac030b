import MILP

extension SequenceCostModel {
    /// The time coefficients fitted to `measurements` by non-negative least squares; the memory
    /// coefficients and the strategies are kept.
    ///
    /// Each measurement gives one equation of ``seconds(length:degree:)``, which is linear in the
    /// attention and linear compute coefficients and, per measured degree above 1, in its
    /// per-token communication time and its latency. A degree measured at a single length keeps
    /// its latency and fits the per-token time; coefficients no measurement involves (a degree
    /// never measured) keep their values. Throws when a measurement is invalid, names a degree
    /// the model cannot run, or the measurements cannot tell the coefficients apart (every
    /// length the same, say).
    public func fitted(to measurements: [SequenceCostMeasurement]) throws(InputError) -> SequenceCostModel {
        for (index, measurement) in measurements.enumerated() {
            let field = "measurements[\(index)]"
            try InputRange(1...SequenceParallelProblem.maximumLength).check(measurement.length, field: "\(field).length", unit: "tokens")
            guard allows(degree: measurement.degree) else {
                throw InputError(field: "\(field).degree", "\(measurement.degree) is not a group size this model and cluster can run (allowed: \(([1] + communication.keys.sorted()).map(String.init).joined(separator: ", ")))")
            }
            try InputRange(above: .zero, through: .seconds(31_557_600)).check(measurement.time, field: "\(field).seconds")
        }
        guard !measurements.isEmpty else { return self }
        // Columns: attention, linear, then per measured degree its per-token time and, when it
        // was measured at several lengths, its latency.
        var columns: [Column] = [.attention, .linear]
        for degree in Set(measurements.map(\.degree)).sorted() where degree > 1 {
            columns.append(.perToken(degree))
            if Set(measurements.filter { $0.degree == degree }.map(\.length)).count > 1 { columns.append(.latency(degree)) }
        }
        let rows = measurements.map { measurement in columns.map { $0.regressor(length: measurement.length, degree: measurement.degree) } }
        let targets = measurements.map { measurement -> Double in
            let keptLatency = columns.contains(.latency(measurement.degree)) ? 0 : communication[measurement.degree]?.latency.inSeconds ?? 0
            return measurement.time.inSeconds - keptLatency
        }
        guard measurements.count >= columns.count, let fit = NonNegativeLeastSquares.solve(rows: rows, targets: targets) else {
            throw InputError(field: "measurements", "cannot tell the time coefficients apart from \(measurements.count) measurements; measure several lengths on one GPU and at each degree")
        }
        var model = self
        for (column, value) in zip(columns, fit) {
            switch column {
            case .attention: model.attentionTime = value
            case .linear: model.linearTime = value
            case .perToken(let degree): model.communication[degree]?.secondsPerToken = value
            case .latency(let degree): model.communication[degree]?.latency = .seconds(value)
            }
        }
        return model
    }

    /// One fitted coefficient.
    private enum Column: Equatable {
        case attention, linear, perToken(Int), latency(Int)

        /// What the coefficient is multiplied by in the time of `length` tokens on `degree` GPUs.
        func regressor(length: Int, degree: Int) -> Double {
            let tokens = Double(length)
            switch self {
            case .attention: return tokens * tokens / Double(degree)
            case .linear: return tokens / Double(degree)
            case .perToken(let measured): return measured == degree ? tokens : 0
            case .latency(let measured): return measured == degree ? 1 : 0
            }
        }
    }
}

/// Non-negative least squares: minimises ‖A·x − t‖² over x ≥ 0 by Lawson and Hanson's active-set
/// method, on columns scaled to unit length (s² and s differ by orders of magnitude).
enum NonNegativeLeastSquares {
    /// The fit, or `nil` when the columns are linearly dependent (the fit is not unique).
    static func solve(rows: [[Double]], targets: [Double]) -> [Double]? {
        guard let width = rows.first?.count, width > 0 else { return nil }
        let norms = (0..<width).map { column in rows.reduce(0) { $0 + $1[column] * $1[column] }.squareRoot() }
        guard norms.allSatisfy({ $0 > 0 }) else { return nil }
        let scaled = rows.map { row in (0..<width).map { row[$0] / norms[$0] } }
        guard leastSquares(scaled, targets, columns: Array(0..<width)) != nil else { return nil }
        var solution = Array(repeating: 0.0, count: width)
        var free = Set<Int>()
        func gradient() -> [Double] {
            let residual = zip(scaled, targets).map { row, target in target - zip(row, solution).reduce(0) { $0 + $1.0 * $1.1 } }
            return (0..<width).map { column in zip(scaled, residual).reduce(0) { $0 + $1.0[column] * $1.1 } }
        }
        for _ in 0..<(3 * width) {
            let slope = gradient()
            guard let entering = (0..<width).filter({ !free.contains($0) }).max(by: { slope[$0] < slope[$1] }),
                  slope[entering] > 1e-12 else { break }
            free.insert(entering)
            while true {
                let columns = free.sorted()
                guard let values = leastSquares(scaled, targets, columns: columns) else { return nil }
                if values.allSatisfy({ $0 > 0 }) {
                    for (position, column) in columns.enumerated() { solution[column] = values[position] }
                    break
                }
                // Step towards the unconstrained fit until the first variable reaches zero.
                var step = 1.0
                for (position, column) in columns.enumerated() where values[position] <= 0 {
                    step = min(step, solution[column] / (solution[column] - values[position]))
                }
                for (position, column) in columns.enumerated() {
                    solution[column] += step * (values[position] - solution[column])
                    if solution[column] <= 1e-15 { solution[column] = 0; free.remove(column) }
                }
            }
        }
        return (0..<width).map { solution[$0] / norms[$0] }
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
