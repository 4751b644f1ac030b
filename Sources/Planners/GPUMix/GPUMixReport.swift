import Foundation
import MILP

/// The outcome of planning a ``GPUMixProblem``: the optimised fleet (or why there is none), the
/// two baseline fleets, and what the plan saves against each.
public struct GPUMixReport: PlanningReport, Equatable {
    /// How the planning ended: ``PlanStatus/optimal`` when the fleet is proven cheapest (within
    /// the budget's gap), ``PlanStatus/feasible`` when the budget ran out first.
    public var status: PlanStatus
    /// Why the solve stopped; `infeasible` without a solve when some bucket has no serving type.
    public var termination: Termination
    /// The optimised fleet; `nil` when there is none (infeasible, or a limit before any was found).
    public var plan: GPUMixPlan?
    /// Why no fleet exists, when the problem is infeasible.
    public var infeasibility: GPUMixInfeasibility?
    /// The cheapest single-type fleet, if some type serves every bucket.
    public var bestSingleType: GPUMixPlan?
    /// Each bucket to its cheapest type per request, rounded up, if that respects the caps.
    public var greedy: GPUMixPlan?
    /// 1 − plan cost / best-single-type cost, when both exist.
    public var savingsVersusBestSingleType: Double?
    /// 1 − plan cost / greedy cost, when both exist.
    public var savingsVersusGreedy: Double?
    /// The solver's wall-clock time, model loading included (`solveSeconds` in JSON).
    @CodedAsSeconds public var solveTime: Duration

    private enum CodingKeys: String, CodingKey {
        case status, termination, plan, infeasibility, bestSingleType, greedy, savingsVersusBestSingleType, savingsVersusGreedy
        case solveTime = "solveSeconds"
    }

    /// A report from its parts; the status follows from the termination and the plan, the
    /// savings from the costs.
    public init(termination: Termination, plan: GPUMixPlan?, infeasibility: GPUMixInfeasibility?,
                bestSingleType: GPUMixPlan?, greedy: GPUMixPlan?, solveTime: Duration) {
        status = switch (plan, termination.reason) {
        case (.some, .optimal): .optimal
        case (.some, _): .feasible
        case (nil, .infeasible): .infeasible
        case (nil, _): .noPlan
        }
        self.termination = termination
        self.plan = plan
        self.infeasibility = infeasibility
        self.bestSingleType = bestSingleType
        self.greedy = greedy
        self.savingsVersusBestSingleType = plan.flatMap { plan in bestSingleType.map { 1 - plan.costPerHour / $0.costPerHour } }
        self.savingsVersusGreedy = plan.flatMap { plan in greedy.map { 1 - plan.costPerHour / $0.costPerHour } }
        self.solveTime = solveTime
    }

    /// Whether the plan is proven to be the cheapest fleet.
    public var isProvenOptimal: Bool { status == .optimal }

    /// The report for people: the fleet per type, the slices each bucket sends to each type, and
    /// the baselines with the savings against them. `problem` supplies the bucket labels.
    public func summary(for problem: GPUMixProblem) -> String {
        var lines: [String] = []
        let target = problem.slo.map { " (SLO: \($0))" } ?? ""
        guard let plan else {
            lines.append("No GPU fleet serves \(Self.number(problem.rate)) req/s\(target): \(termination)")
            if let infeasibility { lines.append(infeasibility.explanation(for: problem)) }
            return lines.joined(separator: "\n")
        }
        let status = isProvenOptimal ? "optimal" : "best found, not proven optimal (\(termination))"
        lines.append("GPU fleet for \(Self.number(problem.rate)) req/s\(target): \(Self.dollars(plan.costPerHour))/h, \(status), solved in \(Self.seconds(solveTime.inSeconds))")
        lines.append("")
        lines.append(Self.fleetTable(plan))
        lines.append("")
        lines.append("Slices per bucket (slice factor \(problem.sliceFactor)):")
        var byBucket: [GPUMixBucket: [String: Int]] = [:]
        for slice in plan.slices { byBucket[slice.bucket, default: [:]][slice.type, default: 0] += 1 }
        let typeOrder = problem.types.map(\.name)
        for bucket in byBucket.keys.sorted() {
            let parts = typeOrder.compactMap { name in byBucket[bucket]?[name].map { "\($0)×\(name)" } }
            let share = (problem.share(of: bucket) * 1000).rounded() / 10
            lines.append("  \(problem.label(of: bucket)) (\(share)%): \(parts.joined(separator: ", "))")
        }
        lines.append("")
        lines.append("Baselines:")
        lines.append(Self.baselineLine("best single type", bestSingleType, savings: savingsVersusBestSingleType,
                                       missing: "no single type serves every bucket within its cap"))
        lines.append(Self.baselineLine("greedy cheapest per bucket", greedy, savings: savingsVersusGreedy,
                                       missing: "exceeds an availability cap"))
        let unprofiled = problem.types.filter { !$0.isProfiled }.map(\.name)
        if !unprofiled.isEmpty { lines.append("Types without a profile, never chosen: \(unprofiled.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    private static func fleetTable(_ plan: GPUMixPlan) -> String {
        let width = max(4, plan.allocations.map(\.type.count).max() ?? 0)
        var rows = ["  " + "type".padding(toLength: width, withPad: " ", startingAt: 0) + "    GPUs      $/h     load  utilisation"]
        for allocation in plan.allocations {
            rows.append("  " + allocation.type.padding(toLength: width, withPad: " ", startingAt: 0)
                        + pad(GPUMixPlan.Allocation.format(gpus: allocation.gpus), 8)
                        + pad(dollars(allocation.costPerHour), 9)
                        + pad(String(format: "%.2f", allocation.load), 9)
                        + pad("\((allocation.utilization * 1000).rounded() / 10)%", 13))
        }
        return rows.joined(separator: "\n")
    }

    private static func baselineLine(_ name: String, _ baseline: GPUMixPlan?, savings: Double?, missing: String) -> String {
        guard let baseline else { return "  \(name): none (\(missing))" }
        let fleet = baseline.allocations.map { "\(GPUMixPlan.Allocation.format(gpus: $0.gpus))×\($0.type)" }.joined(separator: " + ")
        let saved = savings.map { " — the plan saves \(($0 * 1000).rounded() / 10)%" } ?? ""
        return "  \(name): \(fleet) = \(dollars(baseline.costPerHour))/h\(saved)"
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        String(repeating: " ", count: max(1, width - text.count)) + text
    }

    private static func dollars(_ amount: Double) -> String { "$" + String(format: "%.2f", amount) }

    private static func seconds(_ value: Double) -> String { String(format: "%.3f s", value) }

    private static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
}
