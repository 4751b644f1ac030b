/// A results store that cannot be used as asked.
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The file cannot be opened as a store.
    case unusable(path: String, reason: String)
    /// A configuration is stored with one definition and given with another.
    case conflictingConfiguration(name: String, stored: String, given: String, store: String)
    /// An instance's reference value is stored as one value and given as another.
    case conflictingReference(name: String, stored: ReferenceValue, given: ReferenceValue, store: String)

    /// A sentence naming the store and what to do.
    public var description: String {
        switch self {
        case let .unusable(path, reason):
            "cannot use '\(path)' as a results store: \(reason)"
        case let .conflictingConfiguration(name, stored, given, store):
            "configuration '\(name)' is defined differently in '\(store)'; results measured differently cannot share a store "
                + "(rename the configuration or use another store)\n  one:   \(stored)\n  other: \(given)"
        case let .conflictingReference(name, stored, given, store):
            "the reference value of '\(name)' is \(given) in '\(store)' but \(stored) where it is to be stored; correct the reference file or use another store"
        }
    }
}
