import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan sp`: sequence-parallel groups and sequence assignment for one training batch.
struct PlanSequenceParallel: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sp",
        abstract: "Split GPUs into sequence-parallel groups of mixed sizes and assign a batch's sequences to them (FlexSP).",
        discussion: """
            The input is JSON: "gpus", "gpusPerNode", the batch as "sequences" (lengths in \
            tokens) or "histogram" ([{"length", "count"}]), and optional "degrees" (allowed \
            group sizes; default powers of two), "memoryPerGPU" (bytes; default 80e9), \
            "costModel" (coefficients; documented defaults for a 7B model) and "measurements" \
            ([{"length", "degree", "seconds"}], to fit the time coefficients by least squares). \
            Example: Instances/planners/sp/batch.json.

            Minimises the step time (the slowest group's modeled time) within every GPU's \
            memory. Prints the groups (size, nodes, sequences, time, memory), the step time, \
            utilisation and the gap to a lower bound, and the speedup over the smallest and best \
            static SP degree and greedy longest-first packing. Exits with 0 when the plan is \
            within --mip-gap of the lower bound, 20 when the time limit came first (the plan is \
            still verified and never slower than a baseline), 10 when the batch does not fit in \
            memory, 65 for invalid input, naming the field or the sequence.

            With --generate N, writes N long-tailed batches (seeds --seed, --seed+1, …) to \
            --output instead of planning.
            """)

    @Argument(help: ArgumentHelp("The batch, as a JSON file.", valueName: "batch.json"))
    var input: String?

    @Option(help: ArgumentHelp(
        "The time limit for the whole planning (default 500ms; GLPK may overrun it slightly): seconds (2.5) or a number with ms, s, m or h (500ms, 2s).",
        valueName: "time"), transform: TimeLimit.parse)
    var timeLimit: Duration = .milliseconds(500)

    @Option(help: ArgumentHelp("Stop once the relative gap to the lower bound is at most this, 0.01 for 1%.", valueName: "gap"))
    var mipGap: Double = 0.01

    @Flag(help: "Print one JSON object (the report) instead of the text report.")
    var json = false

    @Option(help: ArgumentHelp("Write this many generated batches instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("The seed of the first generated batch.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder --generate writes sp-SEED.json files to.", valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("GPUs of generated batches.", valueName: "count"))
    var gpus: Int = 64

    @Option(help: ArgumentHelp("GPUs per node of generated batches.", valueName: "count"))
    var gpusPerNode: Int = 8

    @Option(help: ArgumentHelp("The median sequence length of generated batches, in tokens.", valueName: "tokens"))
    var medianLength: Double = 4096

    @Option(help: ArgumentHelp("The longest sequence of generated batches, in tokens.", valueName: "tokens"))
    var maximumLength: Int = 262_144

    @Option(help: ArgumentHelp("The token budget of generated batches, drawn from LOW-HIGH.", valueName: "low-high"))
    var batchTokens: ValueRange = ValueRange(lower: 524_288, upper: 1_048_576)

    func validate() throws {
        try OptionFlags.validate(SolverOptions(mipGap: mipGap).problems)
        try PlannerGeneration.validate(input: input, generate: generate, output: output, noun: "batch", plural: "batches")
        if generate != nil {
            guard gpus > 0, gpusPerNode > 0 else { throw ValidationError("--gpus and --gpus-per-node must be positive") }
            guard medianLength > 0, maximumLength >= 128 else { throw ValidationError("--median-length must be positive and --maximum-length at least 128") }
            guard batchTokens.lower >= 128 else { throw ValidationError("--batch-tokens must allow at least 128 tokens, got \(batchTokens)") }
        }
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
        let problem = try PlannerFile.decode(SequenceParallelProblem.self, from: file)
        let planner = SequenceParallelPlanner(solver: GLPKSolver(), options: SolverOptions(timeLimit: timeLimit, mipGap: mipGap))
        let report = try planner.plan(problem)
        print(json ? String(decoding: try PlannerJSON.encode(report), as: UTF8.self) : report.summary(for: problem))
        return switch report.status {
        case .provenWithinGap: .success
        case .timeLimit: .limitWithSolution
        case .infeasible: .infeasible
        case .noPlanInTime: .limitWithoutSolution
        }
    }

    private func write(count: Int, to folder: String) throws {
        let generator = SequenceBatchGenerator(
            gpus: gpus, gpusPerNode: gpusPerNode, medianLength: medianLength, lengths: 128...maximumLength,
            tokensPerBatch: Int(batchTokens.lower)...Int(batchTokens.upper))
        try PlannerGeneration.write(count: count, firstSeed: seed, prefix: "sp", to: folder) { seed in
            do {
                return try generator.batch(seed: seed)
            } catch {
                throw CommandFailure(.usage, "cannot generate batches: \(error)")
            }
        }
    }
}
