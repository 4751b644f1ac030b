import MILP

/// How long before a solve's time limit GLPK is asked to stop: the time kept for the work that
/// GLPK's own clocks do not count and for returning the result.
///
/// GLPK starts its root LP's clock only once the simplex method starts, after its MIP presolver,
/// scaling and initial basis; a simplex solve that reaches its limit recomputes the basic
/// solution (after a refactorisation, when one was due) before it returns; then the result is
/// read, the problem freed and the report written. All of it grows with the model: on the
/// 10,201 × 10,100 medium facility-location models with 40,200 nonzeros, the work before the root
/// LP's clock started took 17 to 52 ms and the simplex method returned 4 to 13 ms after its
/// limit. The margin is ``perElement`` for every nonzero, row and column (61 ms for those
/// models), and at most half the time limit; models of a few thousand nonzeros lose a few
/// milliseconds at most.
enum StoppingMargin {
    /// The margin for each nonzero, row and column of the model.
    static let perElement = Duration.microseconds(1)

    /// The margin for a model of `rows` × `columns` with `nonzeros` matrix coefficients under a
    /// time limit of `limit`.
    static func margin(rows: Int, columns: Int, nonzeros: Int, limit: Duration) -> Duration {
        min(perElement * (rows + columns + nonzeros), limit / 2)
    }

    /// The margin for `model` under a time limit of `limit`.
    static func margin(for model: Model, limit: Duration) -> Duration {
        margin(rows: model.constraintCount, columns: model.variableCount,
               nonzeros: model.nonzeroCount, limit: limit)
    }
}
