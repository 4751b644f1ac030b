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
        let levels = objective == .worst ? 1 : windows
        let level = model.addVariables(count: levels, lowerBound: 0) { "T[\($0)]" }
        var gpuLoads = Array(repeating: Array(repeating: LinearExpression(), count: windows), count: gpus)
        var gpuSlots = Array(repeating: LinearExpression(), count: gpus)
        replicas = (0..<experts).map { expert in
            let choice = model.addVariables(count: maximumCount, kind: .binary) { "z[\(expert),\($0 + 1)]" }
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
        let score = level.sum() / Double(levels)
        model.addConstraint(score, in: lowerBound...max(lowerBound, cutoff), name: "range")
        model.minimize(score)
        self.model = model
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
