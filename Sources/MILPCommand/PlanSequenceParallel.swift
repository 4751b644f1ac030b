import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

/// `milp plan sp`: sequence-parallel groups, strategies and micro-batches for training batches.
struct PlanSequenceParallel: PlanCommand {
    static let configuration = CommandConfiguration(
        commandName: "sp",
        abstract: "Split GPUs into sequence-parallel groups of mixed sizes and assign a batch's sequences to them (FlexSP).",
        discussion: """
            The input is JSON: the batch as "sequences" (lengths in tokens) or "histogram" \
            ([{"length", "count"}]); "model" (hiddenSize, layers, attentionHeads, keyValueHeads, \
            feedForwardSize, vocabularySize, dtype, activationCheckpointing, …) and "cluster" \
            (gpus, gpusPerNode, gpuMemoryGiB, achievableTFLOPs, intraNodeBandwidthGBps, \
            interNodeBandwidthGBps, …), in the file or from --model and --cluster; optional \
            "degrees" and "measurements" ([{"length", "degree", "seconds"}], to fit the time \
            coefficients). Examples: Instances/planners/sp/.

            Runs the batch in as few micro-batches as memory allows and, in each, minimises the \
            modeled time of the slowest group, choosing per group size Ulysses, ring attention or \
            USP (Ulysses × ring) by what the heads allow and what costs least. Prints each \
            micro-batch's groups, the step time, the gap to a lower bound, the stage that found \
            the plan, and the speedup over static SP degrees and greedy longest-first packing. \
            The time limit covers everything, from reading the batch to verifying the plan. Exit \
            codes: 0 when the plan is within --mip-gap of the lower bound, 20 when the time limit \
            came first (the plan is still verified and never slower than a baseline), 21 when no \
            plan was found in time or the batch is too large for the budget, 65 for invalid \
            input, naming the field or the sequence (one too long for the largest group is named \
            with why).

            With --serve, reads one batch per line on standard input \
            ({"sequences": [...], "ids": [...], "batch": ...}) and writes one plan per line \
            (JSON) on standard output, keeping --model and --cluster loaded; a bad line gets an \
            error line and the server goes on. --time-limit then applies per batch: each line \
            gets the whole limit, counted from reading it. The README describes the wire format.

            With --generate N, writes N long-tailed batches (seeds --seed, --seed+1, …) to \
            --output instead of planning, with --model and --cluster when given.
            """)

    static let inputNoun = "batch"
    static let timeLimitHelp = "The time for the whole planning, counted from the start of the process; with --serve, the time for each batch, counted from reading its line"
    static let generatedNoun = "batches"

    @OptionGroup var input: PlanInput<Self>
    @OptionGroup var budget: PlanBudget<Self>

    @Option(help: ArgumentHelp("The model being trained, as a JSON file.", valueName: "model.json"))
    var model: String?

    @Option(help: ArgumentHelp("The GPUs, as a JSON file.", valueName: "cluster.json"))
    var cluster: String?

    @Flag(help: "Plan one batch per line of standard input, one JSON reply per line on standard output.")
    var serve = false

    @Option(help: ArgumentHelp("The median sequence length of generated batches, in tokens.", valueName: "tokens"))
    var medianLength: Double = 4096

    @Option(help: ArgumentHelp("The longest sequence of generated batches, in tokens.", valueName: "tokens"))
    var maximumLength: Int = 262_144

    @Option(help: ArgumentHelp("The token budget of generated batches, drawn from LOW-HIGH.", valueName: "low-high"))
    var batchTokens: ValueRange = ValueRange(lower: 262_144, upper: 2_097_152)

    /// GLPK with hybrid pseudocost branching and no cuts: on generated batches GLPK's cut rounds
    /// at the root took most of the budget and rarely moved the bound.
    static let parameters = GLPKParameters(branching: .hybridPseudocost)

    func planner(budget: PlanningBudget) -> SequenceParallelPlanner {
        SequenceParallelPlanner(solver: GLPKSolver(parameters: Self.parameters), budget: budget)
    }

    func validate() throws {
        guard serve else { return try validatePlanning() }
        guard input.file == nil, input.generate == nil, input.output == nil else {
            throw ValidationError("--serve reads batches from standard input; give no batch file, --generate or --output")
        }
        guard model != nil, cluster != nil else { throw ValidationError("--serve needs --model FILE and --cluster FILE") }
        guard !input.json else { throw ValidationError("--serve always writes JSON lines; drop --json") }
    }

    func validateOptions() throws {
        guard input.generate != nil else { return }
        guard medianLength.isFinite, medianLength > 0, (128...SequenceParallelProblem.maximumLength).contains(maximumLength) else {
            throw ValidationError("--median-length must be positive and --maximum-length between 128 and \(SequenceParallelProblem.maximumLength)")
        }
        guard batchTokens.lower >= 128, batchTokens.upper <= 1e9 else {
            throw ValidationError("--batch-tokens must lie between 128 and 1e9 tokens, got \(batchTokens)")
        }
    }

    func run() throws {
        guard serve else { return try runPlanning() }
        try reportingFailures { try serveBatches() }
    }

    /// The batch in `file` with the model and cluster of --model and --cluster put in; a part
    /// given both ways, or neither way, is refused.
    func problem(from file: String) throws -> SequenceParallelProblem {
        guard case var .object(members) = try InputValue(json: PlannerFile.contents(of: file)) else { throw InputError(field: "", "expected a JSON object") }
        let given = [("model", try model.map { try Self.read($0, as: TransformerModel.self).document }),
                     ("cluster", try cluster.map { try Self.read($0, as: TrainingCluster.self).document })]
        for (name, document) in given {
            if let document {
                guard members[name] == nil else { throw CommandFailure(.usage, "the batch has a \"\(name)\" and --\(name) gives another; keep one") }
                members[name] = document
            } else if members[name] == nil {
                throw InputError(field: name, "is missing: give it in the batch or with --\(name) FILE")
            }
        }
        let problem = try InputDecoder().decode(SequenceParallelProblem.self, from: .object(members))
        try problem.validate()
        return problem
    }

    /// The model or cluster in the file at `path`, checked, with its document; errors name the file.
    private static func read<Part: Decodable>(_ path: String, as type: Part.Type) throws -> (part: Part, document: InputValue) {
        do {
            let document = try InputValue(json: PlannerFile.contents(of: path))
            let part = try InputDecoder().decode(type, from: document)
            try (part as? TransformerModel)?.validate()
            try (part as? TrainingCluster)?.validate()
            return (part, document)
        } catch let error as InputError {
            throw CommandFailure(.inputError, "\(path): \(error)")
        }
    }

    private func serveBatches() throws -> MILPExitCode {
        let setup: SequenceParallelSetup
        do {
            setup = try SequenceParallelSetup(model: Self.read(model ?? "", as: TransformerModel.self).part,
                                              cluster: Self.read(cluster ?? "", as: TrainingCluster.self).part)
        } catch let error as InputError {
            throw CommandFailure(.inputError, "\(model ?? "") and \(cluster ?? ""): \(error)")
        }
        let service = SequenceParallelService(setup: setup, planner: planner(budget: budget.planningBudget))
        // A reader that went away is reported as a failed write, not by a signal.
        signal(SIGPIPE, SIG_IGN)
        var number = 0
        while let line = readLine(strippingNewline: true) {
            number += 1
            guard !line.allSatisfy(\.isWhitespace) else { continue }
            do {
                try FileHandle.standardOutput.write(contentsOf: Data((service.reply(to: line, number: number) + "\n").utf8))
            } catch {
                throw CommandFailure.cannotWrite("standard output", error)
            }
        }
        return .success
    }

    /// A generated batch as written: its lengths, and the model and cluster when given.
    private struct GeneratedBatch: Encodable {
        var sequences: [Int]
        var model: TransformerModel?
        var cluster: TrainingCluster?
    }

    func writeGenerated(count: Int, firstSeed: UInt64, to folder: String) throws {
        let generator = SequenceBatchGenerator(
            medianLength: medianLength, lengths: 128...maximumLength,
            tokensPerBatch: Int(batchTokens.lower)...Int(batchTokens.upper))
        let model = try model.map { try Self.read($0, as: TransformerModel.self).part }
        let cluster = try cluster.map { try Self.read($0, as: TrainingCluster.self).part }
        try PlannerGeneration.write(count: count, firstSeed: firstSeed, prefix: "sp", to: folder) { seed in
            do {
                return GeneratedBatch(sequences: try generator.batch(seed: seed), model: model, cluster: cluster)
            } catch {
                throw CommandFailure(.usage, "cannot generate batches: \(error)")
            }
        }
    }
}
