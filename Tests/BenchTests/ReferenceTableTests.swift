import Bench
import Foundation
import MILPFormats
import Testing

@Suite struct ReferenceTableTests {
    @Test func readsAMIPLIBSoluFile() throws {
        let table = try Self.table("solu", """
            =opt=  p0548     8691
            =best= sp150x300d 69.5
            =inf=  infeasible-mip0
            =unkn= gesa2
            # a comment

            """)
        #expect(table.values == ["p0548": .optimal(8691), "sp150x300d": .bestKnown(69.5), "infeasible-mip0": .infeasible])
        #expect(table.value(for: "../Instances/public/p0548.mps") == .optimal(8691))
        #expect(table.value(for: "p0548.mps.gz") == .optimal(8691))
        #expect(table.value(for: "gesa2.mps") == nil)
    }

    @Test func readsTheReferenceCSVOfThePublicInstances() throws {
        let table = try ReferenceTable(contentsOf: BenchTestSupport.packageRoot.appendingPathComponent("Instances/public/reference.csv"))
        #expect(table.value(for: "p0548.mps") == .optimal(8691))
        #expect(table.value(for: "infeasible-mip1.mps") == .infeasible)
        #expect(table.value(for: "gas11.mps") == .unbounded)
        #expect(table.value(for: "garbage.mps") == nil)
    }

    @Test(arguments: [
        ("solu", "=opt= p0548 8691\n=opt= lseu\n", 2, "=opt= takes a name and a value, got 1 fields"),
        ("solu", "=opt= p0548 eighty\n", 1, "expected a finite objective value, got 'eighty'"),
        ("solu", "=sol= p0548 8691\n", 1, "expected =opt=, =best=, =inf= or =unkn=, got '=sol='"),
        ("solu", "=opt= p0548 8691\n=inf= p0548.mps\n", 2, "'p0548' is named a second time"),
        ("csv", "file,expected_status\np0548.mps,optimal\n", 1, "the header must name the columns file, expected_status and expected_objective"),
        ("csv", "file,kind,expected_status,expected_objective,note\np0548.mps,MIP,optimal,,\n", 2, "expected a finite objective value, got ''"),
        ("csv", "file,kind,expected_status,expected_objective,note\np0548.mps,MIP\n", 2, "has 2 fields, the header 5"),
    ])
    func refusesABadLineNamingIt(format: String, text: String, line: Int, message: String) throws {
        let error = try #require(throws: ParseError.self) { try Self.table(format, text) }
        #expect(error.file.hasSuffix("references.\(format)") && error.line == line && error.message == message, "\(error)")
        #expect(error.sourceLine == text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)[line - 1])
    }

    @Test func addsTablesRefusingConflictingValues() throws {
        let one = ReferenceTable(["a": .optimal(1), "b": .infeasible])
        #expect(try one.adding(ReferenceTable(["a": .optimal(1), "c": .unbounded])).values == ["a": .optimal(1), "b": .infeasible, "c": .unbounded])
        let conflict = try #require(throws: ReferenceConflict.self) { try one.adding(ReferenceTable(["b": .optimal(2)])) }
        #expect(conflict.name == "b" && conflict.one == .infeasible && conflict.other == .optimal(2))
    }

    /// The table read from a file `references.EXTENSION` holding `text`.
    private static func table(_ fileExtension: String, _ text: String) throws -> ReferenceTable {
        let directory = try BenchTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("references.\(fileExtension)")
        try Data(text.utf8).write(to: file)
        return try ReferenceTable(contentsOf: file)
    }
}
