import Foundation
import MILP

/// What the sequence-parallel planner found for one batch, which stage found it, and every
/// baseline beside it.
public struct SequenceParallelReport: PlanningReport, Equatable {
    /// Why a report has no plan.
    public enum NoPlanReason: String, Sendable, Codable {
        /// The budget ended before a first plan.
        case budgetEnded
        /// The batch is too large to plan within the budget at all; nothing was tried.
        case tooLargeForBudget
    }

    /// The stage of the planner that produced a micro-batch's plan.
    public enum Stage: String, Sendable, Codable {
        /// Greedy longest-first packing on the best single-degree layout (the first plan).
        case greedy
        /// Greedy packing on the best mixed layout of the layout search.
        case layoutSearch
        /// The MILP, started from the best heuristic plan, found a faster plan.
        case milp
        /// A baseline's plan, which nothing else beat (see ``SequenceParallelReport/fallbackBaseline``).
        case baseline
    }

    /// One baseline's plan and how much slower it is.
    public struct BaselineResult: Sendable, Equatable, Codable {
        /// The baseline.
        public var baseline: SequenceParallelBaseline
        /// Its plan, or `nil` when no static degree holds the longest sequence.
        public var plan: SequenceParallelPlan?
        /// The baseline's step time over the plan's: how much faster the plan is; `nil` when
        /// either has no plan, or the plan's step takes no time (see ``speedup(of:over:)``).
        public var speedup: Double?

        /// A baseline result from its parts.
        public init(baseline: SequenceParallelBaseline, plan: SequenceParallelPlan?, speedup: Double?) {
            self.baseline = baseline
            self.plan = plan
            self.speedup = speedup
        }
    }

    /// One MILP solve the planner ran.
    public struct Solve: Sendable, Equatable {
        /// The micro-batch it was for.
        public var microBatch: Int
        /// What the solver made of the heuristic plan handed to it as a start; `nil` when there was none.
        public var start: InitialSolutionReport.Outcome?
        /// Why the solve stopped.
        public var termination: Termination
        /// The model's step time at the solver's best solution, if it has one.
        public var objective: Duration?
        /// The solver's lower bound on the micro-batch's step time, if it proved one.
        public var bound: Duration?
        /// Whether the decoded plan beat the heuristic's.
        public var improved: Bool
        /// The time limit the solve was given, if any.
        public var timeLimit: Duration?
        /// Wall-clock time of the solve.
        public var wallTime: Duration

        /// A solve record from its parts.
        public init(microBatch: Int, start: InitialSolutionReport.Outcome?, termination: Termination, objective: Duration?, bound: Duration?,
                    improved: Bool, timeLimit: Duration?, wallTime: Duration) {
            self.microBatch = microBatch
            self.start = start
            self.termination = termination
            self.objective = objective
            self.bound = bound
            self.improved = improved
            self.timeLimit = timeLimit
            self.wallTime = wallTime
        }
    }

    /// How the planning ended: ``PlanStatus/optimal`` when the plan is within the budget's gap
    /// of the lower bound, ``PlanStatus/feasible`` when the budget ended first, and
    /// ``PlanStatus/noPlan`` (see ``noPlanReason``).
    public var status: PlanStatus
    /// Why there is no plan, when there is none.
    public var noPlanReason: NoPlanReason?
    /// The plan, or `nil` when none was found within the budget.
    public var plan: SequenceParallelPlan?
    /// The stage that produced each micro-batch of the plan.
    public var stages: [Stage]
    /// The baseline the plan is, when ``stages`` is ``Stage/baseline``.
    public var fallbackBaseline: SequenceParallelBaseline?
    /// A lower bound on the step time: of any plan when the batch runs in one micro-batch, of any
    /// plan of the same micro-batches otherwise (never below a bound on any plan at all).
    public var lowerBound: Duration?
    /// `(stepTime − lowerBound) / stepTime`.
    public var gap: Double?
    /// Every baseline.
    public var baselines: [BaselineResult]
    /// The MILP solves, in order.
    public var solves: [Solve]
    /// Wall-clock time of the whole planning: splitting, heuristics, baselines, model building,
    /// solves and verification.
    public var planningTime: Duration

    /// A report from its parts; the status (a plan within `mipGap` of the bound is optimal), the
    /// gap and the speedups are computed here.
    public init(plan: SequenceParallelPlan?, noPlanReason: NoPlanReason? = nil, stages: [Stage], fallbackBaseline: SequenceParallelBaseline?,
                lowerBound: Duration?, mipGap: Double?, baselines: [(SequenceParallelBaseline, SequenceParallelPlan?)], solves: [Solve],
                planningTime: Duration) {
        self.plan = plan
        self.noPlanReason = plan == nil ? noPlanReason ?? .budgetEnded : nil
        self.stages = stages
        self.fallbackBaseline = fallbackBaseline
        self.lowerBound = lowerBound
        let gap = plan.flatMap { plan in lowerBound.map { plan.stepTime > .zero ? max(0, (plan.stepTime - $0) / plan.stepTime) : 0 } }
        self.gap = gap
        status = switch (plan, gap) {
        case (nil, _): .noPlan
        case let (.some, gap?) where gap <= (mipGap ?? 0) + 1e-12: .optimal
        case (.some, _): .feasible
        }
        self.baselines = baselines.map { baseline, baselinePlan in
            BaselineResult(baseline: baseline, plan: baselinePlan,
                           speedup: plan.flatMap { plan in baselinePlan.flatMap { Self.speedup(of: $0, over: plan) } })
        }
        self.solves = solves
        self.planningTime = planningTime
    }

    /// `baseline`'s step time over `plan`'s; `nil` when the plan's step takes no time (a cost
    /// model fitted to measurements may time a short batch at zero), where no ratio exists.
    public static func speedup(of baseline: SequenceParallelPlan, over plan: SequenceParallelPlan) -> Double? {
        plan.stepTime > .zero ? baseline.stepTime / plan.stepTime : nil
    }

    /// The result for `baseline`.
    public func result(for baseline: SequenceParallelBaseline) -> BaselineResult? {
        baselines.first { $0.baseline == baseline }
    }

    /// Whether the MILP improved the plan of some micro-batch.
    public var isImprovedByMILP: Bool { stages.contains(.milp) }
}

extension SequenceParallelReport: Codable {
    private enum CodingKeys: String, CodingKey {
        case status, noPlanReason, plan, stages, fallbackBaseline, lowerBound, gap, baselines, solves, planningTime
    }

    /// Decodes a report written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(PlanStatus.self, forKey: .status)
        noPlanReason = try container.decodeIfPresent(NoPlanReason.self, forKey: .noPlanReason)
        plan = try container.decodeIfPresent(SequenceParallelPlan.self, forKey: .plan)
        stages = try container.decode([Stage].self, forKey: .stages)
        fallbackBaseline = try container.decodeIfPresent(SequenceParallelBaseline.self, forKey: .fallbackBaseline)
        lowerBound = try container.decodeIfPresent(CodedAsSeconds.self, forKey: .lowerBound)?.wrappedValue
        gap = try container.decodeIfPresent(Double.self, forKey: .gap)
        baselines = try container.decode([BaselineResult].self, forKey: .baselines)
        solves = try container.decode([Solve].self, forKey: .solves)
        planningTime = try container.decode(CodedAsSeconds.self, forKey: .planningTime).wrappedValue
    }

    /// Encodes the report with times in seconds; absent figures are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encodeIfPresent(noPlanReason, forKey: .noPlanReason)
        try container.encodeIfPresent(plan, forKey: .plan)
        try container.encode(stages, forKey: .stages)
        try container.encodeIfPresent(fallbackBaseline, forKey: .fallbackBaseline)
        try container.encodeIfPresent(lowerBound.map(CodedAsSeconds.init), forKey: .lowerBound)
        try container.encodeIfPresent(gap, forKey: .gap)
        try container.encode(baselines, forKey: .baselines)
        try container.encode(solves, forKey: .solves)
        try container.encode(CodedAsSeconds(wrappedValue: planningTime), forKey: .planningTime)
    }
}

extension SequenceParallelReport.Solve: Codable {
    private enum CodingKeys: String, CodingKey {
        case microBatch, start, termination, objective, bound, improved, timeLimit, wallTime
    }

    /// Decodes a solve record written by ``encode(to:)``.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(microBatch: try container.decode(Int.self, forKey: .microBatch),
                  start: try container.decodeIfPresent(InitialSolutionReport.Outcome.self, forKey: .start),
                  termination: try container.decode(Termination.self, forKey: .termination),
                  objective: try container.decodeIfPresent(CodedAsSeconds.self, forKey: .objective)?.wrappedValue,
                  bound: try container.decodeIfPresent(CodedAsSeconds.self, forKey: .bound)?.wrappedValue,
                  improved: try container.decode(Bool.self, forKey: .improved),
                  timeLimit: try container.decodeIfPresent(CodedAsSeconds.self, forKey: .timeLimit)?.wrappedValue,
                  wallTime: try container.decode(CodedAsSeconds.self, forKey: .wallTime).wrappedValue)
    }

    /// Encodes the record with times in seconds; absent ones are left out.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(microBatch, forKey: .microBatch)
        try container.encodeIfPresent(start, forKey: .start)
        try container.encode(termination, forKey: .termination)
        try container.encodeIfPresent(objective.map(CodedAsSeconds.init), forKey: .objective)
        try container.encodeIfPresent(bound.map(CodedAsSeconds.init), forKey: .bound)
        try container.encode(improved, forKey: .improved)
        try container.encodeIfPresent(timeLimit.map(CodedAsSeconds.init), forKey: .timeLimit)
        try container.encode(CodedAsSeconds(wrappedValue: wallTime), forKey: .wallTime)
    }
}
