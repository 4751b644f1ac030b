import ArgumentParser
import Foundation
import GLPK
import MILP

/// What to solve and when to stop: the solver-independent options.
struct SolveOptions: ParsableArguments {
    /// How to solve.
    enum Method: String, ExpressibleByArgument, CaseIterable {
        /// Branch-and-cut when the model has integer variables, the simplex method otherwise.
        case auto
        /// Primal simplex.
        case primal
        /// Dual simplex.
        case dual
        /// Interior point (LPs, or with --relax).
        case interior
        /// Branch-and-cut, never the relaxation.
        case mip
    }

    @Option(name: .customLong(Described.timeLimit.flag!), help: ArgumentHelp(
        "\(Described.timeLimit.summary) \(TimeLimit.format) \(TimeLimit.guarantee)", valueName: "time"), transform: TimeLimit.parse)
    var timeLimit: Duration?

    @Option(name: .customLong(Described.mipGap.flag!), help: OptionFlags.help(Described.mipGap, valueName: "gap"))
    var mipGap: Double?

    @Option(name: .customLong(Described.nodeLimit.flag!), help: OptionFlags.help(Described.nodeLimit, valueName: "count"))
    var nodeLimit: Int?

    @Option(name: .customLong(Described.iterationLimit.flag!), help: OptionFlags.help(Described.iterationLimit, valueName: "count"))
    var iterationLimit: Int?

    @Option(help: ArgumentHelp("auto: branch-and-cut for MIPs, simplex for LPs; primal, dual, interior: the LP algorithm; mip: branch-and-cut.", valueName: "method"))
    var method: Method = .auto

    @Flag(name: .customLong(Described.relax.flag!), help: ArgumentHelp(Described.relax.summary))
    var relax = false

    @Flag(name: .customLong(Described.presolve.flag!), inversion: .prefixedNo, help: ArgumentHelp(Described.presolve.summary))
    var presolve: Bool?

    @Option(name: .customLong(Described.feasibilityTolerance.flag!),
            help: OptionFlags.help(Described.feasibilityTolerance, valueName: "tolerance"))
    var feasibilityTolerance: Double?

    @Option(name: .customLong(Described.integralityTolerance.flag!),
            help: OptionFlags.help(Described.integralityTolerance, valueName: "tolerance"))
    var integralityTolerance: Double?

    private typealias Described = SolverOptions.Descriptions

    func validate() throws {
        if method == .mip, relax { throw ValidationError("--method mip solves the integer problem; it cannot be combined with --relax") }
        try OptionFlags.validate(solverOptions.problems)
    }

    /// The options for the solver.
    var solverOptions: SolverOptions {
        let lpMethod: SolverOptions.LPMethod? = switch method {
        case .primal: .primalSimplex
        case .dual: .dualSimplex
        case .interior: .interiorPoint
        case .auto, .mip: nil
        }
        return SolverOptions(timeLimit: timeLimit, mipGap: mipGap, nodeLimit: nodeLimit, iterationLimit: iterationLimit,
                             lpMethod: lpMethod, relax: relax ? true : nil, presolve: presolve,
                             feasibilityTolerance: feasibilityTolerance, integralityTolerance: integralityTolerance)
    }
}

/// GLPK's own knobs for branch-and-cut, over MILPKit's defaults or GLPK's.
struct GLPKOptions: ParsableArguments {
    @Flag(help: "Start from GLPK's own defaults (no cuts, no heuristics), as glpsol runs, instead of MILPKit's.")
    var glpkDefaults = false

    @Option(help: ArgumentHelp("\(Parameter.cuts.summary) all, none, or a list from \(Parameter.cuts.allowedValues ?? "") (gomory,mir).",
                               valueName: "families"), transform: { try NameSelection.parse($0, of: "cut family") })
    var cuts: Set<GLPKParameters.CutFamily>?

    @Option(help: ArgumentHelp("\(Parameter.separators.summary) all, none, or a list from \(Parameter.separators.allowedValues ?? "").",
                               valueName: "separators"), transform: { try NameSelection.parse($0, of: "separator") })
    var separators: Set<GLPKParameters.Separator>?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Parameter.cutPool.summary))
    var cutPool: Bool?

    @Option(help: ArgumentHelp("\(Parameter.heuristics.summary) all, none, or a list from \(Parameter.heuristics.allowedValues ?? "").",
                               valueName: "heuristics"), transform: { try NameSelection.parse($0, of: "heuristic") })
    var heuristics: Set<GLPKParameters.Heuristic>?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Parameter.symmetryBreaking.summary))
    var symmetryBreaking: Bool?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Parameter.rootCutTrial.summary))
    var rootCutTrial: Bool?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Parameter.cutFamilyTrial.summary))
    var cutFamilyTrial: Bool?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Parameter.feasibilityPump.summary))
    var feasibilityPump: Bool?

    @Flag(inversion: .prefixedNo, help: ArgumentHelp(Parameter.proximitySearch.summary))
    var proximitySearch: Bool?

    @Option(help: ArgumentHelp(
        "Branching: GLPK's rule first, last, most (fractional), dth (Driebeck-Tomlin), pch (hybrid pseudocost); MILPKit's most-heaviest (most fractional, ties to the heaviest column) or auto (most-heaviest on set models: binary variables, coefficients ±1; dth on others; the default); a policy most-fractional, pseudocost, strong, reliability (presolver off); or a scorer file from 'milp branching train'.",
        valueName: "rule"))
    var branching: BranchingSelection?

    @Option(help: ArgumentHelp(Parameter.backtracking.summary, valueName: "rule"))
    var backtracking: GLPKParameters.Backtracking?

    private typealias Parameter = GLPKParameters.Descriptions

    @Flag(help: "Race two configurations on two threads and keep the first to prove optimality; the report names the winner.")
    var portfolio = false

    func validate() throws {
        let chosen = [glpkDefaults ? "--glpk-defaults" : nil, cuts != nil ? "--cuts" : nil,
                      separators != nil ? "--separators" : nil, cutPool != nil ? "--[no-]cut-pool" : nil,
                      heuristics != nil ? "--heuristics" : nil, symmetryBreaking != nil ? "--[no-]symmetry-breaking" : nil,
                      rootCutTrial != nil ? "--[no-]root-cut-trial" : nil, cutFamilyTrial != nil ? "--[no-]cut-family-trial" : nil,
                      feasibilityPump != nil ? "--[no-]feasibility-pump" : nil, proximitySearch != nil ? "--[no-]proximity-search" : nil,
                      branching != nil ? "--branching" : nil, backtracking != nil ? "--backtracking" : nil].compactMap { $0 }
        try branching?.validate()
        if portfolio, !chosen.isEmpty {
            throw ValidationError("--portfolio races its own configurations; drop \(chosen.joined(separator: ", "))")
        }
    }

    /// The parameters: the base set with every given flag applied.
    var parameters: GLPKParameters {
        var parameters = glpkDefaults ? GLPKParameters.glpkDefaults : .recommended
        if let cuts { parameters.cuts = cuts }
        if let separators { parameters.separators = separators }
        if let cutPool { parameters.cutPool = cutPool }
        if let heuristics { parameters.heuristics = heuristics }
        if let symmetryBreaking { parameters.symmetryBreaking = symmetryBreaking }
        if let rootCutTrial { parameters.rootCutTrial = rootCutTrial }
        if let cutFamilyTrial { parameters.cutFamilyTrial = cutFamilyTrial }
        if let feasibilityPump { parameters.feasibilityPump = feasibilityPump }
        if let proximitySearch { parameters.proximitySearch = proximitySearch }
        if let branching { parameters = branching.applied(to: parameters) }
        if let backtracking { parameters.backtracking = backtracking }
        return parameters
    }

    /// A short name for the configuration, for reports.
    var configurationName: String {
        let base = glpkDefaults ? "glpk-defaults" : "recommended"
        return parameters == (glpkDefaults ? GLPKParameters.glpkDefaults : .recommended) ? base : "\(base), adjusted"
    }
}

extension GLPKParameters.BranchingRule: ExpressibleByArgument {}
extension GLPKParameters.Backtracking: ExpressibleByArgument {}

/// Parses a set of names: `all`, `none`, or a comma-separated list (`--cuts`, `--separators`, `--heuristics`).
enum NameSelection {
    static func parse<Name>(_ argument: String, of what: String) throws -> Set<Name>
    where Name: CaseIterable & RawRepresentable & Hashable, Name.RawValue == String {
        let known = Name.allCases.map(\.rawValue).joined(separator: ", ")
        switch argument.lowercased() {
        case "all": return Set(Name.allCases)
        case "none": return []
        default:
            var names = Set<Name>()
            for name in argument.lowercased().split(separator: ",", omittingEmptySubsequences: false) {
                let name = name.trimmingCharacters(in: .whitespaces)
                guard let value = Name(rawValue: name) else {
                    throw ValidationError("unknown \(what) '\(name)'; use all, none, or a list from \(known)")
                }
                names.insert(value)
            }
            return names
        }
    }
}

/// Parses `--time-limit` and the other durations on the command line.
enum TimeLimit {
    /// How a duration is written, for help texts.
    static let format = "Seconds (90, 2.5) or a number with ms, s, m or h (500ms, 30s, 2m, 1h)."
    /// What a time limit promises, for help texts.
    static let guarantee = "The limit counts from the start of the process, reading included; the result (best solution and bound so far) "
        + "is reported within the limit plus 5% (at least 100 ms) on a machine that is not overloaded. GLPK is asked to stop "
        + "1 µs per nonzero, row and column of the model before the limit (at most half of it), for work its own clocks do not count."

    /// The units accepted after a number, in seconds each.
    private static let units: [String: Double] = ["": 1, "ms": 0.001, "s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600]

    /// A duration from plain seconds or a number with a unit: `90`, `2.5`, `500ms`, `30s`, `2m`,
    /// `1h`, within the range of ``SolverOptions/timeLimit``.
    static func parse(_ argument: String) throws -> Duration {
        let text = argument.trimmingCharacters(in: .whitespaces).lowercased()
        let unitStart = text.lastIndex { !$0.isLetter }.map(text.index(after:)) ?? text.startIndex
        let number = text[..<unitStart].trimmingCharacters(in: .whitespaces)
        guard let value = Double(number), let scale = units[String(text[unitStart...])] else {
            throw ValidationError("'\(argument)' is not a time; write seconds (90, 2.5) or a number with ms, s, m or h (30s, 2m)")
        }
        let range = SolverOptions.Descriptions.timeLimitRange.inSeconds
        do throws(InputError) {
            return try Duration(seconds: value * scale, field: "", in: range)
        } catch {
            throw ValidationError("the time '\(argument)' \(error.message)")
        }
    }
}
