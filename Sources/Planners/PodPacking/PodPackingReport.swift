import Foundation
import MILP

/// The outcome of planning a ``PodPackingProblem``: the plan, the kube-scheduler baselines
/// without and with preemption, how they compare, and what was proven within the window.
public struct PodPackingReport: PlanningReport, Equatable {
    /// What a stage of the lexicographic objective optimises.
    public enum Goal: String, Codable, Sendable {
        /// Maximise the pods placed with priority at or above the tier's.
        case placedPods
        /// Minimise evictions plus twice the moves of running pods at or above the tier's priority.
        case disruption
    }

    /// The feasible plan the search starts from.
    public enum StartingPoint: String, Codable, Sendable {
        /// The default scheduler's placement, without preemption.
        case defaultScheduler
        /// The default scheduler's placement with DefaultPreemption (used only when its evictions are safe).
        case defaultSchedulerWithPreemption
        /// Best fit of the pending pods around the running ones.
        case bestFitPending
        /// Best fit of every pod that may move, running pods kept on their node where they fit.
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
        /// Why the last solve of the stage stopped; `nil` when the stage was decided without one.
        public var termination: Termination?
        /// What became of the known plan offered to branch-and-cut as its start; `nil` without a search.
        public var start: InitialSolutionReport.Outcome?
        /// The stage's wall-clock time (seconds in JSON).
        @CodedAsSeconds public var time: Duration

        /// A stage from its parts.
        public init(priority: Int, goal: Goal, value: Int, provenOptimal: Bool, improvedBySolver: Bool,
                    termination: Termination?, start: InitialSolutionReport.Outcome?, time: Duration) {
            self.priority = priority
            self.goal = goal
            self.value = value
            self.provenOptimal = provenOptimal
            self.improvedBySolver = improvedBySolver
            self.termination = termination
            self.start = start
            self.time = time
        }
    }

    /// The planned placement, verified; always present (at worst it is the scheduler's).
    public var plan: PodPackingPlan?
    /// The default kube-scheduler's placement, without preemption.
    public var scheduler: PodPackingPlan
    /// The default kube-scheduler's placement with DefaultPreemption.
    public var schedulerWithPreemption: PodPackingPlan
    /// The evictions of the scheduler with preemption that break the planner's safety rules
    /// (pods nobody recreates, DaemonSet or protected pods, disruption budgets exceeded).
    public var preemptionHazards: [String]
    /// The plan the search started from.
    public var startingPoint: StartingPoint
    /// The stages run, in order.
    public var stages: [Stage]
    /// The whole decision's wall-clock time: baselines, model building, solves and verification (seconds in JSON).
    public var decisionTime: Duration
    /// Input fields that constrain placement but were ignored on request.
    public var ignoredFields: [PodPackingProblem.IgnoredField]

    /// A report from its parts.
    public init(plan: PodPackingPlan?, scheduler: PodPackingPlan, schedulerWithPreemption: PodPackingPlan, preemptionHazards: [String],
                startingPoint: StartingPoint, stages: [Stage], decisionTime: Duration, ignoredFields: [PodPackingProblem.IgnoredField]) {
        self.plan = plan
        self.scheduler = scheduler
        self.schedulerWithPreemption = schedulerWithPreemption
        self.preemptionHazards = preemptionHazards
        self.startingPoint = startingPoint
        self.stages = stages
        self.decisionTime = decisionTime
        self.ignoredFields = ignoredFields
    }

    /// How the plan ranks against the scheduler without preemption (never worse: it is a starting point).
    public var comparison: PodPackingPlan.Comparison { (plan ?? scheduler).compared(to: scheduler) }

    /// How the plan ranks against the scheduler with preemption; worse only when that baseline
    /// relies on evictions the planner's safety rules forbid (see ``preemptionHazards``).
    public var comparisonWithPreemption: PodPackingPlan.Comparison { (plan ?? scheduler).compared(to: schedulerWithPreemption) }

    /// ``PlanStatus/optimal`` when every stage is proven optimal (no plan places more pods at any
    /// tier, given the tiers above, or does so with less disruption), else ``PlanStatus/feasible``:
    /// the window ended first, and the plan is verified and no worse than where the search started.
    public var status: PlanStatus { stages.allSatisfy(\.provenOptimal) ? .optimal : .feasible }

    /// Whether the scheduler's counts per tier are proven the best possible.
    public var isSchedulerProvenOptimal: Bool {
        plan?.placedPerTier == scheduler.placedPerTier && stages.filter { $0.goal == .placedPods }.allSatisfy(\.provenOptimal)
    }

    /// Whether any stage called the solver (none does when the starting plan is at every stage's bound).
    public var usedSolver: Bool { stages.contains { $0.termination != nil } }

    /// Whether the solver found a better plan than the starting point in some stage.
    public var improvedBySolver: Bool { stages.contains { $0.improvedBySolver } }

    /// Whether the tier with `priority` is proven optimal in both its stages.
    public func isProvenOptimal(priority: Int) -> Bool {
        stages.filter { $0.priority == priority }.allSatisfy(\.provenOptimal)
    }

    private enum CodingKeys: String, CodingKey {
        case plan, scheduler, schedulerWithPreemption, preemptionHazards, startingPoint, stages, decisionTime, ignoredFields, status,
             comparison, comparisonWithPreemption, isSchedulerProvenOptimal, usedSolver, improvedBySolver
    }

    /// Encodes the stored fields and the derived verdicts, for scripts reading `--json` output.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encodeIfPresent(plan, forKey: .plan)
        try container.encode(scheduler, forKey: .scheduler)
        try container.encode(schedulerWithPreemption, forKey: .schedulerWithPreemption)
        try container.encode(preemptionHazards, forKey: .preemptionHazards)
        try container.encode(startingPoint, forKey: .startingPoint)
        try container.encode(stages, forKey: .stages)
        try container.encode(CodedAsSeconds(wrappedValue: decisionTime), forKey: .decisionTime)
        try container.encode(ignoredFields, forKey: .ignoredFields)
        try container.encode(status, forKey: .status)
        try container.encode(comparison, forKey: .comparison)
        try container.encode(comparisonWithPreemption, forKey: .comparisonWithPreemption)
        try container.encode(isSchedulerProvenOptimal, forKey: .isSchedulerProvenOptimal)
        try container.encode(usedSolver, forKey: .usedSolver)
        try container.encode(improvedBySolver, forKey: .improvedBySolver)
    }

    /// Decodes the stored fields; the verdicts are recomputed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        plan = try container.decodeIfPresent(PodPackingPlan.self, forKey: .plan)
        scheduler = try container.decode(PodPackingPlan.self, forKey: .scheduler)
        schedulerWithPreemption = try container.decode(PodPackingPlan.self, forKey: .schedulerWithPreemption)
        preemptionHazards = try container.decode([String].self, forKey: .preemptionHazards)
        startingPoint = try container.decode(StartingPoint.self, forKey: .startingPoint)
        stages = try container.decode([Stage].self, forKey: .stages)
        decisionTime = try container.decode(CodedAsSeconds.self, forKey: .decisionTime).wrappedValue
        ignoredFields = try container.decode([PodPackingProblem.IgnoredField].self, forKey: .ignoredFields)
    }

    /// The report for people: per tier, pods placed by the plan and by the scheduler without and
    /// with preemption, and whether the tier is proven optimal; then the pods started, moved,
    /// evicted and left pending, the preemption baseline's hazards and the ignored fields.
    public func summary(for problem: PodPackingProblem) -> String {
        func verdict(_ comparison: PodPackingPlan.Comparison) -> String {
            switch comparison {
            case .better: "better than"
            case .same: "the same as"
            case .worse: "worse than"
            }
        }
        let plan = plan ?? scheduler
        let proof = status == .optimal ? "proven optimal" : "not proven optimal within the window"
        var lines = [
            "Pod placement: \(proof); decided in \(String(format: "%.3f", decisionTime.inSeconds)) s"
                + (usedSolver ? "" : " (no solve needed: the starting plan is at every stage's bound)"),
            "The plan is \(verdict(comparison)) the default scheduler and \(verdict(comparisonWithPreemption)) the default scheduler with preemption (Kubernetes \(Kubernetes.schedulerVersion)).",
            "",
        ]
        let headers = ["priority", "pods", "plan", "scheduler", "+preemption", "started", "moved", "evicted", "pending", "proven"]
        var rows = [headers]
        for (tier, (base, preempting)) in zip(plan.tiers, zip(scheduler.tiers, schedulerWithPreemption.tiers)) {
            rows.append([tier.priority, tier.pods, tier.placed, base.placed, preempting.placed, tier.started, tier.moved, tier.evicted,
                         tier.pending].map(String.init) + [isProvenOptimal(priority: tier.priority) ? "yes" : "no"])
        }
        let widths = headers.indices.map { column in rows.map { $0[column].count }.max()! + 2 }
        lines += rows.map { TextTable.row($0, widths: widths) }
        if !plan.started.isEmpty || !plan.moved.isEmpty || !plan.evicted.isEmpty { lines.append("") }
        if !plan.started.isEmpty { lines.append("Start: " + plan.started.map { "\($0.pod) → \($0.node)" }.joined(separator: ", ")) }
        if !plan.moved.isEmpty { lines.append("Move: " + plan.moved.map { "\($0.pod) \($0.from) → \($0.to)" }.joined(separator: ", ")) }
        if !plan.evicted.isEmpty { lines.append("Evict: " + plan.evicted.joined(separator: ", ")) }
        if !plan.pending.isEmpty { lines.append("Still pending: " + plan.pending.joined(separator: ", ")) }
        if !preemptionHazards.isEmpty {
            lines.append("")
            lines.append("The scheduler with preemption would break the plan's safety rules:")
            lines += preemptionHazards.map { "  \($0)" }
        }
        if !ignoredFields.isEmpty {
            lines.append("")
            lines.append("Ignored on request (these fields constrain placement and were not honoured):")
            lines += ignoredFields.map { "  \($0.field): \($0.pods.joined(separator: ", "))" }
        }
        return lines.joined(separator: "\n")
    }
}
