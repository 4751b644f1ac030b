import Foundation
import GLPK
import MILP

/// Reads a sweep from its JSON file, rejecting unknown fields and values of the wrong type with
/// a ``SweepFileError`` that names the field. The schema is in `Benchmarks/SWEEPS.md`.
///
/// ```json
/// {
///   "name": "public-mips",
///   "instances": { "files": ["Instances/public/p0548.mps", "Instances/public/gt2.mps"] },
///   "configurations": [
///     "glpk-defaults",
///     { "name": "cuts-pch", "glpk": { "base": "recommended", "branching": "pch" }, "options": { "presolve": true } },
///     { "name": "glpsol", "command": "glpsol --mps {file} --tmlim {time_limit}" }
///   ],
///   "timeLimit": 60,
///   "repetitions": 1
/// }
/// ```
public struct SweepFileReader: Sendable {
    /// The entrants of the `portfolio` preset and of `"portfolio": "standard"`; `nil` when this
    /// reader has none to offer.
    public var standardPortfolio: [PortfolioEntrant]?
    /// The branching policies configurations may name.
    public var policies: (any BranchingPolicyProvider)?

    /// A reader offering the given standard portfolio and branching policies.
    public init(standardPortfolio: [PortfolioEntrant]? = nil, policies: (any BranchingPolicyProvider)? = nil) {
        self.standardPortfolio = standardPortfolio
        self.policies = policies
    }

    /// The sweep in the file at `url`; relative instance patterns start from the file's directory,
    /// or from the `directory` its `instances` name relative to it.
    public func read(contentsOf url: URL) throws -> Sweep {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SweepFileError(file: url.path, field: "", message: "cannot read the file: \((error as NSError).localizedDescription)")
        }
        let name = url.deletingPathExtension().lastPathComponent
        return try read(data, file: url.path, defaultName: name, baseDirectory: url.deletingLastPathComponent())
    }

    /// The sweep in `data`, as read from `file` (for messages), named `defaultName` unless it names itself.
    public func read(_ data: Data, file: String = "", defaultName: String = "sweep", baseDirectory: URL) throws -> Sweep {
        do {
            let value: JSONValue
            do { value = try JSONDecoder().decode(JSONValue.self, from: data) } catch {
                throw SweepFileError(field: "", message: "not valid JSON: \(Self.describe(error))")
            }
            let sweep = try sweep(from: JSONField(value: value, path: ""), defaultName: defaultName, baseDirectory: baseDirectory)
            try sweep.validate(policies: policies)
            return sweep
        } catch var error as SweepFileError {
            error.file = file
            throw error
        }
    }

    private func sweep(from document: JSONField, defaultName: String, baseDirectory: URL) throws -> Sweep {
        var object = try document.object()
        let name = try object.optional("name")?.nonEmptyString() ?? defaultName
        let instancesField = try object.required("instances")
        var instances = try instancesField.object()
        let directory = try instances.optional("directory")?.nonEmptyString()
        let instanceSets = try self.instanceSets(from: &instances, field: instancesField)
        let configurations = try object.required("configurations").nonEmptyElements().map(configuration(from:))
        let timeLimit = try object.required("timeLimit").positiveNumber()
        let seedFields = try object.optional("seeds")?.nonEmptyElements()
        let seeds = try seedFields?.map { UInt64(try $0.integer(atLeast: 0)) }
        let repetitions = try object.optional("repetitions")?.integer(atLeast: 1) ?? seeds?.count ?? 1
        let grace = try object.optional("grace").map { field -> Double in
            let seconds = try field.number()
            guard seconds >= 0 else { throw field.error("must not be negative, got \(seconds)") }
            return seconds
        } ?? RunLimits.defaultGrace.inSeconds
        let memoryLimit = try object.optional("memoryLimitMiB").map { try $0.integer(atLeast: 64) << 20 } ?? RunLimits.defaultMemoryLimit
        let references = try object.optional("reference").map { field -> ReferenceTable in
            let path = try field.nonEmptyString()
            do {
                return try ReferenceTable(contentsOf: URL(fileURLWithPath: path, relativeTo: baseDirectory))
            } catch {
                throw field.error("\(error)")
            }
        } ?? ReferenceTable()
        try object.finish()
        return Sweep(
            name: name, instanceSets: instanceSets, configurations: configurations,
            limits: RunLimits(timeLimit: .seconds(timeLimit), grace: .seconds(grace), memoryLimit: memoryLimit),
            repetitions: repetitions, seeds: seeds, references: references,
            baseDirectory: directory.map { URL(fileURLWithPath: $0, isDirectory: true, relativeTo: baseDirectory).standardizedFileURL } ?? baseDirectory)
    }

    private func instanceSets(from object: inout JSONObject, field: JSONField) throws -> [InstanceSet] {
        let files = try object.optional("files")?.nonEmptyElements().map { InstanceSet.files(try $0.nonEmptyString()) } ?? []
        let library = try object.optional("library")?.nonEmptyElements().map { element -> InstanceSet in
            var selection = try element.object()
            let chosen = LibrarySelection(
                distribution: try selection.optional("distribution")?.nonEmptyString(),
                level: try selection.optional("level")?.nonEmptyString(),
                split: try selection.optional("split")?.nonEmptyString(),
                count: try selection.optional("count")?.integer(atLeast: 1))
            try selection.finish()
            return .library(chosen)
        } ?? []
        try object.finish()
        guard !(files + library).isEmpty else { throw field.error("needs \"files\" or \"library\"") }
        return files + library
    }

    private func configuration(from field: JSONField) throws -> SolverConfiguration {
        if case let .string(name) = field.value {
            guard let preset = SolverConfiguration.preset(named: name, standardPortfolio: standardPortfolio) else {
                throw field.error("unknown configuration \"\(name)\"; expected one of \(presetChoices), or an object")
            }
            return preset
        }
        var object = try field.object()
        let name = try object.required("name").nonEmptyString()
        let kinds = ["glpk", "portfolio", "command"].filter(object.contains)
        guard kinds.count == 1 else {
            throw field.error(kinds.isEmpty
                ? "needs one of \"glpk\", \"portfolio\" or \"command\""
                : "has both \"\(kinds[0])\" and \"\(kinds[1])\"; a configuration is one of them")
        }
        let kind: SolverConfiguration.Kind
        switch kinds[0] {
        case "glpk":
            kind = .glpk(try glpkSettings(from: &object))
        case "portfolio":
            kind = .portfolio(try portfolio(from: object.required("portfolio")))
        default:
            let template = try object.required("command").nonEmptyString()
            let output = try object.optional("output")?.choice(ExternalOutputFormat.self)
            kind = .external(ExternalCommand(template: template, output: output))
        }
        try object.finish()
        return SolverConfiguration(name: name, kind: kind)
    }

    private var presetChoices: String {
        SolverConfiguration.presetNames.filter { $0 != "portfolio" || standardPortfolio != nil }.map { "\"\($0)\"" }.joined(separator: ", ")
    }

    /// Reads `glpk`, `options` and `branchingPolicy` from a configuration or portfolio entrant.
    private func glpkSettings(from object: inout JSONObject) throws -> GLPKSettings {
        let parameters = try Self.parameters(from: object.required("glpk"))
        let options = try object.optional("options").map(Self.options(from:)) ?? SolverOptions()
        let policy = try object.optional("branchingPolicy")?.nonEmptyString()
        return GLPKSettings(parameters: parameters, options: options, branchingPolicy: policy)
    }

    private func portfolio(from field: JSONField) throws -> [PortfolioEntrant] {
        if case let .string(name) = field.value {
            guard name == "standard" else { throw field.error("expected \"standard\" or an array of entrants, got \"\(name)\"") }
            guard let standardPortfolio else { throw field.error("the standard portfolio is not available here; list the entrants") }
            return standardPortfolio
        }
        return try field.nonEmptyElements().map { element in
            var object = try element.object()
            let name = try object.required("name").nonEmptyString()
            let settings = try glpkSettings(from: &object)
            try object.finish()
            return PortfolioEntrant(name: name, settings: settings)
        }
    }

    /// GLPK parameters: a preset name, or an object of fields over a `base` preset.
    private static func parameters(from field: JSONField) throws -> GLPKParameters {
        let presets = ["recommended": GLPKParameters.recommended, "glpk-defaults": .glpkDefaults]
        func preset(_ field: JSONField) throws -> GLPKParameters {
            let name = try field.string()
            guard let parameters = presets[name] else { throw field.error("expected \"recommended\" or \"glpk-defaults\", got \"\(name)\"") }
            return parameters
        }
        if case .string = field.value { return try preset(field) }
        var object = try field.object()
        var parameters = try object.optional("base").map(preset) ?? .glpkDefaults
        for (key, apply) in parameterFields {
            if let value = object.optional(key) { try apply(value, &parameters) }
        }
        try object.finish()
        return parameters
    }

    /// The GLPK parameter fields by name, each setting its ``GLPKParameters`` property.
    private static let parameterFields: [(String, @Sendable (JSONField, inout GLPKParameters) throws -> Void)] = [
        ("branching", { $1.branching = try $0.choice(GLPKParameters.BranchingRule.self) }),
        ("backtracking", { $1.backtracking = try $0.choice(GLPKParameters.Backtracking.self) }),
        ("preprocessing", { $1.preprocessing = try $0.choice(GLPKParameters.Preprocessing.self) }),
        ("cuts", { $1.cuts = Set(try $0.elements().map { try $0.choice(GLPKParameters.CutFamily.self) }) }),
        ("feasibilityPump", { $1.feasibilityPump = try $0.bool() }),
        ("proximitySearch", { $1.proximitySearch = try $0.bool() }),
        ("proximitySearchTimeLimit", { $1.proximitySearchTimeLimit = .seconds(try $0.positiveNumber()) }),
        ("simpleRounding", { $1.simpleRounding = try $0.bool() }),
        ("binarize", { $1.binarize = try $0.bool() }),
        ("objectiveTolerance", { $1.objectiveTolerance = try $0.number() }),
        ("pricing", { $1.pricing = try $0.choice(GLPKParameters.Pricing.self) }),
        ("ratioTest", { $1.ratioTest = try $0.choice(GLPKParameters.RatioTest.self) }),
        ("dualFeasibilityTolerance", { $1.dualFeasibilityTolerance = try $0.number() }),
        ("scaling", { $1.scaling = try $0.bool() }),
        ("ordering", { $1.ordering = try $0.choice(GLPKParameters.Ordering.self) }),
    ]

    /// Solver-independent options; the time limit belongs to the sweep.
    private static func options(from field: JSONField) throws -> SolverOptions {
        var object = try field.object()
        if let timeLimit = object.optional("timeLimit") {
            throw timeLimit.error("the sweep's timeLimit applies to every configuration; set it there")
        }
        var options = SolverOptions()
        options.mipGap = try object.optional("mipGap")?.number()
        options.nodeLimit = try object.optional("nodeLimit")?.integer(atLeast: 1)
        options.iterationLimit = try object.optional("iterationLimit")?.integer(atLeast: 1)
        options.lpMethod = try object.optional("lpMethod")?.choice(SolverOptions.LPMethod.self)
        options.relax = try object.optional("relax")?.bool()
        options.presolve = try object.optional("presolve")?.bool()
        options.feasibilityTolerance = try object.optional("feasibilityTolerance")?.number()
        options.integralityTolerance = try object.optional("integralityTolerance")?.number()
        try object.finish()
        if let problem = options.problems.first { throw field.error(problem.description) }
        return options
    }

    private static func describe(_ error: any Error) -> String {
        if case let DecodingError.dataCorrupted(context) = error {
            return (context.underlyingError as NSError?)?.localizedDescription ?? context.debugDescription
        }
        return "\(error)"
    }
}
