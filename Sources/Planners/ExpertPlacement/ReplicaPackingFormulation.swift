import MILP

/// The exact model of replicating and packing some experts onto some GPUs (one layer, or one
/// node of a layer in hierarchical mode), as a MILP.
///
/// Variables: `z[e,k]` (binary) gives expert `e` exactly `k` replicas; `n[e,k,g]` (integer)
/// puts that many of them on GPU `g`, so each replica of `e` carries `w[e,t] / k` in window `t`
/// and every GPU load is linear. Constraints: one count per expert, `Σ_g n[e,k,g] = k·z[e,k]`,
/// exactly `slotsPerGPU` replicas per GPU, each GPU's load in window `t` at most `T[t]`.
/// Objective: the worst `T[t]`, or their mean. GPUs are interchangeable, so their loads in the
/// first window are ordered; a known packing's score caps the objective (`cutoff`), so the
/// search only looks for better ones and an infeasible model proves the packing optimal.
struct ReplicaPackingFormulation {
    /// The MILP.
    let model: Model
    /// `replicas[e][k - 1][g]`.
    private let replicas: [[[Variable]]]
    /// `choices[e][k - 1]`.
    private let choices: [[Variable]]
    /// `T[t]` (one for the worst window).
    private let levels: [Variable]

    /// The number of integer variables the model of `experts` experts in `slots` slots on
    /// `gpus` GPUs has: how the planner decides whether solving it pays.
    static func integerVariables(experts: Int, slots: Int, gpus: Int) -> Int {
        let counts = slots - experts + 1
        let (perExpert, overflow) = counts.multipliedReportingOverflow(by: gpus + 1)
        let (total, overflow2) = perExpert.multipliedReportingOverflow(by: experts)
        return overflow || overflow2 ? .max : total
    }

    /// The model of `loads[e][t]` on `gpus` GPUs with `slotsPerGPU` slots each, its objective
    /// at least `lowerBound` and at most `cutoff`.
    init(loads: [[Double]], gpus: Int, slotsPerGPU: Int, objective: ExpertReplicationProblem.HistoryObjective,
         lowerBound: Double, cutoff: Double) {
        let experts = loads.count, windows = loads.first?.count ?? 0
        let maximumCount = gpus * slotsPerGPU - experts + 1
        var model = Model(name: "replica-packing")
        let levelCount = objective == .worst ? 1 : windows
        let level = model.addVariables(count: levelCount, lowerBound: 0) { "T[\($0)]" }
        var gpuLoads = Array(repeating: Array(repeating: LinearExpression(), count: windows), count: gpus)
        var gpuSlots = Array(repeating: LinearExpression(), count: gpus)
        var choices: [[Variable]] = []
        replicas = (0..<experts).map { expert in
            let choice = model.addVariables(count: maximumCount, kind: .binary) { "z[\(expert),\($0 + 1)]" }
            choices.append(choice)
            model.addConstraint(choice.sum() == 1, name: "count[\(expert)]")
            return (1...maximumCount).map { count in
                let placed = model.addVariables(count: gpus, kind: .integer, upperBound: Double(min(count, slotsPerGPU))) {
                    "n[\(expert),\(count),\($0)]"
                }
                model.addConstraint(placed.sum() - Double(count) * choice[count - 1] == 0, name: "replicas[\(expert),\(count)]")
                for gpu in 0..<gpus {
                    gpuSlots[gpu] += placed[gpu]
                    for window in 0..<windows where loads[expert][window] > 0 {
                        gpuLoads[gpu][window].add(loads[expert][window] / Double(count), placed[gpu])
                    }
                }
                return placed
            }
        }
        for gpu in 0..<gpus {
            model.addConstraint(gpuSlots[gpu] == Double(slotsPerGPU), name: "slots[\(gpu)]")
            for window in 0..<windows {
                model.addConstraint(gpuLoads[gpu][window] <= LinearExpression(level[objective == .worst ? 0 : window]), name: "load[\(gpu),\(window)]")
            }
            if gpu > 0 && windows > 0 { model.addConstraint(gpuLoads[gpu - 1][0] >= gpuLoads[gpu][0], name: "order[\(gpu)]") }
        }
        let score = level.sum() / Double(levelCount)
        model.addConstraint(score, in: lowerBound...max(lowerBound, cutoff), name: "range")
        model.minimize(score)
        self.model = model
        self.choices = choices
        levels = level
    }

    /// `packing` as a complete MIP start for this model, its GPUs renumbered to satisfy the
    /// symmetry-breaking order.
    func start(from packing: ReplicaPacking) -> InitialSolution {
        var values: [Variable: Double] = [:]
        for variable in choices.flatMap({ $0 }) + replicas.flatMap({ $0.flatMap { $0 } }) { values[variable] = 0 }
        for (expert, count) in packing.counts.enumerated() { values[choices[expert][count - 1]] = 1 }
        // GPUs in the model's order: busiest first in the first window.
        let order = packing.hosted.indices.sorted { (packing.gpuLoads[$0].first ?? 0, $1) > (packing.gpuLoads[$1].first ?? 0, $0) }
        for (gpu, original) in order.enumerated() {
            for expert in packing.hosted[original] { values[replicas[expert][packing.counts[expert] - 1][gpu], default: 0] += 1 }
        }
        let maxima = packing.windowMaxima
        for (index, level) in levels.enumerated() { values[level] = levels.count == 1 ? (maxima.max() ?? 0) : maxima[index] }
        return InitialSolution(values)
    }

    /// The experts on each GPU in `solution`, or `nil` without a solution.
    func hosted(in solution: Solution) -> [[Int]]? {
        guard solution.hasSolution else { return nil }
        let gpus = replicas.first?.first?.count ?? 0
        var hosted = Array(repeating: [Int](), count: gpus)
        for (expert, byCount) in replicas.enumerated() {
            for placed in byCount {
                for (gpu, variable) in placed.enumerated() {
                    let copies = Int(solution[variable].rounded())
                    hosted[gpu] += Array(repeating: expert, count: max(copies, 0))
                }
            }
        }
        return hosted
    }
}
