import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan experts trace`: one copy per expert, ExFlow-style, from a routing trace.
struct PlanExpertTrace: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "trace",
        abstract: "One copy per expert with inter-layer affinity (ExFlow-style), from a routing trace.",
        discussion: """
            ExFlow-style execution: a token stays on the GPU of the expert that computed it \
            until the next layer's expert takes it, so consecutive experts on different GPUs \
            move it. The input is a JSON trace with "gpus", optional "gpusPerNode", \
            "slotsPerGPU", and "loads" with "transitions" or a token-level "routingLog". \
            Example: Instances/planners/experts/mixtral-8x7b.json. Minimises Σ over layers of \
            the busiest GPU's load + λ × cost-weighted cross-GPU tokens, whole or layer by \
            layer, against contiguous, round-robin and greedy baselines.

            The communication weight comes from the hardware: with --hidden-size, --dtype, \
            --intra-node-bandwidth, --inter-node-bandwidth and --expert-time (or "costs" in the \
            file), a token weighs hidden size × dtype bytes, crossing GPUs within a node costs \
            bytes / intra-node bandwidth and across nodes bytes / inter-node bandwidth, each \
            divided by the expert's compute time per token, and λ = 1 / GPUs because the \
            all-to-all between layers moves crossing tokens on every GPU's link at once; the \
            objective times the expert time is the modelled time of the traced batch. Without \
            them the file's "intraNodeCost" (default 1), "interNodeCost" (default 4 × intra) \
            and "communicationWeight" (default 1 / GPUs) are used as given.

            Exits with 0 when the plan is within --mip-gap of its lower bound, 20 when the time \
            limit came first or the decomposition settled with the gap open (the plan is still \
            verified and never worse than a baseline), 65 for invalid input, naming the field, \
            or a budget too small for the problem.

            With --generate N, writes N synthetic traces (Zipf popularity, inter-layer affinity, \
            top-k routing; seeds --seed, --seed+1, …) to --output instead of planning.
            """)

    static let inputNoun = "trace"
    static let generatedNoun = "traces"

    @OptionGroup var input: PlanInput<Self>
    @OptionGroup var budget: PlanBudget<Self>

    @Option(help: ArgumentHelp("Plan for this many GPUs instead of the file's (with --generate: the generated traces' GPUs, default 8).",
                               valueName: "count"))
    var gpus: Int?

    @Option(help: ArgumentHelp("GPUs per node, with --gpus (default: the file's node size; one node if the file has one).", valueName: "count"))
    var gpusPerNode: Int?

    @OptionGroup(title: "Hardware (the communication weight)") var hardware: ExpertCostOptions

    @Option(help: ArgumentHelp("Solve all layers in one model (whole) or a window of this many layers at a time (a number); default: by size.",
                               valueName: "whole|layers"))
    var window: Window?

    @Option(help: ArgumentHelp("A transition gets co-location variables when it carries at least this share of its expert's tokens.",
                               valueName: "share"))
    var threshold: Double = 0.05

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

    func validateOptions() throws {
        if let gpus, gpus <= 0 { throw ValidationError("--gpus must be positive, got \(gpus)") }
        if let gpusPerNode, gpusPerNode <= 0 { throw ValidationError("--gpus-per-node must be positive, got \(gpusPerNode)") }
        guard threshold >= 0, threshold < 1 else { throw ValidationError("--threshold must be at least 0 and below 1, got \(threshold)") }
        if input.generate != nil, !(affinity.lower >= 0 && affinity.upper <= 1) {
            throw ValidationError("--affinity must lie within 0-1, got \(affinity)")
        }
    }

    func planner(budget: PlanningBudget) -> ExpertPlacementPlanner {
        let decomposition: ExpertPlacementDecomposition? = switch window {
        case .whole: .wholeModel
        case let .layers(count): .windows(layers: count, stride: 1)
        case nil: nil
        }
        return ExpertPlacementPlanner(solver: GLPKSolver(), budget: budget, decomposition: decomposition, colocationThreshold: threshold)
    }

    /// The trace with `--gpus`, `--gpus-per-node` and the hardware flags applied.
    func adjusted(_ problem: ExpertPlacementProblem) throws -> ExpertPlacementProblem {
        var problem = problem
        do {
            if let costs = try hardware.costs() { problem = try problem.withCosts(costs) }
            if let gpus { problem = try problem.withGPUs(gpus, gpusPerNode: gpusPerNode) }
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(input.file ?? ""): with the command's flags: \(error)")
        }
        return problem
    }

    func output(for report: ExpertPlacementReport, of problem: ExpertPlacementProblem) throws -> String {
        guard input.json else { return report.summary(for: problem) }
        for warning in report.warnings { StandardError.write("milp: warning: \(warning)\n") }
        return String(decoding: try PlannerJSON.encode(report), as: UTF8.self)
    }

    func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws {
        let generator = ExpertTraceGenerator(layers: layers, experts: experts, topK: topK, tokens: tokens, gpus: gpus ?? 8,
                                             gpusPerNode: gpusPerNode, affinity: affinity.lower...affinity.upper)
        try PlannerGeneration.write(count: count, firstSeed: firstSeed, prefix: "experts", to: folder) { seed in
            do {
                return try generator.problem(seed: seed)
            } catch {
                throw CommandFailure(.usage, "cannot generate traces: \(error)")
            }
        }
    }
}
