import Foundation
import MILP

/// The outcome of planning a ``PodPackingProblem``: the plan, the kube-scheduler baseline, how
/// they compare, and what was proven within the window.
public struct PodPackingReport: Codable, Sendable, Equatable {
    /// What a stage of the lexicographic objective optimises.
    public enum Goal: String, Codable, Sendable {
        /// Maximise the pods placed with priority at or above the tier's.
        case placedPods
        /// Minimise evictions plus twice the moves of running pods at or above the tier's priority.
        case disruption
    }

    /// The feasible plan the search starts from.
    public enum StartingPoint: String, Codable, Sendable {
        /// The default scheduler's placement.
        case defaultScheduler
        /// Best-fit decreasing of the pending pods around the running ones.
        case bestFitPending
        /// Best-fit decreasing of every pod that may move, running pods kept on their node where they fit.
        case bestFitRepacked
    }

    /// One stage of the lexicographic search.
    public struct Stage: Codable, Sendable, Equatable {
        /// The tier: the stage counts pods with this priority or higher.
        public var priority: Int
        /// What the stage optimises.
        public var goal: Goal
        /// The value reached and frozen for the following stages.
        public var value: Int
        /// Whether the value is proven optimal (given the stages before).
        public var provenOptimal: Bool
        /// Whether the solver found a better plan than the one known before the stage.
        public var improvedBySolver: Bool
        /// Why the last solve of the stage (the LP relaxation or branch-and-cut) stopped; `nil`
        /// when the stage was decided without a solve (the known plan already at the stage's
        /// bound, or no time left).
        public var termination: Termination?
        /// The stage's wall-clock time in seconds.
        public var seconds: Double
    }

    /// The planned placement.
    public var plan: PodPackingPlan
    /// The default kube-scheduler's placement.
    public var baseline: PodPackingPlan
    /// The plan the search started from.
    public var startingPoint: StartingPoint
    /// The stages run, in order.
    public var stages: [Stage]
    /// The whole decision's wall-clock time in seconds, baseline and model building included.
    public var seconds: Double

    /// A report from its parts.
    public init(plan: PodPackingPlan, baseline: PodPackingPlan, startingPoint: StartingPoint, stages: [Stage], seconds: Double) {
        self.plan = plan
        self.baseline = baseline
        self.startingPoint = startingPoint
        self.stages = stages
        self.seconds = seconds
    }

    /// How the plan ranks against the baseline (never worse: the baseline is where the search starts).
    public var comparison: PodPackingPlan.Comparison { plan.compared(to: baseline) }

    /// Whether every stage is proven optimal: no plan places more pods at any tier, given the
    /// tiers above, or does so with less disruption.
    public var isProvenOptimal: Bool { stages.allSatisfy(\.provenOptimal) }

    /// Whether the baseline's counts per tier are proven the best possible.
    public var isBaselineProvenOptimal: Bool {
        plan.placedPerTier == baseline.placedPerTier && stages.filter { $0.goal == .placedPods }.allSatisfy(\.provenOptimal)
    }

    /// Whether any stage called the solver (none does when the starting plan is at every stage's
    /// bound, as when the default scheduler leaves nothing pending).
    public var usedSolver: Bool { stages.contains { $0.termination != nil } }

    /// Whether the solver found a better plan than the starting point in some stage.
    public var improvedBySolver: Bool { stages.contains { $0.improvedBySolver } }

    /// Whether the tier with `priority` is proven optimal in both its stages.
    public func isProvenOptimal(priority: Int) -> Bool {
        stages.filter { $0.priority == priority }.allSatisfy(\.provenOptimal)
    }

    private enum CodingKeys: String, CodingKey {
        case plan, baseline, startingPoint, stages, seconds, comparison, isProvenOptimal, isBaselineProvenOptimal, usedSolver,
             improvedBySolver
    }

    /// Encodes the stored fields and the derived verdicts, for scripts reading `--json` output.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan, forKey: .plan)
        try container.encode(baseline, forKey: .baseline)
        try container.encode(startingPoint, forKey: .startingPoint)
        try container.encode(stages, forKey: .stages)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(comparison, forKey: .comparison)
        try container.encode(isProvenOptimal, forKey: .isProvenOptimal)
        try container.encode(isBaselineProvenOptimal, forKey: .isBaselineProvenOptimal)
        try container.encode(usedSolver, forKey: .usedSolver)
        try container.encode(improvedBySolver, forKey: .improvedBySolver)
    }

    /// Decodes the stored fields; the verdicts are recomputed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        plan = try container.decode(PodPackingPlan.self, forKey: .plan)
        baseline = try container.decode(PodPackingPlan.self, forKey: .baseline)
        startingPoint = try container.decode(StartingPoint.self, forKey: .startingPoint)
        stages = try container.decode([Stage].self, forKey: .stages)
        seconds = try container.decode(Double.self, forKey: .seconds)
    }

    /// The report for people: per tier, pods placed by the plan and by the baseline and whether
    /// the tier is proven optimal; then the pods started, moved, evicted and left pending.
    public var summary: String {
        var lines: [String] = []
        let verdict: String = switch comparison {
        case .better: "places more high-priority pods than the default scheduler"
        case .same: "matches the default scheduler"
        case .worse: "is worse than the default scheduler"
        }
        let proof = isProvenOptimal ? "proven optimal" : "not proven optimal within the window"
        lines.append("Pod placement: the plan \(verdict); \(proof); decided in \(String(format: "%.3f", seconds)) s"
                     + (usedSolver ? "" : " (no solve needed: the starting plan is at every stage's bound)"))
        lines.append("")
        let headers = ["priority", "pods", "plan", "default", "started", "moved", "evicted", "pending", "proven"]
        var rows = [headers]
        for (tier, base) in zip(plan.tiers, baseline.tiers) {
            rows.append([tier.priority, tier.pods, tier.placed, base.placed, tier.started, tier.moved, tier.evicted, tier.pending]
                .map(String.init) + [isProvenOptimal(priority: tier.priority) ? "yes" : "no"])
        }
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            lines.append(zip(row, widths).map { String(repeating: " ", count: $1 - $0.count + 2) + $0 }.joined())
        }
        if !plan.started.isEmpty {
            lines.append("")
            lines.append("Start: " + plan.started.map { "\($0.pod) → \($0.node)" }.joined(separator: ", "))
        }
        if !plan.moved.isEmpty {
            lines.append("Move: " + plan.moved.map { "\($0.pod) \($0.from) → \($0.to)" }.joined(separator: ", "))
        }
        if !plan.evicted.isEmpty { lines.append("Evict: " + plan.evicted.joined(separator: ", ")) }
        if !plan.pending.isEmpty { lines.append("Still pending: " + plan.pending.joined(separator: ", ")) }
        return lines.joined(separator: "\n")
    }
}
