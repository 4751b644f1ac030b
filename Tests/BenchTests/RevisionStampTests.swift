import Bench
import Foundation
import Testing

@Suite struct RevisionStampTests {
    @Test func milpVersionNamesTheRevisionItWasBuiltFrom() throws {
        let revision = RunProvenance.binaryRevision
        let pattern = /unknown|[0-9a-f]{40}(-dirty-[0-9a-f]{12})?/
        #expect(revision.wholeMatch(of: pattern) != nil, "\(revision)")
        #expect(RunProvenance.current.gitRevision == revision)

        let process = Process()
        process.executableURL = URL(fileURLWithPath: BenchTestSupport.milpExecutable)
        process.arguments = ["--version"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(text.contains("revision \(revision) "), "\(text)")
    }
}
