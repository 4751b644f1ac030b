import Foundation
import GRDB

/// A sweep's results in a SQLite file: one row per (instance, configuration, repetition), the
/// definition of each configuration and the reference values runs are checked against, so that
/// a sweep can be resumed, merged and reported.
///
/// Each result is committed on its own as soon as its run ends; a sweep killed at any moment
/// keeps every result it had committed and nothing half-written.
public final class ResultStore: Sendable {
    /// The database file.
    public let path: String
    private let database: DatabaseQueue

    /// Opens the store at `path`, creating it (and its tables) when it does not exist.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.busyMode = .timeout(30)
        do {
            database = try DatabaseQueue(path: path, configuration: configuration)
            try Self.migrator.migrate(database)
        } catch {
            throw StoreError.unusable(path: path, reason: "\(error)")
        }
    }

    /// Opens an existing store at `path` for reading only. A store written by an earlier version
    /// of MILPKit is read through an upgraded copy in memory; the file is not changed.
    public init(readingFrom path: String) throws {
        self.path = path
        guard FileManager.default.fileExists(atPath: path) else { throw StoreError.unusable(path: path, reason: "no such file") }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(30)
        do {
            let file = try DatabaseQueue(path: path, configuration: configuration)
            let hasTables = try file.read { try $0.tableExists(RunRecord.databaseTableName) && $0.tableExists(ConfigurationRecord.databaseTableName) }
            guard hasTables else { throw StoreError.unusable(path: path, reason: "not a results store: its tables are missing") }
            if try file.read(Self.migrator.hasCompletedMigrations) {
                database = file
            } else {
                database = try DatabaseQueue()
                try file.backup(to: database)
                try Self.migrator.migrate(database)
            }
        } catch let error as StoreError {
            throw error
        } catch {
            throw StoreError.unusable(path: path, reason: "\(error)")
        }
    }

    private static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("results") { db in
            try db.create(table: ConfigurationRecord.databaseTableName) { table in
                table.primaryKey("name", .text)
                table.column("definition", .text).notNull()
            }
            try db.create(table: RunRecord.databaseTableName) { table in
                table.column("instance", .text).notNull()
                table.column("configuration", .text).notNull().references(ConfigurationRecord.databaseTableName)
                table.column("repetition", .integer).notNull()
                table.primaryKey(["instance", "configuration", "repetition"])
                table.column("seed", .integer)
                table.column("status", .text).notNull()
                table.column("detail", .text).notNull()
                table.column("objective", .double)
                table.column("bound", .double)
                table.column("gap", .double)
                table.column("wallTime", .double).notNull()
                table.column("solveTime", .double)
                table.column("nodes", .integer)
                table.column("iterations", .integer)
                table.column("peakMemory", .integer).notNull()
                table.column("exitStatus", .integer)
                table.column("timeLimit", .double).notNull()
                table.column("milpkitVersion", .text).notNull()
                table.column("gitRevision", .text).notNull()
                table.column("host", .text).notNull()
                table.column("timestamp", .text).notNull()
            }
        }
        migrator.registerMigration("configurationHash") { db in
            try db.alter(table: RunRecord.databaseTableName) { table in
                table.add(column: "configurationHash", .text).notNull().defaults(to: "")
            }
        }
        migrator.registerMigration("reference") { db in
            try db.create(table: referenceTable) { table in
                table.primaryKey("name", .text)
                table.column("kind", .text).notNull()
                table.column("objective", .double)
            }
        }
        return migrator
    }

    /// Adds configurations the store does not have yet. Throws, adding none, when one of them is
    /// stored with a different definition: its results would not be comparable.
    public func register(_ configurations: [ConfigurationRecord]) throws {
        try database.write { db in
            for configuration in configurations {
                if let stored = try ConfigurationRecord.fetchOne(db, key: configuration.name) {
                    guard stored.definition == configuration.definition else {
                        throw StoreError.conflictingConfiguration(name: configuration.name, stored: stored.definition, given: configuration.definition, store: path)
                    }
                } else {
                    try configuration.insert(db)
                }
            }
        }
    }

    /// Adds reference values the store does not have yet. Throws, adding none, when one of them
    /// is stored with a different value.
    public func register(_ references: ReferenceTable) throws {
        try database.write { db in try insert(references, into: db, from: path) }
    }

    /// The reference values runs are checked against.
    public func references() throws -> ReferenceTable {
        try database.read(references(in:))
    }

    private static let referenceTable = "reference"

    private func references(in db: Database) throws -> ReferenceTable {
        var table = ReferenceTable()
        for row in try Row.fetchAll(db, sql: "SELECT name, kind, objective FROM \(Self.referenceTable)") {
            let name: String = row["name"]
            guard let value = ReferenceValue(kind: row["kind"], objective: row["objective"]) else {
                throw StoreError.unusable(path: path, reason: "the reference value of '\(name)' cannot be read")
            }
            table.values[name] = value
        }
        return table
    }

    /// Stores the values of `given` that `db` does not have; throws when `db` has one of
    /// them with another value (`source` names where that one came from).
    private func insert(_ given: ReferenceTable, into db: Database, from source: String) throws {
        let stored = try references(in: db)
        for (name, value) in given.values.sorted(by: { $0.key < $1.key }) {
            if let existing = stored.values[name] {
                guard existing == value else {
                    throw StoreError.conflictingReference(name: name, stored: existing, given: value, store: source)
                }
            } else {
                try db.execute(sql: "INSERT INTO \(Self.referenceTable) (name, kind, objective) VALUES (?, ?, ?)",
                               arguments: [name, value.stored.kind, value.stored.objective])
            }
        }
    }

    /// The configurations, in the order they were first stored.
    public func configurations() throws -> [ConfigurationRecord] {
        try database.read { try ConfigurationRecord.order(Column.rowID).fetchAll($0) }
    }

    /// The keys of every stored result.
    public func storedKeys() throws -> Set<TaskKey> {
        try database.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT instance, configuration, repetition FROM \(RunRecord.databaseTableName)")
            return Set(rows.map { TaskKey(instance: $0["instance"], configuration: $0["configuration"], repetition: $0["repetition"]) })
        }
    }

    /// Stores `record` in a transaction of its own; `false` when a result with its key is already
    /// stored, which is kept.
    @discardableResult
    public func insert(_ record: RunRecord) throws -> Bool {
        try database.write { db in
            guard try !RunRecord.exists(db, key: record.storageKey) else { return false }
            try record.insert(db)
            return true
        }
    }

    /// Every stored result, by instance, configuration and repetition.
    public func runs() throws -> [RunRecord] {
        try database.read { db in
            try RunRecord.order(Column("instance"), Column("configuration"), Column("repetition")).fetchAll(db)
        }
    }

    /// Stores the configurations and results of other stores in this one, in one transaction.
    ///
    /// Throws before storing anything when two stores define a configuration differently or give
    /// an instance different reference values, or
    /// when the results (those already here included) come from different builds of MILPKit
    /// and `allowingMixedRevisions` is `false`. A result whose key is already present (here or
    /// in an earlier source) is not stored again; the report lists it as a duplicate.
    public func merge(_ sources: [ResultStore], allowingMixedRevisions: Bool = false) throws -> MergeReport {
        let contents = try sources.map { (store: $0, configurations: try $0.configurations(), references: try $0.references(), runs: try $0.runs()) }
        let census = RevisionCensus(try runs() + contents.flatMap(\.runs))
        if census.isMixed, !allowingMixedRevisions {
            throw MixedRevisionsError(context: "merging into '\(path)'", census: census)
        }
        var report = MergeReport()
        try database.write { db in
            for source in contents {
                for configuration in source.configurations {
                    if let stored = try ConfigurationRecord.fetchOne(db, key: configuration.name) {
                        guard stored.definition == configuration.definition else {
                            throw StoreError.conflictingConfiguration(name: configuration.name, stored: stored.definition, given: configuration.definition, store: source.store.path)
                        }
                    } else {
                        try configuration.insert(db)
                    }
                }
            }
            for source in contents {
                try insert(source.references, into: db, from: source.store.path)
            }
            for source in contents {
                for run in source.runs {
                    if let stored = try RunRecord.fetchOne(db, key: run.storageKey) {
                        report.duplicates.append(MergeReport.Duplicate(key: run.key, store: source.store.path, isIdentical: stored.measuresTheSame(as: run)))
                    } else {
                        try run.insert(db)
                        report.copied += 1
                    }
                }
            }
        }
        return report
    }
}
