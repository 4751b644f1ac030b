import Foundation
import MILP

/// What the sequence-parallel planner found for one batch, with every baseline beside it.
public struct SequenceParallelReport: Sendable, Equatable, Codable {
    /// Where the plan came from.
    public enum Origin: String, Sendable, Codable {
        /// The assignment model, solved on one of the best layouts.
        case assignmentModel = "assignment model"
        /// Greedy packing on the best layout the layout search found; the model did not improve it.
        case layoutSearch = "layout search"
        /// The full model, for batches no layout holds greedily.
        case fullModel = "full model"
        /// A baseline, which nothing else beat (see ``SequenceParallelReport/fallbackBaseline``).
        case baseline
    }

    /// How the planning ended.
    public enum Status: String, Sendable, Codable {
        /// The plan is within the gap tolerance of the lower bound.
        case provenWithinGap = "proven within the gap tolerance"
        /// The time limit came before the gap closed.
        case timeLimit = "time limit reached"
        /// The batch does not fit the GPUs' memory in any layout.
        case infeasible
        /// The time limit came before any plan was found.
        case noPlanInTime = "no plan within the time limit"
    }

    /// One baseline's plan and how much slower it is.
    public struct BaselineResult: Sendable, Equatable, Codable {
        /// The baseline.
        public var baseline: SequenceParallelBaseline
        /// Its plan, or `nil` when it cannot hold the batch in memory.
        public var plan: SequenceParallelPlan?
        /// The baseline's step time over the plan's: how much faster the plan is.
        public var speedup: Double?

        /// A baseline result from its parts.
        public init(baseline: SequenceParallelBaseline, plan: SequenceParallelPlan?, speedup: Double?) {
            self.baseline = baseline
            self.plan = plan
            self.speedup = speedup
        }
    }

    /// One MILP solve the planner ran.
    public struct Solve: Sendable, Equatable, Codable {
        /// The layout the model was restricted to, as `count×degree` terms; `nil` for the full model.
        public var layout: String?
        /// Whether it was the LP relaxation (solved for the lower bound).
        public var relaxation: Bool
        /// Why the solve stopped.
        public var termination: Termination
        /// The step time of the model's solution, if any.
        public var objective: Double?
        /// Wall-clock seconds.
        public var seconds: Double

        /// A solve record from its parts.
        public init(layout: String?, relaxation: Bool, termination: Termination, objective: Double?, seconds: Double) {
            self.layout = layout
            self.relaxation = relaxation
            self.termination = termination
            self.objective = objective
            self.seconds = seconds
        }
    }

    /// How the planning ended.
    public var status: Status
    /// The plan, or `nil` when the batch does not fit the cluster's memory (or no plan was found in time).
    public var plan: SequenceParallelPlan?
    /// Where the plan came from.
    public var origin: Origin?
    /// The baseline the plan is, when ``origin`` is ``Origin/baseline``.
    public var fallbackBaseline: SequenceParallelBaseline?
    /// A lower bound on the step time of any plan (from the model's LP relaxation).
    public var lowerBound: Double?
    /// `(stepTime − lowerBound) / stepTime`.
    public var gap: Double?
    /// Every baseline.
    public var baselines: [BaselineResult]
    /// The MILP solves, in order.
    public var solves: [Solve]
    /// Wall-clock seconds for the whole planning, baselines and layout search included.
    public var seconds: Double

    /// A report from its parts; speedups are computed here.
    public init(status: Status, plan: SequenceParallelPlan?, origin: Origin?, fallbackBaseline: SequenceParallelBaseline?,
                lowerBound: Double?, baselines: [(SequenceParallelBaseline, SequenceParallelPlan?)], solves: [Solve], seconds: Double) {
        self.status = status
        self.plan = plan
        self.origin = origin
        self.fallbackBaseline = fallbackBaseline
        self.lowerBound = lowerBound
        gap = plan.flatMap { plan in lowerBound.map { max(0, plan.stepTime - $0) / plan.stepTime } }
        self.baselines = baselines.map { baseline, baselinePlan in
            BaselineResult(baseline: baseline, plan: baselinePlan,
                           speedup: plan.flatMap { plan in baselinePlan.map { $0.stepTime / plan.stepTime } })
        }
        self.solves = solves
        self.seconds = seconds
    }

    /// The result for `baseline`.
    public func result(for baseline: SequenceParallelBaseline) -> BaselineResult? {
        baselines.first { $0.baseline == baseline }
    }

    /// A human-readable report: the plan's groups, its figures, and each baseline beside it.
    public func summary(for problem: SequenceParallelProblem) -> String {
        let nodes = problem.nodes == 1 ? "1 node" : "\(problem.nodes) nodes"
        var lines = ["Sequence parallelism: \(problem.sequences.count) sequences, \(problem.tokens) tokens (longest \(problem.sequences.max() ?? 0)), \(problem.gpus) GPUs in \(nodes) of \(problem.gpusPerNode)"]
        guard let plan else {
            if status == .infeasible {
                let capacity = problem.gpus * problem.tokenCapacity(degree: 1)
                lines.append("No plan: the batch does not fit the GPUs' memory in any layout"
                    + (problem.tokens > capacity ? " (\(problem.gpus) GPUs hold at most \(capacity) tokens)." : "."))
            } else {
                lines.append("No plan: \(status.rawValue).")
            }
            return lines.joined(separator: "\n")
        }
        lines.append("Layout \(plan.layoutDescription): step \(Self.seconds(plan.stepTime)), utilisation \(Self.percent(plan.utilization)), \(plan.idleGPUs) idle GPUs")
        var status = self.status.rawValue
        if let gap, let lowerBound { status += "; gap \(Self.percent(gap)) to the lower bound \(Self.seconds(lowerBound))" }
        let source = fallbackBaseline.map { "\($0.title) baseline" } ?? origin?.rawValue ?? "planner"
        lines.append("Found by the \(source) in \(Self.seconds(seconds)) (\(status))")
        lines.append("")
        lines.append("group  degree  nodes      sequences  tokens     time      memory/GPU")
        for (index, group) in plan.groups.enumerated() {
            let nodes = group.nodes.count == 1 ? "\(group.nodes[0])" : "\(group.nodes[0])–\(group.nodes[group.nodes.count - 1])"
            lines.append(TextTable.row([String(index), String(group.degree), nodes, String(group.sequences.count), String(group.tokens),
                                       Self.seconds(group.time), String(format: "%.1f GB", group.memoryPerGPU / 1e9)],
                                      widths: [7, 8, 11, 11, 11, 10, 10]))
        }
        lines.append("")
        lines.append("baseline                  layout              step      speedup")
        for result in baselines {
            guard let baselinePlan = result.plan else {
                lines.append(TextTable.row([result.baseline.title, "does not fit in memory"], widths: [26, 20]))
                continue
            }
            lines.append(TextTable.row([result.baseline.title, baselinePlan.layoutDescription, Self.seconds(baselinePlan.stepTime),
                                       result.speedup.map { String(format: "%.2f×", $0) } ?? "–"], widths: [26, 20, 10, 8]))
        }
        return lines.joined(separator: "\n")
    }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }
    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
