import CGLPK
import MILP

/// The LP relaxation of the current branch-and-cut node, read from the problem object GLPK hands
/// to the callback at `GLP_IBRANCH` (`glp_ios_get_prob`), which it never modifies.
///
/// Strong-branching trials run on one copy of that problem (`glp_copy_prob`), made at the first
/// trial of the node: each trial restores the node's basis statuses and bounds on the copy, changes
/// one bound, and runs the dual simplex method with an iteration limit and GLPK's terminal output
/// off. ``invalidate()`` deletes the copy while still inside the solver's session; afterwards any
/// use traps instead of touching freed GLPK memory.
final class TreeRelaxation: NodeRelaxation {
    private let problem: OpaquePointer
    private let variableCount: Int
    private let sense: ObjectiveSense
    /// The incumbent objective: trials stop once they pass it.
    private let incumbent: Double?
    private var isValid = true
    private var trial: TrialProblem?
    private var tableauIndices: [Int32] = []
    private var tableauValues: [Double] = []

    init(problem: OpaquePointer, variableCount: Int, sense: ObjectiveSense, incumbent: Double?) {
        self.problem = problem
        self.variableCount = variableCount
        self.sense = sense
        self.incumbent = incumbent
    }

    var rowCount: Int {
        checkValidity()
        return Int(glp_get_num_rows(problem))
    }

    func column(_ variable: Variable) -> RelaxationColumn {
        let column = self.column(of: variable)
        let type = glp_get_col_type(problem, column)
        return RelaxationColumn(
            value: glp_get_col_prim(problem, column),
            lowerBound: Self.lowerBound(type: type, value: glp_get_col_lb(problem, column)),
            upperBound: Self.upperBound(type: type, value: glp_get_col_ub(problem, column)),
            reducedCost: glp_get_col_dual(problem, column),
            objectiveCoefficient: glp_get_obj_coef(problem, column),
            status: Self.status(glp_get_col_stat(problem, column)))
    }

    func row(_ index: Int) -> RelaxationRow {
        checkValidity()
        precondition((0..<Int(glp_get_num_rows(problem))).contains(index), "no row \(index) in the node's LP")
        let row = Int32(index + 1)
        let type = glp_get_row_type(problem, row)
        return RelaxationRow(
            activity: glp_get_row_prim(problem, row),
            lowerBound: Self.lowerBound(type: type, value: glp_get_row_lb(problem, row)),
            upperBound: Self.upperBound(type: type, value: glp_get_row_ub(problem, row)),
            dual: glp_get_row_dual(problem, row),
            status: Self.status(glp_get_row_stat(problem, row)))
    }

    func tableauRow(of variable: Variable) -> [TableauEntry]? {
        let column = self.column(of: variable)
        // glp_eval_tab_row aborts unless the variable is basic and the basis is factorised.
        guard glp_get_col_stat(problem, column) == GLP_BS, glp_bf_exists(problem) != 0 else { return nil }
        let rows = glp_get_num_rows(problem)
        let size = Int(rows) + variableCount + 1
        if tableauIndices.count < size {
            tableauIndices = [Int32](repeating: 0, count: size)
            tableauValues = [Double](repeating: 0, count: size)
        }
        let length = glp_eval_tab_row(problem, rows + column, &tableauIndices, &tableauValues)
        guard length > 0 else { return [] }
        return (1...Int(length)).map { position in
            let k = tableauIndices[position]
            if k <= rows {
                return TableauEntry(nonbasic: .row(Int(k) - 1), coefficient: tableauValues[position],
                                    reducedCost: glp_get_row_dual(problem, k), status: Self.status(glp_get_row_stat(problem, k)))
            }
            let j = k - rows
            return TableauEntry(nonbasic: .column(Int(j) - 1), coefficient: tableauValues[position],
                                reducedCost: glp_get_col_dual(problem, j), status: Self.status(glp_get_col_stat(problem, j)))
        }
    }

    func solveChild(branchingOn variable: Variable, _ direction: BranchDirection, iterationLimit: Int) throws -> ChildRelaxation {
        checkValidity()
        guard (0..<variableCount).contains(variable.index) else { throw BranchingError.notAColumn(index: variable.index) }
        guard iterationLimit > 0 else { throw BranchingError.invalidIterationLimit(iterationLimit) }
        let column = Int32(variable.index + 1)
        let value = glp_get_col_prim(problem, column)
        let type = glp_get_col_type(problem, column)
        var lower = Self.lowerBound(type: type, value: glp_get_col_lb(problem, column))
        var upper = Self.upperBound(type: type, value: glp_get_col_ub(problem, column))
        switch direction {
        case .down: upper = value.rounded(.down)
        case .up: lower = value.rounded(.up)
        }
        guard lower <= upper else { return ChildRelaxation(outcome: .infeasible, objective: .nan, iterations: 0) }
        if trial == nil { trial = try TrialProblem(copying: problem) }
        return try trial!.solve(column: column, bounds: BoundType(lower: lower, upper: upper), iterationLimit: iterationLimit,
                            sense: sense, cutoff: incumbent)
    }

    /// Ends the relaxation's life: deletes the trial copy and makes later use trap.
    func invalidate() {
        isValid = false
        trial = nil
    }

    private func checkValidity() {
        precondition(isValid, "a node relaxation was used after the branching call that received it returned")
    }

    private func column(of variable: Variable) -> Int32 {
        checkValidity()
        precondition((0..<variableCount).contains(variable.index), "variable x\(variable.index) is not a column of the node's LP")
        return Int32(variable.index + 1)
    }

    /// How far column `column`'s value in `problem`'s LP solution is from the nearest integer:
    /// 0.5 is the most fractional.
    static func fractionality(of column: Int32, in problem: OpaquePointer) -> Double {
        let value = glp_get_col_prim(problem, column)
        return abs(value - value.rounded())
    }

    /// A lower bound in the model's terms: `-∞` for GLPK's free and upper-bounded types.
    static func lowerBound(type: Int32, value: Double) -> Double {
        type == GLP_FR || type == GLP_UP ? -.infinity : value
    }

    /// An upper bound in the model's terms: `+∞` for GLPK's free and lower-bounded types.
    static func upperBound(type: Int32, value: Double) -> Double {
        type == GLP_FR || type == GLP_LO ? .infinity : value
    }

    /// The status GLPK's code (`GLP_BS`, `GLP_NL`, `GLP_NU`, `GLP_NF`, `GLP_NS`) stands for.
    static func status(_ code: Int32) -> BasisStatus {
        switch code {
        case GLP_BS: .basic
        case GLP_NU: .atUpperBound
        case GLP_NF: .free
        case GLP_NS: .fixed
        default: .atLowerBound
        }
    }
}

/// A copy of a node's LP for strong-branching trials, with the node's basis statuses kept so
/// that every trial starts warm from the node's optimal basis.
private struct TrialProblem {
    /// The copy, deleted with the last reference to it.
    private let copy: Problem
    private var pointer: OpaquePointer { copy.pointer }
    private let rowStatuses: [Int32]
    private let columnStatuses: [Int32]
    /// The column whose bounds the last trial changed, with its original bounds.
    private var changed: (column: Int32, type: Int32, lower: Double, upper: Double)?

    /// A copy of `problem` with its basis statuses.
    init(copying problem: OpaquePointer) throws(SolverError) {
        copy = Problem()
        let pointer = copy.pointer
        try Environment.guarded { glp_copy_prob(pointer, problem, GLP_OFF) }
        let rows = glp_get_num_rows(problem), columns = glp_get_num_cols(problem)
        rowStatuses = rows > 0 ? (1...rows).map { glp_get_row_stat(problem, $0) } : []
        columnStatuses = columns > 0 ? (1...columns).map { glp_get_col_stat(problem, $0) } : []
        applyStatuses()
    }

    /// Solves the copy with `column` restricted to `bounds`.
    mutating func solve(column: Int32, bounds: BoundType, iterationLimit: Int, sense: ObjectiveSense, cutoff: Double?) throws(SolverError) -> ChildRelaxation {
        restore()
        changed = (column, glp_get_col_type(pointer, column), glp_get_col_lb(pointer, column), glp_get_col_ub(pointer, column))
        glp_set_col_bnds(pointer, column, bounds.code, bounds.lower, bounds.upper)

        var control = glp_smcp()
        glp_init_smcp(&control)
        control.msg_lev = GLP_MSG_OFF
        control.meth = GLP_DUAL
        control.it_lim = Int32(clamping: iterationLimit)
        if let cutoff {
            if sense == .minimize { control.obj_ul = cutoff } else { control.obj_ll = cutoff }
        }
        let before = glp_get_it_cnt(pointer)
        let code = try copy.simplex(control)
        let iterations = Int(glp_get_it_cnt(pointer) - before)
        let objective = glp_get_obj_val(pointer)
        let outcome: ChildRelaxation.Outcome
        switch code {
        case 0:
            switch glp_get_status(pointer) {
            case GLP_OPT: outcome = .optimal
            case GLP_NOFEAS: outcome = .infeasible
            default: outcome = .failed
            }
        case GLP_EOBJUL, GLP_EOBJLL: outcome = .cutoff
        case GLP_EITLIM: outcome = glp_get_dual_stat(pointer) == GLP_FEAS ? .iterationLimit : .failed
        default: outcome = .failed
        }
        return ChildRelaxation(outcome: outcome, objective: objective, iterations: iterations)
    }

    /// Puts back the node's bounds and basis statuses after a trial.
    private mutating func restore() {
        guard let changed else { return }
        glp_set_col_bnds(pointer, changed.column, changed.type, changed.lower, changed.upper)
        applyStatuses()
        self.changed = nil
    }

    /// Gives the copy the node's basis statuses.
    private func applyStatuses() {
        for (position, status) in rowStatuses.enumerated() { glp_set_row_stat(pointer, Int32(position + 1), status) }
        for (position, status) in columnStatuses.enumerated() { glp_set_col_stat(pointer, Int32(position + 1), status) }
    }
}
