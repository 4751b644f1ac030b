import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan pods`: place the most high-priority pods on a Kubernetes cluster.
struct PlanPods: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "pods",
        abstract: "Place the most high-priority pods on a Kubernetes cluster, moving lower-priority ones if needed (Priority Matters).",
        discussion: """
            The input is `kubectl get nodes,pods,pdb -A -o json` output (further files, such as the \
            disruption budgets, are merged; - reads standard input), or the compact JSON form \
            (nodes with allocatable resources, labels and taints; pods with requests, priority, \
            node, controller and their scheduling fields; disruption budgets; options). Example: \
            Instances/planners/pods/cluster.json.

            Every filter of the default kube-scheduler \(Kubernetes.schedulerVersion) is obeyed: \
            cordoned nodes, node selectors and required node affinity, taints, host ports, every \
            requested resource and the pod count, required pod affinity and anti-affinity (both \
            ways), topology spread (DoNotSchedule). Pods without a controller, DaemonSet, static, \
            protected and terminating pods never move, and disruption budgets are kept. A pod the \
            planner may place or move that carries a field that constrains placement and is not \
            modelled (volumes with topology, resource claims, another scheduler, unknown spec or \
            scheduling fields) is refused, naming the pod and the field, unless --ignore FIELD is \
            given; the report lists what was ignored.

            Runs the default scheduler without and with preemption; if pods stay pending, solves \
            tier by tier (highest priority first) for the most pods placed, then the fewest \
            evictions and moves, within the window, which counts from the start of the process and \
            covers reading the cluster, the baselines, the model, every solve and the verification. Prints per tier the pods placed by the plan and by both \
            baselines, whether the tier is proven optimal, and the pods to start, move and evict; \
            --output json (or --json) prints the report as JSON, --output actions the Eviction and \
            Binding objects that carry the plan out, in that order. Exits with 0 when every tier \
            is proven optimal, 20 when the window ended first (the plan is verified and never \
            worse than the scheduler's), 65 for invalid input or a cluster too large for the window.

            With --generate N, writes N clusters on which the default scheduler leaves pods pending \
            (seeds from --seed on) to --output instead of planning: kubectl lists of realistic \
            clusters (--kind realistic) or compact files from the paper's grid (--kind grid).
            """)

    static let inputNoun = "cluster"
    static let generatedNoun = "clusters"
    static let outputHelp = "With --generate, the folder to write to; otherwise what to print: report (the default), json, or actions."

    /// What `--output` prints when not generating.
    enum Output: String, CaseIterable {
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

    @OptionGroup var input: PlanInput<Self>

    @Argument(help: ArgumentHelp("Further kubectl lists to merge with the first, such as the disruption budgets.", valueName: "more.json"))
    var moreFiles: [String] = []

    @OptionGroup var budget: PlanBudget<Self>

    @Option(help: ArgumentHelp(
        "The decision window, the same as --time-limit (default 1s): seconds (2.5) or a number with ms, s, m or h (500ms, 10s).",
        valueName: "time"), transform: TimeLimit.parse)
    var window: Duration?

    @Flag(help: "Keep every running pod where it is: only pending pods are placed.")
    var noMoves = false

    @Option(help: ArgumentHelp("The default scheduler's scoring strategy: leastAllocated (the default) or mostAllocated.",
                               valueName: "strategy"))
    var scoring: KubeScheduler.Scoring?

    @Option(name: .customLong("ignore"), help: ArgumentHelp(
        "Plan without a field that constrains placement and is not modelled, instead of refusing the pods that carry it (repeatable), e.g. spec.volumes.persistentVolumeClaim.",
        valueName: "field"))
    var ignoring: [String] = []

    @Option(help: ArgumentHelp("The generator for --generate: realistic (the default) or grid.", valueName: "kind"))
    var kind: Kind = .realistic

    /// GLPK as glpsol runs it, without MILPKit's default cuts: on the paper's grid the root cut
    /// rounds of 8,000-variable placement models overran 1 s windows by up to half a second and
    /// found fewer better plans (Benchmarks/planners-pods.sh).
    static let parameters = GLPKParameters.glpkDefaults

    /// `--output` as what to print, when not generating.
    private var printed: Output? { input.generate == nil ? input.output.flatMap(Output.init(rawValue:)) : nil }

    func validate() throws {
        if let generate = input.generate {
            try PlannerGeneration.validate(input: input.file, generate: generate, output: input.output, noun: Self.inputNoun,
                                           plural: Self.generatedNoun)
            guard moreFiles.isEmpty else { throw ValidationError("give either cluster files or --generate, not both") }
            return
        }
        guard input.file != nil else { throw ValidationError("missing the cluster file (or --generate N to write clusters)") }
        if let output = input.output {
            guard let kind = Output(rawValue: output) else {
                throw ValidationError("--output takes report, json or actions (or a folder with --generate), got '\(output)'")
            }
            if input.json, kind != .json { throw ValidationError("--json and --output \(output) ask for different outputs") }
        }
        if window != nil, budget.timeLimit != nil { throw ValidationError("give the window once: --window or --time-limit") }
        if ([input.file!] + moreFiles).count(where: { $0 == "-" }) > 1 { throw ValidationError("standard input (-) can be read only once") }
    }

    var planningBudget: PlanningBudget {
        var given = budget.planningBudget
        if let window { given.timeLimit = window }
        return given
    }

    func planner(budget: PlanningBudget) -> PodPackingPlanner {
        PodPackingPlanner(solver: GLPKSolver(parameters: Self.parameters), budget: budget)
    }

    func problem(from file: String) throws -> PodPackingProblem {
        let documents = try ([file] + moreFiles).map(PlannerFile.contents(of:))
        var options = PodPackingProblem.Options()
        override(&options)
        return try PodPackingProblem.decode(from: documents, options: options, ignoring: Set(ignoring))
    }

    func adjusted(_ problem: PodPackingProblem) throws -> PodPackingProblem {
        var problem = problem
        override(&problem.options)
        return problem
    }

    /// The options given on the command line, which win over a compact file's.
    private func override(_ options: inout PodPackingProblem.Options) {
        if noMoves { options.allowMoves = false }
        if let scoring { options.scoring = scoring }
    }

    func output(for report: PodPackingReport, of problem: PodPackingProblem) throws -> String {
        switch input.json ? .json : printed ?? .report {
        case .report: report.summary(for: problem)
        case .json: String(decoding: try PlannerJSON.encode(report), as: UTF8.self)
        case .actions: String(decoding: try (report.plan ?? report.scheduler).actions(for: problem), as: UTF8.self)
        }
    }

    func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        switch kind {
        case .grid:
            for instance in PodPackingGenerator.instancesWithPendingPods(count: count, firstSeed: firstSeed, scoring: scoring ?? .leastAllocated) {
                try PlannerGeneration.write(instance.problem, named: instance.name, in: folder)
            }
        case .realistic:
            for instance in KubernetesClusterGenerator.instancesWithPendingPods(count: count, firstSeed: firstSeed) {
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
