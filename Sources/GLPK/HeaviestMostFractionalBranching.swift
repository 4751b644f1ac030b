import CGLPK

/// MILPKit's branching rule for set models (``GLPKParameters/BranchingRule/mostFractionalHeaviest``):
/// the most fractional candidate, ties going to the heaviest column, the one with the largest
/// |objective coefficient| × number of the problem's own rows it appears in.
///
/// In the LPs of set packing and covering models most fractional values are equal (a half, a
/// third), and GLPK's most-fractional rule takes the first such column. The heaviest one weighs
/// most in the objective and meets the most rows: setting it to 1 fixes the most other columns.
struct HeaviestMostFractionalBranching {
    /// The weight of each column of the tree's problem (index 0 unused); empty until the first call.
    private var weights: [Double] = []
    /// How many rows the tree's problem had at the search's first callback call, before any cut.
    private var ownRows: Int32?

    /// Fractionalities this close are a tie.
    static let tieTolerance = 1e-6

    /// Notes the rows of the tree's problem at the search's first callback call, before cuts are
    /// added; later calls change nothing.
    mutating func noteOwnRows(_ problem: OpaquePointer) {
        if ownRows == nil { ownRows = glp_get_num_rows(problem) }
    }

    /// The column to branch on at a `GLP_IBRANCH` call; `nil` when no column can be branched on.
    mutating func column(_ tree: OpaquePointer) -> Int32? {
        let problem = glp_ios_get_prob(tree)!
        let columns = glp_get_num_cols(problem)
        guard columns > 0 else { return nil }
        if weights.isEmpty { weights = Self.weights(of: problem, ownRows: ownRows ?? glp_get_num_rows(problem)) }
        var best: (column: Int32, fractionality: Double, weight: Double)?
        for column in 1...columns where glp_ios_can_branch(tree, column) != 0 {
            let fractionality = TreeRelaxation.fractionality(of: column, in: problem)
            let weight = weights[Int(column)]
            if let best {
                if fractionality < best.fractionality - Self.tieTolerance { continue }
                if fractionality <= best.fractionality + Self.tieTolerance, weight <= best.weight { continue }
            }
            best = (column, fractionality, weight)
        }
        return best?.column
    }

    /// |objective coefficient| × the number of rows among the first `ownRows` that hold the
    /// column, for every column of `problem`.
    static func weights(of problem: OpaquePointer, ownRows: Int32) -> [Double] {
        let columns = glp_get_num_cols(problem)
        var indices = [Int32](repeating: 0, count: Int(glp_get_num_rows(problem)) + 1)
        var weights = [Double](repeating: 0, count: Int(columns) + 1)
        for column in stride(from: 1, through: columns, by: 1) {
            let length = Int(glp_get_mat_col(problem, column, &indices, nil))
            let rows = indices[1..<(length + 1)].count { $0 <= ownRows }
            weights[Int(column)] = abs(glp_get_obj_coef(problem, column)) * Double(rows)
        }
        return weights
    }
}
