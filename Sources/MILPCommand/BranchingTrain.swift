import ArgumentParser
import Branching
import Foundation

/// `milp branching train`: fit a linear scorer to collected strong-branching data.
struct BranchingTrain: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Fit a linear branching scorer to strong-branching data by ridge regression (LAPACK).",
        discussion: """
            Each candidate of each recorded node is a row: its features, standardised, against its \
            strong-branching score's rank in the node (or the score over the node's best, with \
            --target score-ratio). The report gives the share of nodes \
            whose best-scored candidate is the expert's choice (imitation accuracy).
            """)

    @Argument(help: ArgumentHelp("JSON Lines files written by 'milp branching collect'.", valueName: "data"))
    var data: [String]

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp("The scorer file to write.", valueName: "file"))
    var output: String

    @Option(help: ArgumentHelp("The ridge regularization λ, per row.", valueName: "lambda"))
    var regularization = 1e-3

    @Option(help: ArgumentHelp("What to fit: rank (the candidate's rank in its node by score, scaled to [0, 1]) or score-ratio (its score over the node's best).",
                               valueName: "target"))
    var target = TrainingTarget.rank

    @Option(name: .customLong("validation"), parsing: .upToNextOption,
            help: ArgumentHelp("Data files to report the imitation accuracy on, besides the training data.", valueName: "data"))
    var validation: [String] = []

    @Flag(name: .shortAndLong, help: "Print nothing.")
    var quiet = false

    func validate() throws {
        if data.isEmpty { throw ValidationError("give at least one data file") }
        if !(regularization >= 0 && regularization.isFinite) { throw ValidationError("--regularization must be at least 0, got \(regularization)") }
    }

    func run() throws {
        try reportingFailures {
            let samples = try Self.read(data)
            let scorer: LinearScorer
            do { scorer = try LinearScorerTrainer(regularization: regularization, target: target).train(on: samples) } catch BranchingDataError.empty {
                throw CommandFailure(.inputError, "the data files hold no branching samples")
            } catch let error as RidgeRegressionError {
                throw CommandFailure(.inputError, error.description)
            }
            try scorer.save(to: URL(fileURLWithPath: output))
            guard !quiet else { return .success }
            print("trained on \(scorer.nodes) nodes, \(scorer.candidates) candidates; wrote \(output)")
            print(String(format: "imitation accuracy: %.1f%% on the training data", 100 * Self.accuracy(of: scorer, on: samples)))
            if !validation.isEmpty {
                print(String(format: "imitation accuracy: %.1f%% on the validation data", 100 * Self.accuracy(of: scorer, on: try Self.read(validation))))
            }
            return .success
        }
    }

    /// The samples of `files`, with data errors as input failures.
    private static func read(_ files: [String]) throws -> [BranchingSample] {
        do { return try BranchingSampleFile.read(files.map { URL(fileURLWithPath: $0) }) } catch let error as BranchingDataError {
            throw CommandFailure(.inputError, diagnostic: error.description)
        }
    }

    /// The share of samples whose best-scored candidate has the expert's score.
    private static func accuracy(of scorer: LinearScorer, on samples: [BranchingSample]) -> Double {
        guard !samples.isEmpty else { return 0 }
        let hits = samples.filter { sample in
            let scores = sample.candidates.map { scorer.score($0.features) }
            guard let best = scores.indices.max(by: { scores[$0] < scores[$1] }) else { return false }
            return sample.candidates[best].score == sample.candidates[sample.chosen].score
        }
        return Double(hits.count) / Double(samples.count)
    }
}

extension TrainingTarget: ExpressibleByArgument {}
