import GRDB

extension ConfigurationRecord: FetchableRecord, PersistableRecord {
    /// `configuration`.
    public static let databaseTableName = "configuration"
}

extension RunRecord: FetchableRecord, PersistableRecord {
    /// `run`.
    public static let databaseTableName = "run"

    /// The primary key as GRDB looks it up.
    var storageKey: [String: (any DatabaseValueConvertible)?] {
        ["instance": instance, "configuration": configuration, "repetition": repetition]
    }
}
