import CGLPK
import MILP
import Search

/// Solves models in-process with GLPK: primal or dual simplex and interior point for LPs,
/// branch-and-cut for MIPs.
///
/// ```swift
/// let solution = try GLPKSolver().solve(model, options: SolverOptions(timeLimit: .seconds(10)))
/// ```
///
/// Each solve builds its own GLPK problem on the calling thread and frees it before returning,
/// so separate solves may run on separate threads at the same time. Nothing reachable from here
/// lets GLPK abort the process: the model and options are checked before GLPK sees them, and an
/// error GLPK still reports becomes ``SolverError/glpkFailure(_:)``.
///
/// GLPK has no semi-continuous variables: they are solved through a
/// ``SemicontinuousReformulation`` (one binary each), and the solution is reported in the
/// model's own variables and constraints.
public struct GLPKSolver: Solver {
    /// GLPK's own knobs; ``GLPKParameters/recommended`` unless given.
    public var parameters: GLPKParameters
    /// How deep in MILPKit's heuristics' sub-MIPs this solver works: 0 for a solve of its own.
    var subMIPLevel = 0

    /// A solver with the given GLPK parameters.
    public init(parameters: GLPKParameters = .recommended) {
        self.parameters = parameters
    }

    /// The solver for the sub-MIPs of MILPKit's heuristics at nesting `level`, under a search
    /// with `parameters`; each sub-MIP's own follow from them (``GLPKParameters/forSubMIP(_:atLevel:)``).
    init(parameters: GLPKParameters, subMIPLevel level: Int) {
        self.parameters = parameters
        subMIPLevel = level
    }

    /// `"glpk"`.
    public var name: String { "glpk" }

    /// The linked GLPK library's version, such as `"5.0"`.
    public static var libraryVersion: String { String(cString: glp_version()) }

    /// Solves `model`; see ``Solver/solve(_:options:hooks:)``.
    public func solve(_ model: Model, options: SolverOptions, hooks: SolverHooks) throws -> Solution {
        let clock = ContinuousClock()
        let start = clock.now
        let relax = options.relax == true
        let reformulation: SemicontinuousReformulation
        do {
            try model.validate()
            reformulation = try SemicontinuousReformulation(relax ? model.relaxed() : model)
        } catch {
            throw SolverError.invalidModel(error)
        }
        let solved = reformulation.model
        var options = options
        options.initialSolution = options.initialSolution.map(reformulation.extended)
        let isMIP = solved.hasIntegerVariables && !relax
        let problems = options.problems + parameters.problems + unsupported(options, hooks: hooks, model: solved, isMIP: isMIP)
        guard problems.isEmpty else { throw SolverError.unsupportedOptions(problems) }

        let searchParameters = subMIPLevel > 0 ? parameters.forSubMIP(solved, atLevel: subMIPLevel) : parameters
        let run = Run(model: isMIP ? solved : solved.relaxed(), options: options, parameters: searchParameters, subMIPLevel: subMIPLevel, hooks: hooks, start: start)
        let solve = {
            try Environment.withSession(log: hooks.log) {
                if let trivial = run.trivialOutcome() { return trivial }
                return isMIP ? try run.solveMIP() : try run.solveLP()
            }
        }
        // A sub-MIP runs inside the enclosing search's callback: on a thread of its own, a GLPK
        // error in it (which frees the thread's GLPK environment) leaves that search's objects be.
        var solution = subMIPLevel > 0 ? try Environment.onThreadOfItsOwn(solve) : try solve()
        solution.statistics.wallTime = clock.now - start
        return reformulation.originalSolution(solution)
    }

    /// Option combinations GLPK cannot honour, each naming the option at fault.
    private func unsupported(_ options: SolverOptions, hooks: SolverHooks, model: Model, isMIP: Bool) -> [InputError] {
        var problems: [InputError] = []
        if options.lpMethod == .interiorPoint {
            if isMIP { problems.append(InputError(field: "lpMethod", "interior solves LPs only; set relax to solve the LP relaxation of this MIP")) }
            if options.timeLimit != nil { problems.append(InputError(field: "timeLimit", "GLPK's interior-point method has no time limit")) }
            if options.iterationLimit != nil {
                problems.append(InputError(field: "iterationLimit", "GLPK's interior-point method has no iteration limit"))
            }
        }
        if hooks.branchingPolicy != nil, options.presolve == true {
            problems.append(InputError(field: "presolve", "a branching policy needs GLPK's MIP presolver off, since the presolver renumbers columns"))
        }
        if let start = options.initialSolution {
            if !isMIP { problems.append(InputError(field: "initialSolution", "a MIP start; this solve is an LP")) }
            if options.presolve == true {
                problems.append(InputError(field: "presolve", "a MIP start needs GLPK's MIP presolver off, since the presolver renumbers columns"))
            }
            problems += start.problems(for: model)
        }
        return problems
    }
}

/// One solve's state: the options in GLPK's terms and the problem object once built.
private struct Run {
    let model: Model
    let options: SolverOptions
    /// GLPK's own parameters, for the sub-MIPs of the solve and MILPKit's own search.
    let parameters: GLPKParameters
    /// How deep in MILPKit's heuristics' sub-MIPs the solve is.
    let subMIPLevel: Int
    let hooks: SolverHooks
    let start: ContinuousClock.Instant
    /// When GLPK must have stopped: the end of the time limit less the model's
    /// ``StoppingMargin``; `nil` without a time limit.
    let deadline: ContinuousClock.Instant?
    let clock = ContinuousClock()
    /// GLPK's controls with every option and parameter applied.
    let controls: GLPKControls
    /// Whether the search's callback picks the branching column (``HeaviestMostFractionalBranching``).
    let branchesHeaviestMostFractional: Bool

    init(model: Model, options: SolverOptions, parameters: GLPKParameters, subMIPLevel: Int, hooks: SolverHooks, start: ContinuousClock.Instant) {
        self.model = model
        self.options = options
        var parameters = parameters
        // A branching policy learns from and is measured on one search.
        if hooks.branchingPolicy != nil { parameters.rootCutTrial = nil }
        self.parameters = parameters
        self.subMIPLevel = subMIPLevel
        self.hooks = hooks
        self.start = start
        deadline = options.timeLimit.map { start + $0 - StoppingMargin.margin(for: model, limit: $0) }
        // The search runs the branching rule this model calls for; sub-MIPs resolve their own.
        var resolved = parameters
        resolved.branching = parameters.branching?.resolved(for: model)
        branchesHeaviestMostFractional = resolved.branching == .mostFractionalHeaviest
        controls = GLPKControls(options: options, parameters: resolved, logging: hooks.log != nil)
    }

    /// The outcome of models GLPK cannot or need not be asked about: no variables, or an
    /// integer variable whose rounded bounds leave no value.
    func trivialOutcome() -> Solution? {
        if model.variableCount == 0 {
            for (index, row) in model.constraintDescriptions.enumerated() where row.lowerBound > 0 || row.upperBound < 0 {
                return Solution(termination: Termination(.infeasible, detail: "constraint '\(row.name ?? "c\(index)")' has no variables and excludes 0"))
            }
            return Solution(termination: Termination(.optimal), objectiveValue: model.objective.expression.constant,
                            bestBound: model.objective.expression.constant,
                            activities: Array(repeating: 0, count: model.constraintCount))
        }
        if let empty = Problem.emptyIntegerDomains(in: model).first {
            let name = model.variableDescriptions[empty.index].name ?? "x\(empty.index)"
            return Solution(termination: Termination(.infeasible, detail: "integer variable '\(name)' has no integer value in [\(empty.lower), \(empty.upper)]"))
        }
        return nil
    }

    // MARK: Linear programs

    func solveLP() throws -> Solution {
        let problem = try Problem(model)
        if options.lpMethod == .interiorPoint { return try solveInterior(problem) }
        let code = try simplex(problem, presolve: options.presolve ?? false)
        return simplexSolution(problem, code: code)
    }

    /// Runs the simplex method and returns GLPK's return code.
    private func simplex(_ problem: Problem, presolve: Bool) throws(SolverError) -> Int32 {
        let pointer = problem.pointer
        if controls.scales == GLP_ON { try Environment.guarded { glp_scale_prob(pointer, GLP_SF_AUTO) } }
        var control = controls.simplex
        control.meth = options.lpMethod == .primalSimplex ? GLP_PRIMAL : GLP_DUALP
        control.presolve = presolve.glpkValue
        if let milliseconds = remainingMilliseconds() { control.tm_lim = milliseconds }
        let code = try problem.simplex(control)
        // The dual simplex can end without a verdict (no dual feasible basis: the LP is
        // unbounded or infeasible); the primal simplex, warm-started from there, tells which.
        guard code == 0, control.meth == GLP_DUALP, ![GLP_OPT, GLP_NOFEAS, GLP_UNBND].contains(glp_get_status(pointer)) else {
            return code
        }
        control.meth = GLP_PRIMAL
        if let milliseconds = remainingMilliseconds() { control.tm_lim = milliseconds }
        return try problem.simplex(control)
    }


    private func simplexSolution(_ problem: Problem, code: Int32) -> Solution {
        let pointer = problem.pointer
        let statistics = SolveStatistics(simplexIterations: Int(glp_get_it_cnt(pointer)))
        let termination: Termination
        switch code {
        case 0:
            switch glp_get_status(pointer) {
            case GLP_OPT: termination = Termination(.optimal)
            case GLP_NOFEAS: termination = Termination(.infeasible)
            case GLP_UNBND: termination = Termination(.unbounded)
            default: termination = Termination(.numericalError, detail: "the simplex method ended without a conclusive status")
            }
        case GLP_ENOPFS: termination = Termination(.infeasible, detail: "proven by the LP presolver")
        case GLP_ENODFS: termination = Termination(.infeasibleOrUnbounded, detail: "the LP presolver found no dual feasible solution")
        default: termination = Self.termination(forFailure: code)
        }
        let feasible = code == 0 ? termination.reason == .optimal : glp_get_prim_stat(pointer) == GLP_FEAS
        guard feasible else { return Solution(termination: termination, statistics: statistics) }
        let optimal = termination.reason == .optimal
        return Solution(
            termination: termination,
            objectiveValue: glp_get_obj_val(pointer),
            bestBound: optimal ? glp_get_obj_val(pointer) : nil,
            values: problem.simplexValues(),
            activities: problem.simplexActivities(),
            duals: optimal ? problem.simplexDuals() : [],
            reducedCosts: optimal ? problem.simplexReducedCosts() : [],
            statistics: statistics)
    }

    private func solveInterior(_ problem: Problem) throws(SolverError) -> Solution {
        let pointer = problem.pointer, parameters = controls.interior
        let code = try Environment.guarded {
            var control = parameters
            return glp_interior(pointer, &control)
        }
        let statistics = SolveStatistics(simplexIterations: 0)
        let termination: Termination
        switch (code, glp_ipt_status(problem.pointer)) {
        case (0, GLP_OPT): termination = Termination(.optimal)
        case (0, GLP_NOFEAS), (GLP_ENOFEAS, _):
            termination = Termination(.infeasibleOrUnbounded, detail: "the interior-point method found no primal-dual feasible solution")
        case (GLP_EITLIM, _): termination = Termination(.iterationLimit)
        default: termination = Self.termination(forFailure: code)
        }
        guard termination.reason == .optimal else { return Solution(termination: termination, statistics: statistics) }
        let objective = glp_ipt_obj_val(problem.pointer)
        return Solution(
            termination: termination, objectiveValue: objective, bestBound: objective,
            values: problem.interiorValues(), activities: problem.interiorActivities(),
            duals: problem.interiorDuals(), reducedCosts: problem.interiorReducedCosts(),
            statistics: statistics)
    }

    // MARK: Mixed-integer programs

    func solveMIP() throws -> Solution {
        let start = try options.initialSolution.map {
            try MIPStart($0, model: model, options: options, parameters: parameters, remaining: remaining(), log: hooks.log)
        }
        let presolve = options.presolve ?? (hooks.branchingPolicy == nil && start == nil)
        do {
            return try solveMIP(presolve: presolve, start: start)
        } catch let SolverError.glpkFailure(message) where presolve && options.presolve == nil {
            // GLPK's MIP presolver has assertions that valid models can violate (glpsol aborts
            // on them too); branch-and-cut without it still answers the question.
            hooks.log?("GLPK failed with its MIP presolver on: \(message)\nSolving again without the presolver\n")
            var solution = try solveMIP(presolve: false, start: start)
            solution.termination.detail = [solution.termination.detail, "solved without GLPK's MIP presolver, which failed: \(message)"]
                .filter { !$0.isEmpty }.joined(separator: "; ")
            return solution
        }
    }

    /// Runs branch-and-cut, with GLPK's MIP presolver if `presolve`, offering `start` if given
    /// (which needs the presolver off), and again without cuts if the root cut trial asks.
    private func solveMIP(presolve: Bool, start: MIPStart?) throws -> Solution {
        var bridge: SearchBridge?
        var solution = try searchMIP(presolve: presolve, initialValues: start?.values) { bridge = $0 }
        if let bridge, let incumbent = bridge.treeSearch?.restartIncumbent {
            solution = try restart(after: solution, of: bridge, presolve: presolve, incumbent: incumbent)
        }
        return start?.settle(solution, model: model, wasTaken: bridge?.startWasTaken) ?? solution
    }

    /// Branch-and-cut again, with ``GLPKParameters/afterFailedCutTrial``, after the root cut trial
    /// ended the search `first` with `bridge`, which left `incumbent` (by column of the tree's
    /// problem). The same model, symmetry fixings and presolver give the new search the same
    /// problem, where the incumbent is offered once checked. Nodes, iterations and statistics
    /// count both searches; the better solution is kept.
    private func restart(after first: Solution, of bridge: SearchBridge, presolve: Bool, incumbent: [Double]) throws -> Solution {
        let run = Run(model: model, options: options, parameters: parameters.afterFailedCutTrial, subMIPLevel: subMIPLevel, hooks: hooks, start: start)
        var solution = try run.searchMIP(presolve: presolve, initialValues: nil, continuing: bridge, incumbent: incumbent) { _ in }
        if let earlier = first.objectiveValue, model.objective.sense.prefers(earlier, over: solution.objectiveValue) {
            solution.objectiveValue = earlier
            solution.values = first.values
            solution.activities = first.activities
        }
        solution.statistics.nodes = max(solution.statistics.nodes, bridge.nodes)
        solution.statistics.simplexIterations += first.statistics.simplexIterations
        solution.statistics.searchComponents = SearchComponentStatistics.merged(first.statistics.searchComponents, solution.statistics.searchComponents)
        return solution
    }

    /// Runs branch-and-cut; `created` receives the callback bridge once the search starts. A
    /// restart passes the bridge it `continues` and the `incumbent` to offer (by column of the tree's
    /// problem).
    private func searchMIP(presolve: Bool, initialValues: [Double]?, continuing previous: SearchBridge? = nil,
                           incumbent: [Double]? = nil, created: (SearchBridge) -> Void) throws -> Solution {
        let problem = try Problem(model)
        // A restart repeats the fixings (its problem must be the same), not their report.
        let symmetry = parameters.symmetryBreaking == true ? breakSymmetry(of: problem) : nil
        if !presolve {
            // Without GLPK's presolver, branch-and-cut starts from an optimal LP basis we provide.
            let code = try simplex(problem, presolve: false)
            let root = simplexSolution(problem, code: code)
            switch root.termination.reason {
            case .optimal: break
            case .unbounded:
                return Solution(termination: Termination(.infeasibleOrUnbounded, detail: "the LP relaxation is unbounded"),
                                statistics: root.statistics)
            default:
                return Solution(termination: root.termination, statistics: root.statistics)
            }
        }
        // GLPK reads the controls through this pointer during the search, and the time budget
        // changes them as the deadline nears.
        let control = UnsafeMutablePointer<glp_iocp>.allocate(capacity: 1)
        defer { control.deallocate() }
        control.initialize(to: integerControl(presolve: presolve))
        if let milliseconds = remainingMilliseconds() {
            guard milliseconds > 0 else { return Solution(termination: Termination(.timeLimit)) }
            control.pointee.tm_lim = milliseconds
        }
        let budget = deadline.map { SearchTimeBudget(deadline: $0, control: control) }
        let searches = parameters.runsOwnSearch || incumbent != nil || parameters.triesRootCuts || parameters.triesCutFamilies
        let treeSearch = searches ? TreeSearch(parameters: parameters, subMIPLevel: subMIPLevel, deadline: deadline, incumbent: incumbent,
                                               cutFamilyTrial: parameters.triesCutFamilies ? CutFamilyTrial(control: control) : nil) : nil
        let bridge = SearchBridge(hooks: hooks, nodeLimit: options.nodeLimit, model: model,
                                  columnsMatchModel: !presolve, start: start, budget: budget, initialValues: initialValues,
                                  treeSearch: treeSearch,
                                  branching: branchesHeaviestMostFractional ? HeaviestMostFractionalBranching() : nil, continuing: previous)
        created(bridge)
        control.pointee.cb_func = SearchBridge.entry
        control.pointee.cb_info = Unmanaged.passUnretained(bridge).toOpaque()
        let pointer = problem.pointer
        let code: Int32
        do {
            code = try withExtendedLifetime(bridge) { () throws(SolverError) in
                try Environment.guarded { glp_intopt(pointer, control) }
            }
        } catch {
            // A GLPK error inside the callback is the bridge's to report.
            throw bridge.error ?? error
        }
        if let error = bridge.error { throw error }
        var solution = integerSolution(problem, code: code, bridge: bridge)
        if let symmetry, previous == nil { solution.statistics.searchComponents.insert(symmetry, at: 0) }
        return solution
    }

    /// Fixes at zero the columns that the model's orbitopes make redundant (``Orbitope``): the
    /// search then explores one of each set of interchangeable solutions, and some optimal
    /// solution of the model remains. Solutions offered to GLPK need not respect the fixings.
    private func breakSymmetry(of problem: Problem) -> SearchComponentStatistics {
        let begin = clock.now
        let orbitopes = Orbitope.orbitopes(in: Formulation(model))
        let fixed = orbitopes.flatMap(\.columnsFixedAtZero)
        for column in fixed { glp_set_col_bnds(problem.pointer, Int32(column + 1), GLP_FX, 0, 0) }
        return SearchComponentStatistics(name: "orbitope", kind: .symmetry, calls: 1, found: orbitopes.reduce(0) { $0 + $1.blockCount },
                                         accepted: fixed.count, time: clock.now - begin)
    }

    private func integerControl(presolve: Bool) -> glp_iocp {
        var control = controls.integer
        control.presolve = presolve.glpkValue
        return control
    }

    private func integerSolution(_ problem: Problem, code: Int32, bridge: SearchBridge) -> Solution {
        let pointer = problem.pointer
        let statistics = SolveStatistics(simplexIterations: Int(glp_get_it_cnt(pointer)), nodes: bridge.nodes,
                                         searchComponents: bridge.treeSearch?.componentStatistics ?? [])
        let provedIncumbentOptimal = bridge.treeSearch?.provedIncumbentOptimal == true
        let termination: Termination
        switch code {
        case 0 where glp_mip_status(pointer) == GLP_OPT: termination = Termination(.optimal)
        case 0 where glp_mip_status(pointer) == GLP_NOFEAS: termination = Termination(.infeasible)
        case 0: termination = Termination(.numericalError, detail: "branch-and-cut ended without a conclusive status")
        case GLP_EMIPGAP: termination = Termination(.optimal, detail: "within the relative gap tolerance \(options.mipGap ?? 0)")
        case GLP_ENOPFS: termination = Termination(.infeasible, detail: "the LP relaxation has no feasible solution")
        case GLP_ENODFS: termination = Termination(.infeasibleOrUnbounded, detail: "the LP relaxation is unbounded")
        case GLP_ESTOP where provedIncumbentOptimal:
            termination = Termination(.optimal, detail: "the last step's search proved that no solution improves on the incumbent")
        case GLP_ESTOP: termination = Termination(bridge.stopReason ?? .interrupted)
        default: termination = Self.termination(forFailure: code)
        }
        let status = glp_mip_status(pointer)
        guard status == GLP_OPT || status == GLP_FEAS else {
            return Solution(termination: termination, bestBound: bridge.bestBound, statistics: statistics)
        }
        let objective = glp_mip_obj_val(pointer)
        let provenOptimal = (code == 0 || provedIncumbentOptimal) && termination.reason == .optimal
        return Solution(
            termination: termination,
            objectiveValue: objective,
            bestBound: provenOptimal ? objective : bridge.bestBound,
            values: problem.integerValues(),
            activities: problem.integerActivities(),
            statistics: statistics)
    }

    // MARK: Shared

    /// The termination for a GLPK return code that is neither success nor a proof.
    static func termination(forFailure code: Int32) -> Termination {
        switch code {
        case GLP_ETMLIM: Termination(.timeLimit)
        case GLP_EITLIM: Termination(.iterationLimit)
        case GLP_ESTOP: Termination(.interrupted)
        case GLP_ESING: Termination(.numericalError, detail: "the basis matrix became singular")
        case GLP_ECOND: Termination(.numericalError, detail: "the basis matrix is ill-conditioned")
        case GLP_EINSTAB: Termination(.numericalError, detail: "numerical instability in the interior-point method")
        case GLP_ENOCVG: Termination(.numericalError, detail: "the interior-point method did not converge")
        case GLP_EBOUND: Termination(.numericalError, detail: "GLPK rejected a variable's bounds")
        case GLP_EROOT: Termination(.numericalError, detail: "no optimal basis for the root LP relaxation")
        default: Termination(.numericalError, detail: "GLPK failed with code \(code)")
        }
    }

    /// The time left until the deadline, or `nil` without a time limit.
    private func remaining() -> Duration? {
        deadline.map { $0 - clock.now }
    }

    /// The milliseconds left until the deadline, or `nil` without a time limit.
    private func remainingMilliseconds() -> Int32? {
        remaining()?.glpkValue
    }
}
