import Bench
import Instances
import MILP

/// The instance library, as sweeps select from it and workers generate its models.
struct LibraryCatalog: InstanceCatalog {
    func instanceIDs(in selection: LibrarySelection) throws -> [String] {
        if let distribution = selection.distribution { _ = try InstanceLibrary.distribution(named: distribution) }
        let level = try selection.level.map { name throws(InstanceLibraryError) in try InstanceLibrary.level(named: name) }
        let split = try selection.split.map { name throws(InstanceLibraryError) in try InstanceLibrary.split(named: name) }
        return InstanceLibrary.ids(distribution: selection.distribution, level: level, split: split).map(\.description)
    }

    func model(for id: String) throws -> Model {
        try InstanceLibrary.model(for: InstanceID(id))
    }
}
