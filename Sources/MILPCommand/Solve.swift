import ArgumentParser
import Foundation
import GLPK
import MILP
import MILPFormats

/// `milp solve FILE`: read an MPS, CPLEX LP or GNU MathProg model, solve it with GLPK, report.
struct Solve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Solve an MPS, CPLEX LP or GNU MathProg model with GLPK.",
        discussion: """
            The format follows the extension (.mps, .lp, .mod or .gmpl, each optionally .gz), else the \
            file's first word, unless --format is given. MPS (fixed or free) and CPLEX LP are read by \
            MILPKit's own readers: semi-continuous and semi-integer variables (MPS SC/SI, LP \
            semi-continuous) are solved with one binary each; LP special ordered sets and indicator \
            constraints are written with binaries and need finite bounds; quadratic terms are refused. \
            GNU MathProg is translated by GLPK. A file that ends without ENDATA (MPS) or End (LP) may be \
            cut short and is refused with exit 65 unless --lenient is given; --json lists the reader's \
            warnings. MILPKit's defaults turn on GLPK's cutting planes, which glpsol leaves off; \
            --glpk-defaults restores GLPK's own.

            Ctrl-C (SIGINT) or SIGTERM while solving stops the search at one of GLPK's callbacks within \
            50 ms (GLPK calls back between nodes and cut rounds; an LP solve, the feasibility pump or \
            proximity search under way finishes first) and reports the best solution and bound so far as 'interrupted (stopped by \
            SIGINT)', with exit 20, or 21 without a solution. A second signal ends at once with exit 130 \
            and no report.

            Exit codes:
            \(MILPExitCode.table)
            """)

    @OptionGroup(title: "Input") var input: ModelInputOptions
    @OptionGroup(title: "Solving") var solving: SolveOptions
    @OptionGroup(title: "GLPK branch-and-cut") var glpk: GLPKOptions
    @OptionGroup(title: "Output") var output: OutputOptions

    @Option(help: ArgumentHelp(
        "Start the search from the solution in this .sol file, as --solution writes it: '=obj= VALUE', then 'NAME VALUE' lines, "
            + "unlisted variables 0. Without the '=obj=' line the listed values are a partial start, which is completed by solving "
            + "with them fixed. The start is checked first; an infeasible one is reported and not used.",
        valueName: "file"))
    var mipStart: String?

    func run() throws {
        let began = ProcessStart.instant
        try reportingFailures {
            let loaded = try input.load()
            if !output.quiet {
                for warning in loaded.warnings { StandardError.write("\(warning)\n") }
            }
            try output.writeConversions(of: loaded.model)
            if output.convertOnly { return .success }
            if let program = loaded.file.translation, !program.output.isEmpty, !output.quiet, !output.json { print(program.output, terminator: "") }
            let log = try output.log.map { path throws(OutputFileError) in try OutputFile(path: path) }
            let (solution, configuration) = try solve(loaded.model, log: log, began: began)
            var report = SolveReport(file: input.file, input: loaded, solution: solution, configuration: configuration)
            if let program = loaded.file.translation {
                // The JSON object carries everything the model printed; the report printed the first part already.
                report.modelOutput = (output.json ? program.output : "") + (try program.postsolve(solution))
            }
            try output.write(report)
            // The report is out; a log that could not be written still fails the command.
            try log?.close()
            return MILPExitCode(solution)
        }
    }

    /// Solves `model` as the options say and names the configuration that produced the solution;
    /// the time limit counts from `began`, the process's start.
    private func solve(_ model: Model, log: OutputFile?, began: ContinuousClock.Instant) throws -> (Solution, String) {
        try model.validate()
        if solving.method == .interior, model.hasIntegerVariables, !solving.relax {
            throw CommandFailure(.usage, "--method interior solves LPs; add --relax to solve the LP relaxation of this MIP")
        }
        var options = solving.solverOptions
        if let mipStart { options.initialSolution = try SolutionFile.readStart(URL(fileURLWithPath: mipStart), for: model) }
        if let limit = options.timeLimit { options.timeLimit = max(limit - (ContinuousClock.now - began), .milliseconds(1)) }
        let progress = output.showsProgress ? ProgressLine() : nil
        defer { progress?.stop() }
        let interruption = SolveInterruption()
        defer { interruption.restore() }
        let hooks = SolverHooks(callback: interruption.callback(forwardingTo: progress?.callback),
                                branchingPolicy: try glpk.branching?.makePolicy(), log: log.map { file in { text in file.write(text) } })
        var (solution, configuration) = try solve(model, options: options, hooks: hooks)
        if solution.termination.reason == .interrupted, let signal = interruption.signalName {
            solution.termination.detail = "stopped by \(signal)"
        }
        return (solution, configuration)
    }

    /// Solves `model` with GLPK, or races the portfolio when asked, and names the configuration.
    private func solve(_ model: Model, options: SolverOptions, hooks: SolverHooks) throws -> (Solution, String) {
        if glpk.portfolio, model.hasIntegerVariables, !solving.relax {
            let result = try PortfolioSolver.standardGLPK.race(model, options: options, hooks: hooks)
            return (result.solution, "portfolio, won by \(result.winner)")
        }
        return (try GLPKSolver(parameters: glpk.parameters).solve(model, options: options, hooks: hooks), glpk.configurationName)
    }
}

/// What `milp solve` prints and writes.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print no report, warnings or progress; the exit code tells the outcome. Files asked for are still written.")
    var quiet = false

    @Option(help: ArgumentHelp("Write GLPK's log to this file.", valueName: "file"))
    var log: String?

    @Flag(help: "After the report, list the variables with nonzero values.")
    var printValues = false

    @Flag(help: "After the report, list what each of MILPKit's separators and heuristics did: calls, cuts or solutions found and accepted, time.")
    var stats = false

    @Flag(help: "Print one JSON object instead of the report: file, format, termination, detail, objective, bound, gap, wallTime, readTime, nodes, iterations, values by name, and the reader's warnings (an array, empty when there are none).")
    var json = false

    @Option(help: ArgumentHelp("Write the solution in the .sol format: '=obj= VALUE', then 'NAME VALUE' for each nonzero variable.", valueName: "file"))
    var solution: String?

    @Option(name: .customLong("write-mps"), help: ArgumentHelp("Write the model as free MPS to this file.", valueName: "file"))
    var writeMPS: String?

    @Option(name: .customLong("write-lp"), help: ArgumentHelp("Write the model in the CPLEX LP format to this file (compressed when it ends in .gz); names the format cannot hold are replaced, with a warning.", valueName: "file"))
    var writeLP: String?

    @Flag(help: "Only convert: read the model, write --write-mps / --write-lp, and exit without solving.")
    var convertOnly = false

    func validate() throws {
        if convertOnly, writeMPS == nil, writeLP == nil { throw ValidationError("--convert-only needs --write-mps or --write-lp") }
    }

    /// Whether to draw the live progress line: on a terminal, unless quiet.
    var showsProgress: Bool { !quiet && StandardError.isTerminal }

    /// Writes the model in the formats asked for, with a note on stderr for anything a format could not keep.
    func writeConversions(of model: Model) throws {
        if let writeMPS {
            try MPSWriter().write(model, to: URL(fileURLWithPath: writeMPS))
        }
        if let writeLP {
            let notes = try LPWriter().write(model, to: URL(fileURLWithPath: writeLP))
            if !quiet { for note in notes { StandardError.write("milp: warning: \(writeLP): \(note)\n") } }
        }
    }

    /// Prints the report (or JSON) and writes the solution file.
    func write(_ report: SolveReport) throws {
        if json {
            print(try report.json(), terminator: "")
        } else {
            if !quiet { print(report.summary, terminator: "") }
            if stats, !quiet { print("\n" + report.searchTable, terminator: "") }
            if printValues { print((quiet ? "" : "\n") + report.valueListing, terminator: "") }
            if !quiet, !report.modelOutput.isEmpty { print("\n" + report.modelOutput, terminator: "") }
        }
        guard let path = solution else { return }
        guard let text = report.solutionFile else {
            if !quiet { StandardError.write("milp: warning: no solution to write to '\(path)'\n") }
            return
        }
        try OutputFile.write(text, to: path)
    }
}
