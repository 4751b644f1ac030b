/// How a run finds its model: a file, or an instance of the library.
public enum InstanceReference: Sendable, Equatable, Hashable, Codable {
    /// A model file (MPS or CPLEX LP, optionally gzip-compressed), by absolute path.
    case file(String)
    /// An instance of the instance library, by id.
    case library(String)
}
