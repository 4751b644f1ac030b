import Planners

/// Small sequence-parallel problems with round numbers, checkable by hand or by enumeration.
enum SequenceParallelFixtures {
    /// A cost model where a sequence of `s` tokens takes `s` seconds alone on one GPU and
    /// `1.5 · s / d` on a group of `d` (all-to-all adds half), and each GPU holds 10 tokens.
    static let simpleCosts = SequenceCostModel(
        attentionTime: 0, linearTime: 1,
        communication: [2: ulysses(2, secondsPerToken: 0.25), 4: ulysses(4, secondsPerToken: 0.125)],
        activationMemory: 1, staticMemory: 0)

    /// Ulysses over `degree` GPUs with the given cost per token and no latency.
    static func ulysses(_ degree: Int, secondsPerToken: Double, latency: Duration = .zero) -> SequenceCostModel.Communication {
        .init(parallelism: SequenceParallelism(strategy: .ulysses, ulyssesDegree: degree, ringDegree: 1),
              secondsPerToken: secondsPerToken, latency: latency)
    }

    /// Four GPUs in one node, degrees 1, 2 and 4, 10 tokens of memory per GPU.
    static func fourGPUs(_ sequences: [Int], costs: SequenceCostModel = simpleCosts) throws(PlannerInputError) -> SequenceParallelProblem {
        try SequenceParallelProblem(sequences: sequences, gpus: 4, gpusPerNode: 4, memoryPerGPU: 10, costModel: costs)
    }

    /// The shortest step time over every layout and assignment of a single micro-batch (tiny
    /// problems only), in seconds.
    static func bruteForceStepTime(_ problem: SequenceParallelProblem) -> Double {
        var best = Double.infinity
        func layouts(_ remaining: Int, _ degrees: ArraySlice<Int>, _ chosen: [Int]) {
            if !chosen.isEmpty { assign(chosen) }
            guard let degree = degrees.first else { return }
            if degree <= remaining { layouts(remaining - degree, degrees, chosen + [degree]) }
            layouts(remaining, degrees.dropFirst(), chosen)
        }
        func assign(_ groups: [Int]) {
            var times = Array(repeating: 0.0, count: groups.count)
            var tokens = Array(repeating: 0, count: groups.count)
            func place(_ sequence: Int) {
                guard sequence < problem.sequences.count else { best = min(best, times.max() ?? 0); return }
                for group in groups.indices {
                    let length = problem.sequences[sequence]
                    guard tokens[group] + length <= problem.tokenCapacity(degree: groups[group]) else { continue }
                    let time = problem.time(ofSequence: sequence, degree: groups[group]).inSeconds
                    times[group] += time
                    tokens[group] += length
                    place(sequence + 1)
                    times[group] -= time
                    tokens[group] -= length
                }
            }
            place(0)
        }
        layouts(problem.gpus, problem.degrees[...], [])
        return best
    }
}
