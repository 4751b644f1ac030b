/// What merging stores did.
public struct MergeReport: Sendable, Equatable {
    /// A result that was already present.
    public struct Duplicate: Sendable, Equatable {
        /// The result's key.
        public var key: TaskKey
        /// The store whose copy was skipped.
        public var store: String
        /// Whether the skipped copy measured the same as the kept one; `false` when the same run
        /// was carried out twice with different results.
        public var isIdentical: Bool
    }

    /// How many results were stored.
    public var copied = 0
    /// The results skipped because their key was already present, in the order met.
    public var duplicates: [Duplicate] = []
}
