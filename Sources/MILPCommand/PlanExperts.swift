import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan experts`: place MoE experts on GPUs for balanced loads and few cross-GPU tokens.
struct PlanExperts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experts",
        abstract: "Place mixture-of-experts layers on GPUs: balanced loads, few tokens crossing GPUs (MoETuner, ExFlow).",
        discussion: """
            The input is JSON: "gpus", optional "gpusPerNode", "slotsPerGPU", "intraNodeCost", \
            "interNodeCost" and "communicationWeight" (λ), and the routing trace, either as \
            "loads" (tokens per expert, one array per layer) and "transitions" (tokens from \
            expert e of a layer to expert f of the next, one matrix per pair of layers) or as a \
            token-level "routingLog" of {"token", "layer", "experts"} records. \
            Example: Instances/planners/experts/mixtral-8x7b.json.

            Minimises Σ over layers of the busiest GPU's load + λ × cost-weighted cross-GPU \
            tokens. Small problems are solved whole; larger ones layer by layer (each layer with \
            its neighbours fixed, repeated while it improves), with a lower bound from every \
            pair of layers. Prints both objective terms, the cross-GPU share and the load \
            imbalance of the plan and of the contiguous, round-robin and greedy load-balance \
            baselines, then the experts on each GPU. Exits with 0 when the plan is within \
            --mip-gap of the lower bound, 20 when the time limit came first (the plan is still \
            verified and never worse than a baseline) or when the decomposition settled with the gap \
            still open, 65 for invalid input, naming the field.

            With --generate N, writes N synthetic traces (Zipf popularity, inter-layer affinity, \
            top-k routing; seeds --seed, --seed+1, …) to --output instead of planning.
            """)

    @Argument(help: ArgumentHelp("The routing trace, as a JSON file.", valueName: "trace.json"))
    var input: String?

    @Option(help: ArgumentHelp("Plan for this many GPUs instead of the file's (with --generate: the generated problems' GPUs, 8 unless given).",
                               valueName: "count"))
    var gpus: Int?

    @Option(help: ArgumentHelp("GPUs per node, with --gpus (default: the file's node size; one node if the file has one).",
                               valueName: "count"))
    var gpusPerNode: Int?

    @Option(help: ArgumentHelp(
        "The time limit for all solves together (default 60s): seconds (30, 2.5) or a number with ms, s, m or h (500ms, 30s, 2m).",
        valueName: "time"), transform: TimeLimit.parse)
    var timeLimit: Duration = .seconds(60)

    @Option(help: ArgumentHelp("Stop once the relative gap to the lower bound is at most this, 0.01 for 1%.", valueName: "gap"))
    var mipGap: Double = 0.01

    @Option(help: ArgumentHelp("Solve all layers in one model (whole) or a window of this many layers at a time (a number); default: by size.",
                               valueName: "whole|layers"))
    var window: Window?

    @Option(help: ArgumentHelp("A transition gets co-location variables when it carries at least this share of its expert's tokens.",
                               valueName: "share"))
    var threshold: Double = 0.05

    @Flag(help: "Print one JSON object (the report) instead of the text report.")
    var json = false

    @Option(help: ArgumentHelp("Write this many generated traces instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("The seed of the first generated trace.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder --generate writes experts-SEED.json files to.", valueName: "folder"))
    var output: String?

    @Option(help: ArgumentHelp("MoE layers of generated traces.", valueName: "count"))
    var layers: Int = 32

    @Option(help: ArgumentHelp("Experts per layer of generated traces.", valueName: "count"))
    var experts: Int = 8

    @Option(help: ArgumentHelp("Experts each token is routed to per layer in generated traces.", valueName: "k"))
    var topK: Int = 2

    @Option(help: ArgumentHelp("Tokens routed in generated traces.", valueName: "count"))
    var tokens: Int = 8192

    @Option(help: ArgumentHelp("The share of an expert's tokens sent to its preferred next-layer experts in generated traces, drawn per expert from LOW-HIGH.",
                               valueName: "low-high"))
    var affinity: ValueRange = ValueRange(lower: 0.5, upper: 0.9)

    /// How many layers each model covers.
    enum Window: ExpressibleByArgument, Equatable {
        /// Every layer in one model.
        case whole
        /// This many layers per window.
        case layers(Int)

        init?(argument: String) {
            if argument == "whole" { self = .whole } else if let count = Int(argument), count > 0 { self = .layers(count) } else { return nil }
        }
    }

    func validate() throws {
        if let gpus, gpus <= 0 { throw ValidationError("--gpus must be positive, got \(gpus)") }
        if let gpusPerNode, gpusPerNode <= 0 { throw ValidationError("--gpus-per-node must be positive, got \(gpusPerNode)") }
        try OptionFlags.validate(SolverOptions(mipGap: mipGap).problems)
        guard threshold >= 0, threshold < 1 else { throw ValidationError("--threshold must be at least 0 and below 1, got \(threshold)") }
        try PlannerGeneration.validate(input: input, generate: generate, output: output, noun: "trace", plural: "traces")
        if generate != nil, !(affinity.lower >= 0 && affinity.upper <= 1) {
            throw ValidationError("--affinity must lie within 0-1, got \(affinity)")
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
        var problem = try PlannerFile.decode(ExpertPlacementProblem.self, from: file)
        if let gpus {
            do {
                problem = try problem.withGPUs(gpus, gpusPerNode: gpusPerNode)
            } catch {
                throw CommandFailure(.inputError, "\(file) with --gpus \(gpus): \(error)")
            }
        }
        let decomposition: ExpertPlacementDecomposition? = switch window {
        case .whole: .wholeModel
        case let .layers(count): .windows(layers: count, stride: 1)
        case nil: nil
        }
        let planner = ExpertPlacementPlanner(solver: GLPKSolver(), options: SolverOptions(timeLimit: timeLimit, mipGap: mipGap),
                                             decomposition: decomposition, colocationThreshold: threshold)
        let report = try planner.plan(problem)
        print(json ? String(decoding: try PlannerJSON.encode(report), as: UTF8.self) : report.summary(for: problem))
        return report.status == .provenWithinGap ? .success : .limitWithSolution
    }

    private func write(count: Int, to folder: String) throws {
        let generator = ExpertTraceGenerator(layers: layers, experts: experts, topK: topK, tokens: tokens, gpus: gpus ?? 8,
                                             gpusPerNode: gpusPerNode, affinity: affinity.lower...affinity.upper)
        try PlannerGeneration.write(count: count, firstSeed: seed, prefix: "experts", to: folder) { seed in
            do {
                return try generator.problem(seed: seed)
            } catch {
                throw CommandFailure(.usage, "cannot generate traces: \(error)")
            }
        }
    }
}

/// A closed range of numbers on the command line: `LOW-HIGH`, or one number for both ends.
struct ValueRange: ExpressibleByArgument, CustomStringConvertible {
    /// The lower end.
    var lower: Double
    /// The upper end.
    var upper: Double

    /// A range from its ends.
    init(lower: Double, upper: Double) {
        self.lower = lower
        self.upper = upper
    }

    /// Parses `0.5-0.9` or `0.7`.
    init?(argument: String) {
        let parts = argument.split(separator: "-", maxSplits: 1).map { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard let lower = parts.first ?? nil, let upper = parts.count == 2 ? parts[1] : lower, lower <= upper else { return nil }
        self.init(lower: lower, upper: upper)
    }

    /// `LOW-HIGH`.
    var description: String { "\(lower)-\(upper)" }
}
