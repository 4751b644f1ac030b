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
            The input is `kubectl get nodes,pods,pdb -A -o json` output (several files are merged, \
            `-` reads standard input), or the compact JSON form (nodes with allocatable resources, \
            labels and taints; pods with requests, priority, node, controller and their scheduling \
            fields; disruption budgets). Example: Instances/planners/pods/cluster.json.

            Every filter of the default kube-scheduler \(Kubernetes.schedulerVersion) is obeyed: \
            cordoned nodes, node selectors and required node affinity, taints, host ports, every \
            requested resource and the pod count, required pod affinity and anti-affinity (both \
            ways), topology spread (DoNotSchedule). Pods without a controller, DaemonSet, static, \
            protected and terminating pods never move; disruption budgets are kept. A pod the \
            planner may place or move that carries a field constraining placement it does not \
            model (volumes with topology, resource claims, another scheduler, unknown spec fields) \
            is refused, naming the pod and the field, unless --ignore FIELD is given.

            Runs the default scheduler without and with preemption; if pods stay pending, solves \
            tier by tier (highest priority first) for the most pods placed, then the fewest \
            evictions and moves, within the window (baselines, model, solves and verification \
            included). Prints per tier the pods placed by the plan and by both baselines, whether \
            the tier is proven optimal, and the pods to start, move and evict; --output json prints \
            the report as JSON, --output actions the Evictions and Bindings that carry the plan out. \
            Exits with 0 when every tier is proven optimal, 20 when the window ended first (the plan \
            is verified and never worse than the scheduler's), 65 for invalid input or a cluster \
            too large for the window.

            With --generate N, writes N clusters on which the default scheduler leaves pods pending \
            (seeds from --seed on) to --directory instead of planning: kubectl lists of realistic \
            clusters (--kind realistic) or compact files from the paper's grid (--kind grid).
            """)

    /// What to print.
    enum Output: String, ExpressibleByArgument, CaseIterable {
        /// The text report.
        case report
        /// The report as JSON.
        case json
        /// Eviction and Binding objects in execution order.
        case actions
    }

    /// Which generator `--generate` uses.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        /// Realistic clusters, as kubectl lists.
        case realistic
        /// The Priority Matters grid, in the compact form.
        case grid
    }

    @Argument(help: ArgumentHelp("The cluster state: JSON files, or - for standard input.", valueName: "cluster.json"))
    var inputs: [String] = []

    @Option(help: ArgumentHelp(
        "The time the whole decision may take (default: the file's options.window, else 1s): seconds (2.5) or a number with ms, s, m or h (500ms, 10s).",
        valueName: "time"), transform: TimeLimit.parse)
    var window: Duration?

    @Option(help: ArgumentHelp("What to print: report (the default), json, or actions (Evictions, then Bindings).", valueName: "kind"))
    var output: Output = .report

    @Flag(help: "Print one JSON object (the report); the same as --output json.")
    var json = false

    @Flag(help: "Keep every running pod where it is: only pending pods are placed.")
    var noMoves = false

    @Option(help: ArgumentHelp("The default scheduler's scoring strategy: leastAllocated (the default) or mostAllocated.",
                               valueName: "strategy"))
    var scoring: KubeScheduler.Scoring?

    @Option(name: .customLong("ignore"), help: ArgumentHelp(
        "Plan without a field that constrains placement and is not modelled, instead of refusing the pods carrying it (repeatable), e.g. spec.volumes.persistentVolumeClaim. The report lists what was ignored.",
        valueName: "field"))
    var ignoring: [String] = []

    @Option(help: ArgumentHelp("Write this many generated clusters instead of planning.", valueName: "count"))
    var generate: Int?

    @Option(help: ArgumentHelp("The generator for --generate: realistic (the default) or grid.", valueName: "kind"))
    var kind: Kind = .realistic

    @Option(help: ArgumentHelp("The seed of the first generated cluster.", valueName: "seed"))
    var seed: UInt64 = 1

    @Option(name: .shortAndLong, help: ArgumentHelp("The folder --generate writes its JSON files to.", valueName: "folder"))
    var directory: String?

    /// GLPK as glpsol runs it, without MILPKit's default cuts: on the paper's grid the root cut
    /// rounds of 8,000-variable placement models overran 1 s windows by up to half a second and
    /// found fewer better plans (Benchmarks/planners-pods.sh).
    static let parameters = GLPKParameters.glpkDefaults

    func validate() throws {
        try PlannerGeneration.validate(input: inputs.first, generate: generate, output: directory, noun: "cluster", plural: "clusters")
        if generate != nil, inputs.count > 1 { throw ValidationError("give either cluster files or --generate, not both") }
        if json, output != .report, output != .json { throw ValidationError("--json and --output \(output.rawValue) ask for different outputs") }
        if inputs.count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    func run() throws {
        try reportingFailures {
            if let generate, let directory {
                try write(count: generate, to: directory)
                return .success
            }
            return try plan()
        }
    }

    private func plan() throws -> MILPExitCode {
        var options = PodPackingProblem.Options()
        override(&options)
        let documents = try inputs.map { $0 == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try PlannerFile.contents(of: $0) }
        let source = inputs.map { $0 == "-" ? "standard input" : $0 }.joined(separator: ", ")
        var problem: PodPackingProblem
        do {
            problem = try PodPackingProblem.decode(from: documents, options: options, ignoring: Set(ignoring))
        } catch {
            throw CommandFailure(.inputError, "\(source): \(error)")
        }
        override(&problem.options)
        let report: PodPackingReport
        do {
            report = try PodPackingPlanner(solver: GLPKSolver(parameters: Self.parameters)).plan(problem)
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(source): \(error)")
        } catch let error as PodPackingSizeError {
            throw CommandFailure(.inputError, "\(source): \(error)")
        }
        switch json ? .json : output {
        case .report: print(report.summary)
        case .json: print(String(decoding: try PlannerJSON.encode(report), as: UTF8.self))
        case .actions: print(String(decoding: try report.plan.actions(for: problem), as: UTF8.self))
        }
        return report.status == .optimal ? .success : .limitWithSolution
    }

    /// The options given on the command line, which win over a compact file's.
    private func override(_ options: inout PodPackingProblem.Options) {
        if let window { options.window = window }
        if noMoves { options.allowMoves = false }
        if let scoring { options.scoring = scoring }
    }

    private func write(count: Int, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        switch kind {
        case .grid:
            for instance in PodPackingGenerator.instancesWithPendingPods(count: count, firstSeed: seed, scoring: scoring ?? .leastAllocated) {
                try PlannerGeneration.write(instance.problem, named: instance.name, in: folder)
            }
        case .realistic:
            for instance in KubernetesClusterGenerator.instancesWithPendingPods(count: count, firstSeed: seed) {
                let path = (folder as NSString).appendingPathComponent("\(instance.name).json")
                do {
                    try instance.problem.kubernetesList().write(to: URL(fileURLWithPath: path))
                } catch {
                    throw CommandFailure.cannotWrite(path, error)
                }
            }
        }
    }
}

extension KubeScheduler.Scoring: ExpressibleByArgument {}
