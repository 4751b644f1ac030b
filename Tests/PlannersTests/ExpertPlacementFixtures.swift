import Planners

/// Small expert-placement problems whose answers can be checked by hand or by enumeration.
enum ExpertPlacementFixtures {
    /// Two layers of four experts on two GPUs with two slots each, λ = 1. Every token of expert
    /// `e` goes to one expert of the next layer: 0→2 (4 tokens), 1→3 (3), 2→0 (2), 3→1 (1).
    static func twoLayers(communicationWeight: Double = 1) throws -> ExpertPlacementProblem {
        try ExpertPlacementProblem(
            loads: [[4, 3, 2, 1], [2, 1, 4, 3]],
            transitions: [[[0, 0, 4, 0], [0, 0, 0, 3], [2, 0, 0, 0], [0, 1, 0, 0]]],
            gpus: 2, communicationWeight: communicationWeight)
    }

    /// The lowest objective over every placement of `problem`, by enumeration (tiny problems only).
    static func bruteForceOptimum(_ problem: ExpertPlacementProblem) -> Double {
        var rows: [[Int]] = []
        func extend(_ row: [Int]) {
            guard row.count < problem.expertCount else { rows.append(row); return }
            for gpu in 0..<problem.gpus where row.filter({ $0 == gpu }).count < problem.slotsPerGPU { extend(row + [gpu]) }
        }
        extend([])
        var best = Double.infinity
        func choose(_ placement: [[Int]]) {
            guard placement.count < problem.layerCount else {
                best = min(best, ExpertPlacementPlan(problem: problem, placement: placement).objective)
                return
            }
            for row in rows { choose(placement + [row]) }
        }
        choose([])
        return best
    }
}
