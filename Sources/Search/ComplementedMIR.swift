/// Complemented mixed-integer rounding (c-MIR), after Marchand and Wolsey: from one base
/// inequality, the most efficacious MIR cut over a few scalings and complementations.
///
/// Each continuous column is replaced by its closest bound plus or minus a nonnegative slack,
/// where a bound may be a variable bound `x ≤ k·y + d` (whose integer column then joins the
/// inequality); each integer column is measured from its closer bound (complemented when that is
/// the upper one). For a divisor δ the MIR inequality of the transformed row
/// `Σ a_j z_j + Σ c_j s_j ≤ β` is
/// `Σ (⌊a_j/δ⌋ + max(0, f_j − f_0)/(1 − f_0)) z_j + Σ_{c_j<0} c_j/(δ(1 − f_0)) s_j ≤ ⌊β/δ⌋`,
/// with `f_0` and `f_j` the fractional parts of `β/δ` and `a_j/δ`. The divisors tried are the
/// coefficients of integer columns strictly between their bounds, then the best one halved up to
/// three times; then complementing each such column in turn is kept when it helps.
struct ComplementedMIR {
    let formulation: Formulation
    /// The point to separate, by column.
    let values: [Double]
    /// Cuts less efficacious than this are not returned.
    var minimumEfficacy = 1e-4
    /// `f_0` must lie in `[minimumFraction, maximumFraction]`: near 0 or 1 the cut is weak or unstable.
    var minimumFraction = 0.05
    var maximumFraction = 0.999
    /// At most this many distinct divisors are tried.
    var maximumDivisors = 8

    /// An integer column of the transformed inequality, measured from one of its bounds.
    private struct IntegerTerm {
        var column: Int
        /// The coefficient of `x` (not of `z`).
        var coefficient: Double
        var isComplemented: Bool
        var isBetweenBounds: Bool
        var canComplement: Bool
    }

    /// A continuous column replaced by a bound `k·y + d` and a slack: `x = bound + s` (lower)
    /// or `x = bound − s` (upper).
    private struct ContinuousTerm {
        var column: Int
        /// The coefficient of the slack `s`.
        var coefficient: Double
        var isUpper: Bool
        /// The integer column `y` of a variable bound, if the bound is one.
        var boundColumn: Int?
        var boundCoefficient: Double
        var boundConstant: Double
    }

    private struct Transformed {
        var integers: [IntegerTerm]
        var continuous: [ContinuousTerm]
        /// The right-hand side once the continuous columns' bounds are moved over (integer bounds not yet).
        var rightHandSide: Double
    }

    /// The best cut rounding finds from `base`, if any reaches ``minimumEfficacy``. Variable
    /// bounds stated by row `ownRow` (the base itself, when it is a variable-bound row) are not
    /// substituted: they would cancel the base.
    func cut(from base: BaseInequality, ownRow: Int? = nil, accumulator: inout SparseAccumulator) -> ScoredCut? {
        guard var transformed = transform(base, ownRow: ownRow) else { return nil }
        var best: ScoredCut?
        var bestDivisor = 0.0
        for divisor in divisors(of: transformed) {
            if let cut = round(transformed, dividingBy: divisor, accumulator: &accumulator), cut.efficacy > best?.efficacy ?? minimumEfficacy {
                best = cut
                bestDivisor = divisor
            }
        }
        guard var chosen = best else { return nil }
        let undivided = bestDivisor
        for halving in [2.0, 4, 8] {
            if let cut = round(transformed, dividingBy: undivided / halving, accumulator: &accumulator), cut.efficacy > chosen.efficacy + 1e-9 {
                chosen = cut
                bestDivisor = undivided / halving
            }
        }
        for index in transformed.integers.indices where transformed.integers[index].isBetweenBounds && transformed.integers[index].canComplement {
            transformed.integers[index].isComplemented.toggle()
            if let cut = round(transformed, dividingBy: bestDivisor, accumulator: &accumulator), cut.efficacy > chosen.efficacy + 1e-9 {
                chosen = cut
            } else {
                transformed.integers[index].isComplemented.toggle()
            }
        }
        return chosen
    }

    /// Bound substitution: `nil` when a column has no finite bound to measure from.
    private func transform(_ base: BaseInequality, ownRow: Int?) -> Transformed? {
        var integerCoefficients: [Int: Double] = [:]
        var continuous: [ContinuousTerm] = []
        var rightHandSide = base.rightHandSide
        for (column, coefficient) in zip(base.columns, base.coefficients) where coefficient != 0 {
            if formulation.isIntegral[column] {
                integerCoefficients[column, default: 0] += coefficient
                continue
            }
            guard let bound = closestBound(of: column, ownRow: ownRow) else { return nil }
            let slackCoefficient = bound.isUpper ? -coefficient : coefficient
            rightHandSide -= coefficient * bound.constant
            if let y = bound.column { integerCoefficients[y, default: 0] += coefficient * bound.coefficient }
            continuous.append(ContinuousTerm(column: column, coefficient: slackCoefficient, isUpper: bound.isUpper,
                                             boundColumn: bound.column, boundCoefficient: bound.coefficient, boundConstant: bound.constant))
        }
        var integers: [IntegerTerm] = []
        for (column, coefficient) in integerCoefficients.sorted(by: { $0.key < $1.key }) where abs(coefficient) > 1e-12 {
            let lower = formulation.lowerBounds[column], upper = formulation.upperBounds[column], value = values[column]
            guard lower.isFinite || upper.isFinite else { return nil }
            let complement = !lower.isFinite || (upper.isFinite && upper - value < value - lower)
            integers.append(IntegerTerm(column: column, coefficient: coefficient, isComplemented: complement,
                                        isBetweenBounds: value > lower + 1e-6 && value < upper - 1e-6,
                                        canComplement: lower.isFinite && upper.isFinite))
        }
        guard !integers.isEmpty else { return nil }
        return Transformed(integers: integers, continuous: continuous, rightHandSide: rightHandSide)
    }

    /// The bound of a continuous column closest to its value, preferring a variable bound when
    /// it is as close as the simple one.
    private func closestBound(of column: Int, ownRow: Int?) -> (isUpper: Bool, column: Int?, coefficient: Double, constant: Double, distance: Double)? {
        let value = values[column]
        var lower: (column: Int?, coefficient: Double, constant: Double, distance: Double)?
        if formulation.lowerBounds[column].isFinite {
            lower = (nil, 0, formulation.lowerBounds[column], value - formulation.lowerBounds[column])
        }
        for bound in formulation.variableLowerBounds[column] where bound.row != ownRow {
            let distance = value - bound.value(at: values)
            if distance <= (lower?.distance ?? .infinity) + 1e-9 { lower = (bound.column, bound.coefficient, bound.constant, distance) }
        }
        var upper: (column: Int?, coefficient: Double, constant: Double, distance: Double)?
        if formulation.upperBounds[column].isFinite {
            upper = (nil, 0, formulation.upperBounds[column], formulation.upperBounds[column] - value)
        }
        for bound in formulation.variableUpperBounds[column] where bound.row != ownRow {
            let distance = bound.value(at: values) - value
            if distance <= (upper?.distance ?? .infinity) + 1e-9 { upper = (bound.column, bound.coefficient, bound.constant, distance) }
        }
        switch (lower, upper) {
        case (nil, nil): return nil
        case let (lower?, nil): return (false, lower.column, lower.coefficient, lower.constant, lower.distance)
        case let (nil, upper?): return (true, upper.column, upper.coefficient, upper.constant, upper.distance)
        case let (lower?, upper?):
            let preferUpper = upper.distance < lower.distance - 1e-9
                || (abs(upper.distance - lower.distance) <= 1e-9 && upper.column != nil && lower.column == nil)
            return preferUpper ? (true, upper.column, upper.coefficient, upper.constant, upper.distance)
                : (false, lower.column, lower.coefficient, lower.constant, lower.distance)
        }
    }

    /// The divisors to try: distinct coefficients of integer columns strictly between their
    /// bounds (of any integer column when none is), largest first.
    private func divisors(of transformed: Transformed) -> [Double] {
        let between = transformed.integers.filter(\.isBetweenBounds)
        let source = between.isEmpty ? transformed.integers : between
        var divisors: [Double] = []
        for magnitude in source.map({ abs($0.coefficient) }).sorted(by: >) where magnitude > 1e-6 {
            if let last = divisors.last, abs(last - magnitude) <= 1e-9 * last { continue }
            divisors.append(magnitude)
            if divisors.count == maximumDivisors { break }
        }
        return divisors
    }

    /// The MIR cut of the transformed inequality for `divisor`, in the original columns.
    private func round(_ transformed: Transformed, dividingBy divisor: Double, accumulator: inout SparseAccumulator) -> ScoredCut? {
        var beta = transformed.rightHandSide
        for term in transformed.integers {
            let bound = term.isComplemented ? formulation.upperBounds[term.column] : formulation.lowerBounds[term.column]
            beta -= term.coefficient * bound
        }
        let scaled = beta / divisor
        guard abs(scaled) < 1e9 else { return nil }
        let f0 = scaled - scaled.rounded(.down)
        guard f0 >= minimumFraction, f0 <= maximumFraction else { return nil }
        accumulator.clear()
        var rightHandSide = divisor * scaled.rounded(.down)
        for term in transformed.integers {
            let a = (term.isComplemented ? -term.coefficient : term.coefficient) / divisor
            let fraction = a - a.rounded(.down)
            let rounded = divisor * (a.rounded(.down) + max(0, fraction - f0) / (1 - f0))
            if term.isComplemented {
                accumulator.add(-rounded, at: term.column)
                rightHandSide -= rounded * formulation.upperBounds[term.column]
            } else {
                accumulator.add(rounded, at: term.column)
                rightHandSide += rounded * formulation.lowerBounds[term.column]
            }
        }
        for term in transformed.continuous where term.coefficient < 0 {
            let slack = term.coefficient / (1 - f0)
            // s = x − (k·y + d) for a lower bound, s = (k·y + d) − x for an upper one.
            let sign = term.isUpper ? -1.0 : 1.0
            accumulator.add(sign * slack, at: term.column)
            if let y = term.boundColumn { accumulator.add(-sign * slack * term.boundCoefficient, at: y) }
            rightHandSide += sign * slack * term.boundConstant
        }
        return ScoredCut(accumulator, rightHandSide: rightHandSide, formulation: formulation, values: values)
    }
}
