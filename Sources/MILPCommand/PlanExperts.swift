import ArgumentParser

/// `milp plan experts`: place mixture-of-experts layers on GPUs, in one of two execution models.
struct PlanExperts: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "experts",
        abstract: "Place mixture-of-experts layers on GPUs: redundant experts balanced as EPLB does (replicas, the default), or one copy per expert with inter-layer affinity (trace).",
        discussion: """
            milp plan experts --loads loads.npy --replicas 288 --gpus 32 --nodes 4 --groups 8 -o maps.npy
            milp plan experts trace Instances/planners/experts/mixtral-8x7b.json --gpus 4

            The first form is `milp plan experts replicas`; see `milp plan experts replicas --help` \
            and `milp plan experts trace --help`.
            """,
        subcommands: [PlanExpertReplicas.self, PlanExpertTrace.self],
        defaultSubcommand: PlanExpertReplicas.self)
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
