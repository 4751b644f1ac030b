import ArgumentParser
import Foundation
import Instances

/// `--distribution`, `--level` and `--split`, each a name from the library, a comma-separated
/// list of names, or `all`; a missing option means all.
struct InstancesSelection: ParsableArguments {
    @Option(help: ArgumentHelp("Distribution names (comma-separated), or all.", valueName: "names"))
    var distribution: String?

    @Option(help: ArgumentHelp("Levels: tiny, easy, medium, hard (comma-separated), or all.", valueName: "levels"))
    var level: String?

    @Option(help: ArgumentHelp("Splits: train, valid, test (comma-separated), or all.", valueName: "splits"))
    var split: String?

    func validate() throws {
        do {
            _ = try distributions
            _ = try levels
            _ = try splits
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The distribution names chosen, in library order.
    var distributions: [String] {
        get throws(InstanceLibraryError) {
            let chosen = try Self.names(in: distribution) { name throws(InstanceLibraryError) in try InstanceLibrary.distribution(named: name).name }
            return InstanceLibrary.distributionNames.filter { chosen?.contains($0) ?? true }
        }
    }

    /// The levels chosen, from tiny to hard.
    var levels: [HardnessLevel] {
        get throws(InstanceLibraryError) {
            let chosen = try Self.names(in: level, InstanceLibrary.level(named:))
            return HardnessLevel.allCases.filter { chosen?.contains($0) ?? true }
        }
    }

    /// The splits chosen, in the order train, valid, test.
    var splits: [Split] {
        get throws(InstanceLibraryError) {
            let chosen = try Self.names(in: split, InstanceLibrary.split(named:))
            return Split.allCases.filter { chosen?.contains($0) ?? true }
        }
    }

    /// The values named in a comma-separated `list`, or `nil` (meaning all) when the list is
    /// missing or `all`.
    private static func names<Value>(in list: String?, _ lookUp: (String) throws(InstanceLibraryError) -> Value) throws(InstanceLibraryError) -> [Value]? {
        guard let list, list != "all" else { return nil }
        var values: [Value] = []
        for name in list.split(separator: ",", omittingEmptySubsequences: false) {
            values.append(try lookUp(name.trimmingCharacters(in: .whitespaces)))
        }
        return values
    }

    /// Throws a usage error naming each of the options that was not given.
    func require() throws {
        let missing = [distribution == nil ? "--distribution" : nil, level == nil ? "--level" : nil, split == nil ? "--split" : nil]
            .compactMap { $0 }
        if !missing.isEmpty { throw ValidationError("missing \(missing.joined(separator: ", ")) (a name, a comma-separated list, or all)") }
    }
}
