import Foundation
import MILP

/// Where and with what a sweep ran, stamped on every record it stores.
public struct RunProvenance: Sendable, Equatable {
    /// The MILPKit version.
    public var milpkitVersion: String
    /// The git revision of the working directory, with `-dirty` when it has uncommitted changes,
    /// or `unknown` outside a git work tree or without git.
    public var gitRevision: String
    /// The machine's host name.
    public var host: String

    /// Provenance from its parts.
    public init(milpkitVersion: String, gitRevision: String, host: String) {
        self.milpkitVersion = milpkitVersion
        self.gitRevision = gitRevision
        self.host = host
    }

    /// The provenance of a sweep run now, in `directory`: this library's version, the directory's
    /// git revision read with `git rev-parse`, and this machine's host name.
    public static func current(directory: URL = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) -> RunProvenance {
        var revision = "unknown"
        if let head = git(["rev-parse", "HEAD"], in: directory), !head.isEmpty {
            let changes = git(["status", "--porcelain", "--untracked-files=no"], in: directory) ?? ""
            revision = changes.isEmpty ? head : head + "-dirty"
        }
        return RunProvenance(milpkitVersion: MILPKit.version, gitRevision: revision, host: ProcessInfo.processInfo.hostName)
    }

    /// What `git arguments` prints in `directory`, trimmed, or `nil` when git is missing or fails.
    private static func git(_ arguments: [String], in directory: URL) -> String? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git", "-C", directory.path] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        process.standardInput = FileHandle.nullDevice
        do { try process.run() } catch { return nil }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else { return nil }
        return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
