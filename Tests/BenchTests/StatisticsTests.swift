import Bench
import Foundation
import Testing

@Suite struct StatisticsTests {
    @Test func shiftedGeometricMeanMatchesHandComputedValues() throws {
        // (2 · 4 · 8)^(1/3) − 1 = 4 − 1
        #expect(abs(try #require(shiftedGeometricMean([1, 3, 7], shift: 1)) - 3) < 1e-12)
        // √(10 · 1000) − 10 = 100 − 10
        #expect(abs(try #require(shiftedGeometricMean([0, 990], shift: 10)) - 90) < 1e-12)
        #expect(abs(try #require(shiftedGeometricMean([5, 5, 5], shift: 1)) - 5) < 1e-12)
        #expect(shiftedGeometricMean([], shift: 1) == nil)
    }

    /// Two configurations on three instances with a 10 s limit:
    /// - fast: a 1 s, b 3 s, c unsolved (gap 0.5);
    /// - slow: a 3 s, b 3 s, c 7 s.
    private var runs: [RunRecord] {
        [
            BenchTestSupport.record("a", "fast", status: .optimal, time: 1, nodes: 0),
            BenchTestSupport.record("b", "fast", status: .optimal, time: 3, nodes: 90),
            BenchTestSupport.record("c", "fast", status: .timeLimit, time: 10.2, nodes: 990, gap: 0.5),
            BenchTestSupport.record("a", "slow", status: .optimal, time: 3, nodes: 10),
            BenchTestSupport.record("b", "slow", status: .infeasible, time: 3, nodes: 10),
            BenchTestSupport.record("c", "slow", status: .optimal, time: 7, nodes: 10),
            BenchTestSupport.record("d", "slow", status: .optimal, time: 1),
        ]
    }

    @Test func summarisesPerConfigurationOverCommonProblems() throws {
        let summary = try SweepSummary(runs: runs, order: ["fast", "slow"])
        #expect(summary.baseline == "fast")
        #expect(summary.problems.map(\.instance) == ["a", "b", "c"])
        #expect(summary.incompleteProblems == 1)
        let fast = summary.configurations[0], slow = summary.configurations[1]
        #expect(fast.name == "fast" && fast.runs == 3 && fast.solved == 2 && fast.failures == 0)
        #expect(slow.solved == 3)
        // fast: times 1, 3 and the limit 10 → (2 · 4 · 11)^(1/3) − 1
        #expect(abs(fast.time - (pow(88, 1.0 / 3) - 1)) < 1e-9)
        // slow: 3, 3, 7 → (4 · 4 · 8)^(1/3) − 1 = 4.0397… 
        #expect(abs(slow.time - (pow(128, 1.0 / 3) - 1)) < 1e-9)
        // fast nodes: 0, 90, 990 with shift 10 → (10 · 100 · 1000)^(1/3) − 10 = 90
        #expect(abs(try #require(fast.nodes) - 90) < 1e-9)
        #expect(fast.meanGapUnsolved == 0.5)
        #expect(slow.meanGapUnsolved == nil)
        // a: fast wins; b: a tie at 3 s, both win; c: only slow solved.
        #expect(fast.wins == 2 && slow.wins == 2)
        #expect(fast.timeRatio == 1)
        #expect(abs(try #require(slow.timeRatio) - slow.time / fast.time) < 1e-12)
        // slow nodes: 10, 10, 10 → 10, against fast's 90
        #expect(abs(try #require(slow.nodesRatio) - 10.0 / 90) < 1e-12)
    }

    @Test func takesRatiosAgainstTheChosenBaseline() throws {
        let summary = try SweepSummary(runs: runs, order: ["fast", "slow"], baseline: "slow")
        #expect(summary.configurations[1].timeRatio == 1)
        #expect(throws: ReportError.unknownBaseline("medium", available: ["fast", "slow"])) {
            try SweepSummary(runs: runs, baseline: "medium")
        }
    }

    @Test func buildsTheProfileAndCactusCurves() throws {
        let summary = try SweepSummary(runs: runs, order: ["fast", "slow"])
        let profile = summary.performanceProfile
        #expect(profile.problemCount == 3)
        #expect(profile.ratios == [[1, 1], [1, 1, 3]])
        #expect(profile.fraction(0, within: 1) == 2.0 / 3)
        #expect(profile.fraction(1, within: 1) == 2.0 / 3)
        #expect(profile.fraction(1, within: 3) == 1)
        #expect(profile.largestRatio == 3)
        let cactus = summary.cactus
        #expect(cactus.times == [[1, 3], [3, 3, 7]])
        #expect(cactus.problemCount == 3 && cactus.timeLimit == 10)
    }
}
