import Foundation
import MILPCommand
import Testing

@Suite("milp's outputs: links and devices kept, every failed write is exit 73 naming the path")
struct OutputSafetyTests {
    private let afiro = TestFiles.instance("afiro.mps")

    @Test("--solution through a symbolic link writes the link's target and keeps the link")
    func solutionThroughLink() throws {
        let folder = try TestFiles.temporaryDirectory()
        let target = folder.appendingPathComponent("target.sol").path, link = folder.appendingPathComponent("link.sol").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        let result = try milp("solve", afiro, "--quiet", "--solution", link)
        #expect(result.status == 0)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8).hasPrefix("=obj= -464.75"))
    }

    @Test("a report that cannot be written to standard output is exit 73, not success")
    func fullStandardOutput() throws {
        let result = try milp(arguments: ["solve", afiro], standardOutput: try #require(FileHandle(forWritingAtPath: "/dev/full")))
        #expect(result.status == 73)
        #expect(result.errors.contains("cannot write standard output: \(String(cString: strerror(ENOSPC)))"))
    }

    @Test("a log that cannot be written fails the command after the report is printed")
    func fullLog() throws {
        let result = try milp("solve", afiro, "--log", "/dev/full")
        #expect(result.status == 73)
        #expect(result.output.contains("optimal"))
        #expect(result.errors.contains("cannot write '/dev/full'"))
    }

    @Test("a solution file in a missing folder is exit 73 naming the path")
    func missingFolder() throws {
        let path = try TestFiles.temporaryDirectory().appendingPathComponent("missing/solution.sol").path
        let result = try milp("solve", afiro, "--solution", path)
        #expect(result.status == 73)
        #expect(result.errors.contains("cannot write '\(path)'"))
    }
}
