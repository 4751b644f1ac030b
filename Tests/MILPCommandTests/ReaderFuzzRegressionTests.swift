import Foundation
import Testing
@testable import reader_fuzzer

/// The reader fuzzer's checks on the inputs it keeps (`Fuzz/regressions`) and on its seeds (the
/// public instances and the translator fixtures), without the fuzzer.
@Suite("Reader fuzzing regressions")
struct ReaderFuzzRegressionTests {
    static func files(in folder: URL) -> [URL] {
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.sorted { $0.lastPathComponent < $1.lastPathComponent }
    }

    @Test("the kept inputs are there")
    func keptInputsExist() {
        #expect(Self.files(in: TestFiles.fuzzRegressions).count >= 8)
    }

    @Test("every kept input reads cleanly", arguments: files(in: TestFiles.fuzzRegressions))
    func keptInput(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        #expect(ReaderExercise.check(data) == nil, "\(file.lastPathComponent)")
    }

    @Test("every seed reads cleanly", arguments: files(in: TestFiles.translatorFixtures).filter { $0.pathExtension == "lp" }
        + ["afiro.mps", "p0548.mps", "silly-names.mps", "comment.mps", "garbage.mps"].map { TestFiles.instances.appendingPathComponent($0) })
    func seed(_ file: URL) throws {
        let data = try Data(contentsOf: file)
        #expect(ReaderExercise.check(data) == nil, "\(file.lastPathComponent)")
    }
}
