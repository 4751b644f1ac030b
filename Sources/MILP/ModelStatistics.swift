/// Size and numeric facts about a model, as solvers and papers report them.
public struct ModelStatistics: Sendable, Equatable, Codable {
    /// The smallest and largest absolute value among a set of nonzero numbers; `nil` when there are none.
    public struct Range: Sendable, Equatable, Codable {
        /// The smallest absolute value.
        public var minimum: Double
        /// The largest absolute value.
        public var maximum: Double

        /// A range from its two ends.
        public init(minimum: Double, maximum: Double) {
            self.minimum = minimum
            self.maximum = maximum
        }
    }

    /// Constraint rows.
    public var rows: Int
    /// Variables (columns).
    public var columns: Int
    /// Nonzero coefficients in the constraint matrix.
    public var nonzeros: Int
    /// Integer variables, binaries included.
    public var integers: Int
    /// Binary variables.
    public var binaries: Int
    /// Semi-continuous and semi-integer variables.
    public var semicontinuous: Int
    /// The range of the constraint matrix's coefficients.
    public var coefficientRange: Range?
    /// The range of the objective's coefficients.
    public var objectiveRange: Range?
    /// The range of the finite, nonzero variable bounds.
    public var boundRange: Range?
    /// The range of the finite, nonzero constraint bounds (right-hand sides).
    public var rightHandSideRange: Range?

    /// Nonzeros divided by rows × columns; 0 for an empty matrix.
    public var density: Double {
        rows == 0 || columns == 0 ? 0 : Double(nonzeros) / (Double(rows) * Double(columns))
    }
}

extension Model {
    /// The model's size and numeric ranges.
    public var statistics: ModelStatistics {
        var coefficients = RangeAccumulator(), objectiveCoefficients = RangeAccumulator()
        var bounds = RangeAccumulator(), rightHandSides = RangeAccumulator()
        var nonzeros = 0
        for row in constraintDescriptions {
            nonzeros += row.terms.count
            for term in row.terms { coefficients.add(term.coefficient) }
            rightHandSides.add(row.lowerBound)
            rightHandSides.add(row.upperBound)
        }
        for term in objective.expression.terms { objectiveCoefficients.add(term.coefficient) }
        for variable in variableDescriptions {
            bounds.add(variable.lowerBound)
            bounds.add(variable.upperBound)
        }
        return ModelStatistics(
            rows: constraintCount,
            columns: variableCount,
            nonzeros: nonzeros,
            integers: variableDescriptions.count { $0.kind.isIntegral },
            binaries: variableDescriptions.count { $0.kind == .binary || ($0.kind == .integer && $0.lowerBound == 0 && $0.upperBound == 1) },
            semicontinuous: variableDescriptions.count { $0.kind.isSemicontinuous },
            coefficientRange: coefficients.range,
            objectiveRange: objectiveCoefficients.range,
            boundRange: bounds.range,
            rightHandSideRange: rightHandSides.range)
    }
}

/// Tracks the smallest and largest absolute value of the finite nonzero numbers it sees.
private struct RangeAccumulator {
    private var minimum = Double.infinity
    private var maximum = 0.0

    mutating func add(_ value: Double) {
        let magnitude = abs(value)
        guard magnitude.isFinite, magnitude > 0 else { return }
        minimum = Swift.min(minimum, magnitude)
        maximum = Swift.max(maximum, magnitude)
    }

    var range: ModelStatistics.Range? {
        maximum > 0 ? ModelStatistics.Range(minimum: minimum, maximum: maximum) : nil
    }
}
