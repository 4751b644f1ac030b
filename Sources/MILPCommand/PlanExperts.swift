import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan experts`: place MoE experts on GPUs for balanced loads and few cross-GPU tokens.
struct PlanExperts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experts",
        abstract: "Place mixture-of-experts layers on GPUs: redundant experts balanced as EPLB does (--loads), or one copy per expert with inter-layer affinity (a trace).",
        discussion: """
            Redundant experts (standard expert parallelism, as DeepSeek's EPLB, vLLM and SGLang \
            serve): --loads FILE gives the tokens routed to each logical expert of each layer \
            (JSON: a layers × experts array, or an object with it under "loads", or a \
            "routingLog"; CSV: one line per layer; NumPy .npy: 2-D, or 3-D for windows). Repeat \
            --loads for a history of windows, oldest first. --replicas R physical slots (a \
            multiple of --gpus M) hold every expert at least once; slot s lives on GPU s / (R/M). \
            An expert's tokens are split evenly over its replicas (EPLB's assumption), and each \
            layer minimises its busiest GPU's load over the mean. Tokens return to their home GPU \
            every layer, so with even splits every GPU's dispatch traffic is proportional to its \
            load and balancing loads balances traffic too. --mode hierarchical (EPLB's default \
            when --groups divide among --nodes) keeps every expert group in one node, so \
            group-limited routing stays node-limited. Layers run in parallel within \
            --time-limit (default 10s): EPLB's greedy start, local search, then the MILP where \
            it pays; every layer reports its gap to a lower bound. Prints the plan beside EPLB \
            (hierarchical, global) and unreplicated contiguous and round-robin placements; \
            --json prints physicalToLogicalMap, logicalToPhysicalMap and logicalCount beside \
            the report; -o maps.json or -o maps.npy writes the maps (maps.npy holds \
            physical_to_logical_map, beside it maps.logical_to_physical_map.npy and \
            maps.logical_count.npy, int64). --evaluate FILE adds every placement's balance on \
            loads the planner did not see.

            One copy per expert with inter-layer affinity (ExFlow-style execution, tokens stay \
            on their expert's GPU between layers): the input is a JSON trace with "gpus", \
            optional "gpusPerNode", "slotsPerGPU", "intraNodeCost", "interNodeCost" and \
            "communicationWeight" (λ), and "loads" with "transitions" or a token-level \
            "routingLog". Example: Instances/planners/experts/mixtral-8x7b.json. Minimises Σ \
            over layers of the busiest GPU's load + λ × cost-weighted cross-GPU tokens, whole or \
            layer by layer, against contiguous, round-robin and greedy baselines.

            Exits with 0 when the plan is within --mip-gap of its lower bound, 20 when the time \
            limit came first or the gap stayed open (the plan is still verified and never worse \
            than EPLB in its mode, or than the trace baselines), 65 for invalid input, naming \
            the field.

            With --generate N, writes N synthetic traces (Zipf popularity, inter-layer affinity, \
            top-k routing) to --output, or with --kind loads N load histories (log-normal \
            popularity, a few very hot experts per layer, drifting across layers and windows), \
            seeds --seed, --seed+1, ….
            """)

    @Argument(help: ArgumentHelp("A routing trace, as a JSON file (one copy per expert; see above).", valueName: "trace.json"))
    var input: String?

    @Option(name: .customLong("loads"), help: ArgumentHelp(
        "Expert loads (.json, .csv or .npy), layers × experts; repeat for a history of windows, oldest first.", valueName: "file"))
    var loadFiles: [String] = []

    @Option(help: ArgumentHelp("Physical expert slots per layer (R), a multiple of --gpus; with --loads.", valueName: "count"))
    var replicas: Int?

    @Option(help: ArgumentHelp("GPUs (M); with a trace, plan for this many instead of the file's (with --generate: the generated problems' GPUs, 8 unless given).",
                               valueName: "count"))
    var gpus: Int?

    @Option(help: ArgumentHelp("Nodes the GPUs are spread over (default 1); with --loads.", valueName: "count"))
    var nodes: Int = 1

    @Option(help: ArgumentHelp("Expert groups of the router's group-limited routing (default 1); with --loads (and --kind loads).", valueName: "count"))
    var groups: Int = 1

    @Option(help: ArgumentHelp("global or hierarchical (default: hierarchical when there are several nodes and --groups divide among them); with --loads.",
                               valueName: "mode"))
    var mode: ExpertReplicationProblem.Mode?

    @Option(help: ArgumentHelp("With several --loads windows, optimise the worst window or the mean (default worst).", valueName: "worst|mean"))
    var historyObjective: ExpertReplicationProblem.HistoryObjective = .worst

    @Option(help: ArgumentHelp("Expert slots one GPU's memory holds; a plan with more is flagged.", valueName: "count"))
    var maxSlotsPerGPU: Int?

    @Option(help: ArgumentHelp("Loads (one window) the planner does not see, to evaluate the plan and baselines on; with --loads.", valueName: "file"))
    var evaluate: String?

    @Option(help: ArgumentHelp("Layers planned at once (default: the number of cores); with --loads.", valueName: "count"))
    var threads: Int?

    @Option(help: ArgumentHelp("GPUs per node, with a trace and --gpus (default: the file's node size; one node if the file has one).",
                               valueName: "count"))
    var gpusPerNode: Int?

    @Option(help: ArgumentHelp(
        "The budget for all the work (default 10s with --loads, 60s with a trace): seconds (30, 2.5) or a number with ms, s, m or h (500ms, 30s, 2m).",
        valueName: "time"), transform: TimeLimit.parse)
    var timeLimit: Duration?

    @Option(help: ArgumentHelp("Stop once the relative gap to the lower bound is at most this (default 0.0001 per layer with --loads, 0.01 with a trace).",
                               valueName: "gap"))
    var mipGap: Double?

    @Option(help: ArgumentHelp("With a trace: solve all layers in one model (whole) or a window of this many layers at a time (a number); default: by size.",
                               valueName: "whole|layers"))
    var window: Window?

    @Option(help: ArgumentHelp("With a trace: a transition gets co-location variables when it carries at least this share of its expert's tokens.",
                               valueName: "share"))
    var threshold: Double = 0.05

    @Flag(help: "Print one JSON object instead of the text report (with --loads: the three maps beside the report).")
    var json = false

    @Option(help: ArgumentHelp("Write this many generated problems instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("What --generate writes: trace (JSON traces) or loads (load histories).", valueName: "trace|loads"))
    var kind: GeneratedKind = .trace

    @Option(help: ArgumentHelp("The file format of generated loads: json, csv or npy.", valueName: "format"))
    var format: ExpertLoads.FileFormat = .json

    @Option(help: ArgumentHelp("The seed of the first generated problem.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp(
        "With --loads: write the maps to this .json or .npy file; with --generate: the folder to write to.", valueName: "path"))
    var output: String?

    @Option(help: ArgumentHelp("MoE layers of generated problems (default 32 for traces, 58 for loads).", valueName: "count"))
    var layers: Int?

    @Option(help: ArgumentHelp("Experts per layer of generated problems (default 8 for traces, 256 for loads).", valueName: "count"))
    var experts: Int?

    @Option(help: ArgumentHelp("Experts each token is routed to per layer in generated problems (default 2 for traces, 8 for loads).", valueName: "k"))
    var topK: Int?

    @Option(help: ArgumentHelp("Tokens routed in generated problems (per window for loads; default 8192 for traces, 16384 for loads).", valueName: "count"))
    var tokens: Int?

    @Option(help: ArgumentHelp("Windows of generated load histories, one file each (default 1).", valueName: "count"))
    var windows: Int = 1

    @Option(help: ArgumentHelp("σ of generated loads' log-normal popularity (default 0.8).", valueName: "sigma"))
    var sigma: Double?

    @Option(help: ArgumentHelp("Very hot experts per layer in generated loads, drawn from LOW-HIGH (default 2-4).", valueName: "low-high"))
    var hotExperts: ValueRange?

    @Option(help: ArgumentHelp("The weight multiplier of a very hot expert in generated loads, drawn from LOW-HIGH (default 4-12).", valueName: "low-high"))
    var hotBoost: ValueRange?

    @Option(help: ArgumentHelp("The share of fresh noise in each generated window's popularity, 0-1 (default 0.3).", valueName: "share"))
    var windowDrift: Double?

    @Option(help: ArgumentHelp("The share of an expert's tokens sent to its preferred next-layer experts in generated traces, drawn per expert from LOW-HIGH.",
                               valueName: "low-high"))
    var affinity: ValueRange = ValueRange(lower: 0.5, upper: 0.9)

    /// What `--generate` writes.
    enum GeneratedKind: String, ExpressibleByArgument {
        /// Routing traces for the affinity planner.
        case trace
        /// Load histories for the replica planner.
        case loads
    }

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
        if let threads, !(1...1024).contains(threads) { throw ValidationError("--threads must be from 1 to 1024, got \(threads)") }
        if !loadFiles.isEmpty {
            guard input == nil else { throw ValidationError("give either a trace file or --loads, not both") }
            guard generate == nil else { throw ValidationError("give either --loads or --generate, not both") }
            guard replicas != nil, gpus != nil else { throw ValidationError("--loads needs --replicas and --gpus") }
            if window != nil || gpusPerNode != nil { throw ValidationError("--window and --gpus-per-node go with a trace; with --loads use --nodes") }
            return
        }
        for (flag, given) in [("--replicas", replicas != nil), ("--mode", mode != nil), ("--evaluate", evaluate != nil),
                              ("--max-slots-per-gpu", maxSlotsPerGPU != nil), ("--threads", threads != nil)] where given {
            throw ValidationError("\(flag) goes with --loads")
        }
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
            if !loadFiles.isEmpty { return try planReplicas() }
            return try plan(file: input ?? "")
        }
    }

    private func plan(file: String) throws -> MILPExitCode {
        var problem: ExpertPlacementProblem
        do {
            problem = try InputDecoder().decode(ExpertPlacementProblem.self, fromJSON: PlannerFile.contents(of: file))
        } catch let error as InputError {
            throw CommandFailure(.inputError, "\(file): \(error)")
        }
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
        let planner = ExpertPlacementPlanner(solver: GLPKSolver(), options: SolverOptions(timeLimit: timeLimit ?? .seconds(60), mipGap: mipGap ?? 0.01),
                                             decomposition: decomposition, colocationThreshold: threshold)
        let report: ExpertPlacementReport
        do {
            report = try planner.plan(problem)
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(file): \(error.field == "timeLimit" ? "--time-limit: \(error.message)" : error.description)")
        }
        print(json ? String(decoding: try PlannerJSON.encode(report), as: UTF8.self) : report.summary(for: problem))
        for warning in report.warnings where json { StandardError.write("milp: warning: \(warning)\n") }
        return report.status == .provenWithinGap ? .success : .limitWithSolution
    }

    private func write(count: Int, to folder: String) throws {
        if kind == .loads { return try writeLoads(count: count, to: folder) }
        let generator = ExpertTraceGenerator(layers: layers ?? 32, experts: experts ?? 8, topK: topK ?? 2, tokens: tokens ?? 8192, gpus: gpus ?? 8,
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
