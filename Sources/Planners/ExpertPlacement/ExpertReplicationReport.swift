import Foundation
import MILP

/// What the replica planner found: the plan, per-layer objectives with their lower bounds, and
/// the same figures for every baseline.
///
/// A layer's objective (`score`) is the busiest GPU's load over the mean GPU load, per window of
/// the history, combined by the problem's history objective (one window: just that ratio).
public struct ExpertReplicationReport: PlanningReport {
    /// One layer's result.
    public struct Layer: Sendable, Equatable, Codable {
        /// Where the layer's placement came from.
        public enum Source: String, Sendable, Codable {
            /// EPLB's greedy placement, unimproved.
            case eplb
            /// Local search from EPLB's start.
            case localSearch
            /// Trying every replica-count vector (small layers).
            case enumeration
            /// The MILP, started from the local search's placement.
            case milp
        }

        /// The objective (busiest over mean GPU load, combined over windows).
        public var score: Double
        /// A lower bound on the objective of any placement in the problem's mode.
        public var lowerBound: Double
        /// A lower bound on the objective of any placement at all (global mode's).
        public var globalLowerBound: Double
        /// `(score − lowerBound) / score`.
        public var gap: Double
        /// Whether the gap is within tolerance or the MILP proved the placement optimal.
        public var proven: Bool
        /// Where the placement came from.
        public var source: Source
        /// The node level, in hierarchical mode.
        public var nodeLevel: NodeLevel?
    }

    /// The node level of a hierarchical layer: groups on nodes.
    public struct NodeLevel: Sendable, Equatable, Codable {
        /// The node of each expert group.
        public var groupNodes: [Int]
        /// The busiest node's load per GPU, over the mean GPU load (combined over windows).
        public var busiestNodeLoad: Double
        /// The node-level bound: no assignment of groups to nodes has a lower busiest node.
        public var bound: Double
        /// Whether the MILP proved ``busiestNodeLoad`` the least possible.
        public var proven: Bool
        /// The busiest node's load under EPLB's group packing, on the same scale.
        public var eplbBusiestNodeLoad: Double
    }

    /// One baseline's figures.
    public struct BaselineResult: Sendable, Codable {
        /// The baseline.
        public var baseline: ExpertReplicationBaseline
        /// Its plan; in JSON only its `physicalToLogicalMap` and `gpus` (the other maps follow).
        public var plan: ExpertReplicationPlan
        /// Per layer, its objective on the problem's windows.
        public var scores: [Double]
        /// Its balance on the loads summed over the windows.
        public var balance: ExpertLoadBalance
        /// Its modelled layer time, when the problem has costs.
        public var time: ExpertLayerTime?

        private enum CodingKeys: String, CodingKey { case baseline, physicalToLogicalMap, gpus, scores, balance, time }

        /// A result from its parts.
        init(baseline: ExpertReplicationBaseline, plan: ExpertReplicationPlan, scores: [Double], balance: ExpertLoadBalance,
             time: ExpertLayerTime?) {
            self.baseline = baseline
            self.plan = plan
            self.scores = scores
            self.balance = balance
            self.time = time
        }

        /// Decodes the figures and the plan's slot map.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            baseline = try container.decode(ExpertReplicationBaseline.self, forKey: .baseline)
            let map = try container.decode([[Int]].self, forKey: .physicalToLogicalMap)
            plan = try ExpertReplicationPlan(physicalToLogicalMap: map, gpus: try container.decode(Int.self, forKey: .gpus),
                                             experts: (map.flatMap { $0 }.max() ?? -1) + 1)
            scores = try container.decode([Double].self, forKey: .scores)
            balance = try container.decode(ExpertLoadBalance.self, forKey: .balance)
            time = try container.decodeIfPresent(ExpertLayerTime.self, forKey: .time)
        }

        /// Encodes the figures and the plan's slot map.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(baseline, forKey: .baseline)
            try container.encode(integers: plan.physicalToLogicalMap, forKey: .physicalToLogicalMap)
            try container.encode(plan.gpus, forKey: .gpus)
            try container.encode(scores, forKey: .scores)
            try container.encode(balance, forKey: .balance)
            try container.encodeIfPresent(time, forKey: .time)
        }
    }

    /// How planning ended: ``PlanStatus/optimal`` when every layer is within the budget's gap of
    /// its lower bound (or proven optimal), ``PlanStatus/feasible`` otherwise.
    public var status: PlanStatus
    /// Whether the time limit came before the search ended (else some gap stayed open when the
    /// search had nothing left to try).
    public var timeLimitReached: Bool
    /// The plan, verified; there always is one (EPLB's, at worst).
    public var verifiedPlan: ExpertReplicationPlan
    /// Per layer: objective, bound, gap, source.
    public var layers: [Layer]
    /// The plan's balance on the loads summed over the windows.
    public var balance: ExpertLoadBalance
    /// The plan's modelled layer time, when the problem has costs.
    public var time: ExpertLayerTime?
    /// Every applicable baseline.
    public var baselines: [BaselineResult]
    /// The mean over layers of the objective.
    public var meanScore: Double
    /// The largest objective over layers.
    public var worstScore: Double
    /// The mean over layers of the gap.
    public var meanGap: Double
    /// Things a person must know: slots beyond memory, GPUs without tokens at some layer.
    public var warnings: [ExpertPlacementWarning]
    /// Wall-clock time of the whole planning (`seconds` in JSON).
    public var wallTime: Duration

    /// The plan; never `nil`.
    public var plan: ExpertReplicationPlan? { verifiedPlan }

    /// A report; the balance figures, status and warnings are computed here.
    init(problem: ExpertReplicationProblem, plan: ExpertReplicationPlan, layers: [Layer],
         baselines: [(ExpertReplicationBaseline, ExpertReplicationPlan)], timeLimitReached: Bool, wallTime: Duration) {
        verifiedPlan = plan
        self.layers = layers
        let summed = problem.loads.summed
        balance = ExpertLoadBalance(plan: plan, loads: summed, nodes: problem.nodes)
        time = problem.layerTime(of: plan, hierarchical: problem.mode == .hierarchical)
        self.baselines = baselines.map { baseline, baselinePlan in
            BaselineResult(baseline: baseline, plan: baselinePlan, scores: problem.scores(of: baselinePlan),
                           balance: ExpertLoadBalance(plan: baselinePlan, loads: summed, nodes: problem.nodes),
                           time: problem.layerTime(of: baselinePlan, hierarchical: baseline == .eplbHierarchical))
        }
        meanScore = layers.reduce(0) { $0 + $1.score } / Double(max(layers.count, 1))
        worstScore = layers.map(\.score).max() ?? 0
        meanGap = layers.reduce(0) { $0 + $1.gap } / Double(max(layers.count, 1))
        status = layers.allSatisfy(\.proven) ? .optimal : .feasible
        self.timeLimitReached = timeLimitReached
        var warnings = problem.warnings
        let idle = summed.indices.filter { layer in plan.gpuLoads(layer: layer, loads: summed[layer]).contains(0) }
        if let first = idle.first { warnings.append(.gpusWithoutTokens(layers: idle.count, of: summed.count, firstLayer: first)) }
        self.warnings = warnings
        self.wallTime = wallTime
    }

    /// The result for `baseline`, if it applied.
    public func result(for baseline: ExpertReplicationBaseline) -> BaselineResult? {
        baselines.first { $0.baseline == baseline }
    }

    private enum CodingKeys: String, CodingKey {
        case status, timeLimitReached, layers, balance, time, baselines, meanScore, worstScore, meanGap, warnings, seconds
    }

    /// Decodes a report written by ``encode(to:)``: the plan's maps at the top level beside the figures.
    public init(from decoder: any Decoder) throws {
        verifiedPlan = try ExpertReplicationPlan(from: decoder)
        let container = try decoder.container(keyedBy: CodingKeys.self)
        status = try container.decode(PlanStatus.self, forKey: .status)
        timeLimitReached = try container.decode(Bool.self, forKey: .timeLimitReached)
        layers = try container.decode([Layer].self, forKey: .layers)
        balance = try container.decode(ExpertLoadBalance.self, forKey: .balance)
        time = try container.decodeIfPresent(ExpertLayerTime.self, forKey: .time)
        baselines = try container.decode([BaselineResult].self, forKey: .baselines)
        meanScore = try container.decode(Double.self, forKey: .meanScore)
        worstScore = try container.decode(Double.self, forKey: .worstScore)
        meanGap = try container.decode(Double.self, forKey: .meanGap)
        warnings = try container.decode([ExpertPlacementWarning].self, forKey: .warnings)
        wallTime = try container.decode(CodedAsSeconds.self, forKey: .seconds).wrappedValue
    }

    /// Encodes the report with the plan's three maps (and its GPU count) at the top level, where
    /// serving engines look for them, beside the figures; times in seconds.
    public func encode(to encoder: any Encoder) throws {
        try verifiedPlan.encode(to: encoder)
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(status, forKey: .status)
        try container.encode(timeLimitReached, forKey: .timeLimitReached)
        try container.encode(layers, forKey: .layers)
        try container.encode(balance, forKey: .balance)
        try container.encodeIfPresent(time, forKey: .time)
        try container.encode(baselines, forKey: .baselines)
        try container.encode(meanScore, forKey: .meanScore)
        try container.encode(worstScore, forKey: .worstScore)
        try container.encode(meanGap, forKey: .meanGap)
        try container.encode(warnings, forKey: .warnings)
        try container.encode(CodedAsSeconds(wrappedValue: wallTime), forKey: .seconds)
    }

    /// A human-readable summary: the plan beside every baseline, then per-layer figures.
    public func summary(for problem: ExpertReplicationProblem) -> String {
        var lines = [
            "Expert replication: \(problem.layerCount) layers × \(problem.expertCount) experts in \(problem.replicas) slots on \(problem.gpus) GPUs"
                + (problem.nodes > 1 ? " (\(problem.nodes) nodes)" : "") + (problem.groups > 1 ? ", \(problem.groups) groups" : "")
                + ", \(problem.mode.rawValue) mode" + (problem.loads.windowCount > 1 ? ", \(problem.loads.windowCount) windows (\(problem.historyObjective.rawValue))" : ""),
            String(format: "%@ in %.2f s; mean gap to the lower bound %.3f%%", statusText, wallTime.inSeconds, meanGap * 100),
        ]
        lines += warnings.map { "warning: \($0)" }
        lines.append("")
        let timed = time != nil
        lines.append("busiest / mean GPU load    mean      worst" + (timed ? "     modelled MoE time (busiest GPU + inter-node)" : ""))
        lines.append(TextTable.row(["plan", Self.ratio(meanScore), Self.ratio(worstScore), Self.time(time)], widths: [26, 10, 10, 0]))
        for result in baselines {
            let mean = result.scores.reduce(0, +) / Double(max(result.scores.count, 1))
            lines.append(TextTable.row([result.baseline.title, Self.ratio(mean), Self.ratio(result.scores.max() ?? 0), Self.time(result.time)],
                                       widths: [26, 10, 10, 0]))
        }
        lines.append("")
        lines.append("layer  score     bound     gap       source       replicas (max)  node loads")
        for (layer, result) in layers.enumerated() {
            let counts = verifiedPlan.logicalCount(at: layer)
            let nodes = balance.nodeLoads[layer].map { String(format: "%.0f", $0) }.joined(separator: " ")
            lines.append(TextTable.row([String(layer), Self.ratio(result.score), Self.ratio(result.lowerBound),
                                        String(format: "%.3f%%", result.gap * 100), result.source.rawValue,
                                        String(counts.max() ?? 0), nodes], widths: [7, 10, 10, 10, 13, 16, 0]))
        }
        return lines.joined(separator: "\n")
    }

    /// How planning ended, for people.
    private var statusText: String {
        switch (status, timeLimitReached) {
        case (.optimal, _): "every layer within the gap tolerance"
        case (_, true): "time limit reached with some gap open"
        default: "search ended with some gap open"
        }
    }

    private static func ratio(_ value: Double) -> String { String(format: "%.4f", value) }

    /// `total µs (GPU µs + inter-node µs)`, or nothing without costs.
    private static func time(_ time: ExpertLayerTime?) -> String {
        guard let time else { return "" }
        func microseconds(_ times: [Duration]) -> Double { times.reduce(.zero, +).inSeconds * 1e6 }
        return String(format: "%.1f µs (%.1f + %.1f)", time.total.inSeconds * 1e6, microseconds(time.busiestGPU), microseconds(time.interNode))
    }
}

extension ExpertReplicationProblem {
    /// Per layer, `plan`'s objective on this problem's windows.
    public func scores(of plan: ExpertReplicationPlan) -> [Double] {
        (0..<layerCount).map { layer in
            let perWindow = loads.windows.map { window -> Double in
                let gpuLoads = plan.gpuLoads(layer: layer, loads: window[layer])
                let mean = gpuLoads.reduce(0, +) / Double(gpuLoads.count)
                return mean > 0 ? (gpuLoads.max() ?? 0) / mean : 0
            }
            return combine(perWindow)
        }
    }
}

/// Every placement of a report evaluated on loads the planner did not see (the next window):
/// how well each holds up when the loads drift.
public struct ExpertReplicationEvaluation: Sendable, Encodable {
    /// The plan's balance.
    public var plan: ExpertLoadBalance
    /// Each baseline's balance, in the report's order.
    public var baselines: [ExpertReplicationBaseline: ExpertLoadBalance]

    /// The report's plan and baselines evaluated on `loads[l][e]`.
    public init(report: ExpertReplicationReport, loads: [[Double]], nodes: Int) {
        plan = ExpertLoadBalance(plan: report.verifiedPlan, loads: loads, nodes: nodes)
        baselines = Dictionary(uniqueKeysWithValues: report.baselines.map {
            ($0.baseline, ExpertLoadBalance(plan: $0.plan, loads: loads, nodes: nodes))
        })
    }

    /// Busiest over mean GPU load on the unseen loads, mean and worst over layers.
    public var summary: String {
        var lines = ["On the unseen loads:      mean      worst",
                     TextTable.row(["plan", String(format: "%.4f", plan.meanImbalance), String(format: "%.4f", plan.worstImbalance)], widths: [26, 10, 10])]
        for baseline in ExpertReplicationBaseline.allCases {
            guard let balance = baselines[baseline] else { continue }
            lines.append(TextTable.row([baseline.title, String(format: "%.4f", balance.meanImbalance), String(format: "%.4f", balance.worstImbalance)],
                                       widths: [26, 10, 10]))
        }
        return lines.joined(separator: "\n")
    }

    private enum CodingKeys: String, CodingKey { case plan, baselines }

    /// Encodes the plan's balance and each baseline's under its name.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(plan, forKey: .plan)
        try container.encode(Dictionary(uniqueKeysWithValues: baselines.map { ($0.key.rawValue, $0.value) }), forKey: .baselines)
    }
}
