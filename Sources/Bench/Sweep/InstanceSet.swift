import Foundation

/// Where a sweep's instances come from.
public enum InstanceSet: Sendable, Equatable {
    /// Model files matching a glob pattern (`*`, `?`, `[…]`), relative to the sweep's base directory
    /// unless absolute. A pattern without wildcards names one file, which must exist.
    case files(String)
    /// Instances of the instance library.
    case library(LibrarySelection)
}

extension InstanceSet {
    /// The instances of this set, in a stable order. Throws when a pattern matches no file, or when a
    /// library selection is made without a library.
    func instances(baseDirectory: URL, catalog: (any InstanceCatalog)?) throws -> [SweepInstance] {
        switch self {
        case let .files(pattern):
            let isAbsolute = pattern.hasPrefix("/")
            let fullPattern = isAbsolute ? pattern : baseDirectory.appendingPathComponent(pattern).path
            let matches = Glob.paths(matching: fullPattern).filter { path in
                var isDirectory: ObjCBool = false
                return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            }
            guard !matches.isEmpty else {
                throw SweepFileError(field: "instances.files", message: "no file matches \"\(pattern)\"")
            }
            return matches.map { path in
                let absolute = URL(fileURLWithPath: path).standardizedFileURL
                let id = isAbsolute ? absolute.path : Self.relativePath(of: absolute, from: baseDirectory.standardizedFileURL)
                return SweepInstance(id: id, reference: .file(absolute.path))
            }
        case let .library(selection):
            guard let catalog else {
                throw SweepFileError(field: "instances.library", message: "the instance library is not available here, so \(selection) cannot be selected")
            }
            var ids = try catalog.instanceIDs(in: selection)
            if let count = selection.count { ids = Array(ids.prefix(count)) }
            guard !ids.isEmpty else {
                throw SweepFileError(field: "instances.library", message: "the library has no instance in \(selection)")
            }
            return ids.map { SweepInstance(id: $0, reference: .library($0)) }
        }
    }

    /// The path of `file` as seen from `directory`, such as `../Instances/public/p0548.mps`.
    private static func relativePath(of file: URL, from directory: URL) -> String {
        let fileComponents = file.pathComponents, directoryComponents = directory.pathComponents
        var common = 0
        while common < min(fileComponents.count, directoryComponents.count), fileComponents[common] == directoryComponents[common] {
            common += 1
        }
        let upward = Array(repeating: "..", count: directoryComponents.count - common)
        return (upward + fileComponents[common...]).joined(separator: "/")
    }
}
