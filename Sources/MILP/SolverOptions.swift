/// Solver-independent options. Every field is optional: `nil` means the solver's own default.
///
/// A solver rejects the options it cannot honour all together, in one ``SolverError/unsupportedOptions(_:)``.
/// Each option is described once in ``descriptions``: its JSON name (durations in seconds), its
/// `milp` flag and the values it accepts.
public struct SolverOptions: Sendable, Equatable, Codable {
    /// The algorithm for linear programs (and for the LP relaxation when ``relax`` is set).
    public enum LPMethod: String, Sendable, Codable, CaseIterable {
        /// Primal simplex.
        case primalSimplex = "primal"
        /// Dual simplex, falling back to primal if it fails.
        case dualSimplex = "dual"
        /// Interior point (barrier); no basis, so no warm start.
        case interiorPoint = "interior"
    }

    /// Stop after this much wall-clock time and report the best solution found.
    public var timeLimit: Duration?
    /// Stop a MIP once `|incumbent − bound| / |incumbent|` is at most this (e.g. `0.01` for 1%).
    public var mipGap: Double?
    /// Stop after this many branch-and-bound nodes.
    public var nodeLimit: Int?
    /// Stop after this many simplex iterations (LPs).
    public var iterationLimit: Int?
    /// The LP algorithm.
    public var lpMethod: LPMethod?
    /// Solve the LP relaxation of a MIP instead of the MIP.
    public var relax: Bool?
    /// Use the solver's presolver.
    public var presolve: Bool?
    /// Primal feasibility tolerance (absolute, on bounds and rows).
    public var feasibilityTolerance: Double?
    /// How far from an integer a value may be and still count as integral.
    public var integralityTolerance: Double?
    /// A MIP start: values for all or some variables, checked and then offered to the search
    /// (see ``InitialSolution``). Not part of the options' JSON form, since a start belongs to
    /// one model in memory; `milp solve --mip-start` reads one from a `.sol` file.
    public var initialSolution: InitialSolution?

    /// Options with the given fields set and the rest left to the solver.
    public init(
        timeLimit: Duration? = nil,
        mipGap: Double? = nil,
        nodeLimit: Int? = nil,
        iterationLimit: Int? = nil,
        lpMethod: LPMethod? = nil,
        relax: Bool? = nil,
        presolve: Bool? = nil,
        feasibilityTolerance: Double? = nil,
        integralityTolerance: Double? = nil,
        initialSolution: InitialSolution? = nil
    ) {
        self.timeLimit = timeLimit
        self.mipGap = mipGap
        self.nodeLimit = nodeLimit
        self.iterationLimit = iterationLimit
        self.lpMethod = lpMethod
        self.relax = relax
        self.presolve = presolve
        self.feasibilityTolerance = feasibilityTolerance
        self.integralityTolerance = integralityTolerance
        self.initialSolution = initialSolution
    }

    /// The problems with the option values themselves (a negative limit, a gap outside [0, 1),
    /// …), one per option, each naming it; empty when every set value is acceptable to any solver.
    public var problems: [InputError] {
        Self.descriptions.compactMap { $0.problem(in: self) }
    }

    /// These options with every option `overrides` sets taken from it.
    public func overridden(by overrides: SolverOptions) -> SolverOptions {
        var options = self
        for option in Self.descriptions { option.copy(from: overrides, to: &options) }
        if let start = overrides.initialSolution { options.initialSolution = start }
        return options
    }
}

extension SolverOptions {
    /// Every option, described once: JSON name, command-line flag, what it does and the values
    /// it accepts. ``problems``, the JSON form, the `milp` flags and solvers' settings follow it.
    public static let descriptions: [any DescribedOption<SolverOptions>] = [
        Descriptions.timeLimit, Descriptions.mipGap, Descriptions.nodeLimit, Descriptions.iterationLimit,
        Descriptions.lpMethod, Descriptions.relax, Descriptions.presolve,
        Descriptions.feasibilityTolerance, Descriptions.integralityTolerance,
    ]

    /// The description of each option, by property.
    public enum Descriptions {
        /// The longest time limit accepted: a year.
        public static let longestTimeLimit = Duration.seconds(365 * 86_400)
        /// The time limits accepted: more than 0 and at most ``longestTimeLimit``.
        public static let timeLimitRange = InputRange(above: .zero, through: longestTimeLimit)

        /// ``SolverOptions/timeLimit``.
        public static let timeLimit = OptionDescription(
            \SolverOptions.timeLimit, name: "timeLimit", flag: "time-limit",
            summary: "Stop after this much wall-clock time and report the best solution found.", range: timeLimitRange)
        /// ``SolverOptions/mipGap``.
        public static let mipGap = OptionDescription(
            \SolverOptions.mipGap, name: "mipGap", flag: "mip-gap",
            summary: "Stop a MIP once the relative gap between solution and bound is at most this (0.01 for 1%).",
            range: InputRange(0.0..<1))
        /// ``SolverOptions/nodeLimit``.
        public static let nodeLimit = OptionDescription(
            \SolverOptions.nodeLimit, name: "nodeLimit", flag: "node-limit",
            summary: "Stop after this many branch-and-bound nodes.", range: InputRange(1...Int(Int32.max)), unit: "nodes")
        /// ``SolverOptions/iterationLimit``.
        public static let iterationLimit = OptionDescription(
            \SolverOptions.iterationLimit, name: "iterationLimit", flag: "iteration-limit",
            summary: "Stop after this many simplex iterations (LPs).", range: InputRange(1...Int(Int32.max)), unit: "iterations")
        /// ``SolverOptions/lpMethod``.
        public static let lpMethod = OptionDescription(
            \SolverOptions.lpMethod, name: "lpMethod",
            summary: "The algorithm for linear programs and LP relaxations.")
        /// ``SolverOptions/relax``.
        public static let relax = OptionDescription(
            \SolverOptions.relax, name: "relax", flag: "relax",
            summary: "Solve the LP relaxation: integer variables become continuous.")
        /// ``SolverOptions/presolve``.
        public static let presolve = OptionDescription(
            \SolverOptions.presolve, name: "presolve", flag: "presolve",
            summary: "Use the solver's presolver (GLPK's default: on for MIPs, off for LPs).")
        /// ``SolverOptions/feasibilityTolerance``.
        public static let feasibilityTolerance = OptionDescription(
            \SolverOptions.feasibilityTolerance, name: "feasibilityTolerance", flag: "feasibility-tolerance",
            summary: "Primal feasibility tolerance, absolute, on bounds and rows.", range: InputRange(above: 0.0, below: 1))
        /// ``SolverOptions/integralityTolerance``.
        public static let integralityTolerance = OptionDescription(
            \SolverOptions.integralityTolerance, name: "integralityTolerance", flag: "integrality-tolerance",
            summary: "How far from an integer a value may be and still count as integral.", range: InputRange(above: 0.0, below: 0.5))
    }

    /// Reads the options a JSON object sets; absent members stay unset, durations are seconds.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: FieldKey.self)
        self.init()
        for option in Self.descriptions { try option.decode(from: container, into: &self) }
    }

    /// Writes the options that are set; durations as seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: FieldKey.self)
        for option in Self.descriptions { try option.encode(self, to: &container) }
    }
}

extension SolverOptions.LPMethod: OptionValue {}
