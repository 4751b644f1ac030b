/// One instance of a sweep: the id results are stored under, and where its model comes from.
public struct SweepInstance: Sendable, Equatable, Hashable {
    /// The id in the results store: for a file matched by a relative pattern, its path relative
    /// to the sweep's base directory (`..` included where needed), so that machines holding the
    /// files in different places agree; for an absolute pattern, the absolute path; for the
    /// library, the instance's id.
    public var id: String
    /// Where the model comes from.
    public var reference: InstanceReference

    /// An instance from its parts.
    public init(id: String, reference: InstanceReference) {
        self.id = id
        self.reference = reference
    }
}
