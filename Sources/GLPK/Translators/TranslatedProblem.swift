import CGLPK
import MILP

/// A model read out of a GLPK problem object that one of GLPK's translators filled.
///
/// Rows without bounds are left out: GLPK keeps a MathProg objective (and any further
/// objectives) as such free rows, which constrain nothing. ``rows`` maps each constraint of the
/// model back to its GLPK row.
struct TranslatedProblem {
    /// The model.
    var model: Model
    /// The GLPK row number (from 1) of each constraint, indexed by ``Constraint/index``.
    var rows: [Int32]
    /// The names of free rows other than the objective's, which were left out.
    var droppedRows: [String]

    /// Reads `problem`; `name` stands in for a problem without a name.
    init(_ problem: OpaquePointer, name: String) {
        let problemName = glp_get_prob_name(problem).map { String(cString: $0) }
        model = Model(name: problemName ?? name)
        rows = []
        droppedRows = []
        let columnCount = glp_get_num_cols(problem)
        for column in stride(from: 1, through: columnCount, by: 1) {
            let kind: VariableKind = switch glp_get_col_kind(problem, column) {
            case GLP_BV: .binary
            case GLP_IV: .integer
            default: .continuous
            }
            let (lower, upper) = Self.bounds(type: glp_get_col_type(problem, column),
                                             lower: glp_get_col_lb(problem, column), upper: glp_get_col_ub(problem, column))
            model.addVariable(glp_get_col_name(problem, column).map { String(cString: $0) },
                              kind: kind, lowerBound: lower, upperBound: upper)
        }
        let variables = model.variables
        let objectiveName = glp_get_obj_name(problem).map { String(cString: $0) }
        // GLPK's row arrays are 1-based: element 0 is padding.
        var indices = [Int32](repeating: 0, count: Int(columnCount) + 1)
        var values = [Double](repeating: 0, count: Int(columnCount) + 1)
        for row in stride(from: 1, through: glp_get_num_rows(problem), by: 1) {
            let type = glp_get_row_type(problem, row)
            let rowName = glp_get_row_name(problem, row).map { String(cString: $0) }
            guard type != GLP_FR else {
                if rowName != objectiveName { droppedRows.append(rowName ?? "row \(row)") }
                continue
            }
            let count = Int(glp_get_mat_row(problem, row, &indices, &values))
            let expression = LinearExpression((1..<count + 1).map { (variables[Int(indices[$0]) - 1], values[$0]) })
            let (lower, upper) = Self.bounds(type: type, lower: glp_get_row_lb(problem, row), upper: glp_get_row_ub(problem, row))
            model.addConstraint(LinearConstraint(lowerBound: lower, expression, upperBound: upper), name: rowName)
            rows.append(row)
        }
        var objective = LinearExpression(constant: glp_get_obj_coef(problem, 0))
        for column in stride(from: 1, through: columnCount, by: 1) {
            let coefficient = glp_get_obj_coef(problem, column)
            if coefficient != 0 { objective.add(coefficient, variables[Int(column) - 1]) }
        }
        if glp_get_obj_dir(problem) == GLP_MAX { model.maximize(objective) } else { model.minimize(objective) }
    }

    /// The two bounds GLPK's bound `type` means, with infinities where it has none.
    private static func bounds(type: Int32, lower: Double, upper: Double) -> (Double, Double) {
        switch type {
        case GLP_FR: (-.infinity, .infinity)
        case GLP_LO: (lower, .infinity)
        case GLP_UP: (-.infinity, upper)
        default: (lower, upper)
        }
    }
}
