import MILP

/// A fixed-length vector of numbers describing one instance, for telling distributions apart and
/// conditioning learned models. ``names`` gives the order; every vector has that many entries.
///
/// Order and meaning (shares are fractions in [0, 1]; "|a|" are absolute values of the nonzero
/// constraint coefficients, "|c|" of the nonzero objective coefficients):
///
/// 0–5 size: `rows`, `columns`, `nonzeros`, `density`, `integerShare`, `binaryShare`;
/// 6–8 rows: `equalityShare`, `lessEqualShare`, `greaterEqualShare` (ranged and free rows are the rest);
/// 9–14 coefficients: `coefficientMean`, `coefficientStandardDeviation`, `coefficientMinimum`,
/// `coefficientMaximum` of |a|, `negativeCoefficientShare`, `unitCoefficientShare` (|a| = 1);
/// 15–18 nonzeros per row: `rowDegreeMean`, `rowDegreeStandardDeviation`, `rowDegreeMinimum`, `rowDegreeMaximum`;
/// 19–22 nonzeros per column: `columnDegreeMean`, `columnDegreeStandardDeviation`, `columnDegreeMinimum`, `columnDegreeMaximum`;
/// 23–26 objective: `objectiveMean`, `objectiveStandardDeviation` of |c|, `objectiveNonzeroShare`,
/// `maximizes` (1 to maximise, 0 to minimise);
/// 27–28 right-hand sides: `rightHandSideMean`, `rightHandSideStandardDeviation` of the finite row bounds;
/// 29–33 LP relaxation: `lpIsOptimal` (1 or 0), `lpObjective`, `lpFractionalShare` (integer
/// variables more than 1e-6 from an integer), `lpTightRowShare` (rows within 1e-6 of a bound),
/// `lpIterations`. Without a solver, or when the relaxation has no optimum, the LP entries after
/// `lpIsOptimal` are NaN.
public struct InstanceFeatures: Sendable, Equatable {
    /// The feature names, in vector order.
    public static let names = [
        "rows", "columns", "nonzeros", "density", "integerShare", "binaryShare",
        "equalityShare", "lessEqualShare", "greaterEqualShare",
        "coefficientMean", "coefficientStandardDeviation", "coefficientMinimum", "coefficientMaximum",
        "negativeCoefficientShare", "unitCoefficientShare",
        "rowDegreeMean", "rowDegreeStandardDeviation", "rowDegreeMinimum", "rowDegreeMaximum",
        "columnDegreeMean", "columnDegreeStandardDeviation", "columnDegreeMinimum", "columnDegreeMaximum",
        "objectiveMean", "objectiveStandardDeviation", "objectiveNonzeroShare", "maximizes",
        "rightHandSideMean", "rightHandSideStandardDeviation",
        "lpIsOptimal", "lpObjective", "lpFractionalShare", "lpTightRowShare", "lpIterations",
    ]

    /// The values, in the order of ``names``.
    public let values: [Double]

    /// The features of `model`; the LP relaxation is solved with `solver` when one is given.
    /// - Throws: the solver's error when it rejects the model.
    public init(of model: Model, relaxationSolver solver: (any Solver)? = nil) throws {
        let statistics = model.statistics
        let rows = model.constraintDescriptions, columns = model.variableDescriptions
        var coefficients = Summary(), rowDegrees = Summary(), columnDegrees = Summary()
        var objective = Summary(), rightHandSides = Summary()
        var negative = 0, unit = 0, equalities = 0, lessEquals = 0, greaterEquals = 0
        var columnCounts = [Int](repeating: 0, count: columns.count)
        for row in rows {
            rowDegrees.add(Double(row.terms.count))
            for term in row.terms {
                coefficients.add(abs(term.coefficient))
                if term.coefficient < 0 { negative += 1 }
                if abs(term.coefficient) == 1 { unit += 1 }
                columnCounts[term.variable.index] += 1
            }
            let hasLower = row.lowerBound.isFinite, hasUpper = row.upperBound.isFinite
            if hasLower, hasUpper, row.lowerBound == row.upperBound { equalities += 1 }
            else if hasUpper, !hasLower { lessEquals += 1 }
            else if hasLower, !hasUpper { greaterEquals += 1 }
            if hasLower { rightHandSides.add(row.lowerBound) }
            if hasUpper, row.upperBound != row.lowerBound { rightHandSides.add(row.upperBound) }
        }
        for count in columnCounts { columnDegrees.add(Double(count)) }
        for term in model.objective.expression.terms { objective.add(abs(term.coefficient)) }
        let rowCount = Double(rows.count), columnCount = Double(columns.count)
        let nonzeros = Double(statistics.nonzeros)
        func share(_ count: Int, of total: Double) -> Double { total == 0 ? 0 : Double(count) / total }

        var values: [Double] = [
            rowCount, columnCount, nonzeros, statistics.density,
            share(statistics.integers, of: columnCount), share(statistics.binaries, of: columnCount),
            share(equalities, of: rowCount), share(lessEquals, of: rowCount), share(greaterEquals, of: rowCount),
            coefficients.mean, coefficients.standardDeviation, coefficients.minimum, coefficients.maximum,
            share(negative, of: nonzeros), share(unit, of: nonzeros),
            rowDegrees.mean, rowDegrees.standardDeviation, rowDegrees.minimum, rowDegrees.maximum,
            columnDegrees.mean, columnDegrees.standardDeviation, columnDegrees.minimum, columnDegrees.maximum,
            objective.mean, objective.standardDeviation, share(objective.count, of: columnCount),
            model.objective.sense == .maximize ? 1 : 0,
            rightHandSides.mean, rightHandSides.standardDeviation,
        ]
        values += try Self.relaxationFeatures(of: model, solver: solver)
        self.values = values
    }

    /// The value of the feature called `name`, or `nil` when there is none.
    public subscript(name: String) -> Double? {
        Self.names.firstIndex(of: name).map { values[$0] }
    }

    /// `lpIsOptimal`, `lpObjective`, `lpFractionalShare`, `lpTightRowShare`, `lpIterations`.
    private static func relaxationFeatures(of model: Model, solver: (any Solver)?) throws -> [Double] {
        guard let solver else { return [0, .nan, .nan, .nan, .nan] }
        let solution = try solver.solve(model, options: SolverOptions(relax: true))
        guard solution.termination.reason == .optimal, let objective = solution.objectiveValue else {
            return [0, .nan, .nan, .nan, .nan]
        }
        var integers = 0, fractional = 0
        for (index, variable) in model.variableDescriptions.enumerated() where variable.kind.isIntegral {
            integers += 1
            let value = solution.values[index]
            if abs(value - value.rounded()) > 1e-6 { fractional += 1 }
        }
        var tight = 0
        for (index, row) in model.constraintDescriptions.enumerated() {
            let activity = solution.activities[index]
            if abs(activity - row.lowerBound) <= 1e-6 || abs(activity - row.upperBound) <= 1e-6 { tight += 1 }
        }
        return [
            1, objective,
            integers == 0 ? 0 : Double(fractional) / Double(integers),
            model.constraintCount == 0 ? 0 : Double(tight) / Double(model.constraintCount),
            Double(solution.statistics.simplexIterations),
        ]
    }
}

/// Count, mean, standard deviation, minimum and maximum of a stream of numbers (Welford's
/// method); all 0 for an empty stream.
private struct Summary {
    private(set) var count = 0
    private var runningMean = 0.0
    private var squares = 0.0
    private var smallest = Double.infinity
    private var largest = -Double.infinity

    mutating func add(_ value: Double) {
        count += 1
        let delta = value - runningMean
        runningMean += delta / Double(count)
        squares += delta * (value - runningMean)
        smallest = min(smallest, value)
        largest = max(largest, value)
    }

    var mean: Double { runningMean }
    var standardDeviation: Double { count == 0 ? 0 : (squares / Double(count)).squareRoot() }
    var minimum: Double { count == 0 ? 0 : smallest }
    var maximum: Double { count == 0 ? 0 : largest }
}
