import ArgumentParser
import Foundation
import GLPK
import MILP
import MILPFormats

/// A model file format `milp` reads.
enum InputFormat: String, ExpressibleByArgument, CaseIterable {
    /// MPS, fixed or free, told apart by the reader.
    case mps
    /// Free MPS.
    case freeMPS = "free-mps"
    /// Fixed MPS.
    case fixedMPS = "fixed-mps"
    /// CPLEX LP, read by GLPK.
    case lp
    /// GNU MathProg, translated by GLPK.
    case gmpl

    /// The format a file name's extension names (after any `.gz`), if any.
    init?(fileName: String) {
        var name = fileName.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        switch (name as NSString).pathExtension {
        case "mps": self = .mps
        case "lp": self = .lp
        case "mod", "gmpl": self = .gmpl
        default: return nil
        }
    }

    /// A name for reports.
    var displayName: String {
        switch self {
        case .mps: "MPS"
        case .freeMPS: "free MPS"
        case .fixedMPS: "fixed MPS"
        case .lp: "CPLEX LP"
        case .gmpl: "GNU MathProg"
        }
    }
}

/// Where the model comes from: the file, its format and any MathProg data.
struct ModelInputOptions: ParsableArguments {
    @Argument(help: "The model file: .mps, .mps.gz, .lp, .lp.gz, .mod or .gmpl (optionally .gz).")
    var file: String

    @Option(help: ArgumentHelp("The file's format, when its extension does not tell.", valueName: "format"))
    var format: InputFormat?

    @Option(name: .customLong("data"), help: ArgumentHelp(
        "A GNU MathProg data file; repeat for several. The model file's own data section is then skipped.",
        valueName: "file"))
    var dataFiles: [String] = []

    /// The format to read the file as: `--format`, else the extension's.
    private func requiredFormat() throws -> InputFormat {
        guard let format = format ?? InputFormat(fileName: file) else {
            throw ValidationError("cannot tell the format of '\(file)' from its extension; pass --format \(InputFormat.allCases.map(\.rawValue).joined(separator: "|"))")
        }
        return format
    }

    func validate() throws {
        let format = try requiredFormat()
        if !dataFiles.isEmpty, format != .gmpl {
            throw ValidationError("--data is for GNU MathProg models, and '\(file)' is read as \(format.displayName)")
        }
    }

    /// Reads the model, timing the read.
    func load() throws -> LoadedModel {
        let url = URL(fileURLWithPath: file)
        let clock = ContinuousClock()
        let start = clock.now
        let format = try requiredFormat()
        var loaded: LoadedModel
        switch format {
        case .mps, .freeMPS, .fixedMPS:
            var options = MPSReader.Options()
            options.format = format == .freeMPS ? .free : format == .fixedMPS ? .fixed : nil
            let parsed = try MPSReader(options: options).read(contentsOf: url)
            loaded = LoadedModel(model: parsed.model, warnings: parsed.warnings, format: format)
        case .lp:
            let parsed = try CPLEXLPReader().read(contentsOf: url)
            loaded = LoadedModel(model: parsed.model, warnings: parsed.warnings, format: format)
        case .gmpl:
            let program = try MathProgModel(contentsOf: url, data: dataFiles.map { URL(fileURLWithPath: $0) })
            loaded = LoadedModel(model: program.model, warnings: program.warnings, format: format, mathProg: program)
        }
        loaded.readTime = clock.now - start
        return loaded
    }
}

/// A model read from a file, with what reading it produced.
struct LoadedModel {
    /// The model.
    var model: Model
    /// What the reader noticed.
    var warnings: [ParseWarning]
    /// The format it was read as.
    var format: InputFormat
    /// The MathProg translation, for models read from GMPL.
    var mathProg: MathProgModel?
    /// How long reading took.
    var readTime: Duration = .zero
}
