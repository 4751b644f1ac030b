import MILP

extension Formulation {
    /// `values` with integer columns rounded to the nearest integer, when the result satisfies
    /// every bound, integrality and row of the formulation within `tolerance` (absolute on
    /// bounds and rows, scaled by `1 + |bound|`); `nil` otherwise.
    public func feasibleSolution(near values: [Double], tolerance: Double = 1e-6) -> [Double]? {
        guard values.count == columnCount else { return nil }
        var solution = values
        for column in solution.indices {
            guard solution[column].isFinite else { return nil }
            if isIntegral[column] {
                let rounded = solution[column].rounded()
                guard abs(rounded - solution[column]) <= max(tolerance, 1e-5) else { return nil }
                solution[column] = rounded
            }
            guard solution[column] >= lowerBounds[column] - tolerance * (1 + abs(lowerBounds[column])),
                  solution[column] <= upperBounds[column] + tolerance * (1 + abs(upperBounds[column])) else { return nil }
        }
        for row in rows {
            let activity = zip(row.columns, row.coefficients).reduce(0.0) { $0 + $1.1 * solution[$1.0] }
            guard activity >= row.lowerBound - tolerance * (1 + abs(row.lowerBound)),
                  activity <= row.upperBound + tolerance * (1 + abs(row.upperBound)) else { return nil }
        }
        return solution
    }

    /// The objective value of `values`.
    public func objectiveValue(of values: [Double]) -> Double {
        model.objective.expression.value(at: values)
    }

    /// Whether `objective` improves on `incumbent` in the model's sense (any objective improves on none).
    func improves(_ objective: Double, on incumbent: Double?) -> Bool {
        guard let incumbent else { return true }
        let margin = 1e-9 * max(1, abs(incumbent))
        return model.objective.sense == .minimize ? objective < incumbent - margin : objective > incumbent + margin
    }
}
