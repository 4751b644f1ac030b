import Foundation
import GLPK
import MILP
import MILPFormats

/// Reads a sweep's model files: MPS (fixed or free) and CPLEX LP, each optionally gzip-compressed,
/// told apart by the extension.
public struct ModelFileReader: Sendable {
    /// A reader.
    public init() {}

    /// The model in the file at `path`.
    public func model(at path: String) throws -> Model {
        let url = URL(fileURLWithPath: path)
        var name = url.lastPathComponent.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        switch (name as NSString).pathExtension {
        case "mps": return try MPSReader().read(contentsOf: url).model
        case "lp": return try CPLEXLPReader().read(contentsOf: url).model
        default: throw ModelFileError(path: path)
        }
    }
}
