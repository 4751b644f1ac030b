import Foundation
import MILP
import MILPFormats

/// Reads GNU MathProg models for ``ModelFile/read(_:format:options:)`` through GLPK's translator,
/// with the data files given here.
///
/// ```swift
/// let options = ModelFile.Options(translators: [.mathProg: MathProgTranslator(data: [dataURL])])
/// let file = try ModelFile.read(modelURL, options: options)
/// ```
public struct MathProgTranslator: ModelFileTranslator {
    /// The data files, read in order after the model file.
    public var dataFiles: [URL]

    /// A translator that reads `data` after each model file.
    public init(data dataFiles: [URL] = []) {
        self.dataFiles = dataFiles
    }

    /// Translates the model in `url` with the data files; the result keeps the translation for
    /// the statements after `solve;`.
    public func read(_ url: URL, options: ModelFile.Options) throws(ParseError) -> ModelFile {
        let program = try MathProgModel(contentsOf: url, data: dataFiles)
        return ModelFile(model: program.model, format: .mathProg, warnings: program.warnings, translation: program)
    }
}

extension ModelFile.Options {
    /// Options with GLPK's translators: GNU MathProg models are read with `mathProgData` as data files.
    public static func glpk(mathProgData: [URL] = [], isLenient: Bool = false) -> ModelFile.Options {
        ModelFile.Options(isLenient: isLenient, translators: [.mathProg: MathProgTranslator(data: mathProgData)])
    }
}
