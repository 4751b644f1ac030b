import CGLPK
import Foundation
import MILP
import MILPFormats

/// A GNU MathProg (GMPL) model and its data, translated into a ``Model`` by GLPK's translator.
///
/// ```swift
/// let program = try MathProgModel(contentsOf: URL(fileURLWithPath: "transport.mod"),
///                                 data: [URL(fileURLWithPath: "transport.dat")])
/// let solution = try GLPKSolver().solve(program.model)
/// print(try program.postsolve(solution))   // what the statements after `solve;` print
/// ```
///
/// The translator runs the model's statements before `solve;` while translating, and those
/// after it in ``postsolve(_:)``. Files may be gzip-compressed. A file GLPK rejects becomes a
/// ``ParseError`` naming the file and line; GLPK's own messages never reach the terminal.
public struct MathProgModel: ModelTranslation {
    /// The model file.
    public let modelFile: URL
    /// The data files, read in order; when there are any, the model file's own data section is skipped.
    public let dataFiles: [URL]
    /// The translated model. The objective's row is not among its constraints.
    public let model: Model
    /// Things in the files that were accepted but deserve a look.
    public let warnings: [ParseWarning]
    /// What the model's `display` and `printf` statements before `solve;` printed.
    public let output: String

    /// Translates the model in `modelFile` with the data in `dataFiles`.
    public init(contentsOf modelFile: URL, data dataFiles: [URL] = []) throws(ParseError) {
        for file in [modelFile] + dataFiles { try requireReadableFile(file) }
        self.modelFile = modelFile
        self.dataFiles = dataFiles
        let outcome = withTemporaryFile(suffix: ".txt") { outputFile -> Result<(ModelFile, String), ParseError> in
            Result { () throws(ParseError) in
                let parsed = try Self.translate(modelFile, data: dataFiles, outputFile: outputFile) { _, problem, transcript in
                    ModelFile(TranslatedProblem(problem, name: ModelFile.modelName(forFile: modelFile.path)), format: .mathProg, file: modelFile,
                              warnings: transcript.warnings(about: [modelFile] + dataFiles))
                }
                return (parsed, (try? String(contentsOf: outputFile, encoding: .utf8)) ?? "")
            }
        }
        let (parsed, output) = try outcome.get()
        model = parsed.model
        warnings = parsed.warnings
        self.output = output
    }

    /// Runs the model's statements after `solve;` on `solution` and returns what they print.
    ///
    /// The files are translated again, so they must not have changed. Without a solution there
    /// is nothing to report on, and the result is empty.
    public func postsolve(_ solution: Solution) throws(ParseError) -> String {
        guard solution.hasSolution, solution.values.count == model.variableCount else { return "" }
        let files = [modelFile] + dataFiles
        for file in files { try requireReadableFile(file) }
        let outcome = withTemporaryFile(suffix: ".sol") { solutionFile in
            Result { () throws(ParseError) in
                try Self.translate(modelFile, data: dataFiles, outputFile: nil) { translator, problem, transcript throws(ParseError) in
                    try postsolve(solution, translator: translator, problem: problem, transcript: transcript, solutionFile: solutionFile)
                }
            }
        }
        return try outcome.get()
    }

    /// Loads `solution` into the translated `problem` through `solutionFile` and runs the
    /// statements after `solve;`.
    private func postsolve(_ solution: Solution, translator: OpaquePointer, problem: OpaquePointer,
                           transcript: Transcript, solutionFile: URL) throws(ParseError) -> String {
        let translated = TranslatedProblem(problem, name: ModelFile.modelName(forFile: modelFile.path))
        guard translated.model.variableCount == model.variableCount, translated.rows.count == model.constraintCount else {
            throw .translation(file: modelFile, line: nil, message: "the model changed since it was read")
        }
        let kind = solution.duals.count == model.constraintCount && !solution.duals.isEmpty ? GLP_IPT : GLP_MIP
        let text = Self.solutionText(solution, problem: problem, rows: translated.rows, kind: kind)
        let path = solutionFile.path
        guard (try? text.write(to: solutionFile, atomically: false, encoding: .utf8)) != nil,
              try Environment.guarded(translating: modelFile, { kind == GLP_IPT ? glp_read_ipt(problem, path) : glp_read_mip(problem, path) }) == 0
        else { throw .translation(file: modelFile, line: nil, message: "GLPK did not accept the solution") }
        let printedBefore = transcript.text.utf8.count
        guard try Environment.guarded(translating: modelFile, { glp_mpl_postsolve(translator, problem, kind) }) == 0 else {
            throw transcript.error(about: [modelFile] + dataFiles)
        }
        return Self.modelOutput(String(decoding: transcript.text.utf8.dropFirst(printedBefore), as: UTF8.self))
    }

    /// Translates the files in a GLPK session and hands the translator and the built problem to
    /// `body`; `outputFile` receives what statements before `solve;` print (the transcript when `nil`).
    ///
    /// GLPK's translator recurses once per nesting level of an expression, so the model is
    /// checked against ``MathProgNesting/limit`` first and translated on a thread with a large stack.
    private static func translate<Success>(
        _ modelFile: URL, data dataFiles: [URL], outputFile: URL?,
        _ body: (OpaquePointer, OpaquePointer, Transcript) throws(ParseError) -> Success
    ) throws(ParseError) -> Success {
        try MathProgNesting.check(modelFile)
        let outcome = LargeStack.run { () -> Result<Success, ParseError> in
            let transcript = Transcript()
            return Environment.withSession(log: transcript.append) {
                Result { () throws(ParseError) in
                    let translator = TranslatorWorkspace(), workspace = translator.pointer
                    let files = [modelFile] + dataFiles
                    let modelPath = modelFile.path, skipData: Int32 = dataFiles.isEmpty ? 0 : 1
                    guard try Environment.guarded(translating: modelFile, { glp_mpl_read_model(workspace, modelPath, skipData) }) == 0 else {
                        throw transcript.error(about: files)
                    }
                    for file in dataFiles {
                        let path = file.path
                        guard try Environment.guarded(translating: file, { glp_mpl_read_data(workspace, path) }) == 0 else {
                            throw transcript.error(about: files)
                        }
                    }
                    let outputPath = outputFile?.path
                    guard try Environment.guarded(translating: modelFile, { glp_mpl_generate(workspace, outputPath) }) == 0 else {
                        throw transcript.error(about: files)
                    }
                    let problem = Problem(), pointer = problem.pointer
                    try Environment.guarded(translating: modelFile) { glp_mpl_build_prob(workspace, pointer) }
                    return try withExtendedLifetime((translator, problem)) { () throws(ParseError) in
                        try body(workspace, pointer, transcript)
                    }
                }
            }
        }
        guard let outcome else {
            throw .translation(file: modelFile, line: nil, message: "cannot start a thread for GLPK's MathProg translator")
        }
        return try outcome.get()
    }

    /// The solution in GLPK's printable format (`glp_read_mip` or `glp_read_ipt`), with every row's
    /// activity computed from `problem`'s matrix, free rows included.
    private static func solutionText(_ solution: Solution, problem: OpaquePointer, rows: [Int32], kind: Int32) -> String {
        let rowCount = glp_get_num_rows(problem), columnCount = glp_get_num_cols(problem)
        var duals = [Double](repeating: 0, count: Int(rowCount) + 1)
        for (constraint, row) in rows.enumerated() where solution.duals.indices.contains(constraint) {
            duals[Int(row)] = solution.duals[constraint]
        }
        let objective = solution.objectiveValue ?? 0
        let optimal = solution.termination.reason == .optimal
        var lines = [kind == GLP_IPT ? "s ipt \(rowCount) \(columnCount) o \(objective)"
                                     : "s mip \(rowCount) \(columnCount) \(optimal ? "o" : "f") \(objective)"]
        var indices = [Int32](repeating: 0, count: Int(columnCount) + 1)
        var values = [Double](repeating: 0, count: Int(columnCount) + 1)
        for row in stride(from: 1, through: rowCount, by: 1) {
            let count = Int(glp_get_mat_row(problem, row, &indices, &values))
            let activity = (1..<count + 1).reduce(0.0) { $0 + values[$1] * solution.values[Int(indices[$1]) - 1] }
            lines.append(kind == GLP_IPT ? "i \(row) \(activity) \(duals[Int(row)])" : "i \(row) \(activity)")
        }
        for (index, value) in solution.values.enumerated() {
            let reducedCost = solution.reducedCosts.indices.contains(index) ? solution.reducedCosts[index] : 0
            lines.append(kind == GLP_IPT ? "j \(index + 1) \(value) \(reducedCost)" : "j \(index + 1) \(value)")
        }
        lines.append("e o f")
        return lines.joined(separator: "\n") + "\n"
    }

    /// What the model printed, without GLPK's closing remark.
    private static func modelOutput(_ text: String) -> String {
        let closing = "Model has been successfully processed\n"
        return text.hasSuffix(closing) ? String(text.dropLast(closing.count)) : text
    }
}

/// An owning handle of GLPK's MathProg translator workspace (`glp_tran`), freed in `deinit`
/// unless a GLPK error already freed it with the rest of the thread's environment.
private final class TranslatorWorkspace {
    let pointer: OpaquePointer = glp_mpl_alloc_wksp()
    private let generation = Environment.Generation()

    deinit {
        if generation.isCurrent { glp_mpl_free_wksp(pointer) }
    }
}
