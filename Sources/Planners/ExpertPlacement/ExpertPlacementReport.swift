import Foundation
import MILP

/// What the expert-placement planner found, with every baseline beside it.
public struct ExpertPlacementReport: PlanningReport, Equatable {
    /// One baseline's plan and how the planner's plan compares with it.
    public struct BaselineResult: Sendable, Equatable, Codable {
        /// The baseline.
        public var baseline: ExpertPlacementBaseline
        /// Its plan.
        public var plan: ExpertPlacementPlan
        /// The share of the baseline's cross-GPU tokens the planner's plan avoids (negative when it crosses more).
        public var crossGPUReduction: Double
        /// The share of the baseline's objective the planner's plan saves.
        public var objectiveReduction: Double

        /// A baseline result, compared with `plan`.
        public init(baseline: ExpertPlacementBaseline, plan baselinePlan: ExpertPlacementPlan, comparedWith plan: ExpertPlacementPlan) {
            self.baseline = baseline
            self.plan = baselinePlan
            crossGPUReduction = Self.reduction(from: baselinePlan.crossGPUTokens, to: plan.crossGPUTokens)
            objectiveReduction = Self.reduction(from: baselinePlan.objective, to: plan.objective)
        }

        /// `(before − after) / before`, 0 when `before` is 0.
        static func reduction(from before: Double, to after: Double) -> Double {
            before > 0 ? (before - after) / before : 0
        }
    }

    /// One MILP solve the planner ran.
    public struct Solve: Sendable, Equatable, Codable {
        /// What the solve was for.
        public enum Purpose: String, Sendable, Codable {
            /// Placing layers (the whole model, or a window of the forward pass).
            case placement
            /// Re-placing a window with both neighbours fixed.
            case improvement
            /// Bounding a pair of layers from below.
            case bound
        }

        /// What the solve was for.
        public var purpose: Purpose
        /// The first layer of the window.
        public var firstLayer: Int
        /// The number of layers in the window.
        public var layerCount: Int
        /// Why it stopped.
        public var termination: Termination
        /// The relative gap it reached, if it had a solution and a bound.
        public var gap: Double?
        /// Wall-clock time (`seconds` in JSON).
        @CodedAsSeconds public var wallTime: Duration

        private enum CodingKeys: String, CodingKey {
            case purpose, firstLayer, layerCount, termination, gap
            case wallTime = "seconds"
        }

        /// A solve record from its parts.
        public init(purpose: Purpose, firstLayer: Int, layerCount: Int, termination: Termination, gap: Double?, wallTime: Duration) {
            self.purpose = purpose
            self.firstLayer = firstLayer
            self.layerCount = layerCount
            self.termination = termination
            self.gap = gap
            self.wallTime = wallTime
        }
    }

    /// How the planning ended: ``PlanStatus/optimal`` when the plan is within the budget's gap of
    /// the lower bound, ``PlanStatus/feasible`` otherwise.
    public var status: PlanStatus
    /// Whether the time limit came first; `false` with a ``PlanStatus/feasible`` status means every
    /// pass of the decomposition settled without closing the gap.
    public var timeLimitReached: Bool
    /// The plan: the model's, or the best baseline's when the model found nothing better in time.
    public var verifiedPlan: ExpertPlacementPlan
    /// `nil` when the plan is the model's; otherwise the baseline it is.
    public var fallbackBaseline: ExpertPlacementBaseline?
    /// How the layers were split into models.
    public var decomposition: ExpertPlacementDecomposition
    /// A lower bound on the objective of any placement, if one was computed.
    public var lowerBound: Double?
    /// `(objective − lowerBound) / objective`.
    public var gap: Double?
    /// Every baseline, compared with the plan.
    public var baselines: [BaselineResult]
    /// The MILP solves, in order.
    public var solves: [Solve]
    /// Wall-clock time for the whole planning (`seconds` in JSON).
    @CodedAsSeconds public var wallTime: Duration
    /// Things a person must know, such as GPUs that can host no expert.
    public var warnings: [ExpertPlacementWarning]

    /// The plan; never `nil`.
    public var plan: ExpertPlacementPlan? { verifiedPlan }

    private enum CodingKeys: String, CodingKey {
        case status, timeLimitReached, fallbackBaseline, decomposition, lowerBound, gap, baselines, solves, warnings
        case verifiedPlan = "plan", wallTime = "seconds"
    }

    /// A report from its parts; the gap and the comparisons are computed here.
    public init(status: PlanStatus, timeLimitReached: Bool, plan: ExpertPlacementPlan, fallbackBaseline: ExpertPlacementBaseline?,
                decomposition: ExpertPlacementDecomposition, lowerBound: Double?,
                baselines: [(ExpertPlacementBaseline, ExpertPlacementPlan)], solves: [Solve], wallTime: Duration,
                warnings: [ExpertPlacementWarning] = []) {
        self.status = status
        self.timeLimitReached = timeLimitReached
        verifiedPlan = plan
        self.fallbackBaseline = fallbackBaseline
        self.decomposition = decomposition
        self.lowerBound = lowerBound
        gap = lowerBound.map { plan.objective > 0 ? max(0, plan.objective - $0) / plan.objective : 0 }
        self.baselines = baselines.map { BaselineResult(baseline: $0.0, plan: $0.1, comparedWith: plan) }
        self.solves = solves
        self.wallTime = wallTime
        self.warnings = warnings
    }

    /// The result for `baseline`.
    public func result(for baseline: ExpertPlacementBaseline) -> BaselineResult? {
        baselines.first { $0.baseline == baseline }
    }

    /// A human-readable report: the figures of the plan and of each baseline, then the placement.
    public func summary(for problem: ExpertPlacementProblem) -> String {
        var lines = ["Expert placement: \(problem.layerCount) layers × \(problem.expertCount) experts on \(problem.gpus) GPUs"
            + (problem.nodes > 1 ? " in \(problem.nodes) nodes" : "") + ", \(problem.slotsPerGPU) slots per GPU, λ = \(Self.number(problem.communicationWeight))"]
        var status = switch (self.status, timeLimitReached) {
        case (.optimal, _): "proven within the gap tolerance"
        case (_, true): "time limit reached"
        default: "decomposition converged"
        }
        if let gap, let lowerBound { status += "; gap \(Self.percent(gap)) to the lower bound \(Self.number(lowerBound))" }
        lines.append("Solved by \(decomposition) in \(String(format: "%.2f s", wallTime.inSeconds)) (\(status))")
        if let costs = problem.costs {
            let seconds = costs.expertTimePerToken.inSeconds
            lines.append(String(format: "Costs from %d × %@ = %.0f bytes per token: %.3g compute times within a node, %.3g across; modelled time %.1f µs (balance %.1f + communication %.1f)",
                                costs.hiddenSize, costs.dtype.rawValue, costs.bytesPerToken, costs.intraNodeCost, costs.interNodeCost,
                                verifiedPlan.objective * seconds * 1e6, verifiedPlan.balanceTerm * seconds * 1e6, verifiedPlan.communicationTerm * seconds * 1e6))
        }
        if let fallbackBaseline { lines.append("The model found nothing better in time: the plan is the \(fallbackBaseline.title) baseline.") }
        lines += warnings.map { "warning: \($0)" }
        lines.append("")
        lines.append("placement              objective     balance       communication  cross-GPU  inter-node  imbalance (mean/max)")
        let rows = [("plan", verifiedPlan)] + baselines.map { ($0.baseline.title, $0.plan) }
        for (name, row) in rows {
            lines.append(TextTable.row([name, Self.number(row.objective), Self.number(row.balanceTerm), Self.number(row.communicationTerm),
                                       Self.percent(row.crossGPUShare),
                                       Self.percent(row.transitionTokens > 0 ? row.interNodeTokens / row.transitionTokens : 0),
                                       String(format: "%.3f / %.3f", row.meanImbalance, row.maxImbalance)],
                                      widths: [23, 14, 14, 15, 11, 12, 20]))
        }
        lines.append("")
        for result in baselines {
            lines.append("vs \(result.baseline.title): \(Self.percent(result.crossGPUReduction)) fewer cross-GPU tokens, objective \(Self.percent(result.objectiveReduction)) lower")
        }
        lines.append("")
        lines.append("layer  experts per GPU")
        for layer in 0..<problem.layerCount {
            let hosted = verifiedPlan.experts(onEachGPUAt: layer, gpus: problem.gpus).map { "[" + $0.map(String.init).joined(separator: " ") + "]" }
            lines.append(TextTable.row([String(layer), hosted.joined(separator: " ")], widths: [7, 0]))
        }
        return lines.joined(separator: "\n")
    }

    private static func number(_ value: Double) -> String {
        abs(value) >= 1000 || value == value.rounded() ? String(format: "%.0f", value) : String(format: "%.4g", value)
    }

    private static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
