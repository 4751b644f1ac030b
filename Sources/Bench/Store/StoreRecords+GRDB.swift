import GRDB
import MILP

extension ConfigurationRecord: FetchableRecord, PersistableRecord {
    /// `configuration`.
    public static let databaseTableName = "configuration"
}

/// A duration is stored as its number of seconds (`REAL`), an absent one as `NULL`.
extension CodedAsSeconds: DatabaseValueConvertible {
    /// The seconds, or `NULL`.
    public var databaseValue: DatabaseValue { wrappedValue.secondsValue?.databaseValue ?? .null }

    /// The duration of a stored number of seconds; `nil` for anything else.
    public static func fromDatabaseValue(_ value: DatabaseValue) -> CodedAsSeconds? {
        let seconds = value.isNull ? nil : Double.fromDatabaseValue(value)
        guard value.isNull || seconds != nil else { return nil }
        return (try? Value(seconds: seconds, field: "")).map(CodedAsSeconds.init(wrappedValue:))
    }
}

extension RunRecord: FetchableRecord, PersistableRecord {
    /// `run`.
    public static let databaseTableName = "run"

    /// The primary key as GRDB looks it up.
    var storageKey: [String: (any DatabaseValueConvertible)?] {
        ["instance": instance, "configuration": configuration, "repetition": repetition]
    }
}
