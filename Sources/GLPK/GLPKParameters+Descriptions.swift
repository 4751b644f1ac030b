import CGLPK
import MILP

extension GLPKParameters {
    /// Every parameter, described once: JSON name, flag, summary, accepted values.
    public static var descriptions: [any DescribedOption<GLPKParameters>] { table.map(\.option) + ownSearch }

    /// The parameters of MILPKit's own search, which set no field of GLPK's controls: the
    /// solver and its search bridge read them.
    static let ownSearch: [any DescribedOption<GLPKParameters>] = [
        Descriptions.separators, Descriptions.cutPool, Descriptions.heuristics, Descriptions.symmetryBreaking,
        Descriptions.rootCutTrial, Descriptions.cutFamilyTrial,
    ]

    /// Every parameter with the field of GLPK's control structures it sets.
    static let table: [GLPKField<GLPKParameters>] = [
        GLPKField(Descriptions.branching, sets: \.integer.br_tech),
        GLPKField(Descriptions.backtracking, sets: \.integer.bt_tech),
        GLPKField(Descriptions.preprocessing, sets: \.integer.pp_tech),
        GLPKField(Descriptions.cuts) { cuts, controls in
            controls.integer.gmi_cuts = cuts.contains(.gomory).glpkValue
            controls.integer.mir_cuts = cuts.contains(.mixedIntegerRounding).glpkValue
            controls.integer.cov_cuts = cuts.contains(.cover).glpkValue
            controls.integer.clq_cuts = cuts.contains(.clique).glpkValue
        },
        GLPKField(Descriptions.feasibilityPump, sets: \.integer.fp_heur),
        GLPKField(Descriptions.proximitySearch, sets: \.integer.ps_heur),
        GLPKField(Descriptions.proximitySearchTimeLimit, sets: \.integer.ps_tm_lim),
        GLPKField(Descriptions.simpleRounding, sets: \.integer.sr_heur),
        GLPKField(Descriptions.binarize, sets: \.integer.binarize),
        GLPKField(Descriptions.objectiveTolerance, sets: \.integer.tol_obj),
        GLPKField(Descriptions.pricing, sets: \.simplex.pricing),
        GLPKField(Descriptions.ratioTest, sets: \.simplex.r_test),
        GLPKField(Descriptions.dualFeasibilityTolerance, sets: \.simplex.tol_dj),
        GLPKField(Descriptions.scaling, sets: \.scales),
        GLPKField(Descriptions.ordering, sets: \.interior.ord_alg),
    ]

    /// The description of each parameter, by property.
    public enum Descriptions {
        /// ``GLPKParameters/branching``.
        public static let branching = OptionDescription(
            \GLPKParameters.branching, name: "branching", summary: "How branch-and-cut picks the variable to branch on.")
        /// ``GLPKParameters/backtracking``.
        public static let backtracking = OptionDescription(
            \GLPKParameters.backtracking, name: "backtracking", flag: "backtracking",
            summary: "Next node: dfs (depth first), bfs (breadth first), blb (best local bound), bph (best projection).")
        /// ``GLPKParameters/preprocessing``.
        public static let preprocessing = OptionDescription(
            \GLPKParameters.preprocessing, name: "preprocessing", summary: "Where branch-and-cut tightens the bounds of subproblems.")
        /// ``GLPKParameters/cuts``.
        public static let cuts = OptionDescription(
            \GLPKParameters.cuts, name: "cuts", flag: "cuts", summary: "The cut families to generate; none turns cuts off.")
        /// ``GLPKParameters/separators``.
        public static let separators = OptionDescription(
            \GLPKParameters.separators, name: "separators", flag: "separators",
            summary: "MILPKit's own cut separators (path-aggregated c-MIR, lifted knapsack and flow covers, knapsack cliques); none runs none.")
        /// ``GLPKParameters/cutPool``.
        public static let cutPool = OptionDescription(
            \GLPKParameters.cutPool, name: "cutPool", flag: "cut-pool",
            summary: "Keep the separators' cuts in a global pool and give them back to every node whose LP solution violates them.")
        /// ``GLPKParameters/heuristics``.
        public static let heuristics = OptionDescription(
            \GLPKParameters.heuristics, name: "heuristics", flag: "heuristics",
            summary: "MILPKit's own large-neighbourhood heuristics, their sub-MIPs solved by GLPK; none runs none.")
        /// ``GLPKParameters/symmetryBreaking``.
        public static let symmetryBreaking = OptionDescription(
            \GLPKParameters.symmetryBreaking, name: "symmetryBreaking", flag: "symmetry-breaking",
            summary: "Fix the columns that interchangeable blocks (identical bins, machines, colours meeting in set packing or partitioning rows) make redundant, keeping an optimal solution.")
        /// ``GLPKParameters/rootCutTrial``.
        public static let rootCutTrial = OptionDescription(
            \GLPKParameters.rootCutTrial, name: "rootCutTrial", flag: "root-cut-trial",
            summary: "Restart branch-and-cut from the incumbent, without cuts, when the root's cuts closed under 1% of the gap while adding a tenth to the LP's rows (with at least two steps of an integral objective left).")
        /// ``GLPKParameters/cutFamilyTrial``.
        public static let cutFamilyTrial = OptionDescription(
            \GLPKParameters.cutFamilyTrial, name: "cutFamilyTrial", flag: "cut-family-trial",
            summary: "Below the root, run only those of GLPK's cut families that added a cut to the root's LP.")
        /// ``GLPKParameters/feasibilityPump``.
        public static let feasibilityPump = OptionDescription(
            \GLPKParameters.feasibilityPump, name: "feasibilityPump", flag: "feasibility-pump", summary: "Run the feasibility pump heuristic.")
        /// ``GLPKParameters/proximitySearch``.
        public static let proximitySearch = OptionDescription(
            \GLPKParameters.proximitySearch, name: "proximitySearch", flag: "proximity-search", summary: "Run the proximity search heuristic.")
        /// ``GLPKParameters/proximitySearchTimeLimit``.
        public static let proximitySearchTimeLimit = OptionDescription(
            \GLPKParameters.proximitySearchTimeLimit, name: "proximitySearchTimeLimit", summary: "The time proximity search may take.",
            range: InputRange(above: .zero, through: SolverOptions.Descriptions.longestTimeLimit))
        /// ``GLPKParameters/simpleRounding``.
        public static let simpleRounding = OptionDescription(
            \GLPKParameters.simpleRounding, name: "simpleRounding", summary: "Run the simple rounding heuristic.")
        /// ``GLPKParameters/binarize``.
        public static let binarize = OptionDescription(
            \GLPKParameters.binarize, name: "binarize", summary: "Replace general integer variables by binaries in the MIP presolver.")
        /// ``GLPKParameters/objectiveTolerance``.
        public static let objectiveTolerance = OptionDescription(
            \GLPKParameters.objectiveTolerance, name: "objectiveTolerance",
            summary: "Relative tolerance on the objective for pruning nodes.", range: InputRange(0.0..<1))
        /// ``GLPKParameters/pricing``.
        public static let pricing = OptionDescription(\GLPKParameters.pricing, name: "pricing", summary: "Simplex pricing.")
        /// ``GLPKParameters/ratioTest``.
        public static let ratioTest = OptionDescription(\GLPKParameters.ratioTest, name: "ratioTest", summary: "Simplex ratio test.")
        /// ``GLPKParameters/dualFeasibilityTolerance``.
        public static let dualFeasibilityTolerance = OptionDescription(
            \GLPKParameters.dualFeasibilityTolerance, name: "dualFeasibilityTolerance",
            summary: "Dual feasibility tolerance of the simplex method.", range: InputRange(above: 0.0, below: 1))
        /// ``GLPKParameters/scaling``.
        public static let scaling = OptionDescription(\GLPKParameters.scaling, name: "scaling", summary: "Scale the problem before solving.")
        /// ``GLPKParameters/ordering``.
        public static let ordering = OptionDescription(
            \GLPKParameters.ordering, name: "ordering", summary: "Column ordering of the interior-point method.")
    }

    /// These parameters with every parameter `overrides` sets taken from it.
    public func overridden(by overrides: GLPKParameters) -> GLPKParameters {
        var parameters = self
        for option in Self.descriptions { option.copy(from: overrides, to: &parameters) }
        return parameters
    }

    /// Reads the parameters a JSON object sets; absent members stay unset, durations are seconds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldKey.self)
        self.init()
        for option in Self.descriptions { try option.decode(from: container, into: &self) }
    }

    /// Writes the parameters that are set; durations as seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        for option in Self.descriptions { try option.encode(self, to: &container) }
    }
}
