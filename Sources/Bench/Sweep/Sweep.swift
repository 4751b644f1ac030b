import Foundation
import GLPK
import MILP

/// A benchmark sweep: every instance of its instance sets solved by every configuration, each
/// `repetitions` times, under the same limits.
///
/// ```swift
/// let sweep = try SweepFileReader().read(contentsOf: URL(fileURLWithPath: "Benchmarks/public-mips.json"))
/// let tasks = try sweep.tasks()
/// ```
public struct Sweep: Sendable, Equatable {
    /// A name for reports.
    public var name: String
    /// Where the instances come from.
    public var instanceSets: [InstanceSet]
    /// The configurations compared, in report order.
    public var configurations: [SolverConfiguration]
    /// The limits of every run.
    public var limits: RunLimits
    /// How many times each configuration solves each instance.
    public var repetitions: Int
    /// The reference values runs are checked against (stored with the results).
    public var references: ReferenceTable
    /// One seed per repetition, or `nil` to solve every repetition on the model as read. A seed
    /// permutes the model's rows and columns (see ``MILP/Model/permuted(seed:)``) for in-process
    /// configurations and fills `{seed}` in external command templates.
    public var seeds: [UInt64]?
    /// The directory relative file patterns start from and instance ids are relative to: the
    /// sweep file's directory (or the `directory` it names), or the current directory for a sweep
    /// built in code or from command-line flags.
    public var baseDirectory: URL

    /// A sweep from its parts.
    public init(
        name: String,
        instanceSets: [InstanceSet],
        configurations: [SolverConfiguration],
        limits: RunLimits,
        repetitions: Int = 1,
        seeds: [UInt64]? = nil,
        references: ReferenceTable = ReferenceTable(),
        baseDirectory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    ) {
        self.name = name
        self.instanceSets = instanceSets
        self.configurations = configurations
        self.limits = limits
        self.repetitions = repetitions
        self.seeds = seeds
        self.references = references
        self.baseDirectory = baseDirectory
    }

    /// How many times a configuration may solve an instance: from 1 to 10,000.
    public static let repetitionRange = InputRange(1...10_000)

    /// Checks what a sweep file's structure cannot: unique names, seeds matching repetitions,
    /// option values GLPK accepts, command templates with `{file}`, branching policies `policies`
    /// knows. Throws the first problem, naming its field.
    public func validate(policies: (any BranchingPolicyProvider)? = nil) throws {
        guard !instanceSets.isEmpty else { throw SweepFileError(field: "instances", message: "a sweep needs at least one instance set") }
        guard !configurations.isEmpty else { throw SweepFileError(field: "configurations", message: "a sweep needs at least one configuration") }
        do throws(InputError) {
            try limits.validate()
            try Self.repetitionRange.check(repetitions, field: "repetitions")
        } catch {
            throw SweepFileError(field: error.field, message: error.message)
        }
        if let seeds, seeds.count != repetitions {
            throw SweepFileError(field: "seeds", message: "gives \(seeds.count) seeds for \(repetitions) repetitions; give one seed per repetition")
        }
        if let seed = seeds?.first(where: { $0 > UInt64(Int64.max) }) {
            throw SweepFileError(field: "seeds", message: "\(seed) is above \(Int64.max), the largest seed a store keeps")
        }
        var names: Set<String> = []
        for (index, configuration) in configurations.enumerated() {
            let field = "configurations[\(index)]"
            guard !configuration.name.isEmpty else { throw SweepFileError(field: "\(field).name", message: "must not be empty") }
            guard names.insert(configuration.name).inserted else {
                throw SweepFileError(field: "\(field).name", message: "\"\(configuration.name)\" names two configurations")
            }
            try configuration.kind.validate(field: field, policies: policies)
        }
    }

    /// The instances of all sets, in set order, each id once. Throws when a pattern matches
    /// nothing or a library selection cannot be resolved.
    public func instances(catalog: (any InstanceCatalog)? = nil) throws -> [SweepInstance] {
        var seen: Set<String> = []
        return try instanceSets.flatMap { try $0.instances(baseDirectory: baseDirectory, catalog: catalog) }
            .filter { seen.insert($0.id).inserted }
    }

    /// Every run of the sweep, instance by instance, then configuration, then repetition.
    public func tasks(catalog: (any InstanceCatalog)? = nil) throws -> [SweepTask] {
        try instances(catalog: catalog).flatMap { instance in
            configurations.flatMap { configuration in
                (0..<repetitions).map { repetition in
                    SweepTask(
                        key: TaskKey(instance: instance.id, configuration: configuration.name, repetition: repetition),
                        instance: instance.reference, configuration: configuration,
                        seed: seeds?[repetition], limits: limits)
                }
            }
        }
    }

    /// What the store keeps for each configuration, so that resuming or merging can tell whether
    /// two results were measured the same way.
    public var configurationRecords: [ConfigurationRecord] {
        configurations.map { ConfigurationRecord(configuration: $0, limits: limits) }
    }
}

extension SolverConfiguration.Kind {
    /// Throws the first problem of this kind of configuration, naming its field under `field`.
    func validate(field: String, policies: (any BranchingPolicyProvider)?) throws {
        switch self {
        case let .glpk(settings):
            try settings.validate(field: field, policies: policies)
        case let .portfolio(entrants):
            guard !entrants.isEmpty else { throw SweepFileError(field: "\(field).portfolio", message: "a portfolio needs at least one entrant") }
            var names: Set<String> = []
            for (index, entrant) in entrants.enumerated() {
                let entrantField = "\(field).portfolio[\(index)]"
                guard names.insert(entrant.name).inserted else {
                    throw SweepFileError(field: "\(entrantField).name", message: "\"\(entrant.name)\" names two entrants")
                }
                if entrant.settings.branchingPolicy != nil {
                    throw SweepFileError(field: "\(entrantField).branchingPolicy", message: "a portfolio cannot share a branching policy between its threads")
                }
                try entrant.settings.validate(field: entrantField, policies: policies)
            }
        case let .external(command):
            guard command.template.contains("{file}") else {
                throw SweepFileError(field: "\(field).command", message: "the command must contain {file}, where the model file's path goes")
            }
        }
    }
}

extension GLPKSettings {
    /// Throws when GLPK would refuse these settings, or names an unknown branching policy.
    func validate(field: String, policies: (any BranchingPolicyProvider)?) throws {
        if options.timeLimit != nil {
            throw SweepFileError(field: "\(field).options.timeLimit", message: "the sweep's timeLimit applies to every configuration; set it there")
        }
        let problems = options.problems
        guard problems.isEmpty else {
            throw SweepFileError(field: "\(field).options", message: problems.map(\.description).joined(separator: "; "))
        }
        do {
            _ = try GLPKSolver(parameters: parameters).solve(Model(), options: options)
        } catch let SolverError.unsupportedOptions(problems) {
            throw SweepFileError(field: field, message: problems.map(\.description).joined(separator: "; "))
        }
        if let name = branchingPolicy {
            let known = policies?.policyNames ?? []
            guard known.contains(name) else {
                let choices = known.isEmpty ? "no branching policies are available here" : "expected one of " + known.map { "\"\($0)\"" }.joined(separator: ", ")
                throw SweepFileError(field: "\(field).branchingPolicy", message: "unknown policy \"\(name)\"; \(choices)")
            }
            if options.presolve == true {
                throw SweepFileError(field: "\(field).options.presolve", message: "a branching policy needs GLPK's MIP presolver off")
            }
        }
    }
}
