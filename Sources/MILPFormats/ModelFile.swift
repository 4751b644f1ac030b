import Foundation
import MILP

/// A model read from a file, with what the reader noticed and what writing a solution back needs.
///
/// ``read(_:format:options:)`` is the one way in for every format:
///
/// ```swift
/// let file = try ModelFile.read(URL(fileURLWithPath: "p0548.mps.gz"))
/// for warning in file.warnings { print(warning) }
/// let solution = try solver.solve(file.model)
/// ```
///
/// MPS and CPLEX LP are read by this module (``MPSReader``, ``LPReader``). GNU MathProg needs
/// GLPK's translator, which the `GLPK` module provides as a ``ModelFileTranslator`` to pass in
/// ``Options/translators``.
public struct ModelFile: Sendable {
    /// The model, with the file's names for its variables and constraints.
    public var model: Model
    /// The format the file was read as; for MPS, the layout that was found.
    public var format: ModelFileFormat
    /// Things worth a look that did not stop the reading, in file order.
    public var warnings: [ParseWarning]
    /// What a translated model keeps for reporting on a solution (MathProg's statements after
    /// `solve;`); `nil` for formats that only describe the model.
    public var translation: (any ModelTranslation)?

    /// A model file from its parts.
    public init(model: Model, format: ModelFileFormat, warnings: [ParseWarning] = [], translation: (any ModelTranslation)? = nil) {
        self.model = model
        self.format = format
        self.warnings = warnings
        self.translation = translation
    }

    /// Choices about how files are read, shared by every format.
    public struct Options: Sendable {
        /// Whether a file that looks cut short (an MPS file without `ENDATA`, an LP file without
        /// `End`) is read with a warning instead of refused.
        public var isLenient: Bool
        /// The upper bound of MPS integer columns that no BOUNDS line mentions.
        public var integerUpperBoundConvention: MPSReader.IntegerUpperBoundConvention
        /// How far gzip-compressed files may expand; beyond, they are refused.
        public var gzipLimits: Gzip.Limits
        /// Readers for formats this module does not read itself, by format: GNU MathProg needs
        /// GLPK's translator (`MathProgTranslator` in the `GLPK` module).
        public var translators: [ModelFileFormat: any ModelFileTranslator]

        /// Options: strict about incomplete files, MPS integer columns unbounded above, and
        /// gzip's default limits, unless given.
        public init(isLenient: Bool = false, integerUpperBoundConvention: MPSReader.IntegerUpperBoundConvention = .infinity,
                    gzipLimits: Gzip.Limits = Gzip.Limits(), translators: [ModelFileFormat: any ModelFileTranslator] = [:]) {
            self.isLenient = isLenient
            self.integerUpperBoundConvention = integerUpperBoundConvention
            self.gzipLimits = gzipLimits
            self.translators = translators
        }
    }

    /// Reads the model in the file at `url`, plain or gzip-compressed.
    ///
    /// The format is `format` when given; else the one the name's extension names (`.mps`, `.lp`,
    /// `.mod`, `.gmpl`, each optionally followed by `.gz`); else the one the text's first word
    /// shows. Errors name the path as given in `url`.
    public static func read(_ url: URL, format: ModelFileFormat? = nil, options: Options = Options()) throws(ParseError) -> ModelFile {
        let file = url.isFileURL ? url.relativePath : url.absoluteString
        let named = format ?? ModelFileFormat(fileName: url.lastPathComponent)
        if let named, !named.isReadHere { return try translate(url, file: file, format: named, options: options) }
        let text = try ModelFileBytes.contents(of: url, file: file, limits: options.gzipLimits)
        let chosen = try resolved(named, text: text, file: file)
        guard chosen.isReadHere else { return try translate(url, file: file, format: chosen, options: options) }
        return try parse(text, file: file, format: chosen, options: options)
    }

    /// Reads a model file held in memory, plain or gzip-compressed; `fileName` names it in errors,
    /// gives the model its name when the file has none, and tells the format when `format` does
    /// not. Formats read through a translator must be read from a file.
    public static func read(_ data: Data, fileName: String, format: ModelFileFormat? = nil, options: Options = Options()) throws(ParseError) -> ModelFile {
        let text = try ModelFileBytes.text(of: data, file: fileName, limits: options.gzipLimits)
        let chosen = try resolved(format ?? ModelFileFormat(fileName: fileName), text: text, file: fileName)
        guard chosen.isReadHere else {
            throw ParseError(file: fileName, message: "\(chosen.displayName) models are translated from files; write the data to a file and read that")
        }
        return try parse(text, file: fileName, format: chosen, options: options)
    }

    /// Reads `url` with the translator `options` has for `format`.
    private static func translate(_ url: URL, file: String, format: ModelFileFormat, options: Options) throws(ParseError) -> ModelFile {
        guard let translator = options.translators[format] else {
            throw ParseError(file: file, message: "reading \(format.displayName) needs a translator this library does not have; the GLPK module provides one")
        }
        return try translator.read(url, options: options)
    }

    /// `format` when known, else the one the text's first word shows, else an error saying so.
    private static func resolved(_ format: ModelFileFormat?, text: [UInt8], file: String) throws(ParseError) -> ModelFileFormat {
        if let format { return format }
        guard let shown = ModelFileFormat(content: text) else {
            throw ParseError(file: file, message: "cannot tell the format from the file's name or its first word; name it .mps, .lp or .mod, or give the format")
        }
        return shown
    }

    /// Parses `text` in `format`, one this module reads.
    private static func parse(_ text: [UInt8], file: String, format: ModelFileFormat, options: Options) throws(ParseError) -> ModelFile {
        if format == .cplexLP { return try LPReader(options: .init(isLenient: options.isLenient)).read(text: text, file: file) }
        let layout: MPSFormat? = format == .freeMPS ? .free : format == .fixedMPS ? .fixed : nil
        let reader = MPSReader(options: .init(format: layout, integerUpperBoundConvention: options.integerUpperBoundConvention,
                                              isLenient: options.isLenient))
        return try reader.read(text: text, file: file)
    }

    /// The model name a file gives: its name without folders, without `.gz` and the format's
    /// extension (`.mps`, `.lp`, `.mod`, `.gmpl`, and MPS layouts' `.free` and `.fixed`).
    package static func modelName(forFile file: String) -> String {
        var name = URL(fileURLWithPath: file).lastPathComponent
        for suffix in [".gz", ".mps", ".lp", ".mod", ".gmpl", ".free", ".fixed"]
        where name.lowercased().hasSuffix(suffix) && name.count > suffix.count {
            name.removeLast(suffix.count)
        }
        return name
    }
}

extension ModelFileFormat {
    /// Whether ``ModelFile`` reads the format itself, without a translator.
    fileprivate var isReadHere: Bool {
        switch self {
        case .mps, .freeMPS, .fixedMPS, .cplexLP: true
        case .mathProg: false
        }
    }
}

/// Reads a model file format that needs more than this module has, such as GNU MathProg, which
/// needs GLPK's translator. Pass one in ``ModelFile/Options/translators``.
public protocol ModelFileTranslator: Sendable {
    /// Reads the model in the file at `url` with `options`.
    func read(_ url: URL, options: ModelFile.Options) throws(ParseError) -> ModelFile
}

/// What a translated model keeps to report on a solution, such as the statements of a MathProg
/// model after `solve;`.
public protocol ModelTranslation: Sendable {
    /// What the model printed while it was translated.
    var output: String { get }
    /// What the model prints about `solution`, a solution of the translated model.
    func postsolve(_ solution: Solution) throws(ParseError) -> String
}
