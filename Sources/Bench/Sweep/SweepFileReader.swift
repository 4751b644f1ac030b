import Foundation
import GLPK
import MILP

/// Reads a sweep from its file: decodes a ``SweepFile`` strictly, resolves built-in
/// configuration names, turns seconds and MiB into limits after checking them, and validates the
/// sweep. Every error is a ``SweepFileError`` naming the file and the field. The schema is in
/// `Benchmarks/SWEEPS.md`.
public struct SweepFileReader: Sendable {
    /// The branching policies configurations may name.
    public var policies: (any BranchingPolicyProvider)?

    /// A reader offering the given branching policies.
    public init(policies: (any BranchingPolicyProvider)? = nil) {
        self.policies = policies
    }

    /// The sweep in the file at `url`: YAML when its name ends in `.yaml` or `.yml`, JSON
    /// otherwise. Relative instance patterns start from the file's directory, or from the
    /// `directory` its `instances` name relative to it.
    public func read(contentsOf url: URL) throws -> Sweep {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw SweepFileError(file: url.path, field: "", message: "cannot read the file: \((error as NSError).localizedDescription)")
        }
        let name = url.deletingPathExtension().lastPathComponent
        guard ["yaml", "yml"].contains(url.pathExtension.lowercased()) else {
            return try read(data, file: url.path, defaultName: name, baseDirectory: url.deletingLastPathComponent())
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw SweepFileError(file: url.path, field: "", message: "not valid YAML: the file is not UTF-8 text")
        }
        return try read(yaml: text, file: url.path, defaultName: name, baseDirectory: url.deletingLastPathComponent())
    }

    /// The sweep in the YAML text `yaml`, as read from `file` (for messages), named
    /// `defaultName` unless it names itself; the same fields and checks as JSON (see
    /// ``MILP/InputValue/init(yaml:)`` for how YAML's values map to JSON's).
    public func read(yaml: String, file: String = "", defaultName: String = "sweep", baseDirectory: URL) throws -> Sweep {
        let document: InputValue
        do { document = try InputValue(yaml: yaml) } catch {
            throw SweepFileError(file: file, field: "", message: "not valid YAML: \(error)")
        }
        return try read(document, file: file, defaultName: defaultName, baseDirectory: baseDirectory)
    }

    /// The sweep in the JSON text `data`, as read from `file` (for messages), named `defaultName`
    /// unless it names itself.
    public func read(_ data: Data, file: String = "", defaultName: String = "sweep", baseDirectory: URL) throws -> Sweep {
        let document: InputValue
        do { document = try InputValue(json: data) } catch { throw SweepFileError(file: file, error) }
        return try read(document, file: file, defaultName: defaultName, baseDirectory: baseDirectory)
    }

    /// The sweep in a parsed document (JSON, or YAML read into the same shapes).
    public func read(_ document: InputValue, file: String = "", defaultName: String = "sweep", baseDirectory: URL) throws -> Sweep {
        do {
            let sweepFile = try InputDecoder().decode(SweepFile.self, from: document)
            let sweep = try sweep(from: sweepFile, defaultName: defaultName, baseDirectory: baseDirectory)
            try sweep.validate(policies: policies)
            return sweep
        } catch let error as InputError {
            throw SweepFileError(file: file, error)
        } catch var error as SweepFileError {
            error.file = file
            throw error
        }
    }

    /// The sweep a decoded file describes, its presets resolved and its numbers checked.
    public func sweep(from file: SweepFile, defaultName: String, baseDirectory: URL) throws(InputError) -> Sweep {
        if let name = file.name { try Self.nonEmpty(name, field: "name") }
        let directory = try file.instances.directory.map { directory throws(InputError) in
            try Self.nonEmpty(directory, field: "instances.directory")
            return URL(fileURLWithPath: directory, isDirectory: true, relativeTo: baseDirectory).standardizedFileURL
        }
        guard !file.configurations.isEmpty else { throw InputError(field: "configurations", "must not be empty") }
        var configurations: [SolverConfiguration] = []
        for (index, entry) in file.configurations.enumerated() {
            configurations.append(try configuration(entry, field: "configurations[\(index)]"))
        }
        if let seeds = file.seeds, seeds.isEmpty { throw InputError(field: "seeds", "must not be empty") }
        let repetitions = try file.repetitions.map { repetitions throws(InputError) in
            try Sweep.repetitionRange.check(repetitions, field: "repetitions")
        }
        let references = try file.reference.map { path throws(InputError) in
            try Self.nonEmpty(path, field: "reference")
            do {
                return try ReferenceTable(contentsOf: URL(fileURLWithPath: path, relativeTo: baseDirectory))
            } catch {
                throw InputError(field: "reference", "\(error)")
            }
        }
        return Sweep(
            name: file.name ?? defaultName, instanceSets: try instanceSets(file.instances), configurations: configurations,
            limits: try RunLimits(timeLimit: Duration(seconds: file.timeLimit, field: "timeLimit", in: RunLimits.timeLimitRange.inSeconds),
                                  graceSeconds: file.grace, memoryLimitMiB: file.memoryLimitMiB),
            repetitions: repetitions ?? file.seeds?.count ?? 1, seeds: file.seeds, references: references ?? ReferenceTable(),
            baseDirectory: directory ?? baseDirectory)
    }

    private func instanceSets(_ instances: SweepFile.Instances) throws(InputError) -> [InstanceSet] {
        var sets: [InstanceSet] = []
        for (field, list) in [("files", instances.files?.count), ("library", instances.library?.count)] where list == 0 {
            throw InputError(field: "instances.\(field)", "must not be empty")
        }
        for (index, pattern) in (instances.files ?? []).enumerated() {
            try Self.nonEmpty(pattern, field: "instances.files[\(index)]")
            sets.append(.files(pattern))
        }
        for (index, selection) in (instances.library ?? []).enumerated() {
            let field = "instances.library[\(index)]"
            for (name, value) in [("distribution", selection.distribution), ("level", selection.level), ("split", selection.split)] {
                if let value { try Self.nonEmpty(value, field: "\(field).\(name)") }
            }
            if let count = selection.count { try LibrarySelection.countRange.check(count, field: "\(field).count") }
            sets.append(.library(selection))
        }
        guard !sets.isEmpty else { throw InputError(field: "instances", "needs \"files\" or \"library\"") }
        return sets
    }

    private func configuration(_ entry: SweepFile.Configuration, field: String) throws(InputError) -> SolverConfiguration {
        switch entry {
        case let .preset(name):
            guard let preset = SolverConfiguration.preset(named: name) else {
                let names = SolverConfiguration.presetNames
                let guess = nearestName(to: name, in: names).map { "; did you mean \"\($0)\"?" } ?? ""
                throw InputError(field: field, "unknown configuration \"\(name)\"; expected one of "
                                 + names.map { "\"\($0)\"" }.joined(separator: ", ") + ", or an object" + guess)
            }
            return preset
        case let .glpk(name, settings):
            return SolverConfiguration(name: name, kind: .glpk(settings))
        case let .portfolio(name, entrants):
            return SolverConfiguration(name: name, kind: .portfolio(entrants ?? PortfolioEntrant.standard))
        case let .command(name, command):
            return SolverConfiguration(name: name, kind: .external(command))
        }
    }

    private static func nonEmpty(_ text: String, field: String) throws(InputError) {
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw InputError(field: field, "must not be empty") }
    }
}

extension SweepFileError {
    /// `error`, found in `file`.
    init(file: String, _ error: InputError) {
        self.init(file: file, field: error.field, message: error.message)
    }
}
