/// A model file whose format a sweep cannot tell from its name.
public struct ModelFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file.
    public var path: String

    /// A sentence naming the file and the extensions understood.
    public var description: String {
        "'\(path)' is neither .mps nor .lp (optionally .gz); sweeps read MPS and CPLEX LP files"
    }
}
