import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

extension ExpertReplicationProblem.Mode: ExpressibleByArgument {}
extension ExpertReplicationProblem.HistoryObjective: ExpressibleByArgument {}
extension ExpertLoads.FileFormat: ExpressibleByArgument {}

/// `milp plan experts [replicas]`: redundant experts, EPLB-compatible.
struct PlanExpertReplicas: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "replicas",
        abstract: "Redundant experts balanced as EPLB does, under standard expert parallelism (the default).",
        discussion: """
            Standard expert parallelism, as DeepSeek's EPLB, vLLM and SGLang serve: --loads FILE \
            gives the tokens routed to each logical expert of each layer (JSON: a layers × experts \
            array, or an object with it under "loads", or a "routingLog"; CSV: one line per layer; \
            NumPy .npy: 2-D, or 3-D for windows). Repeat --loads for a history of windows, oldest \
            first. Or give a problem file: {"loads", "replicas", "gpus"} with the other fields \
            named like the flags. --replicas R physical slots (a multiple of --gpus M) hold every \
            expert at least once; slot s lives on GPU s / (R/M). An expert's tokens are split \
            evenly over its replicas (EPLB's assumption), and each layer minimises its busiest \
            GPU's load over the mean. Tokens return to their home GPU every layer, so with even \
            splits every GPU's dispatch traffic is proportional to its load: balancing loads \
            balances traffic too. --mode hierarchical (EPLB's default when --groups divide among \
            --nodes) keeps every expert group in one node, so group-limited routing stays \
            node-limited. Layers run in parallel within --time-limit (default 10s, covering the \
            baselines, every search and solve, verification and writing the report and maps): \
            EPLB's greedy start, local \
            search, then the MILP where it pays; every layer reports its gap to a lower bound.

            Node-level trade-off: with --hidden-size, --dtype, --intra-node-bandwidth, \
            --inter-node-bandwidth, --expert-time and --top-k (and --groups-per-token), each \
            placement's MoE time per step is modelled: busiest GPU load × (expert time + 2 × \
            intra-node transfer time) + 2 × tokens × (nodes − 1) × max_n q_n × inter-node \
            transfer time / GPUs, where a transfer moves hidden size × dtype bytes, q_n = 1 − \
            (1 − p_n)^d is the chance a token reaches node n (p_n its share of the load), and d \
            is --top-k for a global placement, --groups-per-token for a hierarchical one (each \
            group in one node). Compare the plan with EPLB in the other mode to choose --mode.

            Prints the plan beside EPLB (hierarchical, global) and unreplicated contiguous and \
            round-robin placements; --json prints the report with physicalToLogicalMap, \
            logicalToPhysicalMap and logicalCount at its top level; -o maps.json or -o maps.npy \
            writes the maps (maps.npy holds physical_to_logical_map, beside it \
            maps.logical_to_physical_map.npy and maps.logical_count.npy, int64). --evaluate FILE \
            adds every placement's balance on loads the planner did not see. Exits with 0 when \
            every layer is within --mip-gap of its lower bound, 20 when the time limit came \
            first or a gap stayed open (the plan is still verified and never worse than EPLB in \
            its mode), 65 for invalid input, naming the field, or a budget too small for the \
            problem.

            With --generate N, writes N load histories (log-normal popularity, a few very hot \
            experts per layer, drifting across layers and windows; seeds --seed, --seed+1, …) \
            to --output in --format, ready for --loads.
            """)

    static let inputNoun = "problem"
    static let generatedNoun = "load histories"
    static let outputHelp = "With --generate, the folder to write to; otherwise a .json or .npy file for the maps."

    @OptionGroup var input: PlanInput<Self>
    @OptionGroup var budget: PlanBudget<Self>

    @Option(name: .customLong("loads"), help: ArgumentHelp(
        "Expert loads (.json, .csv or .npy), layers × experts; repeat for a history of windows, oldest first.", valueName: "file"))
    var loadFiles: [String] = []

    @Option(help: ArgumentHelp("Physical expert slots per layer (R), a multiple of --gpus.", valueName: "count"))
    var replicas: Int?

    @Option(help: ArgumentHelp("GPUs (M).", valueName: "count"))
    var gpus: Int?

    @Option(help: ArgumentHelp("Nodes the GPUs are spread over (default 1).", valueName: "count"))
    var nodes: Int?

    @Option(help: ArgumentHelp("Expert groups of the router's group-limited routing (default 1; with --generate, of the generated loads).",
                               valueName: "count"))
    var groups: Int?

    @Option(help: ArgumentHelp("global or hierarchical (default: hierarchical when there are several nodes and --groups divide among them).",
                               valueName: "mode"))
    var mode: ExpertReplicationProblem.Mode?

    @Option(help: ArgumentHelp("With several --loads windows, optimise the worst window or the mean (default worst).", valueName: "worst|mean"))
    var historyObjective: ExpertReplicationProblem.HistoryObjective?

    @Option(help: ArgumentHelp("Expert slots one GPU's memory holds; a plan with more is flagged.", valueName: "count"))
    var maxSlotsPerGPU: Int?

    @OptionGroup(title: "Hardware (the modelled layer time)") var hardware: ExpertCostOptions

    @Option(help: ArgumentHelp("Experts each token is routed to: with the hardware flags, for the modelled time; with --generate, of the generated loads (default 8).",
                               valueName: "k"))
    var topK: Int?

    @Option(help: ArgumentHelp("Expert groups each token's experts lie in (group-limited routing; default min(--top-k, --groups)).", valueName: "count"))
    var groupsPerToken: Int?

    @Option(help: ArgumentHelp("Loads (one window) the planner does not see, to evaluate the plan and baselines on.", valueName: "file"))
    var evaluate: String?

    @Option(help: ArgumentHelp("Layers planned at once (default: the number of cores).", valueName: "count"))
    var threads: Int?

    @Option(help: ArgumentHelp("The file format of generated loads: json, csv or npy.", valueName: "format"))
    var format: ExpertLoads.FileFormat = .json

    @Option(help: ArgumentHelp("MoE layers of generated loads (default 58).", valueName: "count"))
    var layers: Int = 58

    @Option(help: ArgumentHelp("Experts per layer of generated loads (default 256).", valueName: "count"))
    var experts: Int = 256

    @Option(help: ArgumentHelp("Tokens routed per window of generated loads (default 16384).", valueName: "count"))
    var tokens: Int = 16_384

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

    // Flags of the trace form, kept so that their command lines get a message naming the new form.
    @Option(help: .hidden) var kind: String?
    @Option(help: .hidden) var window: String?
    @Option(help: .hidden) var threshold: String?
    @Option(help: .hidden) var gpusPerNode: String?
    @Option(help: .hidden) var affinity: String?

    func validate() throws {
        let traceFlags = [("--window", window), ("--threshold", threshold), ("--gpus-per-node", gpusPerNode), ("--affinity", affinity)]
        if let (flag, _) = traceFlags.first(where: { $0.1 != nil }) {
            throw ValidationError("\(flag) goes with a routing trace: milp plan experts trace TRACE.json \(flag) …")
        }
        if let kind, kind != "loads" {
            throw ValidationError("--kind \(kind): traces are generated by milp plan experts trace --generate N -o FOLDER; load histories by milp plan experts --generate N -o FOLDER")
        }
        if let threads, !(1...1024).contains(threads) { throw ValidationError("--threads must be from 1 to 1024, got \(threads)") }
        if let count = input.generate {
            try PlannerGeneration.validate(input: input.file, generate: count, output: input.output, noun: Self.inputNoun, plural: Self.generatedNoun)
            guard loadFiles.isEmpty else { throw ValidationError("give either --loads or --generate, not both") }
            return
        }
        switch (input.file, loadFiles.isEmpty) {
        case (nil, true): throw ValidationError("missing the loads: --loads FILE --replicas R --gpus M, or a problem file (or --generate N to write load histories)")
        case (.some, false): throw ValidationError("give either a problem file or --loads, not both")
        case (nil, false): guard replicas != nil, gpus != nil else { throw ValidationError("--loads needs --replicas and --gpus") }
        case (.some, true): break
        }
        if let output = input.output, ExpertMapsFile.Format(path: output) == nil {
            throw ValidationError("-o/--output must name a .json or .npy file for the maps, got '\(output)'")
        }
    }

    func planner(budget: PlanningBudget) -> ExpertReplicationPlanner {
        ExpertReplicationPlanner(solver: GLPKSolver(), budget: budget, threads: threads)
    }

    /// The problem from `--loads` and the flags, or from the problem file with the flags given
    /// overriding its fields. A routing trace is refused with the command that plans it.
    func problem(from file: String) throws -> ExpertReplicationProblem {
        guard loadFiles.isEmpty else {
            let loads = try loadFiles.dropFirst().reduce(try Self.readLoads(loadFiles[0])) { history, file in
                do { return try history.appending(try Self.readLoads(file)) } catch let error as PlannerInputError {
                    throw CommandFailure(.inputError, "\(file): \(error)")
                }
            }
            return try problem(loads: loads, replicas: replicas ?? 0, gpus: gpus ?? 0, nodes: nodes ?? 1, groups: groups ?? 1, mode: mode,
                               historyObjective: historyObjective ?? .worst, slotsPerGPULimit: maxSlotsPerGPU, topK: topK,
                               groupsPerToken: groupsPerToken, context: loadFiles[0])
        }
        let data = try PlannerFile.contents(of: file)
        if ExpertTraceDetection.isTrace(data) {
            throw CommandFailure(.usage, "\(file) is a routing trace (one copy per expert): plan it with milp plan experts trace \(file)")
        }
        let decoded: ExpertReplicationProblem
        do { decoded = try ExpertReplicationProblem.decode(from: data) } catch { throw CommandFailure(.inputError, "\(file): \(error)") }
        return try problem(loads: decoded.loads, replicas: replicas ?? decoded.replicas, gpus: gpus ?? decoded.gpus,
                           nodes: nodes ?? decoded.nodes, groups: groups ?? decoded.groups, mode: mode ?? decoded.mode,
                           historyObjective: historyObjective ?? decoded.historyObjective,
                           slotsPerGPULimit: maxSlotsPerGPU ?? decoded.slotsPerGPULimit, topK: topK ?? decoded.topK,
                           groupsPerToken: groupsPerToken ?? decoded.groupsPerToken, costs: decoded.costs, context: file)
    }

    /// A problem from its parts and the hardware flags (which win over `costs`); an input error
    /// names the flag that sets the field at fault.
    private func problem(loads: ExpertLoads, replicas: Int, gpus: Int, nodes: Int, groups: Int, mode: ExpertReplicationProblem.Mode?,
                         historyObjective: ExpertReplicationProblem.HistoryObjective, slotsPerGPULimit: Int?, topK: Int?,
                         groupsPerToken: Int?, costs: ExpertParallelCosts? = nil, context: String) throws -> ExpertReplicationProblem {
        let costs = try hardware.costs() ?? costs
        do throws(PlannerInputError) {
            return try ExpertReplicationProblem(loads: loads, replicas: replicas, gpus: gpus, nodes: nodes, groups: groups, mode: mode,
                                                historyObjective: historyObjective, slotsPerGPULimit: slotsPerGPULimit,
                                                costs: costs, topK: topK, groupsPerToken: groupsPerToken)
        } catch {
            let flags = ["replicas": "--replicas", "gpus": "--gpus", "nodes": "--nodes", "groups": "--groups", "mode": "--mode",
                         "slotsPerGPULimit": "--max-slots-per-gpu", "topK": "--top-k", "groupsPerToken": "--groups-per-token"]
            throw CommandFailure(.inputError, "\(context): " + (flags[error.field].map { "\($0) (\(error.field)): \(error.message)" } ?? error.description))
        }
    }

    /// Map entries one core is assumed to write per second, as JSON or `.npy`: what it manages
    /// on a busy machine (a quiet one writes more; the planner's own reserve absorbs the rest).
    static let mapEntriesPerSecond = 4e6

    /// The time writing the maps takes: with `-o`, the plan's three maps; with `--json`, those
    /// again and every baseline's slot map.
    func outputTime(for problem: ExpertReplicationProblem) -> Duration {
        let maps = ExpertReplicationPlan.mapEntries(layers: problem.layerCount, experts: problem.expertCount, replicas: problem.replicas)
        let baselineMaps = Double(ExpertReplicationBaseline.allCases.count * problem.layerCount * problem.replicas)
        let entries = (input.output == nil ? 0 : maps) + (input.json ? maps + baselineMaps : 0)
        return .seconds(entries / Self.mapEntriesPerSecond)
    }

    /// Writes the maps when `-o` names a file, then the report (with `--evaluate`'s figures) as
    /// text or JSON; with `--json`, warnings also go to standard error.
    func output(for report: ExpertReplicationReport, of problem: ExpertReplicationProblem) throws -> String {
        if let path = input.output { try ExpertMapsFile.write(report.verifiedPlan, to: path) }
        let evaluation = try evaluate.map { file in
            let window = try Self.readLoads(file)
            guard window.windowCount == 1, window.layerCount == problem.layerCount, window.expertCount == problem.expertCount else {
                throw CommandFailure(.inputError, "\(file): --evaluate needs one window of \(problem.layerCount) layers × \(problem.expertCount) experts")
            }
            return ExpertReplicationEvaluation(report: report, loads: window.windows[0], nodes: problem.nodes)
        }
        guard input.json else { return report.summary(for: problem) + (evaluation.map { "\n\n" + $0.summary } ?? "") }
        for warning in report.warnings { StandardError.write("milp: warning: \(warning)\n") }
        return String(decoding: try PlannerJSON.encode(EvaluatedReport(report: report, evaluation: evaluation)), as: UTF8.self)
    }

    /// The report with `--evaluate`'s figures beside its own.
    private struct EvaluatedReport: Encodable {
        var report: ExpertReplicationReport
        var evaluation: ExpertReplicationEvaluation?

        private enum CodingKeys: String, CodingKey { case evaluation }

        func encode(to encoder: any Encoder) throws {
            try report.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encodeIfPresent(evaluation, forKey: .evaluation)
        }
    }

    /// The loads in `file`, in the format its extension names.
    static func readLoads(_ file: String) throws -> ExpertLoads {
        guard let format = ExpertLoads.FileFormat(path: file) else {
            throw CommandFailure(.inputError, "\(file): loads must be a .json, .csv or .npy file")
        }
        do {
            return try ExpertLoads.read(try PlannerFile.contents(of: file), format: format)
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(file): \(error)")
        }
    }

    /// Writes `count` generated load histories to `folder`: `experts-loads-SEED.FORMAT`, or with
    /// several windows one file per window, `experts-loads-SEED-window-T.FORMAT` (oldest first),
    /// ready for repeated `--loads`.
    func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws {
        var generator = ExpertLoadGenerator(layers: layers, experts: experts, topK: topK ?? 8, groups: groups ?? 1, tokens: tokens, windows: windows)
        if let sigma { generator.sigma = sigma }
        if let hotExperts {
            guard let low = Int(exactly: hotExperts.lower), let high = Int(exactly: hotExperts.upper) else {
                throw CommandFailure(.usage, "--hot-experts must be whole numbers, got \(hotExperts)")
            }
            generator.hotExperts = low...high
        }
        if let hotBoost { generator.hotBoost = hotBoost.lower...hotBoost.upper }
        if let windowDrift { generator.windowDrift = windowDrift }
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw CommandFailure.cannotWrite(folder, error)
        }
        for offset in 0..<UInt64(count) {
            let seed = firstSeed &+ offset
            let history: ExpertLoads
            do {
                history = try generator.loads(seed: seed)
            } catch {
                throw CommandFailure(.usage, "cannot generate loads: \(error)")
            }
            for (index, window) in history.windows.enumerated() {
                let name = "experts-loads-\(seed)" + (windows > 1 ? "-window-\(index)" : "") + ".\(format.rawValue)"
                let data: Data = switch format {
                case .json: try PlannerJSON.encode(try ExpertLoads(window))
                case .csv: Data(window.map { $0.map { String(format: "%.0f", $0) }.joined(separator: ",") + "\n" }.joined().utf8)
                case .npy: NumPyArray(shape: [window.count, window[0].count], values: window.flatMap { $0 }).npyInt64()
                }
                try OutputFile.write(data, to: (folder as NSString).appendingPathComponent(name))
            }
        }
    }
}

/// The maps of a replicated plan as files: JSON, or `.npy` (the physical-to-logical map in the
/// path given, the other two beside it), each written through ``MILP/OutputFile``.
enum ExpertMapsFile {
    /// The formats by extension.
    enum Format {
        case json, npy

        init?(path: String) {
            switch (path as NSString).pathExtension.lowercased() {
            case "json": self = .json
            case "npy": self = .npy
            default: return nil
            }
        }
    }

    /// Writes `plan`'s maps to `path`.
    static func write(_ plan: ExpertReplicationPlan, to path: String) throws {
        switch Format(path: path) {
        case .json: try OutputFile.write(PlannerJSON.encode(plan), to: path)
        case .npy:
            let stem = (path as NSString).deletingPathExtension
            for (name, array) in plan.numPyArrays {
                try OutputFile.write(array.npyInt64(), to: name == "physical_to_logical_map" ? path : "\(stem).\(name).npy")
            }
        case nil: throw CommandFailure(.usage, "-o/--output must name a .json or .npy file, got '\(path)'")
        }
    }
}

/// Telling a routing trace from a replication problem, so that a trace given to the default
/// subcommand gets the command that plans it.
enum ExpertTraceDetection {
    /// Whether `data` is a JSON object with the fields only a trace has.
    static func isTrace(_ data: Data) -> Bool {
        guard let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return false }
        return object["replicas"] == nil && (object["transitions"] != nil || (object["routingLog"] != nil && object["gpus"] != nil))
    }
}
