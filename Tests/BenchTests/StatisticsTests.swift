import Bench
import Foundation
import Testing

@Suite struct StatisticsTests {
    /// Two configurations on three instances with a 10 s limit:
    /// - fast: a 1 s, b 3 s, c unsolved (gap 0.5);
    /// - slow: a 3 s, b 3 s, c 7 s.
    private var runs: [RunRecord] {
        [
            BenchTestSupport.record("a", "fast", status: .optimal, time: .seconds(1), nodes: 0),
            BenchTestSupport.record("b", "fast", status: .optimal, time: .seconds(3), nodes: 90),
            BenchTestSupport.record("c", "fast", status: .timeLimit, time: .seconds(10.2), nodes: 990, gap: 0.5),
            BenchTestSupport.record("a", "slow", status: .optimal, time: .seconds(3), nodes: 10),
            BenchTestSupport.record("b", "slow", status: .optimal, time: .seconds(3), nodes: 10),
            BenchTestSupport.record("c", "slow", status: .optimal, time: .seconds(7), nodes: 10),
            BenchTestSupport.record("d", "slow", status: .optimal, time: .seconds(1)),
        ]
    }

    @Test func summarisesPerConfigurationOverCommonProblems() throws {
        let summary = try SweepSummary(runs: runs, order: ["fast", "slow"])
        #expect(summary.baseline == "fast")
        #expect(summary.problems.map(\.instance) == ["a", "b", "c"])
        #expect(summary.incompleteProblems == 1)
        #expect(summary.wrong.isEmpty)
        let fast = summary.configurations[0], slow = summary.configurations[1]
        #expect(fast.name == "fast" && fast.runs == 3 && fast.solved == 2 && fast.wrong == 0 && fast.failures == 0)
        #expect(slow.solved == 3)
        // fast: times 1, 3 and the limit 10 → (2 · 4 · 11)^(1/3) − 1
        #expect(abs(fast.time - (pow(88, 1.0 / 3) - 1)) < 1e-9)
        // slow: 3, 3, 7 → (4 · 4 · 8)^(1/3) − 1 = 4.0397…
        #expect(abs(slow.time - (pow(128, 1.0 / 3) - 1)) < 1e-9)
        // Nodes over a and b, which both solved (fast's 990 nodes on unsolved c do not count):
        // fast 0 and 90 with shift 10 → (10 · 100)^(1/2) − 10; slow 10 and 10 → 10.
        #expect(abs(try #require(fast.nodes) - (sqrt(1000) - 10)) < 1e-9)
        #expect(abs(try #require(slow.nodes) - 10) < 1e-9)
        #expect(fast.meanGapUnsolved == 0.5)
        #expect(slow.meanGapUnsolved == nil)
        // a: fast wins; b: a tie at 3 s, both win; c: only slow solved.
        #expect(fast.wins == 2 && slow.wins == 2)
        #expect(fast.timeRatio == 1)
        #expect(abs(try #require(slow.timeRatio) - slow.time / fast.time) < 1e-12)
        #expect(abs(try #require(slow.nodesRatio) - 10 / (sqrt(1000) - 10)) < 1e-12)
        #expect(fast.timeSpread == nil && summary.variability.isEmpty)
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

    /// One configuration, instances a and b, three repetitions (permutations) each:
    /// a solved in 1, 2 and 6 s; b in 3 s, 3 s and not within the 10 s limit.
    @Test func measuresVariabilityOverRepetitions() throws {
        let runs = [
            BenchTestSupport.record("a", "c", repetition: 0, status: .optimal, time: .seconds(1), nodes: 0),
            BenchTestSupport.record("a", "c", repetition: 1, status: .optimal, time: .seconds(2), nodes: 10),
            BenchTestSupport.record("a", "c", repetition: 2, status: .optimal, time: .seconds(6), nodes: 30),
            BenchTestSupport.record("b", "c", repetition: 0, status: .optimal, time: .seconds(3), nodes: 0),
            BenchTestSupport.record("b", "c", repetition: 1, status: .optimal, time: .seconds(3), nodes: 0),
            BenchTestSupport.record("b", "c", repetition: 2, status: .timeLimit, time: .seconds(10), nodes: 500),
        ]
        let summary = try SweepSummary(runs: runs)
        #expect(summary.variability.map(\.instance) == ["a", "b"])
        let a = summary.variability[0].spreads[0], b = summary.variability[1].spreads[0]
        #expect(a.median == 2 && a.minimum == 1 && a.maximum == 6 && a.solved == 3 && a.runs == 3)
        // b's unsolved repetition counts at the 10 s limit.
        #expect(b.median == 3 && b.minimum == 3 && b.maximum == 10 && b.solved == 2)
        // The time of each repetition alone: (2 · 4)^(1/2) − 1, (3 · 4)^(1/2) − 1, (7 · 11)^(1/2) − 1.
        let spread = try #require(summary.configurations[0].timeSpread)
        #expect(abs(spread.lowerBound - (sqrt(8) - 1)) < 1e-9 && abs(spread.upperBound - (sqrt(77) - 1)) < 1e-9)
        // Nodes per repetition over the problems solved: 0 and 0 → 0; 10 and 0 → (20 · 10)^(1/2) − 10; 30 alone → 30.
        let nodes = try #require(summary.configurations[0].nodesSpread)
        #expect(abs(nodes.lowerBound) < 1e-9 && abs(nodes.upperBound - 30) < 1e-9)
    }

    @Test func refusesRunsOfDifferentBuildsUnlessAsked() throws {
        let runs = [
            BenchTestSupport.record("a", "c", status: .optimal, time: .seconds(1), revision: "1111"),
            BenchTestSupport.record("b", "c", status: .optimal, time: .seconds(1), revision: "1111"),
            BenchTestSupport.record("c", "c", status: .optimal, time: .seconds(1), revision: "2222-dirty-3333"),
        ]
        let error = try #require(throws: MixedRevisionsError.self) { try SweepSummary(runs: runs) }
        #expect(error.census.entries.map(\.revision) == ["1111", "2222-dirty-3333"] && error.census.entries.map(\.runs) == [2, 1])
        #expect(error.description.contains("1111 (2 runs), 2222-dirty-3333 (1 run)"))
        #expect(try SweepSummary(runs: runs, allowingMixedRevisions: true).problems.count == 3)
    }
}
