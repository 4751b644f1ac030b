import ArgumentParser
import Bench
import Foundation

/// A sweep given on the command line instead of in a file.
struct BenchSweepOptions: ParsableArguments {
    @Option(name: .customLong("instances"), help: ArgumentHelp(
        "Model files to solve, as a glob pattern (quote it); repeat for several.", valueName: "pattern"))
    var instancePatterns: [String] = []

    @Option(name: .customLong("library"), help: ArgumentHelp(
        "Instances of the instance library: distribution/level/split[/count], with * for any (setcover/easy/test/10); repeat for several.",
        valueName: "selection"), transform: BenchSweepOptions.librarySelection)
    var librarySelections: [LibrarySelection] = []

    @Option(name: .customLong("configuration"), help: ArgumentHelp(
        "A built-in configuration: \(SolverConfiguration.presetNames.joined(separator: ", ")); repeat for several.", valueName: "name"))
    var presets: [String] = []

    @Option(name: .customLong("command"), help: ArgumentHelp(
        "An external solver as NAME=TEMPLATE, with {file}, {time_limit} and {seed} in the template ('glpsol=glpsol --mps {file} --tmlim {time_limit}'); repeat for several.",
        valueName: "name=template"))
    var commands: [String] = []

    @Option(help: ArgumentHelp("The time limit of each run: seconds, or a number with ms, s, m or h.", valueName: "time"), transform: TimeLimit.parse)
    var timeLimit: Duration?

    @Option(help: ArgumentHelp("How many times each configuration solves each instance (default 1, or the number of seeds).", valueName: "count"))
    var repetitions: Int?

    @Option(help: ArgumentHelp("One seed per repetition, comma-separated; a seed permutes the model's rows and columns.", valueName: "seeds"),
            transform: BenchSweepOptions.seeds)
    var seeds: [UInt64]?

    @Option(name: .customLong("memory-limit"), help: ArgumentHelp("The address-space limit of each run in MiB (default 8192).", valueName: "MiB"))
    var memoryLimitMiB: Int?

    @Option(help: ArgumentHelp("Seconds a run may go past its time limit before it is killed (default 10).", valueName: "seconds"))
    var grace: Double?

    @Option(help: ArgumentHelp("Reference values to check runs against: a MIPLIB .solu file, or a CSV file like Instances/public/reference.csv.", valueName: "file"))
    var reference: String?

    /// Whether any flag defining a sweep was given.
    var isGiven: Bool {
        !instancePatterns.isEmpty || !librarySelections.isEmpty || !presets.isEmpty || !commands.isEmpty || timeLimit != nil
            || repetitions != nil || seeds != nil || memoryLimitMiB != nil || grace != nil || reference != nil
    }

    /// The sweep these flags define, named `name`, checked like a sweep file.
    func sweep(named name: String) throws -> Sweep {
        guard !instancePatterns.isEmpty || !librarySelections.isEmpty else { throw ValidationError("give a sweep file, or --instances or --library") }
        guard !presets.isEmpty || !commands.isEmpty else { throw ValidationError("give a sweep file, or --configuration or --command") }
        guard let timeLimit else { throw ValidationError("give a sweep file, or --time-limit") }
        var configurations: [SolverConfiguration] = []
        for name in presets {
            guard let preset = SolverConfiguration.preset(named: name) else {
                throw ValidationError("unknown configuration '\(name)'; use one of \(SolverConfiguration.presetNames.joined(separator: ", "))")
            }
            configurations.append(preset)
        }
        for command in commands {
            guard let equals = command.firstIndex(of: "="), equals != command.startIndex else {
                throw ValidationError("write --command as NAME=TEMPLATE, got '\(command)'")
            }
            let template = String(command[command.index(after: equals)...])
            configurations.append(SolverConfiguration(name: String(command[..<equals]), kind: .external(ExternalCommand(template: template))))
        }
        let limits: RunLimits
        do {
            limits = try RunLimits(timeLimit: timeLimit, graceSeconds: grace, memoryLimitMiB: memoryLimitMiB)
        } catch {
            throw Self.usageError(field: error.field, error.message)
        }
        let sweep = Sweep(
            name: name, instanceSets: instancePatterns.map(InstanceSet.files) + librarySelections.map(InstanceSet.library),
            configurations: configurations, limits: limits,
            repetitions: repetitions ?? seeds?.count ?? 1, seeds: seeds,
            references: try reference.map { try ReferenceTable(contentsOf: URL(fileURLWithPath: $0)) } ?? ReferenceTable())
        do {
            try sweep.validate()
        } catch let error as SweepFileError {
            throw Self.usageError(field: error.field, error.message)
        }
        return sweep
    }

    /// A usage error about the sweep file field `field`, named by the flag that sets it.
    private static func usageError(field: String, _ message: String) -> ValidationError {
        let flags = ["timeLimit": "--time-limit", "grace": "--grace", "memoryLimitMiB": "--memory-limit",
                     "repetitions": "--repetitions", "seeds": "--seeds"]
        return ValidationError("\(flags[field] ?? field): \(message)")
    }

    private static func librarySelection(_ text: String) throws -> LibrarySelection {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard (3...4).contains(parts.count) else { throw ValidationError("write --library as distribution/level/split[/count], got '\(text)'") }
        let field = { (index: Int) in parts[index] == "*" || parts[index].isEmpty ? nil : parts[index] }
        var count: Int?
        if parts.count == 4 {
            guard let number = Int(parts[3]), number > 0 else { throw ValidationError("the count in '\(text)' must be a positive whole number") }
            count = number
        }
        return LibrarySelection(distribution: field(0), level: field(1), split: field(2), count: count)
    }

    private static func seeds(_ text: String) throws -> [UInt64] {
        try text.split(separator: ",").map { part in
            guard let seed = UInt64(part.trimmingCharacters(in: .whitespaces)), seed <= UInt64(Int64.max) else {
                throw ValidationError("'\(part)' is not a seed; write whole numbers from 0, comma-separated")
            }
            return seed
        }
    }
}
