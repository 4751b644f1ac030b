/// Lifted flow cover inequalities for the inequalities that Marchand and Wolsey's aggregation
/// heuristic (``PathAggregation``) walks through, read as single-node flow sets.
///
/// Each such inequality becomes `Σ_{N+} x_j − Σ_{N−} x_j ≤ b` with `0 ≤ x_j ≤ u_j·y_j`:
/// a continuous column with a variable upper bound `x ≤ k·y` on a binary `y` is an arc of
/// capacity `|a|·k` switched by `y`; a binary column alone is an arc whose flow is `|a|·y`; a
/// continuous column without one is an always-open outflow arc (or, with a positive coefficient,
/// sits at its lower bound); other columns sit at the bound that loosens the row. For a cover
/// `(C+, C−)` with excess `λ = Σ_{C+} u − Σ_{C−} u − b > 0` the inequality is
///
///     Σ_{C+} x_j + Σ_{C++} (u_j − λ)(1 − y_j) + Σ_{N+∖C+} (α_j x_j − β_j y_j)
///         ≤ b + Σ_{C−} u_j − Σ_{C−} f(u_j)(1 − y_j) + λ Σ_{L−} y_j + Σ_{L−−} x_j
///
/// where `C++` holds the cover's arcs of capacity above `λ`, `N−∖C−` is split into `L−` and
/// `L−−` by whichever term is smaller at the point, and `f`, `α`, `β` come from the superadditive
/// lifting function ``FlowCoverLifting``. Covers are chosen greedily by the point's switch
/// values and improved by single moves in and out (at most ``maximumMoves``).
public final class FlowCoverSeparator: CutSeparator {
    /// `"flow-cover"`.
    public let name = "flow-cover"
    private let formulation: Formulation
    private var paths: PathAggregation
    /// For each continuous column, a variable upper bound `x ≤ k·y` (k > 0, y binary) when `x ≥ 0`.
    private let switches: [(binary: Int, capacity: Double)?]
    private var scratch: SparseAccumulator

    /// An arc of the single-node flow set.
    struct Arc {
        var isInflow: Bool
        /// `u`, infinite only for an always-open outflow arc.
        var capacity: Double
        /// The continuous column carrying the flow `scale·(x − shift)`, or `nil` when the flow is `capacity·y`.
        var flowColumn: Int?
        var scale: Double = 1
        var shift: Double = 0
        /// The binary switching the arc on, or `nil` when it is always open.
        var binaryColumn: Int?
        /// The flow and the switch at the point.
        var flow: Double
        var open: Double
    }

    /// How many single moves in or out of a cover are tried.
    static let maximumMoves = 32
    /// A switch closer than this to 0 or 1 counts as integral.
    static let integralityTolerance = 1e-6

    /// A separator for `formulation` whose walks add at most `maximumAggregations` rows to a start row.
    public init(formulation: Formulation, maximumAggregations: Int = 10) {
        self.formulation = formulation
        paths = PathAggregation(formulation: formulation, maximumAggregations: maximumAggregations)
        let switches: [(binary: Int, capacity: Double)?] = (0..<formulation.columnCount).map { column in
            guard !formulation.isIntegral[column], formulation.lowerBounds[column] == 0 else { return nil }
            return formulation.variableUpperBounds[column]
                .filter { $0.constant == 0 && $0.coefficient > 0 && formulation.isBinary($0.column) && formulation.lowerBounds[$0.column] == 0 }
                .min { $0.coefficient < $1.coefficient }
                .map { ($0.column, $0.coefficient) }
        }
        self.switches = switches
        scratch = SparseAccumulator(count: formulation.columnCount)
    }

    public func separate(_ values: [Double]) -> [ScoredCut] {
        paths.cuts(at: values) { base, _ in
            guard let (arcs, capacity) = flowSet(of: base, values: values) else { return nil }
            return bestCut(arcs: arcs, capacity: capacity, values: values)
        }
    }

    /// The single-node flow set of `side`, or `nil` when a column lacks a bound it needs.
    func flowSet(of side: BaseInequality, values: [Double]) -> (arcs: [Arc], capacity: Double)? {
        var arcs: [Arc] = []
        var capacity = side.rightHandSide
        for (column, coefficient) in zip(side.columns, side.coefficients) where coefficient != 0 {
            let lower = formulation.lowerBounds[column], upper = formulation.upperBounds[column]
            let magnitude = abs(coefficient)
            if formulation.isBinary(column), lower == 0, upper == 1 {
                arcs.append(Arc(isInflow: coefficient > 0, capacity: magnitude, binaryColumn: column,
                                flow: magnitude * values[column], open: values[column]))
            } else if !formulation.isIntegral[column], let switched = switches[column] {
                arcs.append(Arc(isInflow: coefficient > 0, capacity: magnitude * switched.capacity, flowColumn: column, scale: magnitude,
                                binaryColumn: switched.binary, flow: magnitude * values[column], open: values[switched.binary]))
            } else if !formulation.isIntegral[column], coefficient < 0, lower.isFinite {
                capacity -= coefficient * lower
                arcs.append(Arc(isInflow: false, capacity: magnitude * (upper - lower), flowColumn: column, scale: magnitude, shift: lower,
                                flow: magnitude * (values[column] - lower), open: 1))
            } else {
                let bound = coefficient > 0 ? lower : upper
                guard bound.isFinite else { return nil }
                capacity -= coefficient * bound
            }
        }
        // Without a fractional switch the point lies in the flow set itself (its flows are within
        // their switched capacities and the row holds), so no flow cover inequality cuts it off.
        guard arcs.contains(where: { $0.binaryColumn != nil && abs($0.open - $0.open.rounded()) > Self.integralityTolerance }) else { return nil }
        return (arcs, capacity)
    }

    /// The most violated lifted flow cover inequality over a few covers.
    private func bestCut(arcs: [Arc], capacity: Double, values: [Double]) -> ScoredCut? {
        var best: (cover: [Bool], violation: Double)?
        for startsWithOutflows in [false, true] {
            var covered = arcs.map { !$0.isInflow && startsWithOutflows && $0.binaryColumn != nil && $0.open >= 1 - 1e-6 && $0.capacity.isFinite }
            // Inflow arcs by their switch values until the cover overfills the node.
            var excess = excess(arcs, covered, capacity)
            for index in arcs.indices.filter({ arcs[$0].isInflow }).sorted(by: { (arcs[$0].open, arcs[$0].capacity) > (arcs[$1].open, arcs[$1].capacity) }) {
                guard excess <= 1e-9 else { break }
                covered[index] = true
                excess += arcs[index].capacity
            }
            guard var violation = Self.violation(arcs, covered, capacity) else { continue }
            // Single moves in or out of the cover while they help, for the arcs the point uses
            // with the most fractional switches first; each move costs a pass over every arc, so
            // at most `maximumMoves` are tried.
            let movable = arcs.indices.filter { index in
                (arcs[index].open > 1e-9 || arcs[index].flow > 1e-9)
                    && (arcs[index].isInflow || (arcs[index].capacity.isFinite && arcs[index].binaryColumn != nil))
            }
            for index in movable.sorted(by: { abs(arcs[$0].open - 0.5) < abs(arcs[$1].open - 0.5) }).prefix(Self.maximumMoves) {
                covered[index].toggle()
                if let moved = Self.violation(arcs, covered, capacity), moved > violation + 1e-9 {
                    violation = moved
                } else {
                    covered[index].toggle()
                }
            }
            if violation > best?.violation ?? 1e-6 { best = (covered, violation) }
        }
        guard let best else { return nil }
        return cut(arcs: arcs, covered: best.cover, capacity: capacity, values: values)
    }

    /// `λ = Σ_{C+} u − Σ_{C−} u − b`.
    private func excess(_ arcs: [Arc], _ covered: [Bool], _ capacity: Double) -> Double {
        var total = -capacity
        for (arc, isCovered) in zip(arcs, covered) where isCovered { total += arc.isInflow ? arc.capacity : -arc.capacity }
        return total
    }

    /// The inequality's terms in arc space: for each arc the coefficients of its flow and
    /// switch, and the constant, all moved to the `≤` side (`Σ flow·x + switch·y ≤ constant`).
    private static func terms(_ arcs: [Arc], _ covered: [Bool], _ capacity: Double) -> (flow: [Double], switch: [Double], constant: Double)? {
        var excess = -capacity
        for (arc, isCovered) in zip(arcs, covered) where isCovered {
            guard arc.capacity.isFinite else { return nil }
            excess += arc.isInflow ? arc.capacity : -arc.capacity
        }
        guard excess > 1e-9 else { return nil }
        // Outflow arcs outside the cover: λ·y (L−) or x (L−−), whichever is smaller at the point.
        let isInL = arcs.indices.map { index in
            !arcs[index].isInflow && !covered[index] && excess * arcs[index].open < arcs[index].flow
        }
        let lifting = FlowCoverLifting(
            capacities: arcs.indices.filter { (arcs[$0].isInflow && covered[$0]) || isInL[$0] }.map { arcs[$0].capacity },
            excess: excess)
        var flow = [Double](repeating: 0, count: arcs.count)
        var onOff = [Double](repeating: 0, count: arcs.count)
        var constant = capacity
        for (index, arc) in arcs.enumerated() {
            switch (arc.isInflow, covered[index]) {
            case (true, true):
                flow[index] = 1
                if arc.capacity > excess {
                    // (u − λ)(1 − y)
                    constant -= arc.capacity - excess
                    onOff[index] = -(arc.capacity - excess)
                }
            case (true, false):
                let term = arc.flowColumn == nil ? (0, -lifting(arc.capacity)) : lifting.inflowTerm(capacity: arc.capacity)
                flow[index] = term.0
                onOff[index] = -term.1
            case (false, true):
                // RHS: u − f(u)(1 − y)
                let lifted = lifting(arc.capacity)
                constant += arc.capacity - lifted
                onOff[index] = -lifted
            case (false, false):
                if isInL[index] { onOff[index] = -excess } else { flow[index] = -1 }
            }
        }
        return (flow, onOff, constant)
    }

    /// `LHS − RHS` of the inequality at the point, or `nil` when the cover has no positive excess.
    private static func violation(_ arcs: [Arc], _ covered: [Bool], _ capacity: Double) -> Double? {
        guard let (flow, onOff, constant) = terms(arcs, covered, capacity) else { return nil }
        var total = -constant
        for (index, arc) in arcs.enumerated() {
            total += flow[index] * arc.flow + onOff[index] * arc.open
        }
        return total
    }

    /// The inequality in the formulation's columns.
    private func cut(arcs: [Arc], covered: [Bool], capacity: Double, values: [Double]) -> ScoredCut? {
        guard let (flow, onOff, constant) = Self.terms(arcs, covered, capacity) else { return nil }
        scratch.clear()
        var rightHandSide = constant
        for (index, arc) in arcs.enumerated() {
            var switchCoefficient = onOff[index]
            if let column = arc.flowColumn {
                // flow = scale·(x − shift)
                scratch.add(flow[index] * arc.scale, at: column)
                rightHandSide += flow[index] * arc.scale * arc.shift
            } else {
                // flow = capacity·y
                switchCoefficient += flow[index] * arc.capacity
            }
            if let column = arc.binaryColumn {
                scratch.add(switchCoefficient, at: column)
            } else {
                rightHandSide -= switchCoefficient
            }
        }
        return ScoredCut(scratch, rightHandSide: rightHandSide, formulation: formulation, values: values)
    }
}
