import MILP

/// GLPK's own knobs, beyond the solver-independent ``SolverOptions``. Every field is optional:
/// `nil` keeps GLPK's built-in default. Each case names the GLPK constant it selects; each
/// parameter is described once in ``descriptions`` (JSON name, flag, values, the `glp_*cp` field
/// it sets), which drives validation, JSON and GLPK's settings.
public struct GLPKParameters: Sendable, Equatable, Codable {
    /// How branch-and-cut picks the variable to branch on (`glp_iocp.br_tech`).
    public enum BranchingRule: String, Sendable, Codable, CaseIterable {
        /// The first fractional variable (`GLP_BR_FFV`).
        case firstFractional = "first"
        /// The last fractional variable (`GLP_BR_LFV`).
        case lastFractional = "last"
        /// The most fractional variable (`GLP_BR_MFV`).
        case mostFractional = "most"
        /// The heuristic of Driebeck and Tomlin (`GLP_BR_DTH`), GLPK's default.
        case driebeckTomlin = "dth"
        /// Hybrid pseudocost branching (`GLP_BR_PCH`).
        case hybridPseudocost = "pch"
        /// The most fractional variable, ties going to the heaviest column: the largest
        /// |objective coefficient| × number of constraints (``HeaviestMostFractionalBranching``,
        /// MILPKit's own rule through GLPK's branching callback).
        case mostFractionalHeaviest = "most-heaviest"
        /// ``mostFractionalHeaviest`` on a set model, Driebeck and Tomlin's heuristic on any
        /// other: the rule ``resolved(for:)`` picks for each model solved. MILPKit's default.
        case automatic = "auto"

        /// The rule a solve of `model` runs: this one, or for ``automatic``
        /// ``mostFractionalHeaviest`` when `model` is a set model and Driebeck and Tomlin's
        /// heuristic otherwise.
        ///
        /// A set model has only binary variables (integral, bounds within [0, 1]) and only +1 and
        /// −1 as coefficients of its constraints: set packing, covering and partitioning,
        /// combinatorial auctions, independent sets. Their LP solutions have tens of fractional
        /// variables, for each of which Driebeck and Tomlin's heuristic computes a row of the
        /// simplex tableau at every node, and the degradations it estimates from one dual
        /// simplex step tell little apart in those degenerate LPs.
        public func resolved(for model: Model) -> BranchingRule {
            guard self == .automatic else { return self }
            return Self.isSetModel(model) ? .mostFractionalHeaviest : .driebeckTomlin
        }

        /// Whether every variable of `model` is binary and every constraint coefficient is +1 or −1.
        static func isSetModel(_ model: Model) -> Bool {
            model.variableCount > 0
                && model.variableDescriptions.allSatisfy { $0.kind.isIntegral && $0.lowerBound >= 0 && $0.upperBound <= 1 }
                && model.constraintDescriptions.allSatisfy { $0.terms.allSatisfy { abs($0.coefficient) == 1 } }
        }
    }

    /// How branch-and-cut picks the next open node (`glp_iocp.bt_tech`).
    public enum Backtracking: String, Sendable, Codable, CaseIterable {
        /// Depth-first search (`GLP_BT_DFS`).
        case depthFirst = "dfs"
        /// Breadth-first search (`GLP_BT_BFS`).
        case breadthFirst = "bfs"
        /// The node with the best local bound (`GLP_BT_BLB`), GLPK's default.
        case bestLocalBound = "blb"
        /// The best projection heuristic (`GLP_BT_BPH`).
        case bestProjection = "bph"
    }

    /// Where branch-and-cut tightens bounds of subproblems (`glp_iocp.pp_tech`).
    public enum Preprocessing: String, Sendable, Codable, CaseIterable {
        /// Never (`GLP_PP_NONE`).
        case never = "none"
        /// At the root only (`GLP_PP_ROOT`).
        case root
        /// At every node (`GLP_PP_ALL`), GLPK's default.
        case all
    }

    /// A family of cutting planes GLPK can generate.
    public enum CutFamily: String, Sendable, Codable, CaseIterable {
        /// Gomory's mixed-integer cuts (`glp_iocp.gmi_cuts`).
        case gomory
        /// Mixed-integer rounding cuts (`glp_iocp.mir_cuts`).
        case mixedIntegerRounding = "mir"
        /// Mixed cover cuts (`glp_iocp.cov_cuts`).
        case cover
        /// Clique cuts (`glp_iocp.clq_cuts`).
        case clique
    }

    /// A cut separator of MILPKit's own search (the `Search` module), run in GLPK's cut rounds.
    public enum Separator: String, Sendable, Codable, CaseIterable {
        /// Path-aggregated complemented MIR cuts (``Search/PathMIRSeparator``).
        case pathMIR = "path-mir"
        /// Lifted cover inequalities for knapsack rows (``Search/KnapsackCoverSeparator``).
        case knapsackCover = "knapsack-cover"
        /// Lifted flow cover inequalities for single-node flow rows (``Search/FlowCoverSeparator``).
        case flowCover = "flow-cover"
        /// Clique inequalities of knapsack rows, one per row side (``Search/KnapsackCliqueSeparator``).
        case knapsackClique = "knapsack-clique"
    }

    /// A large-neighbourhood heuristic of MILPKit's own search, its sub-MIPs solved by GLPK.
    public enum Heuristic: String, Sendable, Codable, CaseIterable {
        /// RENS on the root's final LP solution (``Search/RENS``).
        case rens
        /// RINS every few nodes once there is an incumbent (``Search/RINS``).
        case rins
        /// Local branching around each new incumbent (``Search/LocalBranching``).
        case localBranching = "local-branching"
        /// Proximity search when one step of the objective is left and the bound has stalled
        /// (``Search/ProximitySearch``).
        case proximity
        /// The last step of an integral objective searched on the problem it leaves, with its
        /// symmetry broken; a proof that it is empty proves the incumbent optimal
        /// (``Search/LastStepSearch``).
        case lastStep = "last-step"
    }

    /// Simplex pricing (`glp_smcp.pricing`).
    public enum Pricing: String, Sendable, Codable, CaseIterable {
        /// Dantzig's textbook rule (`GLP_PT_STD`).
        case standard
        /// Projected steepest edge (`GLP_PT_PSE`), GLPK's default.
        case steepestEdge = "steepest-edge"
    }

    /// Simplex ratio test (`glp_smcp.r_test`).
    public enum RatioTest: String, Sendable, Codable, CaseIterable {
        /// The textbook ratio test (`GLP_RT_STD`).
        case standard
        /// Harris' two-pass test (`GLP_RT_HAR`), GLPK's default.
        case harris
        /// The long-step (flip-flop) test for the dual simplex (`GLP_RT_FLIP`).
        case longStep = "long-step"
    }

    /// Column ordering for the interior-point method (`glp_iptcp.ord_alg`).
    public enum Ordering: String, Sendable, Codable, CaseIterable {
        /// The natural order (`GLP_ORD_NONE`).
        case natural
        /// Quotient minimum degree (`GLP_ORD_QMD`).
        case quotientMinimumDegree = "qmd"
        /// Approximate minimum degree (`GLP_ORD_AMD`), GLPK's default.
        case approximateMinimumDegree = "amd"
        /// Approximate minimum degree for symmetric matrices (`GLP_ORD_SYMAMD`).
        case symmetricApproximateMinimumDegree = "symamd"
    }

    /// The branching rule.
    public var branching: BranchingRule?
    /// The backtracking rule.
    public var backtracking: Backtracking?
    /// Node preprocessing.
    public var preprocessing: Preprocessing?
    /// The cut families to generate; an empty set turns cuts off.
    public var cuts: Set<CutFamily>?
    /// MILPKit's own cut separators; unset or empty runs none.
    public var separators: Set<Separator>?
    /// Keep the separators' cuts in a global pool and give them back to every node whose LP
    /// solution violates them (default: on when separators run).
    public var cutPool: Bool?
    /// MILPKit's own large-neighbourhood heuristics; unset or empty runs none.
    public var heuristics: Set<Heuristic>?
    /// Fix the columns that interchangeable blocks make redundant (``Search/Orbitope``) before
    /// branch-and-cut; unset runs none.
    public var symmetryBreaking: Bool?
    /// Judge the root's cut rounds once its heuristics have run (``Search/RootCutTrial``): when
    /// the cuts left the LP bound where it was and made the LP larger, restart branch-and-cut
    /// from the incumbent without cuts or separators, with best-projection backtracking unless
    /// ``backtracking`` is set; unset never restarts. Searches with a branching policy are not
    /// restarted.
    public var rootCutTrial: Bool?
    /// Below the root, run only those of GLPK's cut families (``cuts``) that added a cut to the
    /// root's LP; unset runs every family chosen at every node.
    public var cutFamilyTrial: Bool?
    /// The feasibility pump heuristic (`glp_iocp.fp_heur`).
    public var feasibilityPump: Bool?
    /// The proximity search heuristic (`glp_iocp.ps_heur`).
    public var proximitySearch: Bool?
    /// The time proximity search may take (`glp_iocp.ps_tm_lim`).
    public var proximitySearchTimeLimit: Duration?
    /// The simple rounding heuristic (`glp_iocp.sr_heur`).
    public var simpleRounding: Bool?
    /// Replace general integer variables by binaries in the MIP presolver (`glp_iocp.binarize`).
    public var binarize: Bool?
    /// Relative tolerance on the objective for pruning nodes (`glp_iocp.tol_obj`).
    public var objectiveTolerance: Double?
    /// Simplex pricing.
    public var pricing: Pricing?
    /// Simplex ratio test.
    public var ratioTest: RatioTest?
    /// Dual feasibility tolerance of the simplex method (`glp_smcp.tol_dj`).
    public var dualFeasibilityTolerance: Double?
    /// Scale the problem before solving (`glp_scale_prob` with `GLP_SF_AUTO`).
    public var scaling: Bool?
    /// Interior-point column ordering.
    public var ordering: Ordering?

    /// Parameters with the given fields set and the rest left to GLPK.
    public init(
        branching: BranchingRule? = nil,
        backtracking: Backtracking? = nil,
        preprocessing: Preprocessing? = nil,
        cuts: Set<CutFamily>? = nil,
        separators: Set<Separator>? = nil,
        cutPool: Bool? = nil,
        heuristics: Set<Heuristic>? = nil,
        symmetryBreaking: Bool? = nil,
        rootCutTrial: Bool? = nil,
        cutFamilyTrial: Bool? = nil,
        feasibilityPump: Bool? = nil,
        proximitySearch: Bool? = nil,
        proximitySearchTimeLimit: Duration? = nil,
        simpleRounding: Bool? = nil,
        binarize: Bool? = nil,
        objectiveTolerance: Double? = nil,
        pricing: Pricing? = nil,
        ratioTest: RatioTest? = nil,
        dualFeasibilityTolerance: Double? = nil,
        scaling: Bool? = nil,
        ordering: Ordering? = nil
    ) {
        self.branching = branching
        self.backtracking = backtracking
        self.preprocessing = preprocessing
        self.cuts = cuts
        self.separators = separators
        self.cutPool = cutPool
        self.heuristics = heuristics
        self.symmetryBreaking = symmetryBreaking
        self.rootCutTrial = rootCutTrial
        self.cutFamilyTrial = cutFamilyTrial
        self.feasibilityPump = feasibilityPump
        self.proximitySearch = proximitySearch
        self.proximitySearchTimeLimit = proximitySearchTimeLimit
        self.simpleRounding = simpleRounding
        self.binarize = binarize
        self.objectiveTolerance = objectiveTolerance
        self.pricing = pricing
        self.ratioTest = ratioTest
        self.dualFeasibilityTolerance = dualFeasibilityTolerance
        self.scaling = scaling
        self.ordering = ordering
    }

    /// GLPK exactly as `glpsol` runs it: every field unset.
    public static let glpkDefaults = GLPKParameters()

    /// MILPKit's default for branch-and-cut, chosen by measurement on the instance library's
    /// train splits and the public MIPs (`Benchmarks/search-defaults-train.yaml`): GLPK's MIR,
    /// cover and clique cuts, the most fractional variable (ties to the heaviest column) on set
    /// models and GLPK's own branching rule on the others (``BranchingRule/automatic``),
    /// MILPKit's separators with their cut pool, RENS at the root, proximity search and the
    /// last-step search for the last step of an integral objective (they pay on bin packing and
    /// never run on the other train sets), symmetry breaking (it pays on bin packing written
    /// without rows ordering the bins, and fixes nothing in the library's test models), and the
    /// root cut trial (it restarts multiple knapsack models, whose cuts move no bound, without
    /// cuts, and no other train model). Gomory cuts and hybrid pseudocost branching (the earlier
    /// default) cost more than they save on most distributions; RINS and local branching cost about half as much time
    /// again as they save; the most fractional variable on every model halves the speed on
    /// multiple knapsacks and leaves five public MIPs unsolved.
    /// GLPK's own defaults generate no cuts and leave gesa2, gt2, p0548 and sp150x300d unsolved
    /// after 60 s.
    public static let recommended = GLPKParameters(
        branching: .automatic, cuts: [.mixedIntegerRounding, .cover, .clique], separators: Set(Separator.allCases),
        heuristics: [.rens, .proximity, .lastStep],
        symmetryBreaking: true, rootCutTrial: true, cutFamilyTrial: true)

    /// The deepest nesting of sub-MIPs: the search's own are at level 1.
    static let deepestSubMIPLevel = 2

    /// What a heuristic's sub-MIP `model` at nesting `level` (1 for the search's own) is solved
    /// with, never restarted by the root cut trial. When at least half of its integer columns are
    /// fixed (a first RENS neighbourhood, most of RINS's), GLPK's cuts alone: the separators' cut
    /// loop costs more there than it saves. A wider one (RENS's narrowed neighbourhoods, proximity
    /// search's) keeps the separators, whose clique cuts are what lets it find bin packings that
    /// use every bin, and RENS when these parameters run it, above the deepest level.
    func forSubMIP(_ model: Model, atLevel level: Int) -> GLPKParameters {
        var parameters = self
        parameters.rootCutTrial = nil
        let integers = model.variableDescriptions.filter(\.kind.isIntegral)
        let fixed = integers.count { $0.lowerBound == $0.upperBound }
        if 2 * fixed >= integers.count {
            parameters.separators = []
            parameters.heuristics = []
        } else {
            parameters.heuristics = level < Self.deepestSubMIPLevel ? (heuristics ?? []).intersection([.rens]) : []
        }
        return parameters
    }

    /// The parameters branch-and-cut restarts with when the root cut trial fails: no cuts, no
    /// separators, the heuristics but RENS (it ran on the root before the restart), best-projection
    /// backtracking unless another rule is set, and no second trial.
    var afterFailedCutTrial: GLPKParameters {
        var parameters = self
        parameters.cuts = []
        parameters.separators = []
        parameters.heuristics = heuristics?.subtracting([.rens])
        parameters.backtracking = backtracking ?? .bestProjection
        parameters.rootCutTrial = nil
        return parameters
    }

    /// Whether the root cut trial can judge this search: it is asked for, and cuts or
    /// separators run.
    var triesRootCuts: Bool {
        rootCutTrial == true && (!(cuts ?? []).isEmpty || !(separators ?? []).isEmpty)
    }

    /// Whether the cut family trial can judge this search: it is asked for and GLPK generates cuts.
    var triesCutFamilies: Bool { cutFamilyTrial == true && !(cuts ?? []).isEmpty }

    /// Whether any of MILPKit's own separators or heuristics runs.
    var runsOwnSearch: Bool { !(separators ?? []).isEmpty || !(heuristics ?? []).isEmpty }

    /// The problems with the set values themselves, one per parameter, each naming it; empty
    /// when all are acceptable.
    var problems: [InputError] {
        Self.descriptions.compactMap { $0.problem(in: self) }
    }
}
