import Bench
import Foundation
import GLPK
import GRDB
import Testing

@Suite struct ResultStoreTests {
    private let recommended = SolverConfiguration(name: "recommended", kind: .glpk(GLPKSettings(parameters: .recommended)))
    private let limits = RunLimits(timeLimit: .seconds(10))

    @Test func keepsOneResultPerKey() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ResultStore(path: directory.appendingPathComponent("r.db").path)
        try store.register([ConfigurationRecord(configuration: recommended, limits: limits)])
        let first = BenchTestSupport.record("a.mps", "recommended", status: .optimal, time: .seconds(1))
        var second = first
        second.wallTime = .seconds(2)
        #expect(try store.insert(first))
        #expect(try !store.insert(second))
        #expect(try store.runs() == [first])
        #expect(try store.storedKeys() == [first.key])
    }

    @Test func refusesAConfigurationDefinedDifferently() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ResultStore(path: directory.appendingPathComponent("r.db").path)
        try store.register([ConfigurationRecord(configuration: recommended, limits: limits)])
        try store.register([ConfigurationRecord(configuration: recommended, limits: limits)])
        let longer = ConfigurationRecord(configuration: recommended, limits: RunLimits(timeLimit: .seconds(60)))
        #expect(throws: StoreError.self) { try store.register([longer]) }
        let changed = SolverConfiguration(name: "recommended", kind: .glpk(GLPKSettings(parameters: .glpkDefaults)))
        #expect(throws: StoreError.self) { try store.register([ConfigurationRecord(configuration: changed, limits: limits)]) }
        #expect(try store.configurations().count == 1)
    }

    @Test func mergesStoresReportingDuplicatesAndRefusingConflicts() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func store(_ name: String, _ records: [RunRecord], configuration: SolverConfiguration) throws -> ResultStore {
            let store = try ResultStore(path: directory.appendingPathComponent(name).path)
            try store.register([ConfigurationRecord(configuration: configuration, limits: limits)])
            for record in records { try store.insert(record) }
            return store
        }
        let a = BenchTestSupport.record("a.mps", "recommended", status: .optimal, time: .seconds(1))
        let b = BenchTestSupport.record("b.mps", "recommended", status: .optimal, time: .seconds(2))
        var bAgain = b
        bAgain.wallTime = .seconds(2.5)
        let first = try store("1.db", [a, b], configuration: recommended)
        let second = try store("2.db", [bAgain], configuration: recommended)
        let merged = try ResultStore(path: directory.appendingPathComponent("all.db").path)
        let report = try merged.merge([first, second])
        #expect(report.copied == 2)
        #expect(report.duplicates.map(\.key) == [b.key])
        #expect(report.duplicates.first?.store == second.path && report.duplicates.first?.isIdentical == false)
        #expect(try merged.runs() == [a, b])

        let other = try store("3.db", [], configuration: SolverConfiguration(name: "recommended", kind: .glpk(GLPKSettings(parameters: .glpkDefaults))))
        let refused = try ResultStore(path: directory.appendingPathComponent("refused.db").path)
        #expect(throws: StoreError.self) { try refused.merge([first, other]) }
        #expect(try refused.runs().isEmpty && refused.configurations().isEmpty)
    }

    @Test func keepsAndMergesReferenceValuesRefusingConflicts() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let one = try ResultStore(path: directory.appendingPathComponent("1.db").path)
        try one.register(ReferenceTable(["p0548": .optimal(8691), "lseu": .infeasible]))
        try one.register(ReferenceTable(["p0548": .optimal(8691)]))
        #expect(throws: StoreError.self) { try one.register(ReferenceTable(["lseu": .optimal(1120)])) }
        #expect(try one.references().values == ["p0548": .optimal(8691), "lseu": .infeasible])

        let two = try ResultStore(path: directory.appendingPathComponent("2.db").path)
        try two.register(ReferenceTable(["gt2": .bestKnown(21166)]))
        let merged = try ResultStore(path: directory.appendingPathComponent("all.db").path)
        _ = try merged.merge([one, two])
        #expect(try merged.references().values == ["p0548": .optimal(8691), "lseu": .infeasible, "gt2": .bestKnown(21166)])

        let conflicting = try ResultStore(path: directory.appendingPathComponent("3.db").path)
        try conflicting.register(ReferenceTable(["p0548": .optimal(8700)]))
        let refused = try ResultStore(path: directory.appendingPathComponent("refused.db").path)
        #expect(throws: StoreError.self) { try refused.merge([one, conflicting]) }
        #expect(try refused.references().values.isEmpty)
    }

    @Test func refusesToMergeRunsOfDifferentBuildsUnlessAsked() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        func store(_ name: String, revision: String) throws -> ResultStore {
            let store = try ResultStore(path: directory.appendingPathComponent(name).path)
            try store.register([ConfigurationRecord(configuration: recommended, limits: limits)])
            try store.insert(BenchTestSupport.record(name, "recommended", status: .optimal, time: .seconds(1), revision: revision))
            return store
        }
        let old = try store("old.db", revision: "aaaa"), new = try store("new.db", revision: "bbbb-dirty-cccc")
        let merged = try ResultStore(path: directory.appendingPathComponent("all.db").path)
        let error = try #require(throws: MixedRevisionsError.self) { try merged.merge([old, new]) }
        #expect(error.description.contains("aaaa (1 run), bbbb-dirty-cccc (1 run)"))
        #expect(try merged.runs().isEmpty)
        #expect(try merged.merge([old, new], allowingMixedRevisions: true).copied == 2)
    }

    @Test func readsAStoreOfAnEarlierVersionWithoutChangingIt() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("old.db").path
        let store = try ResultStore(path: path)
        try store.register([ConfigurationRecord(configuration: recommended, limits: limits)])
        try store.insert(BenchTestSupport.record("a.mps", "recommended", status: .optimal, time: .seconds(1)))
        // What the first version of the store had: no configuration digests, no reference values.
        let database = try DatabaseQueue(path: path)
        try database.write { db in
            try db.execute(sql: "ALTER TABLE run DROP COLUMN configurationHash; DROP TABLE reference; "
                + "DELETE FROM grdb_migrations WHERE identifier IN ('configurationHash', 'reference')")
        }
        try database.close()
        let before = try Data(contentsOf: URL(fileURLWithPath: path))

        let old = try ResultStore(readingFrom: path)
        #expect(try old.runs().map(\.configurationHash) == [""])
        #expect(try old.references().values.isEmpty)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test func refusesToReadWhatIsNotAStore() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: StoreError.self) { try ResultStore(readingFrom: directory.appendingPathComponent("missing.db").path) }
        let text = directory.appendingPathComponent("notes.db")
        try Data("not a database".utf8).write(to: text)
        #expect(throws: StoreError.self) { try ResultStore(readingFrom: text.path) }
    }
}
