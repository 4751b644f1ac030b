import Foundation

// Built by `Scripts/fuzz-readers.sh` (libFuzzer and AddressSanitizer, `-DFUZZING`), this is a
// libFuzzer target: libFuzzer's own `main` mutates inputs and calls `LLVMFuzzerTestOneInput` on
// each (its options come from the command line, e.g. `-max_total_time=600`). Built normally, it is
// a command that replays the files and folders named on its command line, for reproducing a saved
// crash without sanitizers.

#if FUZZING
/// libFuzzer's entry point: one input, checked by ``ReaderExercise``; a broken expectation crashes.
@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    if let failure = ReaderExercise.check(bytes.map { Data(bytes: $0, count: count) } ?? Data()) {
        fatalError(failure)
    }
    return 0
}
#else
/// `reader-fuzzer FILE|FOLDER...`: runs the fuzzer's checks on saved inputs.
@main
enum ReaderReplay {
    static func main() {
        let paths = CommandLine.arguments.dropFirst()
        if paths.isEmpty { fail("usage: reader-fuzzer FILE|FOLDER...", status: 64) }
        var replayed = 0
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { fail("no such file: \(path)", status: 66) }
            let url = URL(fileURLWithPath: path)
            let files = isFolder.boolValue
                ? (try? FileManager.default.contentsOfDirectory(at: url, includingPropertiesForKeys: nil)) ?? []
                : [url]
            for file in files.sorted(by: { $0.path < $1.path }) {
                guard let data = FileManager.default.contents(atPath: file.path) else { fail("cannot read \(file.path)", status: 66) }
                if let failure = ReaderExercise.check(data) { fail("\(file.path): \(failure)", status: 1) }
                replayed += 1
            }
        }
        print("replayed \(replayed) inputs without a failure")
    }

    private static func fail(_ message: String, status: Int32) -> Never {
        FileHandle.standardError.write(Data("reader-fuzzer: \(message)\n".utf8))
        exit(status)
    }
}
#endif
