import CGLPK
import MILP

/// The state GLPK's branch-and-cut callback (`glp_iocp.cb_func`) works with: it tracks the
/// search for the solution's statistics, enforces the node limit, offers a MIP start, forwards
/// events to the caller's ``Callback`` and branching decisions to a ``BranchingPolicy``.
///
/// Every call does the bookkeeping, then what belongs to the call's reason (``handle(_:)``
/// dispatches on `glp_ios_reason`), then reports the caller's events.
///
/// Nothing thrown in Swift unwinds through GLPK's C frames: an error is kept here, the search is
/// stopped with `glp_ios_terminate`, and the solver rethrows it after `glp_intopt` returns.
final class SearchBridge {
    private let callback: Callback?
    private let policy: (any BranchingPolicy)?
    /// MILPKit's own cuts and heuristics, when the parameters ask for them.
    let treeSearch: TreeSearch?
    private let nodeLimit: Int?
    private let sense: ObjectiveSense
    private let model: Model
    private let variables: [Variable]
    /// Whether the policy has been prepared for the model.
    private var isPolicyPrepared = false
    /// The pseudocosts of the policy's branchings, handed to the policy at every node.
    private var pseudocostObserver: PseudocostObserver
    /// Whether column `j` of the tree's problem is variable `j - 1` (false under GLPK's presolver).
    private let columnsMatchModel: Bool
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastProgress: ContinuousClock.Instant

    /// Nodes created so far.
    private(set) var nodes = 0
    /// The best bound over open nodes when last computed (see ``boundRefreshNodes``).
    private(set) var bestBound: Double?
    /// When the best bound was last computed: the node count and the time.
    private var boundComputed: (nodes: Int, time: ContinuousClock.Instant)?
    /// How many times the best bound was computed, each a scan of every open node.
    private(set) var boundComputations = 0

    /// The best bound over open nodes is found by scanning them all (`glp_ios_best_node`), which
    /// costs more than a node's LP once thousands of nodes are open. It is computed when an event
    /// reports it, at a new incumbent of GLPK's and when the bridge stops the search; otherwise,
    /// for the policy and the result, at every call until the root has a bound, then at a node's
    /// selection once this many nodes were created or ``boundRefreshInterval`` passed since the
    /// last time. A bound computed earlier is weaker but still valid.
    static let boundRefreshNodes = 1000
    /// See ``boundRefreshNodes``.
    static let boundRefreshInterval = Duration.milliseconds(100)
    /// Why the bridge stopped the search, if it did.
    private(set) var stopReason: Termination.Reason?
    /// The error a callback or policy threw, to rethrow once GLPK has returned.
    private(set) var error: (any Error)?
    /// The incumbent objective last reported to the callback.
    private var reportedIncumbent: Double?
    /// The MIP start's column values, until they are offered at the first `GLP_IHEUR` call.
    private var pendingStart: [Double]?
    /// Whether GLPK took the MIP start as its incumbent; `nil` until it was offered.
    private(set) var startWasTaken: Bool?
    /// The time limit, kept at every call; `nil` without one.
    private var budget: SearchTimeBudget?
    /// MILPKit's own branching rule, when the parameters resolve to it and no policy is given.
    private var branching: HeaviestMostFractionalBranching?

    /// Nodes of the searches this one continues (a restart), counted in ``nodes``.
    private let earlierNodes: Int

    /// A bridge for a search of `model`; `initialValues` (by variable index, integer variables
    /// integral) is offered as a solution when GLPK first asks for heuristic solutions, which
    /// needs the tree's columns to be the model's. A bridge for a restart `continuing` another
    /// counts its nodes on from it and does not report its incumbent again. `branching` picks the
    /// branching column when there is no branching policy.
    init(hooks: SolverHooks, nodeLimit: Int?, model: Model, columnsMatchModel: Bool, start: ContinuousClock.Instant,
         budget: SearchTimeBudget? = nil, initialValues: [Double]? = nil, treeSearch: TreeSearch? = nil,
         branching: HeaviestMostFractionalBranching? = nil, continuing previous: SearchBridge? = nil) {
        precondition(initialValues == nil || columnsMatchModel, "a MIP start needs the model's columns")
        callback = hooks.callback
        policy = hooks.branchingPolicy
        self.treeSearch = treeSearch
        self.nodeLimit = nodeLimit
        sense = model.objective.sense
        self.model = model
        variables = model.variables
        pseudocostObserver = PseudocostObserver(sense: model.objective.sense)
        self.columnsMatchModel = columnsMatchModel
        self.start = start
        lastProgress = start
        pendingStart = initialValues
        self.budget = budget
        self.branching = hooks.branchingPolicy == nil ? branching : nil
        earlierNodes = previous?.nodes ?? 0
        reportedIncumbent = previous?.reportedIncumbent
    }

    /// The C entry point GLPK calls; `info` is an unretained `SearchBridge`.
    static let entry: @convention(c) (OpaquePointer?, UnsafeMutableRawPointer?) -> Void = { tree, info in
        guard let tree, let info else { return }
        Unmanaged<SearchBridge>.fromOpaque(info).takeUnretainedValue().handle(tree)
    }

    private func handle(_ tree: OpaquePointer) {
        guard stopReason == nil, treeSearch?.restartIncumbent == nil else { return }
        let reason = glp_ios_reason(tree)
        if budget?.enter(reason: reason) == false {
            stop(tree, because: .timeLimit)
            return
        }
        defer { budget?.leave(reason: reason) }
        do {
            try observe(tree, reason: reason)
        } catch {
            self.error = error
            stop(tree, because: .interrupted)
        }
    }

    private func observe(_ tree: OpaquePointer, reason: Int32) throws {
        var active: Int32 = 0, current: Int32 = 0, total: Int32 = 0
        glp_ios_tree_size(tree, &active, &current, &total)
        nodes = earlierNodes + Int(total)
        // Once per node (at its selection) unless GLPK has a new incumbent, after which it may
        // end the search for the gap.
        if reason == GLP_IBINGO || (reason == GLP_ISELECT || bestBound == nil) && isBoundStale { computeBestBound(tree) }
        if let nodeLimit, nodes >= nodeLimit {
            stop(tree, because: .nodeLimit)
            return
        }
        if let policy {
            if !isPolicyPrepared {
                try policy.prepare(for: model)
                isPolicyPrepared = true
            }
            pseudocostObserver.observe(tree, reason: reason)
        }
        branching?.noteOwnRows(glp_ios_get_prob(tree))
        switch reason {
        case GLP_IBRANCH:
            if let policy {
                try branch(tree, with: policy)
            } else if let column = try budget?.branchingColumn(tree) ?? branching?.column(tree) {
                try Environment.guarded { glp_ios_branch_upon(tree, column, GLP_NO_BRNCH) }
            }
        case GLP_IHEUR:
            if let values = pendingStart { try offer(values, to: tree) }
        default:
            break
        }
        try treeSearch?.handle(tree, reason: reason, nodes: nodes, bestBound: bestBound)
        if treeSearch?.restartIncumbent != nil {
            // The solver begins the search again (`GLPKSolver`).
            glp_ios_terminate(tree)
            return
        }
        try reportEvents(tree, openNodes: Int(active))
    }

    /// Whether the best bound is unknown, or ``boundRefreshNodes`` nodes were created or
    /// ``boundRefreshInterval`` passed since it was computed.
    private var isBoundStale: Bool {
        guard let boundComputed, bestBound != nil else { return true }
        return nodes - boundComputed.nodes >= Self.boundRefreshNodes || clock.now - boundComputed.time >= Self.boundRefreshInterval
    }

    /// Scans the open nodes for the best bound.
    private func computeBestBound(_ tree: OpaquePointer) {
        boundComputed = (nodes, clock.now)
        boundComputations += 1
        let best = glp_ios_best_node(tree)
        // A node's bound is DBL_MAX until its LP relaxation is solved: no bound yet.
        if best != 0, case let bound = glp_ios_node_bound(tree, best), abs(bound) < .greatestFiniteMagnitude { bestBound = bound }
    }

    /// Tells the caller's callback about a new incumbent and progress, as it asked.
    private func reportEvents(_ tree: OpaquePointer, openNodes active: Int) throws {
        guard let callback else { return }
        // GLPK signals only some new incumbents (GLP_IBINGO, not those its heuristics find),
        // so any change of the incumbent seen at a call is reported.
        let problem = glp_ios_get_prob(tree)
        if callback.events.contains(.incumbent), let incumbent = incumbent(of: problem), incumbent != reportedIncumbent {
            reportedIncumbent = incumbent
            let values = columnsMatchModel ? variables.indices.map { glp_mip_col_val(problem, Int32($0 + 1)) } : nil
            let data = CallbackData(event: .incumbent, progress: progress(tree, openNodes: active), incumbentValues: values)
            if try callback.handler(data) == .stop {
                stop(tree, because: .interrupted)
                return
            }
        }
        if callback.events.contains(.progress), clock.now - lastProgress >= callback.progressInterval {
            lastProgress = clock.now
            let data = CallbackData(event: .progress, progress: progress(tree, openNodes: active))
            if try callback.handler(data) == .stop { stop(tree, because: .interrupted) }
        }
    }

    private func progress(_ tree: OpaquePointer, openNodes: Int) -> SearchProgress {
        computeBestBound(tree)
        return SearchProgress(elapsed: clock.now - start, nodes: nodes, openNodes: openNodes,
                       incumbent: incumbent(of: glp_ios_get_prob(tree)), bestBound: bestBound)
    }

    private func incumbent(of problem: OpaquePointer?) -> Double? {
        let status = glp_mip_status(problem)
        return status == GLP_FEAS || status == GLP_OPT ? glp_mip_obj_val(problem) : nil
    }

    /// Offers the MIP start to GLPK (`glp_ios_heur_sol`), which takes it unless its incumbent is
    /// at least as good.
    private func offer(_ values: [Double], to tree: OpaquePointer) throws(SolverError) {
        pendingStart = nil
        let columns = [0] + values   // GLPK's arrays are 1-based
        startWasTaken = try Environment.guarded { glp_ios_heur_sol(tree, columns) == 0 }
    }

    /// Asks the policy for a decision at a `GLP_IBRANCH` call and hands it to GLPK.
    private func branch(_ tree: OpaquePointer, with policy: any BranchingPolicy) throws {
        let problem = glp_ios_get_prob(tree)!
        let current = glp_ios_curr_node(tree)
        pseudocostObserver.branchedWithoutPolicy(at: current)
        var candidates: [BranchingCandidate] = []
        for (position, variable) in variables.enumerated() {
            let column = Int32(position + 1)
            guard glp_ios_can_branch(tree, column) != 0 else { continue }
            let type = glp_get_col_type(problem, column)
            candidates.append(BranchingCandidate(
                variable: variable,
                value: glp_get_col_prim(problem, column),
                lowerBound: TreeRelaxation.lowerBound(type: type, value: glp_get_col_lb(problem, column)),
                upperBound: TreeRelaxation.upperBound(type: type, value: glp_get_col_ub(problem, column)),
                reducedCost: glp_get_col_dual(problem, column),
                objectiveCoefficient: glp_get_obj_coef(problem, column)))
        }
        guard !candidates.isEmpty else { return }
        let incumbent = incumbent(of: problem)
        let relaxation = TreeRelaxation(problem: problem, variableCount: variables.count, sense: sense, incumbent: incumbent)
        defer { relaxation.invalidate() }
        let node = BranchingNode(
            depth: Int(glp_ios_node_level(tree, current)),
            lpObjective: glp_get_obj_val(problem),
            incumbent: incumbent,
            nodes: nodes,
            candidates: candidates,
            sense: sense,
            localBound: glp_ios_node_bound(tree, current),
            bestBound: bestBound,
            pseudocosts: pseudocostObserver.pseudocosts,
            relaxation: relaxation)
        guard let decision = try policy.branch(at: node) else { return }
        guard let chosen = candidates.first(where: { $0.variable == decision.variable }) else {
            throw BranchingError.notACandidate(index: decision.variable.index)
        }
        let column = Int32(decision.variable.index + 1)
        let direction: Int32 = switch decision.direction {
        case .down: GLP_DN_BRNCH
        case .up: GLP_UP_BRNCH
        case .automatic: GLP_NO_BRNCH
        }
        glp_ios_branch_upon(tree, column, direction)
        pseudocostObserver.branched(at: current, on: chosen.variable, value: chosen.value, objective: node.lpObjective)
    }

    private func stop(_ tree: OpaquePointer, because reason: Termination.Reason) {
        computeBestBound(tree)
        stopReason = reason
        glp_ios_terminate(tree)
    }
}

/// A branching policy asked GLPK for something it cannot do.
public enum BranchingError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The chosen variable is not among the node's candidates.
    case notACandidate(index: Int)
    /// A strong-branching trial named a variable that is not a column of the node's LP.
    case notAColumn(index: Int)
    /// A strong-branching trial asked for an iteration limit below 1.
    case invalidIterationLimit(Int)

    /// A sentence naming what was wrong.
    public var description: String {
        switch self {
        case let .notACandidate(index): "the branching policy chose variable x\(index), which is not a candidate at this node"
        case let .notAColumn(index): "a strong-branching trial named variable x\(index), which is not a column of the node's LP"
        case let .invalidIterationLimit(limit): "a strong-branching trial needs an iteration limit of at least 1, got \(limit)"
        }
    }
}
