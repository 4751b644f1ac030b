import Bench
import Testing

@Suite struct AnswerCheckTests {
    private let references = ReferenceTable(["m": .optimal(100), "i": .infeasible, "u": .unbounded, "k": .bestKnown(50)])

    /// A run of configuration `configuration` on instance `instance`.
    private func run(_ instance: String, _ configuration: String, _ status: RunStatus, objective: Double? = nil, bound: Double? = nil) -> RunRecord {
        BenchTestSupport.record(instance, configuration, status: status, time: .seconds(1), objective: objective, bound: bound)
    }

    @Test func solvedOnlyWhenTheProofAgreesWithTheReference() {
        var noValue = run("m", "no value", .optimal)
        noValue.objective = nil
        let runs = [
            run("m", "right", .optimal, objective: 100),
            run("m", "close", .optimal, objective: 100.00004),
            run("m", "gap", .optimal, objective: 101, bound: 99.5),
            run("m", "off", .optimal, objective: 100.5),
            noValue,
            run("m", "infeasible", .infeasible),
            run("i", "right", .infeasible),
            run("i", "solution", .timeLimit, objective: 3),
            run("u", "right", .unbounded),
            run("u", "bounded", .timeLimit, objective: 3, bound: 1),
            run("k", "infeasible", .infeasible),
            run("k", "optimal", .optimal, objective: 40),
            run("x", "completed", .completed),
        ]
        let check = AnswerCheck(runs: runs, references: references)
        #expect(runs.filter(check.isSolved).map { "\($0.instance) \($0.configuration)" } == ["m right", "m close", "m gap", "i right", "u right", "k optimal"])
        #expect(check.wrong.map { "\($0.key.instance) \($0.key.configuration)" } == [
            "i solution", "k infeasible", "m infeasible", "m off", "u bounded",
        ])
        #expect(check.wrong.first { $0.key.configuration == "off" }?.reason == "claims optimum 100.5, but the reference says optimum 100")
    }

    @Test func aStoppedSearchIsWrongWhenItsSolutionOrBoundLeavesOutTheOptimum() {
        let runs = [
            run("m", "fine", .timeLimit, objective: 120, bound: 90),
            run("m", "solution below the optimum", .timeLimit, objective: 95, bound: 90),
            run("m", "bound above the optimum", .nodeLimit, objective: 120, bound: 105),
            run("m", "no bound", .timeLimit, objective: 99),
        ]
        let check = AnswerCheck(runs: runs, references: references)
        #expect(Set(check.wrong.map(\.key.configuration)) == ["solution below the optimum", "bound above the optimum"])
        #expect(!runs.contains(where: check.isSolved))
    }

    @Test func withoutAReferenceRunsAreCheckedAgainstEachOther() {
        let agreeing = [run("n", "a", .optimal, objective: 7), run("n", "b", .optimal, objective: 7), run("n", "c", .timeLimit, objective: 9, bound: 5)]
        let check = AnswerCheck(runs: agreeing, references: ReferenceTable())
        #expect(check.wrong.isEmpty && agreeing.filter(check.isSolved).count == 2)

        let disagreeing = [
            run("n", "a", .optimal, objective: 7),
            run("n", "b", .optimal, objective: 8),
            run("n", "c", .timeLimit, objective: 9, bound: 5),
            run("f", "infeasible", .infeasible),
            run("f", "found one", .timeLimit, objective: 4),
            run("g", "unbounded", .unbounded),
            run("g", "optimal", .optimal, objective: 2),
        ]
        let conflicts = AnswerCheck(runs: disagreeing, references: ReferenceTable())
        #expect(conflicts.wrong.map { "\($0.key.instance) \($0.key.configuration)" } == [
            "f found one", "f infeasible", "g optimal", "g unbounded", "n a", "n b",
        ])
        #expect(conflicts.wrong.first { $0.key.configuration == "a" }?.reason == "claims optimum 7, but b #0 claims optimum 8")
        #expect(!disagreeing.contains { conflicts.isSolved($0) && $0.instance != "n" })
    }

    @Test func aReportCountsWrongRunsAsUnsolvedAndListsThemFirst() throws {
        let runs = [run("m", "right", .optimal, objective: 100), run("m", "off", .optimal, objective: 90)]
        let summary = try SweepSummary(runs: runs, order: ["right", "off"], references: references)
        #expect(summary.wrong.map(\.key.configuration) == ["off"])
        #expect(summary.configurations.map(\.solved) == [1, 0] && summary.configurations.map(\.wrong) == [0, 1])
        #expect(abs(summary.configurations[1].time - 10) < 1e-9)
        #expect(summary.referencedInstances == 1 && summary.instanceCount == 1)
        let table = summary.table
        #expect(table.hasPrefix("WRONG: 1 run contradicts the reference values or each other"))
        #expect(table.contains("  m × off #0: claims optimum 90, but the reference says optimum 100\n"))
        let html = HTMLReport(summary: summary, title: "t").html
        #expect(html.contains("<div class=\"wrong-answers\">") && html.contains("<td class=\"wrong\""))
        #expect(html.range(of: "wrong-answers\">")!.lowerBound < html.range(of: "<h2>Summary</h2>")!.lowerBound)
        #expect(ComparisonPlot(summary: summary, title: "t").svg.contains("WRONG ANSWERS: 1"))
        #expect(summary.csv.split(separator: "\n")[2].hasPrefix("off,1,0,1,0,"))
    }
}
