import MILP

/// The instance library as a sweep sees it: selections resolve to instance ids, and an id gives
/// its model. The `milp` command supplies one built on the `Instances` module; a sweep that
/// names no library selection needs none.
public protocol InstanceCatalog: Sendable {
    /// The ids of the instances in `selection`, in a stable order. Throws when the selection names
    /// a distribution, level or split the library does not have.
    func instanceIDs(in selection: LibrarySelection) throws -> [String]

    /// The model of the instance `id`.
    func model(for id: String) throws -> Model
}
