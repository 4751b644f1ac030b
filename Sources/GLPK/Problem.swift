import CGLPK
import MILP

/// An owning handle of a GLPK problem object (`glp_prob`), freed exactly once in `deinit`
/// (unless a GLPK error already freed it with the rest of the thread's environment).
/// Used only inside an ``Environment`` session on one thread.
@_spi(Benchmarks) public final class Problem {
    let pointer: OpaquePointer
    /// The environment generation the object was made in.
    private let generation = Environment.Generation()
    /// The model's variable count; GLPK column `j` is variable `j - 1`.
    let variableCount: Int
    /// The model's row count; a model without rows gets one empty free row, which GLPK needs.
    let constraintCount: Int

    /// Creates a GLPK problem holding `model`, loading the matrix a column at a time.
    /// Integer bounds are rounded inward; the model must have passed ``Model/validate()``.
    public init(_ model: Model) throws(SolverError) {
        let statistics = (rows: model.constraintCount, columns: model.variableCount,
                          nonzeros: model.nonzeroCount)
        guard statistics.rows < Int32.max, statistics.columns < Int32.max, statistics.nonzeros < Int32.max else {
            throw .tooLarge("\(statistics.rows) rows, \(statistics.columns) columns, \(statistics.nonzeros) nonzeros exceed GLPK's 32-bit indices")
        }
        pointer = glp_create_prob()
        variableCount = model.variableCount
        constraintCount = model.constraintCount
        try Environment.guarded { [self] in load(model, nonzeros: statistics.nonzeros) }
    }

    /// An empty problem object, for GLPK's translators and copies to fill.
    init() {
        pointer = glp_create_prob()
        variableCount = 0
        constraintCount = 0
    }

    deinit {
        if generation.isCurrent { glp_delete_prob(pointer) }
    }

    private func load(_ model: Model, nonzeros: Int) {
        glp_set_obj_dir(pointer, model.objective.sense == .minimize ? GLP_MIN : GLP_MAX)
        glp_add_rows(pointer, Int32(max(constraintCount, 1)))
        if constraintCount == 0 { glp_set_row_bnds(pointer, 1, GLP_FR, 0, 0) }
        for (position, row) in model.constraintDescriptions.enumerated() {
            let bounds = BoundType(lower: row.lowerBound, upper: row.upperBound)
            glp_set_row_bnds(pointer, Int32(position + 1), bounds.code, bounds.lower, bounds.upper)
        }
        if variableCount > 0 { glp_add_cols(pointer, Int32(variableCount)) }
        for (position, variable) in model.variableDescriptions.enumerated() {
            let column = Int32(position + 1)
            var lower = variable.lowerBound, upper = variable.upperBound
            if variable.kind.isIntegral {
                glp_set_col_kind(pointer, column, GLP_IV)
                lower = Self.roundedUp(lower)
                upper = Self.roundedDown(upper)
            }
            let bounds = BoundType(lower: lower, upper: upper)
            glp_set_col_bnds(pointer, column, bounds.code, bounds.lower, bounds.upper)
        }
        for term in model.objective.expression.terms {
            glp_set_obj_coef(pointer, Int32(term.variable.index + 1), term.coefficient)
        }
        glp_set_obj_coef(pointer, 0, model.objective.expression.constant)
        guard nonzeros > 0 else { return }
        // Column by column, each column's rows in descending order: on an MPS file this takes
        // glpsol's path exactly (the same nodes and simplex iterations), as the order of a
        // column's elements steers the simplex method's pivots. GLPK's arrays are 1-based: a
        // column's elements start after `starts[column]`.
        var starts = [Int](repeating: 0, count: variableCount + 1)
        for row in model.constraintDescriptions {
            for term in row.terms { starts[term.variable.index + 1] += 1 }
        }
        for column in 0..<variableCount { starts[column + 1] += starts[column] }
        var filled = starts
        var rows = [Int32](repeating: 0, count: nonzeros + 1)
        var values = [Double](repeating: 0, count: nonzeros + 1)
        let descriptions = model.constraintDescriptions
        for position in descriptions.indices.reversed() {
            for term in descriptions[position].terms {
                filled[term.variable.index] += 1
                rows[filled[term.variable.index]] = Int32(position + 1)
                values[filled[term.variable.index]] = term.coefficient
            }
        }
        rows.withUnsafeBufferPointer { rows in
            values.withUnsafeBufferPointer { values in
                for column in 0..<variableCount where starts[column + 1] > starts[column] {
                    glp_set_mat_col(pointer, Int32(column + 1), Int32(starts[column + 1] - starts[column]),
                                    rows.baseAddress! + starts[column], values.baseAddress! + starts[column])
                }
            }
        }
    }

    /// Runs `glp_simplex` with `control` and returns its code.
    func simplex(_ control: glp_smcp) throws(SolverError) -> Int32 {
        let pointer = pointer
        return try Environment.guarded {
            var control = control
            return glp_simplex(pointer, &control)
        }
    }

    /// The integer variables whose rounded bounds leave no integer value, as `(index, lower, upper)`.
    static func emptyIntegerDomains(in model: Model) -> [(index: Int, lower: Double, upper: Double)] {
        model.variableDescriptions.enumerated().compactMap { index, variable in
            guard variable.kind.isIntegral, roundedUp(variable.lowerBound) > roundedDown(variable.upperBound) else { return nil }
            return (index, variable.lowerBound, variable.upperBound)
        }
    }

    /// The smallest integer not below `value`, forgiving values a hair above an integer.
    private static func roundedUp(_ value: Double) -> Double { value.isFinite ? (value - 1e-9).rounded(.up) : value }

    /// The largest integer not above `value`, forgiving values a hair below an integer.
    private static func roundedDown(_ value: Double) -> Double { value.isFinite ? (value + 1e-9).rounded(.down) : value }

    // MARK: Reading results

    /// Column values of the basic (simplex) solution.
    func simplexValues() -> [Double] { (0..<variableCount).map { glp_get_col_prim(pointer, Int32($0 + 1)) } }
    /// Row activities of the basic solution.
    func simplexActivities() -> [Double] { (0..<constraintCount).map { glp_get_row_prim(pointer, Int32($0 + 1)) } }
    /// Row duals of the basic solution.
    func simplexDuals() -> [Double] { (0..<constraintCount).map { glp_get_row_dual(pointer, Int32($0 + 1)) } }
    /// Reduced costs of the basic solution.
    func simplexReducedCosts() -> [Double] { (0..<variableCount).map { glp_get_col_dual(pointer, Int32($0 + 1)) } }

    /// Column values of the interior-point solution.
    func interiorValues() -> [Double] { (0..<variableCount).map { glp_ipt_col_prim(pointer, Int32($0 + 1)) } }
    /// Row activities of the interior-point solution.
    func interiorActivities() -> [Double] { (0..<constraintCount).map { glp_ipt_row_prim(pointer, Int32($0 + 1)) } }
    /// Row duals of the interior-point solution.
    func interiorDuals() -> [Double] { (0..<constraintCount).map { glp_ipt_row_dual(pointer, Int32($0 + 1)) } }
    /// Reduced costs of the interior-point solution.
    func interiorReducedCosts() -> [Double] { (0..<variableCount).map { glp_ipt_col_dual(pointer, Int32($0 + 1)) } }

    /// Column values of the integer solution.
    func integerValues() -> [Double] { (0..<variableCount).map { glp_mip_col_val(pointer, Int32($0 + 1)) } }
    /// Row activities of the integer solution.
    func integerActivities() -> [Double] { (0..<constraintCount).map { glp_mip_row_val(pointer, Int32($0 + 1)) } }
}

/// GLPK's bound type (`GLP_FR`, `GLP_LO`, `GLP_UP`, `GLP_DB`, `GLP_FX`) derived from two bounds,
/// with the infinite ones replaced by the 0 GLPK expects.
struct BoundType {
    let code: Int32
    let lower: Double
    let upper: Double

    init(lower: Double, upper: Double) {
        switch (lower.isFinite, upper.isFinite) {
        case (false, false): (code, self.lower, self.upper) = (GLP_FR, 0, 0)
        case (true, false): (code, self.lower, self.upper) = (GLP_LO, lower, 0)
        case (false, true): (code, self.lower, self.upper) = (GLP_UP, 0, upper)
        case (true, true): (code, self.lower, self.upper) = (lower == upper ? GLP_FX : GLP_DB, lower, upper)
        }
    }
}
