import Foundation

/// What a run of the `milp` binary produced.
struct CommandResult {
    /// The exit status.
    var status: Int32
    /// Standard output.
    var output: String
    /// Standard error.
    var errors: String
}

/// Files the tests read and write.
enum TestFiles {
    /// This target's fixtures.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    /// The GLPK tests' fixtures: small LP and MathProg models.
    static let translatorFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("GLPKTests/Fixtures")
    /// The public instances of the repository.
    static let instances = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Instances/public")

    /// The inputs kept for the reader fuzzer's checks (hand-made hard cases, and any input the
    /// fuzzer finds failing), replayed by the tests.
    static let fuzzRegressions = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Fuzz/regressions")

    /// The path of a fixture of this target or of the GLPK tests.
    static func fixture(_ name: String) -> String {
        let own = fixtures.appendingPathComponent(name)
        return FileManager.default.fileExists(atPath: own.path) ? own.path : translatorFixtures.appendingPathComponent(name).path
    }

    /// The path of a public instance.
    static func instance(_ name: String) -> String { instances.appendingPathComponent(name).path }

    /// A fresh, empty temporary directory.
    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("milp-cli-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}

/// Runs the `milp` binary built next to the test bundle with `arguments` and waits for it.
func milp(_ arguments: String...) throws -> CommandResult {
    try milp(arguments: arguments)
}

/// Runs the `milp` binary built next to the test bundle with `arguments` and waits for it; its
/// standard output goes to `standardOutput` when given (the result's `output` is then empty), and
/// its standard input comes from the file at `standardInput` (empty when `nil`).
func milp(arguments: [String], standardOutput: FileHandle? = nil, standardInput: String? = nil) throws -> CommandResult {
    let directory = try TestFiles.temporaryDirectory()
    defer { try? FileManager.default.removeItem(at: directory) }
    let outputURL = directory.appendingPathComponent("stdout"), errorURL = directory.appendingPathComponent("stderr")
    try Data().write(to: outputURL)
    try Data().write(to: errorURL)
    let process = Process()
    process.executableURL = milpExecutable
    process.arguments = arguments
    process.standardInput = try standardInput.map { try FileHandle(forReadingFrom: URL(fileURLWithPath: $0)) } ?? FileHandle.nullDevice
    process.standardOutput = try standardOutput ?? FileHandle(forWritingTo: outputURL)
    process.standardError = try FileHandle(forWritingTo: errorURL)
    try process.run()
    process.waitUntilExit()
    return CommandResult(
        status: process.terminationStatus,
        output: try String(contentsOf: outputURL, encoding: .utf8),
        errors: try String(contentsOf: errorURL, encoding: .utf8))
}

/// The `milp` binary built next to the test bundle.
let milpExecutable = productsDirectory.appendingPathComponent("milp")

/// The build products directory, which holds the test bundle and the `milp` binary.
private var productsDirectory: URL {
    #if os(macOS)
    if let bundle = Bundle.allBundles.first(where: { $0.bundlePath.hasSuffix(".xctest") }) {
        return bundle.bundleURL.deletingLastPathComponent()
    }
    #endif
    return Bundle.main.bundleURL
}
