import CGLPK
import MILP

/// Keeps GLPK's branch-and-cut within the solve's deadline from inside its callback.
///
/// GLPK checks its own time limit only between rounds of its main loop, and several of its steps
/// run long without returning: hybrid pseudocost branching initialises the pseudocosts of every
/// new candidate with two LP solves each (ten seconds at the root of a 550-variable independent
/// set), cut generation and the root heuristics. The budget is consulted at every callback call:
/// past the deadline it asks for the search to stop; before a step it cannot interrupt it
/// shortens or skips that step when the time left is too short for it. GLPK reads its control
/// structure (`glp_iocp`) through a pointer during the search, so changes take effect at once.
struct SearchTimeBudget {
    /// When the search must have stopped.
    let deadline: ContinuousClock.Instant
    /// The control structure `glp_intopt` is running with.
    private let control: UnsafeMutablePointer<glp_iocp>
    private let clock = ContinuousClock()
    private var isAligned = false
    /// The reason of the last callback call and when it returned.
    private var previous: (reason: Int32, time: ContinuousClock.Instant)?
    /// The longest time GLPK spent generating cuts after a `GLP_ICUTGEN` call.
    private var longestCutGeneration = Duration.zero
    /// What one of GLPK's pseudocost evaluations (an LP copy and 30 dual simplex iterations) costs.
    private var evaluationCost: Duration?
    /// The columns whose pseudocosts GLPK has initialised.
    private var initialized: Set<Int32> = []

    /// How many evaluations are timed to estimate the cost of one.
    static let sampledEvaluations = 5
    /// How much longer than estimated pseudocost initialisation may take.
    static let safetyFactor = 1.5

    /// The time GLPK's root heuristics (feasibility pump, proximity search) need at the least to be worth starting.
    static let shortestHeuristicTime = Duration.milliseconds(100)

    init(deadline: ContinuousClock.Instant, control: UnsafeMutablePointer<glp_iocp>) {
        self.deadline = deadline
        self.control = control
    }

    /// Called as a callback call begins: `false` once the deadline has passed. Otherwise it
    /// prepares GLPK's next steps for the time left.
    mutating func enter(reason: Int32) -> Bool {
        let now = clock.now
        if let previous, previous.reason == GLP_ICUTGEN {
            longestCutGeneration = max(longestCutGeneration, now - previous.time)
        }
        guard now < deadline else { return false }
        let remaining = deadline - now
        if !isAligned {
            // GLPK measures its limit from when it built the tree, which is before this first
            // call; counting from now ends its node LPs and checks no later than the deadline.
            control.pointee.tm_lim = remaining.glpkValue
            isAligned = true
        }
        switch reason {
        case GLP_IHEUR:
            // The feasibility pump and proximity search follow at the root; proximity search
            // keeps its own limit, independent of the search's.
            if remaining < Self.shortestHeuristicTime {
                control.pointee.fp_heur = GLP_OFF
                control.pointee.ps_heur = GLP_OFF
            }
            control.pointee.ps_tm_lim = min(control.pointee.ps_tm_lim, remaining.glpkValue)
        case GLP_ICUTGEN:
            // GLPK's cut generators follow; leave them out once the time left is less than
            // twice their longest round so far.
            if remaining < longestCutGeneration * 2 {
                control.pointee.gmi_cuts = GLP_OFF
                control.pointee.mir_cuts = GLP_OFF
                control.pointee.cov_cuts = GLP_OFF
                control.pointee.clq_cuts = GLP_OFF
            }
        default:
            break
        }
        return true
    }

    /// Called as a callback call returns.
    mutating func leave(reason: Int32) {
        previous = (reason, clock.now)
    }

    /// At a `GLP_IBRANCH` call where GLPK is about to choose the branching variable: the column
    /// to branch on instead, when GLPK's hybrid pseudocost rule would first initialise more
    /// pseudocosts than the time left allows (two evaluations per new candidate). The column
    /// is then the most fractional candidate; `nil` leaves the choice to GLPK.
    mutating func branchingColumn(_ tree: OpaquePointer) throws(SolverError) -> Int32? {
        guard control.pointee.br_tech == GLP_BR_PCH else { return nil }
        let problem = glp_ios_get_prob(tree)!
        let candidates = (1...glp_get_num_cols(problem)).filter { glp_ios_can_branch(tree, $0) != 0 }
        guard !candidates.isEmpty else { return nil }
        let unknown = candidates.filter { !initialized.contains($0) }.count
        if unknown > 0, evaluationCost == nil {
            // Evaluations vary by an order of magnitude between columns: time a spread of them.
            let sample = Array(stride(from: 0, to: candidates.count, by: max(1, candidates.count / Self.sampledEvaluations)).prefix(Self.sampledEvaluations))
            var total = Duration.zero
            for position in sample { total += try Self.evaluationCost(of: problem, column: candidates[position]) }
            evaluationCost = total / sample.count
        }
        let needed = (evaluationCost ?? .zero) * (2 * unknown) * Self.safetyFactor
        guard clock.now + needed >= deadline else {
            initialized.formUnion(candidates)
            return nil
        }
        let fractionality = { TreeRelaxation.fractionality(of: $0, in: problem) }
        return candidates.min { fractionality($0) > fractionality($1) }
    }

    /// Times what GLPK does to evaluate one branch of `column` (`eval_degrad` in glpios09.c):
    /// copy the node's LP, fix the column, and run at most 30 dual simplex iterations.
    private static func evaluationCost(of problem: OpaquePointer, column: Int32) throws(SolverError) -> Duration {
        let clock = ContinuousClock()
        let start = clock.now
        let copy = Problem()
        let pointer = copy.pointer
        let value = glp_get_col_prim(problem, column).rounded(.down)
        try Environment.guarded {
            glp_copy_prob(pointer, problem, GLP_OFF)
            glp_set_col_bnds(pointer, column, GLP_FX, value, value)
        }
        var parameters = glp_smcp()
        glp_init_smcp(&parameters)
        parameters.msg_lev = GLP_MSG_OFF
        parameters.meth = GLP_DUALP
        parameters.it_lim = 30
        _ = try copy.simplex(parameters)
        return clock.now - start
    }
}
