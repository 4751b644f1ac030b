import Bench
import Foundation
import GLPK
import Testing

@Suite struct ResultStoreTests {
    private let recommended = SolverConfiguration(name: "recommended", kind: .glpk(GLPKSettings(parameters: .recommended)))
    private let limits = RunLimits(timeLimit: .seconds(10))

    @Test func keepsOneResultPerKey() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let store = try ResultStore(path: directory.appendingPathComponent("r.db").path)
        try store.register([ConfigurationRecord(configuration: recommended, limits: limits)])
        let first = BenchTestSupport.record("a.mps", "recommended", status: .optimal, time: 1)
        var second = first
        second.wallTime = 2
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
        let a = BenchTestSupport.record("a.mps", "recommended", status: .optimal, time: 1)
        let b = BenchTestSupport.record("b.mps", "recommended", status: .optimal, time: 2)
        var bAgain = b
        bAgain.wallTime = 2.5
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

    @Test func refusesToReadWhatIsNotAStore() throws {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: StoreError.self) { try ResultStore(readingFrom: directory.appendingPathComponent("missing.db").path) }
        let text = directory.appendingPathComponent("notes.db")
        try Data("not a database".utf8).write(to: text)
        #expect(throws: StoreError.self) { try ResultStore(readingFrom: text.path) }
    }
}
