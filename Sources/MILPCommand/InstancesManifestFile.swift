import Foundation
import MILP
import Instances

/// Reading and writing manifest files for the `instances` commands, with failures as exit codes.
enum InstancesManifestFile {
    /// The manifest at `path`; a missing or malformed file is an input error.
    static func load(_ path: String) throws -> InstanceManifest {
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw CommandFailure(.inputError, "cannot read the manifest '\(path)': \((error as NSError).localizedDescription)")
        }
        do { return try InstanceManifest(jsonData: data) } catch {
            throw CommandFailure(.inputError, "'\(path)' is not an instance manifest: \(error)")
        }
    }

    /// The manifest at `path`, or an empty one when no file is there yet.
    static func loadOrCreate(_ path: String) throws -> InstanceManifest {
        FileManager.default.fileExists(atPath: path) ? try load(path) : InstanceManifest()
    }

    /// Writes `manifest` to `path`.
    static func write(_ manifest: InstanceManifest, to path: String) throws {
        try OutputFile.write(manifest.jsonData(), to: path)
    }
}
