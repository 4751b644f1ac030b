import CGLPK
import MILP
import Search

/// MILPKit's own search inside GLPK's branch-and-cut, driven from its callback: cut rounds at
/// `GLP_ICUTGEN` (the separators' and the pool's cuts become rows of the current subproblem;
/// GLPK re-solves the LP and calls again until a round adds nothing; cuts left slack are deleted
/// at the next `GLP_IROWGEN` call, after the LP is solved), large-neighbourhood
/// heuristics on the root's final LP (at its `GLP_IBRANCH` call) and at the first `GLP_IHEUR`
/// call of later nodes, their solutions offered with `glp_ios_heur_sol`. Once the root's
/// heuristics have run, the root cut trial (``RootCutTrial``) may ask for a restart without cuts:
/// the solver then ends this search and begins another, which offers the incumbent at its first
/// `GLP_IHEUR` call. The cut family trial (``CutFamilyTrial``), when asked for, switches GLPK's
/// cut families that cut nothing at the root off below it.
///
/// Everything works on the problem GLPK's tree holds, which after GLPK's presolver is not the
/// caller's model: at the first call (always at the root, where bounds are global) that problem's
/// regular rows, columns and objective are read into a ``Formulation``, and cuts and solutions
/// are in its columns.
final class TreeSearch {
    private let parameters: GLPKParameters
    /// How deep in sub-MIPs this search is: 0 for a solve of its own.
    private let subMIPLevel: Int
    private let deadline: ContinuousClock.Instant?
    private var formulation: Formulation?
    private var cutLoop: CutLoop?
    private var heuristics: HeuristicRunner?
    /// The node whose first `GLP_IHEUR` call ran the heuristics.
    private var heuristicNode: Int32 = 0
    private var columns: [Int32] = []
    private var coefficients: [Double] = []
    private let clock = ContinuousClock()
    private let began: ContinuousClock.Instant
    /// The root's LP objective before any cut was added.
    private var rootLPObjective: Double?
    /// The rows of the tree's problem before any cut was added.
    private var rowsBeforeCuts = 0
    /// Whether the root cut trial has been run (at the root's first `GLP_IBRANCH` call).
    private var rootCutTrialRan = false
    /// What the root cut trial did, when it judged the root.
    private var rootCutTrialStatistics: SearchComponentStatistics?
    /// Which of GLPK's cut families go on below the root, when the parameters ask.
    private var cutFamilyTrial: CutFamilyTrial?
    /// The incumbent, by column of the tree's problem, when the root cut trial asks for a restart.
    private(set) var restartIncumbent: [Double]?
    /// Whether a heuristic's exhaustive sub-MIP proved the incumbent optimal, which ended the search.
    var provedIncumbentOptimal: Bool { heuristics?.provedIncumbentOptimal == true }
    /// A solution by column of the tree's problem, from the search this one restarts, to offer at
    /// the first `GLP_IHEUR` call if it is feasible here.
    private var pendingIncumbent: [Double]?

    /// A search with `parameters`, `subMIPLevel` deep in sub-MIPs, ending by `deadline`; one that
    /// restarts another offers `incumbent` (by column of the tree's problem); `cutFamilyTrial`
    /// judges GLPK's cut families at the root.
    init(parameters: GLPKParameters, subMIPLevel: Int, deadline: ContinuousClock.Instant?, incumbent: [Double]? = nil,
         cutFamilyTrial: CutFamilyTrial? = nil) {
        self.parameters = parameters
        self.cutFamilyTrial = cutFamilyTrial
        self.subMIPLevel = subMIPLevel
        self.deadline = deadline
        pendingIncumbent = incumbent
        began = clock.now
    }

    /// What the root cut trial, the cut family trial, each separator, the pool and each heuristic did.
    var componentStatistics: [SearchComponentStatistics] {
        [rootCutTrialStatistics, cutFamilyTrial?.statistics].compactMap { $0 } + (cutLoop?.componentStatistics ?? [])
            + (heuristics?.componentStatistics ?? [])
    }

    /// Handles one callback call with reason `reason`; `nodes` is the number of nodes so far and
    /// `bestBound` the best bound over open nodes when last computed, if it is known.
    func handle(_ tree: OpaquePointer, reason: Int32, nodes: Int, bestBound: Double?) throws {
        guard [GLP_ICUTGEN, GLP_IROWGEN, GLP_IHEUR, GLP_IBRANCH].contains(reason) else { return }
        let problem = glp_ios_get_prob(tree)!
        let current = glp_ios_curr_node(tree)
        let depth = Int(glp_ios_node_level(tree, current))
        if formulation == nil { prepare(problem) }
        if reason == GLP_ICUTGEN, depth == 0 {
            if rootLPObjective == nil { rootLPObjective = glp_get_obj_val(problem) }
            cutFamilyTrial?.noteRootCuts(tree, problem: problem)
        }
        if reason == GLP_IHEUR, let values = pendingIncumbent {
            pendingIncumbent = nil
            if let solution = formulation?.feasibleSolution(near: values) { glp_ios_heur_sol(tree, [0] + solution) }
        }
        switch reason {
        case GLP_ICUTGEN:
            guard let cutLoop else { return }
            let point = CutLoop.Point(node: Int(current), depth: depth, values: columnValues(problem), objective: glp_get_obj_val(problem))
            let cuts = cutLoop.round(at: point)
            guard !cuts.isEmpty else { return }
            for cut in cuts { add(cut, to: problem) }
            // Adding rows drops the basis factorization, which GLPK's own Gomory generator reads
            // later in this round; the new rows' slacks are basic, so refactorising cannot fail.
            glp_factorize(problem)
        case GLP_IROWGEN where cutLoop != nil:
            // GLPK refactorises after rows are deleted here (not after GLP_ICUTGEN).
            removeSlackCuts(tree, problem: problem, level: Int32(depth))
        case GLP_IBRANCH where depth == 0, GLP_IHEUR where depth > 0 && current != heuristicNode:
            heuristicNode = current
            // At the root its LP objective is the best bound, and a fresher one than `bestBound`.
            let bound = depth == 0 ? glp_get_obj_val(problem) : bestBound
            try runHeuristics(tree, problem: problem, depth: depth, nodes: nodes, bound: bound)
            if depth == 0 { cutFamilyTrial?.judgeRoot(tree, problem: problem) }
            if depth == 0, !rootCutTrialRan, parameters.triesRootCuts {
                rootCutTrialRan = true
                judgeRootCuts(problem)
            }
        default:
            break
        }
    }

    /// Runs the root cut trial on the root's final LP and the incumbent, if there is one, and asks
    /// for a restart when the cuts failed and at least as much time is left as this search took.
    private func judgeRootCuts(_ problem: OpaquePointer) {
        guard let formulation, let rootLPObjective, let incumbent = incumbentObjective(problem) else { return }
        let trial = RootCutTrial(lpBound: rootLPObjective, cutBound: glp_get_obj_val(problem), incumbent: incumbent,
                                 sense: formulation.model.objective.sense, hasIntegralObjective: formulation.hasIntegralObjective,
                                 rows: rowsBeforeCuts, cutRows: Int(glp_get_num_rows(problem)) - rowsBeforeCuts)
        let elapsed = clock.now - began
        let restarts = trial.cutsFailed && deadline.map { $0 - clock.now >= elapsed } ?? true
        rootCutTrialStatistics = SearchComponentStatistics(name: RootCutTrial.name, kind: .restart, calls: 1,
                                                           found: trial.cutsFailed ? 1 : 0, accepted: restarts ? 1 : 0,
                                                           time: restarts ? elapsed : .zero)
        if restarts { restartIncumbent = incumbentValues(problem) }
    }

    /// Reads the tree's problem into a formulation and sets up the cut loop and heuristics the
    /// parameters ask for.
    private func prepare(_ problem: OpaquePointer) {
        let formulation = Formulation(Self.model(of: problem))
        self.formulation = formulation
        rowsBeforeCuts = Int(glp_get_num_rows(problem))
        let separators: [any CutSeparator] = GLPKParameters.Separator.allCases.filter { parameters.separators?.contains($0) == true }.map { separator in
            switch separator {
            case .pathMIR: PathMIRSeparator(formulation: formulation)
            case .knapsackCover: KnapsackCoverSeparator(formulation: formulation)
            case .flowCover: FlowCoverSeparator(formulation: formulation)
            case .knapsackClique: KnapsackCliqueSeparator(formulation: formulation)
            }
        }
        let usesPool = parameters.cutPool ?? true
        if !separators.isEmpty {
            let loop = CutLoop(separators: separators, usesPool: usesPool)
            // Cut rounds end halfway to the deadline, so that branching and heuristics keep
            // half of the time to find solutions.
            loop.deadline = deadline.map { deadline in
                let now = ContinuousClock.now
                return now + (deadline - now) / 2
            }
            cutLoop = loop
        }
        let heuristics: [any PrimalHeuristic] = GLPKParameters.Heuristic.allCases.filter { parameters.heuristics?.contains($0) == true }.map { heuristic in
            switch heuristic {
            case .rens: RENS(formulation: formulation)
            case .rins: RINS(formulation: formulation)
            case .localBranching: LocalBranching(formulation: formulation)
            case .proximity: ProximitySearch(formulation: formulation)
            case .lastStep: LastStepSearch(formulation: formulation)
            }
        }
        if !heuristics.isEmpty {
            let runner = HeuristicRunner(formulation: formulation, heuristics: heuristics, solver: GLPKSolver(parameters: parameters, subMIPLevel: subMIPLevel + 1))
            runner.deadline = deadline
            self.heuristics = runner
        }
        let columns = Int(glp_get_num_cols(problem)) + 1
        self.columns = [Int32](repeating: 0, count: columns)
        coefficients = [Double](repeating: 0, count: columns)
    }

    /// The model GLPK's tree works on: its columns, regular rows and objective.
    static func model(of problem: OpaquePointer) -> Model {
        var model = Model()
        let columnCount = glp_get_num_cols(problem), rowCount = glp_get_num_rows(problem)
        var variables: [Variable] = []
        for j in 1...max(columnCount, 1) where j <= columnCount {
            let type = glp_get_col_type(problem, j)
            let lower = TreeRelaxation.lowerBound(type: type, value: glp_get_col_lb(problem, j))
            let upper = TreeRelaxation.upperBound(type: type, value: glp_get_col_ub(problem, j))
            let kind: VariableKind = glp_get_col_kind(problem, j) == GLP_CV ? .continuous : .integer
            variables.append(model.addVariable(kind: kind, lowerBound: lower, upperBound: upper))
        }
        var indices = [Int32](repeating: 0, count: Int(columnCount) + 1)
        var values = [Double](repeating: 0, count: Int(columnCount) + 1)
        for i in 1...max(rowCount, 1) where i <= rowCount && glp_get_row_type(problem, i) != GLP_FR {
            let length = Int(glp_get_mat_row(problem, i, &indices, &values))
            let expression = LinearExpression(terms: (0..<length).map { .init(values[$0 + 1], variables[Int(indices[$0 + 1]) - 1]) })
            let type = glp_get_row_type(problem, i)
            let lower = TreeRelaxation.lowerBound(type: type, value: glp_get_row_lb(problem, i))
            let upper = TreeRelaxation.upperBound(type: type, value: glp_get_row_ub(problem, i))
            model.addConstraint(LinearConstraint(lowerBound: lower, expression, upperBound: upper))
        }
        var objective = LinearExpression(glp_get_obj_coef(problem, 0))
        for (position, variable) in variables.enumerated() {
            let coefficient = glp_get_obj_coef(problem, Int32(position + 1))
            if coefficient != 0 { objective.add(coefficient, variable) }
        }
        if glp_get_obj_dir(problem) == GLP_MAX { model.maximize(objective) } else { model.minimize(objective) }
        return model
    }

    /// The incumbent's objective value, if GLPK has an incumbent.
    private func incumbentObjective(_ problem: OpaquePointer) -> Double? {
        let status = glp_mip_status(problem)
        return status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil
    }

    /// The incumbent, by column.
    private func incumbentValues(_ problem: OpaquePointer) -> [Double] {
        (0..<Int(glp_get_num_cols(problem))).map { glp_mip_col_val(problem, Int32($0 + 1)) }
    }

    /// The current LP solution, by column.
    private func columnValues(_ problem: OpaquePointer) -> [Double] {
        (0..<Int(glp_get_num_cols(problem))).map { glp_get_col_prim(problem, Int32($0 + 1)) }
    }

    /// Once the LP holds more cut rows than ``cutRowAllowance`` allows, deletes the cuts of this
    /// node's level that the LP solution satisfies with slack (their slacks are basic, as GLPK
    /// requires of rows deleted in a callback), so that the LP does not grow without bound with
    /// cuts that no longer bind; the pool keeps them should they be violated again.
    private func removeSlackCuts(_ tree: OpaquePointer, problem: OpaquePointer, level: Int32) {
        guard let formulation, Int(glp_get_num_rows(problem)) - formulation.rows.count > cutRowAllowance(formulation) else { return }
        var slack: [Int32] = [0]
        var attributes = glp_attr()
        for row in stride(from: glp_get_num_rows(problem), through: 1, by: -1) {
            glp_ios_row_attr(tree, row, &attributes)
            guard attributes.origin == GLP_RF_CUT else { continue }
            guard attributes.level == level, glp_get_row_stat(problem, row) == GLP_BS else { continue }
            let bound = glp_get_row_type(problem, row) == GLP_LO ? glp_get_row_lb(problem, row) : glp_get_row_ub(problem, row)
            if abs(glp_get_row_prim(problem, row) - bound) > 1e-6 * (1 + abs(bound)) { slack.append(row) }
        }
        if slack.count > 1 { glp_del_rows(problem, Int32(slack.count - 1), slack) }
    }

    /// The number of cut rows the LP may hold before slack ones are deleted: twice the model's
    /// rows, and at least 1,000.
    private func cutRowAllowance(_ formulation: Formulation) -> Int { max(1000, 2 * formulation.rows.count) }

    /// Adds `cut` as a row of the current subproblem; GLPK marks it a cut of the node's level.
    private func add(_ cut: Cut, to problem: OpaquePointer) {
        let row = glp_add_rows(problem, 1)
        for (position, term) in cut.terms.enumerated() {
            columns[position + 1] = Int32(term.variable.index + 1)
            coefficients[position + 1] = term.coefficient
        }
        glp_set_mat_row(problem, row, Int32(cut.terms.count), columns, coefficients)
        glp_set_row_bnds(problem, row, GLP_UP, 0, cut.rightHandSide)
    }

    /// Runs the heuristics at the current node and offers what they find to GLPK.
    private func runHeuristics(_ tree: OpaquePointer, problem: OpaquePointer, depth: Int, nodes: Int, bound: Double?) throws {
        guard let heuristics else { return }
        let incumbentObjective = incumbentObjective(problem)
        let node = HeuristicNode(
            nodeCount: nodes, depth: depth, values: columnValues(problem),
            incumbent: incumbentObjective == nil ? nil : incumbentValues(problem),
            incumbentObjective: incumbentObjective, bound: bound,
            reducedCosts: (0..<Int(glp_get_num_cols(problem))).map { glp_get_col_dual(problem, Int32($0 + 1)) })
        for found in try heuristics.run(at: node) {
            if glp_ios_heur_sol(tree, [0] + found.values) == 0 { heuristics.recordAccepted(found.heuristic) }
        }
        if heuristics.provedIncumbentOptimal { glp_ios_terminate(tree) }
    }
}
