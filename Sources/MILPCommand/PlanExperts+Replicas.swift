import ArgumentParser
import Foundation
import GLPK
import MILP
import Planners

extension ExpertReplicationProblem.Mode: ExpressibleByArgument {}
extension ExpertReplicationProblem.HistoryObjective: ExpressibleByArgument {}
extension ExpertLoads.FileFormat: ExpressibleByArgument {}

/// `milp plan experts --loads …`: redundant experts, EPLB-compatible.
extension PlanExperts {
    func planReplicas() throws -> MILPExitCode {
        var loads = try Self.readLoads(loadFiles[0])
        for file in loadFiles.dropFirst() {
            do {
                loads = try loads.appending(try Self.readLoads(file))
            } catch let error as PlannerInputError {
                throw CommandFailure(.inputError, "\(file): \(error)")
            }
        }
        let problem: ExpertReplicationProblem
        do {
            problem = try ExpertReplicationProblem(loads: loads, replicas: replicas ?? 0, gpus: gpus ?? 0, nodes: nodes, groups: groups, mode: mode,
                                                   historyObjective: historyObjective, slotsPerGPULimit: maxSlotsPerGPU)
        } catch {
            throw CommandFailure(.inputError, "\(loadFiles[0]): \(Self.flagNamed(error))")
        }
        let unseen = try evaluate.map { file in
            let window = try Self.readLoads(file)
            guard window.windowCount == 1, window.layerCount == loads.layerCount, window.expertCount == loads.expertCount else {
                throw CommandFailure(.inputError, "\(file): --evaluate needs one window of \(loads.layerCount) layers × \(loads.expertCount) experts")
            }
            return window.windows[0]
        }
        let planner = ExpertReplicationPlanner(solver: GLPKSolver(), timeLimit: timeLimit ?? .seconds(10), gapTolerance: mipGap ?? 1e-4, threads: threads)
        let report: ExpertReplicationReport
        do {
            report = try planner.plan(problem)
        } catch let error as PlannerInputError {
            throw CommandFailure(.inputError, "\(loadFiles[0]): \(Self.flagNamed(error))")
        }
        let evaluation = unseen.map { ExpertReplicationEvaluation(report: report, loads: $0, nodes: problem.nodes) }
        if let output { try Self.write(report.plan, to: output) }
        if json {
            print(String(decoding: try PlannerJSON.encode(Output(plan: report.plan, report: report, evaluation: evaluation)), as: UTF8.self))
        } else {
            print(report.summary(for: problem))
            if let evaluation { print("\n" + evaluation.summary) }
        }
        for warning in report.warnings where json { StandardError.write("milp: warning: \(warning)\n") }
        return report.status == .withinGap ? .success : .limitWithSolution
    }

    /// What `--json` prints: the maps at the top level, beside the report.
    private struct Output: Encodable {
        var plan: ExpertReplicationPlan
        var report: ExpertReplicationReport
        var evaluation: ExpertReplicationEvaluation?

        private enum CodingKeys: String, CodingKey { case report, evaluation }

        func encode(to encoder: any Encoder) throws {
            try plan.encode(to: encoder)
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(report, forKey: .report)
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

    /// An input error with the problem's field names turned into the flags that set them.
    private static func flagNamed(_ error: PlannerInputError) -> String {
        let flags = ["replicas": "--replicas", "gpus": "--gpus", "nodes": "--nodes", "groups": "--groups", "mode": "--mode",
                     "slotsPerGPULimit": "--max-slots-per-gpu", "timeLimit": "--time-limit"]
        return flags[error.field].map { "\($0): \(error.message)" } ?? error.description
    }

    /// Writes the plan's maps: JSON, or `.npy` (the physical-to-logical map in `path`, the other
    /// two beside it).
    static func write(_ plan: ExpertReplicationPlan, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        var files: [(URL, Data)] = []
        switch url.pathExtension.lowercased() {
        case "json": files = [(url, try PlannerJSON.encode(plan))]
        case "npy":
            let stem = url.deletingPathExtension()
            for (name, array) in plan.numPyArrays {
                let target = name == "physical_to_logical_map" ? url : stem.appendingPathExtension(name).appendingPathExtension("npy")
                files.append((target, array.npyInt64()))
            }
        default: throw CommandFailure(.usage, "-o/--output must name a .json or .npy file, got '\(path)'")
        }
        for (target, data) in files {
            do {
                try data.write(to: target)
            } catch {
                throw CommandFailure.cannotWrite(target.path, error)
            }
        }
    }

    /// Writes `count` generated load histories to `folder`: `experts-loads-SEED.FORMAT`, or with
    /// several windows one file per window, `experts-loads-SEED-window-T.FORMAT` (oldest first),
    /// ready for repeated `--loads`.
    func writeLoads(count: Int, to folder: String) throws {
        var generator = ExpertLoadGenerator(layers: layers ?? 58, experts: experts ?? 256, topK: topK ?? 8, groups: groups,
                                            tokens: tokens ?? 16_384, windows: windows)
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
            let seed = seed &+ offset
            let history: ExpertLoads
            do {
                history = try generator.loads(seed: seed)
            } catch {
                throw CommandFailure(.usage, "cannot generate loads: \(error)")
            }
            for (index, window) in history.windows.enumerated() {
                let name = "experts-loads-\(seed)" + (windows > 1 ? "-window-\(index)" : "") + ".\(format.rawValue)"
                let path = (folder as NSString).appendingPathComponent(name)
                let data: Data = switch format {
                case .json: try PlannerJSON.encode(try ExpertLoads(window))
                case .csv: Data(window.map { $0.map { String(format: "%.0f", $0) }.joined(separator: ",") + "\n" }.joined().utf8)
                case .npy: NumPyArray(shape: [window.count, window[0].count], values: window.flatMap { $0 }).npyInt64()
                }
                do {
                    try data.write(to: URL(fileURLWithPath: path))
                } catch {
                    throw CommandFailure.cannotWrite(path, error)
                }
            }
        }
    }
}
