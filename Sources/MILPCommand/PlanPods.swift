import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan pods`: place the most high-priority pods on a Kubernetes cluster.
struct PlanPods: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pods",
        abstract: "Place the most high-priority pods on a Kubernetes cluster, moving lower-priority ones if needed (Priority Matters).",
        discussion: """
            The input is the output of `kubectl get nodes,pods -o json`, or the compact JSON form \
            (nodes with cpu in millicores and memory in bytes or as quantities like "2Gi"; pods \
            with requests, priority, an optional node and "protected"; optional options). \
            Example: Instances/planners/pods/cluster.json.

            First runs the default kube-scheduler on the pending pods; if it leaves some pending, \
            solves tier by tier (highest priority first) for the most pods placed, then the fewest \
            evictions and moves, within the window. Prints per tier the pods placed by the plan and \
            by the default scheduler, whether the tier is proven optimal, and the pods to start, \
            move and evict. Exits with 0 when every tier is proven optimal, 20 when the window ran \
            out first (the plan is still verified and never worse than the default scheduler's), \
            65 for invalid input, naming the field.

            With --generate N, writes N clusters from the paper's grid on which the default \
            scheduler leaves pods pending (seeds from --seed on) to --output instead of planning.
            """)

    @Argument(help: ArgumentHelp("The cluster state, as a JSON file.", valueName: "cluster.json"))
    var input: String?

    @Option(help: ArgumentHelp(
        "The time the whole decision may take (default: the file's options.window, else 1s): seconds (2.5) or a number with ms, s, m or h (500ms, 10s).",
        valueName: "time"), transform: TimeLimit.parse)
    var window: Duration?

    @Flag(help: "Print one JSON object (the report) instead of the text report.")
    var json = false

    @Flag(help: "Keep every running pod where it is: only pending pods are placed.")
    var noMoves = false

    @Option(help: ArgumentHelp("The default scheduler's scoring strategy: leastAllocated (the default) or mostAllocated.",
                               valueName: "strategy"))
    var scoring: KubeScheduler.Scoring?

    @Option(help: ArgumentHelp("Write this many generated clusters instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("The seed of the first generated cluster.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder --generate writes its JSON files to.", valueName: "folder"))
    var output: String?

    /// GLPK as glpsol runs it, without MILPKit's default cuts: on the paper's grid the root cut
    /// rounds of 8,000-variable placement models overran 1 s windows by up to half a second and
    /// found fewer better plans (Benchmarks/planners-pods.sh).
    static let parameters = GLPKParameters.glpkDefaults

    func validate() throws {
        try PlannerGeneration.validate(input: input, generate: generate, output: output, noun: "cluster", plural: "clusters")
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
        var problem: PodPackingProblem
        do {
            problem = try PodPackingProblem.decode(from: PlannerFile.contents(of: file))
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(file): \(error)")
        }
        if let window { problem.options.window = window.inSeconds }
        if noMoves { problem.options.allowMoves = false }
        if let scoring { problem.options.scoring = scoring }
        let report: PodPackingReport
        do {
            report = try PodPackingPlanner(solver: GLPKSolver(parameters: Self.parameters)).plan(problem)
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(file): \(error)")
        }
        print(json ? String(decoding: try PlannerJSON.encode(report), as: UTF8.self) : report.summary)
        return report.isProvenOptimal ? .success : .limitWithSolution
    }

    private func write(count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for instance in PodPackingGenerator.instancesWithPendingPods(count: count, firstSeed: seed, scoring: scoring ?? .leastAllocated) {
            try PlannerGeneration.write(instance.problem, named: instance.name, in: folder)
        }
    }
}

extension KubeScheduler.Scoring: ExpressibleByArgument {}
