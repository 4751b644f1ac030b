import ArgumentParser
import Foundation
import GLPK
import MILP
import MILPFormats

extension ModelFileFormat: ExpressibleByArgument {}

/// Where the model comes from: the file, its format and any MathProg data.
struct ModelInputOptions: ParsableArguments {
    @Argument(help: "The model file: .mps, .lp, .mod or .gmpl, each optionally .gz.")
    var file: String

    @Option(help: ArgumentHelp(
        "The file's format, when neither its extension nor its first word tells: \(ModelFileFormat.allCases.map(\.rawValue).joined(separator: ", ")).",
        valueName: "format"))
    var format: ModelFileFormat?

    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A GNU MathProg data file; repeat for several. The model file's own data section is then skipped.",
        valueName: "file"))
    var dataFiles: [String] = []

    @Flag(help: "Read a file that looks cut short (an MPS file without ENDATA or with an unclosed integer block, an LP file without End) with a warning instead of refusing it.")
    var lenient = false

    func validate() throws {
        if !dataFiles.isEmpty, let format = format ?? ModelFileFormat(fileName: file), format != .mathProg {
            throw ValidationError("--data is for GNU MathProg models, and '\(file)' is read as \(format.displayName)")
        }
    }

    /// Reads the model, timing the read.
    func load() throws -> LoadedModel {
        try LoadedModel(path: file, format: format, dataFiles: dataFiles, isLenient: lenient)
    }
}

/// A model read from a file by `milp`, with how long reading took.
struct LoadedModel {
    /// What the file holds.
    var file: ModelFile
    /// How long reading took.
    var readTime: Duration

    /// Reads the file at `path`, in `format` or the one its name or content shows, with
    /// MathProg models translated by GLPK with `dataFiles`.
    init(path: String, format: ModelFileFormat? = nil, dataFiles: [String] = [], isLenient: Bool = false) throws {
        let options = ModelFile.Options.glpk(mathProgData: dataFiles.map { URL(fileURLWithPath: $0) }, isLenient: isLenient)
        let clock = ContinuousClock()
        let start = clock.now
        file = try ModelFile.read(URL(fileURLWithPath: path), format: format, options: options)
        readTime = clock.now - start
    }

    /// The model.
    var model: Model { file.model }
    /// What the reader noticed.
    var warnings: [ParseWarning] { file.warnings }
}
