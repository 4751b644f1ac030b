import CGLPK
import Foundation
import MILP
import MILPFormats

/// Reads models in the CPLEX LP format with GLPK's own reader (`glp_read_lp`), plain or
/// gzip-compressed (`.lp.gz`).
///
/// ```swift
/// let parsed = try CPLEXLPReader().read(contentsOf: URL(fileURLWithPath: "plant.lp"))
/// let solution = try GLPKSolver().solve(parsed.model)
/// ```
///
/// GLPK's dialect has no objective constant. A file GLPK rejects becomes a ``ParseError`` naming
/// the file and line; GLPK's own messages never reach the terminal.
public struct CPLEXLPReader: ModelFileTranslator {
    /// A reader.
    public init() {}

    /// Reads the model in `url`; GLPK's reader has no options.
    public func read(_ url: URL, options: ModelFile.Options) throws(ParseError) -> ModelFile {
        try read(contentsOf: url)
    }

    /// Reads the model in `url`.
    public func read(contentsOf url: URL) throws(ParseError) -> ModelFile {
        try requireReadableFile(url)
        let transcript = Transcript()
        let outcome: Result<ModelFile, ParseError> = Environment.withSession(log: transcript.append) {
            Result { () throws(ParseError) in
                let problem = Problem(), pointer = problem.pointer, path = url.path
                guard try Environment.guarded(translating: url, { glp_read_lp(pointer, nil, path) }) == 0 else {
                    throw transcript.error(about: [url])
                }
                let translated = TranslatedProblem(pointer, name: url.modelName)
                return ModelFile(translated, format: .cplexLP, file: url, warnings: transcript.warnings(about: [url]))
            }
        }
        return try outcome.get()
    }
}

extension URL {
    /// The file name without its format extensions (`.lp`, `.mod`, `.gz`), as a model name.
    var modelName: String {
        var name = lastPathComponent
        for suffix in [".gz", ".lp", ".mod", ".gmpl", ".mps"] where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
        }
        return name
    }
}
