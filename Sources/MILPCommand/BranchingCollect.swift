import ArgumentParser
import Branching
import Foundation
import MILP
import GLPK

/// `milp branching collect`: record strong-branching decisions on instances as JSON Lines.
struct BranchingCollect: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "collect",
        abstract: "Record strong-branching decisions on instances, for training a learned scorer.",
        discussion: """
            Each instance is solved with GLPK (presolver off). At the root and at each later node \
            with probability --sampling-probability, both children of every candidate are solved \
            on copies of the node's LP; a line of the output records the node's candidates with \
            their features, their children's degradations, and the expert's choice (the best \
            product score), on which the search then branches. Other nodes branch by reliability \
            branching. An instance's solve stops at --nodes-per-instance samples or the time limit.
            """)

    @Option(name: .customLong("instances"), parsing: .upToNextOption,
            help: ArgumentHelp("Model files (.mps, .mps.gz, .lp, .mod); library files such as setcover-easy-train-00001.mps.gz.", valueName: "file"))
    var instances: [String]

    @Option(help: ArgumentHelp("The expert whose decisions are recorded: strong.", valueName: "policy"))
    var policy = "strong"

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The JSON Lines file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("Stop each instance after this many sampled nodes.", valueName: "count"))
    var nodesPerInstance = 50

    @Option(help: ArgumentHelp("The probability that a node other than the root is sampled.", valueName: "p"))
    var samplingProbability = 0.5

    @Option(help: ArgumentHelp("Dual simplex iterations allowed per child LP.", valueName: "count"))
    var iterationLimit = 200

    @Option(help: ArgumentHelp("Seed of the node sampling.", valueName: "seed"))
    var seed: UInt64 = 0

    @OptionGroup(title: "GLPK") var search: BranchingSearchOptions

    @Flag(name: .shortAndLong, help: "Show no progress and no summary.")
    var quiet = false

    func validate() throws {
        if instances.isEmpty { throw ValidationError("--instances needs at least one model file") }
        if policy != "strong" { throw ValidationError("--policy must be strong, the only expert recorded so far; got '\(policy)'") }
        if nodesPerInstance < 1 { throw ValidationError("--nodes-per-instance must be at least 1, got \(nodesPerInstance)") }
        if !(samplingProbability > 0 && samplingProbability <= 1) {
            throw ValidationError("--sampling-probability must be in (0, 1], got \(samplingProbability)")
        }
        if iterationLimit < 1 { throw ValidationError("--iteration-limit must be at least 1, got \(iterationLimit)") }
    }

    func run() throws {
        try reportingFailures {
            let file = try OutputFile(path: output)
            let solver = GLPKSolver(parameters: search.parameters)
            let progress = InstancesProgress(total: instances.count, quiet: quiet)
            var nodes = 0, candidates = 0
            for (position, path) in instances.enumerated() {
                progress.update(done: position, path)
                let instance = try BranchingInstanceFiles.load(path)
                let collector = StrongBranchingCollector(
                    instance: instance.name, nodesPerInstance: nodesPerInstance, samplingProbability: samplingProbability,
                    iterationLimit: iterationLimit, seed: seed &+ UInt64(position))
                let samples = try collector.collect(from: instance.model, using: solver, options: search.solverOptions)
                file.write(try BranchingSampleFile.lines(samples))
                nodes += samples.count
                candidates += samples.reduce(0) { $0 + $1.candidates.count }
            }
            progress.finish()
            try file.close()
            if !quiet { print("wrote \(nodes) nodes (\(candidates) candidates) from \(instances.count) instances to \(output)") }
            return .success
        }
    }
}
