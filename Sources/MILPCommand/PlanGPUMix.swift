import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan gpu-mix`: the cheapest mix of GPU types that serves a request mix at a latency SLO.
struct PlanGPUMix: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gpu-mix",
        abstract: "Cheapest mix of GPU types that serves a request mix at a latency SLO (Mélange).",
        discussion: """
            The input is JSON: the total rate in req/s, the share of requests per (input length, \
            output length) bucket, a slice factor, an optional headroom, and per GPU type its price \
            in $/h, the highest rate one GPU sustains on each bucket within the SLO (0 where it \
            cannot; no "rates" for an unprofiled type), an optional "available" cap and \
            "unitsPerGPU" (100 to buy hundredths of a GPU). Example: \
            Instances/planners/gpu-mix/reference.json.

            Prints the fleet, the slices each type serves, and the savings against the best \
            single type and against greedy cheapest-per-bucket. Invalid input names the field \
            and exits with 65; infeasible input names the buckets no type can serve and exits \
            with 10; a plan cut short by --time-limit exits with 20.

            With --generate N, writes N realistic problems (seeds --seed, --seed+1, …) to \
            --output instead of planning.
            """)

    @Argument(help: ArgumentHelp("The problem, as a JSON file.", valueName: "input.json"))
    var input: String?

    @Flag(help: "Print one JSON object (the report) instead of the text report.")
    var json = false

    @Option(help: ArgumentHelp(
        "Stop the solve after this long and report the best fleet found: seconds (2.5) or a number with ms, s, m or h (500ms, 10s).",
        valueName: "time"), transform: TimeLimit.parse)
    var timeLimit: Duration?

    @Option(help: ArgumentHelp("Write this many generated problems instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("The seed of the first generated problem.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder --generate writes gpu-mix-SEED.json files to.", valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("The request mix of generated problems: chat, summarization or mixed; drawn per seed when absent.",
                               valueName: "mix"))
    var workload: GPUMixGenerator.Workload?

    /// GLPK as glpsol runs it: with the planner's GPU-count-first branching, MILPKit's default
    /// cuts made the slowest of 200 generated problems slower (Benchmarks/planners-gpu-mix.sh).
    static let parameters = GLPKParameters.glpkDefaults

    func validate() throws {
        try PlannerGeneration.validate(input: input, generate: generate, output: output, noun: "input", plural: "problems")
        if generate == nil, workload != nil { throw ValidationError("--workload goes with --generate") }
    }

    func run() throws {
        try reportingFailures {
            if let generate, let output {
                try write(count: generate, to: output)
                return .success
            }
            return try plan(file: input ?? "")
        }
    }

    private func plan(file: String) throws -> MILPExitCode {
        let problem = try PlannerFile.decode(GPUMixProblem.self, from: file)
        let planner = GPUMixPlanner(solver: GLPKSolver(parameters: Self.parameters), options: SolverOptions(timeLimit: timeLimit))
        let report: GPUMixReport
        do {
            report = try planner.plan(problem)
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(file): \(error)")
        }
        if json {
            print(String(decoding: try PlannerJSON.encode(report), as: UTF8.self))
        } else {
            print(report.summary(for: problem))
        }
        if report.infeasibility != nil { return .infeasible }
        if report.plan == nil { return .limitWithoutSolution }
        return report.isProvenOptimal ? .success : .limitWithSolution
    }

    private func write(count: Int, to folder: String) throws {
        let generator = GPUMixGenerator(workload: workload)
        try PlannerGeneration.write(count: count, firstSeed: seed, prefix: "gpu-mix", to: folder) { seed in
            generator.problem(seed: seed)
        }
    }
}

extension GPUMixGenerator.Workload: ExpressibleByArgument {}
