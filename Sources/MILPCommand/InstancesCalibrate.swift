import ArgumentParser
import Foundation
import GLPK
import Instances

/// `milp instances calibrate`: solve a level's first instances and report (and record) their
/// median time, nodes, gap and share solved.
struct InstancesCalibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate",
        abstract: "Solve a level's first train instances and report median time, nodes, gap and share solved.",
        discussion: """
            Run the release build (swift build -c release) and nothing else heavy at the same time: \
            levels are defined by wall time. The rule: \(HardnessRule.referenceConfiguration); median \
            < 10 s easy, 10–100 s medium, > 100 s (or the median sample unsolved within at least 100 s) \
            hard. With --manifest the calibration and the samples' best objectives are recorded there; \
            only train calibrations of the reference configuration may be recorded. --split test is for \
            final evaluations such as comparing configurations, and is never recorded.
            """)

    @Option(help: ArgumentHelp("The distribution.", valueName: "name"))
    var distribution: String

    @Option(help: ArgumentHelp("tiny, easy, medium or hard.", valueName: "level"))
    var level: String = HardnessLevel.easy.rawValue

    @Option(help: ArgumentHelp("train, valid or test.", valueName: "split"))
    var split: String = Split.train.rawValue

    @Option(help: ArgumentHelp("How many instances to solve, the split's first.", valueName: "count"))
    var samples = 5

    @Option(help: ArgumentHelp("The time limit of each solve: seconds, or a number with ms, s, m or h.", valueName: "time"),
            transform: TimeLimit.parse)
    var timeLimit: Duration = .seconds(60)

    @Option(help: ArgumentHelp("Record the calibration and the samples' objectives in this manifest file (created if missing).", valueName: "file"))
    var manifest: String?

    @OptionGroup(title: "GLPK branch-and-cut") var glpk: GLPKOptions

    @Flag(name: .shortAndLong, help: "Print only the summary line; no per-sample lines or progress.")
    var quiet = false

    func validate() throws {
        do {
            _ = try InstanceLibrary.distribution(named: distribution)
            _ = try InstanceLibrary.level(named: level)
            _ = try InstanceLibrary.split(named: split)
        } catch {
            throw ValidationError(error.description)
        }
        if samples < 1 { throw ValidationError("--samples must be at least 1, got \(samples)") }
        if glpk.portfolio { throw ValidationError("--portfolio is not a single configuration; calibrate one configuration at a time") }
        if manifest != nil, split != Split.train.rawValue {
            throw ValidationError("only train calibrations are recorded; drop --manifest to evaluate on \(split)")
        }
        if manifest != nil, glpk.configurationName != "recommended" {
            throw ValidationError("only the reference configuration's calibrations are recorded; drop --manifest to measure \(glpk.configurationName)")
        }
    }

    func run() throws {
        try reportingFailures {
            let distribution = try InstanceLibrary.distribution(named: distribution)
            let level = try InstanceLibrary.level(named: level), split = try InstanceLibrary.split(named: split)
            let count = min(samples, SplitPlan.count(level: level, split: split))
            let calibrator = Calibrator(solver: GLPKSolver(parameters: glpk.parameters),
                                        configuration: "GLPKSolver, \(glpk.configurationName) parameters", timeLimit: timeLimit)
            let progress = InstancesProgress(total: count, quiet: quiet)
            progress.update(done: 0, "solving \(InstanceID(distribution: distribution.name, level: level, split: split, index: 0))")
            let calibration = try calibrator.calibrate(distribution, level: level, split: split, samples: count) { sample, index in
                progress.finish()
                if !quiet { print(Self.line(for: sample)) }
                if index + 1 < count {
                    let next = InstanceID(distribution: distribution.name, level: level, split: split, index: index + 1)
                    progress.update(done: index + 1, "solving \(next)")
                }
            }
            progress.finish()
            print("\(distribution.name) \(level.rawValue) \(split.rawValue): \(Self.summary(of: calibration))")
            if let manifest {
                var file = try InstancesManifestFile.loadOrCreate(manifest)
                file.insert(calibration)
                for sample in calibration.samples {
                    var record = try InstanceLibrary.record(for: sample.id, model: distribution.generate(level: level, seed: sample.id.seed))
                    if let objective = sample.objective { record.recordObjective(objective, isOptimal: sample.isSolved) }
                    file.insert(record)
                }
                try InstancesManifestFile.write(file, to: manifest)
            }
            return .success
        }
    }

    /// One sample: id, termination, seconds, nodes, gap and objective.
    static func line(for sample: CalibrationSample) -> String {
        var parts = [sample.id.description, sample.termination.rawValue, String(format: "%.2f s", sample.time.inSeconds), "\(sample.nodes) nodes"]
        if let gap = sample.gap { parts.append(String(format: "gap %.3g%%", gap * 100)) }
        if let objective = sample.objective { parts.append(String(format: "objective %.10g", objective)) }
        return parts.joined(separator: "  ")
    }

    /// The medians, share solved and measured level in one line.
    static func summary(of calibration: LevelCalibration) -> String {
        let time = calibration.medianTime.map { String(format: "%.2f s", $0.inSeconds) } ?? String(format: "> %g s (unsolved)", calibration.timeLimit.inSeconds)
        let nodes = calibration.medianNodes.map { String(format: "%g", $0) } ?? "-"
        let gap = calibration.medianGap.map { String(format: "%.3g%%", $0 * 100) } ?? "-"
        let level = calibration.measuredLevel?.rawValue ?? "undecided (limit below 100 s)"
        return "median \(time), median nodes \(nodes), median gap \(gap), solved \(calibration.samples.count { $0.isSolved })/\(calibration.samples.count), "
            + "level \(level) [\(calibration.configuration), limit \(String(format: "%g", calibration.timeLimit.inSeconds)) s]"
    }
}
