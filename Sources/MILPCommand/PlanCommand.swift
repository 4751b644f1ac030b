import ArgumentParser
import Foundation
import MILP
import Planners

/// What every `milp plan` subcommand shares: the input file or `--generate`, `--json`, the
/// budget flags, reading the problem strictly, printing the report and the exit code of its
/// status. A subcommand declares its planner, its own flags and how it generates problems.
///
/// ```swift
/// struct PlanGPUMix: PlanCommand {
///     @OptionGroup var input: PlanInput<Self>
///     @OptionGroup var budget: PlanBudget<Self>
///     func planner(budget: PlanningBudget) -> GPUMixPlanner { … }
///     func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws { … }
/// }
/// ```
protocol PlanCommand: ParsableCommand {
    /// The planner the command runs.
    associatedtype Domain: Planner

    /// What the input file holds, for help and messages: `problem`, `trace`, `cluster`, `batch`.
    static var inputNoun: String { get }
    /// What `--generate` writes, plural: `problems`, `traces`.
    static var generatedNoun: String { get }
    /// The help of `--output`; by default the folder `--generate` writes to.
    static var outputHelp: String { get }
    /// What `--time-limit` bounds, for its help; by default the whole planning from the start of the process.
    static var timeLimitHelp: String { get }

    /// The input file, `--json` and `--generate`.
    var input: PlanInput<Self> { get }
    /// `--time-limit` and `--mip-gap`.
    var budget: PlanBudget<Self> { get }
    /// The budget the flags give; by default that of the budget flags (a command with a flag of
    /// its own for the time, such as `--window`, applies it here).
    var planningBudget: PlanningBudget { get }

    /// The planner, configured by the command's flags, within `budget`.
    func planner(budget: PlanningBudget) -> Domain
    /// `problem` as read from the file, with the command's overrides applied (such as `--gpus`).
    func adjusted(_ problem: Domain.Problem) throws -> Domain.Problem
    /// The problem in the input `file` (`-` for standard input); by default decoded strictly
    /// with ``Planners/PlanningProblem/decode(from:)``.
    func problem(from file: String) throws -> Domain.Problem
    /// What to print for `report`; by default its summary, or with `--json` the report as JSON.
    func output(for report: Domain.Report, of problem: Domain.Problem) throws -> String
    /// The time ``output(for:of:)`` may take on `problem`'s report, kept back from the planner's
    /// budget; zero by default, for outputs too small to matter.
    func outputTime(for problem: Domain.Problem) -> Duration
    /// Writes `count` generated problems, seeds from `firstSeed` on, as JSON files into `folder`.
    func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws
    /// Checks the command's own flags; called after the shared ones are checked.
    func validateOptions() throws
}

extension PlanCommand {
    static var outputHelp: String { "The folder --generate writes its JSON files to." }

    static var timeLimitHelp: String { "The time for the whole planning, counted from the start of the process" }

    var planningBudget: PlanningBudget { budget.planningBudget }

    func adjusted(_ problem: Domain.Problem) throws -> Domain.Problem { problem }

    func problem(from file: String) throws -> Domain.Problem {
        try Domain.Problem.decode(from: PlannerFile.contents(of: file))
    }

    func output(for report: Domain.Report, of problem: Domain.Problem) throws -> String {
        input.json ? String(decoding: try PlannerJSON.encode(report), as: UTF8.self) : report.summary(for: problem)
    }

    func outputTime(for problem: Domain.Problem) -> Duration { .zero }

    func validateOptions() throws {}

    func validate() throws {
        try validatePlanning()
    }

    /// Checks the shared flags, then the command's own.
    func validatePlanning() throws {
        try PlannerGeneration.validate(input: input.file, generate: input.generate, output: input.output,
                                       noun: Self.inputNoun, plural: Self.generatedNoun)
        try validateOptions()
    }

    func run() throws {
        try runPlanning()
    }

    /// Writes generated problems, or plans the input file.
    func runPlanning() throws {
        try reportingFailures {
            if let count = input.generate, let folder = input.output {
                try writeGenerated(count: count, firstSeed: input.seed, to: folder)
                return .success
            }
            return try plan(file: input.file ?? "")
        }
    }

    /// Plans the problem in `file` (empty when the command's flags give the problem), prints the
    /// report and returns the exit code of its status. The time limit counts from the start of
    /// the process, so that starting the program and reading the input are inside it, and the
    /// time printing the report takes is kept back from the planner's budget (an output that
    /// would take more than half of what is left is refused). A planner's refusal of the budget
    /// (field `timeLimit`) names `--time-limit`.
    private func plan(file: String) throws -> MILPExitCode {
        do {
            let problem = try adjusted(problem(from: file))
            var budget = planningBudget
            if let limit = budget.timeLimit {
                let elapsed = ContinuousClock.now - ProcessStart.instant, output = outputTime(for: problem)
                if output > .zero, output > (limit - elapsed) / 2 {
                    throw CommandFailure(.inputError, String(
                        format: "--time-limit: writing this plan takes about %.1f s alone; give at least %.0f s",
                        output.inSeconds, (output * 2 + elapsed).inSeconds.rounded(.up)))
                }
                budget.timeLimit = max(limit - elapsed - output, .milliseconds(1))
            }
            let report = try planner(budget: budget).plan(problem)
            print(try output(for: report, of: problem))
            return MILPExitCode(report.status)
        } catch let error as InputError where error.field == "timeLimit" {
            throw CommandFailure(.inputError, "--time-limit: \(error.message)")
        } catch let error as InputError {
            throw CommandFailure(.inputError, file.isEmpty ? error.description : "\(file): \(error)")
        }
    }
}

/// The input of a `milp plan` subcommand: a JSON file (`-` for standard input), or
/// `--generate N --output FOLDER`.
struct PlanInput<Command: PlanCommand>: ParsableArguments {
    @Argument(help: ArgumentHelp("The \(Command.inputNoun), as a JSON file (- reads standard input).", valueName: "\(Command.inputNoun).json"))
    var file: String?

    @Flag(help: "Print one JSON object (the report) instead of the text report.")
    var json = false

    @Option(help: ArgumentHelp("Write this many generated \(Command.generatedNoun) instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("The seed of the first generated \(Command.inputNoun).", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp(Command.outputHelp, valueName: "folder"))
    var output: String?
}

/// The budget flags of a `milp plan` subcommand, defaulting to its planner's default budget; their
/// names, help and ranges are those of ``SolverOptions/timeLimit`` and ``SolverOptions/mipGap``.
struct PlanBudget<Command: PlanCommand>: ParsableArguments {
    @Option(name: .customLong(Described.timeLimit.flag!), help: ArgumentHelp(
        "\(Command.timeLimitHelp) (default: \(Self.defaultTimeLimit)). \(TimeLimit.format)", valueName: "time"),
        transform: TimeLimit.parse)
    var timeLimit: Duration?

    @Option(name: .customLong(Described.mipGap.flag!), help: ArgumentHelp(
        "Stop once the plan is proven within this relative gap of the best possible, 0.01 for 1% (default: \(Self.defaultGap)).",
        valueName: "gap"))
    var mipGap: Double?

    private typealias Described = SolverOptions.Descriptions

    func validate() throws {
        try OptionFlags.validate(planningBudget.solverOptions.problems)
    }

    /// The budget the flags give, over the planner's default.
    var planningBudget: PlanningBudget {
        let defaults = Command.Domain.defaultBudget
        return PlanningBudget(timeLimit: timeLimit ?? defaults.timeLimit, mipGap: mipGap ?? defaults.mipGap)
    }

    private static var defaultTimeLimit: String {
        Command.Domain.defaultBudget.timeLimit.map { "\($0)" } ?? "none"
    }

    private static var defaultGap: String {
        Command.Domain.defaultBudget.mipGap.map { "\($0)" } ?? "0, a proof of optimality"
    }
}

extension MILPExitCode {
    /// The code for a planning's status.
    init(_ status: PlanStatus) {
        switch status {
        case .optimal: self = .success
        case .feasible: self = .limitWithSolution
        case .infeasible: self = .infeasible
        case .noPlan: self = .limitWithoutSolution
        }
    }
}
