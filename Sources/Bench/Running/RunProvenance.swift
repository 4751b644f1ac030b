import Foundation
import MILP

/// What ran a sweep, and where: stamped on every record it stores.
public struct RunProvenance: Sendable, Equatable {
    /// The MILPKit version.
    public var milpkitVersion: String
    /// The git revision of the sources the running binary was built from (see ``binaryRevision``).
    public var gitRevision: String
    /// The machine's host name.
    public var host: String

    /// Provenance from its parts.
    public init(milpkitVersion: String, gitRevision: String, host: String) {
        self.milpkitVersion = milpkitVersion
        self.gitRevision = gitRevision
        self.host = host
    }

    /// The git revision of the sources this binary was built from, stamped at build time:
    /// `git rev-parse HEAD`, followed by `-dirty-` and a digest of the differences when the
    /// package's `Package.swift`, `Sources` or `Plugins` differed from it, or `unknown` when the
    /// sources were not a git work tree (or git was missing) at build time.
    public static let binaryRevision = packageRevision

    /// The provenance of runs made now by this binary: this library's version, the revision it
    /// was built from, and this machine's host name.
    public static var current: RunProvenance {
        RunProvenance(milpkitVersion: MILPKit.version, gitRevision: binaryRevision, host: ProcessInfo.processInfo.hostName)
    }
}
