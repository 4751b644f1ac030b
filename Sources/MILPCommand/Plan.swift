import ArgumentParser

/// `milp plan …`: the domain planners.
struct Plan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Turn a systems question into a verified plan (GPU mixes, pod placement, MoE experts, sequence parallelism).",
        subcommands: [PlanExperts.self, PlanSequenceParallel.self, PlanGPUMix.self, PlanPods.self])
}
