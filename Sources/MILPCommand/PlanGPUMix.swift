import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan gpu-mix`: the cheapest mix of GPU types that serves a request mix at a latency SLO.
struct PlanGPUMix: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "gpu-mix",
        abstract: "Cheapest mix of GPU types that serves a request mix at a latency SLO (Mélange).",
        discussion: """
            The input is JSON: the total rate in req/s, the share of requests per (input length, \
            output length) bucket, a slice factor, an optional headroom, and per GPU type its price \
            in $/h, the highest rate one GPU sustains on each bucket within the SLO (0 where it \
            cannot; no "rates" for an unprofiled type), an optional "available" cap and \
            "unitsPerGPU" (100 to buy hundredths of a GPU). Example: \
            Instances/planners/gpu-mix/reference.json. A field the planner does not know is an \
            error naming it, and numbers must lie within the limits in the README.

            Prints the fleet, the slices each type serves, and the savings against the best \
            single type and against greedy cheapest-per-bucket. Invalid input names the field \
            and exits with 65; infeasible input names the buckets no type can serve and exits \
            with 10; a plan cut short by --time-limit exits with 20.

            With --generate N, writes N realistic problems (seeds --seed, --seed+1, …) to \
            --output instead of planning.
            """)

    static let inputNoun = "problem"
    static let generatedNoun = "problems"

    @OptionGroup var input: PlanInput<Self>
    @OptionGroup var budget: PlanBudget<Self>

    @Option(help: ArgumentHelp("The request mix of generated problems: chat, summarization or mixed; drawn per seed when absent.",
                               valueName: "mix"))
    var workload: GPUMixGenerator.Workload?

    /// GLPK as glpsol runs it: with the planner's GPU-count-first branching, MILPKit's default
    /// cuts made the slowest of 200 generated problems slower (Benchmarks/planners-gpu-mix.sh).
    static let parameters = GLPKParameters.glpkDefaults

    func validateOptions() throws {
        if input.generate == nil, workload != nil { throw ValidationError("--workload goes with --generate") }
    }

    func planner(budget: PlanningBudget) -> GPUMixPlanner {
        GPUMixPlanner(solver: GLPKSolver(parameters: Self.parameters), budget: budget)
    }

    func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws {
        let generator = GPUMixGenerator(workload: workload)
        try PlannerGeneration.write(count: count, firstSeed: firstSeed, prefix: "gpu-mix", to: folder) { seed in
            generator.problem(seed: seed)
        }
    }
}

extension GPUMixGenerator.Workload: ExpressibleByArgument {}
