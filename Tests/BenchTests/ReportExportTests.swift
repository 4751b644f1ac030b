import Bench
import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct ReportExportTests {
    private var summary: SweepSummary {
        get throws {
            try SweepSummary(runs: [
                BenchTestSupport.record("a.mps", "plain <&>", status: .optimal, time: .seconds(0.5), nodes: 12),
                BenchTestSupport.record("b.mps", "plain <&>", status: .timeLimit, time: .seconds(10), nodes: 4000, gap: 0.25),
                BenchTestSupport.record("a.mps", "cuts, strong", status: .optimal, time: .seconds(0.2), nodes: 1),
                BenchTestSupport.record("b.mps", "cuts, strong", status: .crashed, time: .seconds(1)),
            ], order: ["plain <&>", "cuts, strong"])
        }
    }

    @Test func writesTheTable() throws {
        let table = try summary.table
        let lines = table.split(separator: "\n")
        #expect(lines[0].hasPrefix("wrong: 0 (0 of 2 instances have a reference value"))
        #expect(lines[1].hasPrefix("configuration  runs  solved  wrong  failed"))
        #expect(lines[2].hasPrefix("plain <&>"))
        #expect(lines[3].hasPrefix("cuts, strong"))
        #expect(table.contains("25.0%"))
        #expect(table.contains("2 problems (instance × repetition) compared"))
    }

    @Test func writesCSVWithQuotedNames() throws {
        let lines = try summary.csv.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0] == "configuration,runs,solved,wrong,failures,timeShiftedGeometricMean,timeSpreadMinimum,timeSpreadMaximum,timeRatio,"
            + "nodesShiftedGeometricMean,nodesSpreadMinimum,nodesSpreadMaximum,nodesRatio,meanGapUnsolved,wins")
        #expect(lines[1].hasPrefix("plain <&>,2,1,0,0,"))
        #expect(lines[2].hasPrefix("\"cuts, strong\",2,1,0,1,"))
        #expect(lines[2].hasSuffix(",1"))
    }

    @Test func writesJSONThatReadsBack() throws {
        let object = try #require(try JSONSerialization.jsonObject(with: Data(try summary.json().utf8)) as? [String: Any])
        #expect(object["baseline"] as? String == "plain <&>")
        #expect(object["problems"] as? Int == 2)
        let configurations = try #require(object["configurations"] as? [[String: Any]])
        #expect(configurations.map { $0["name"] as? String } == ["plain <&>", "cuts, strong"])
        #expect(configurations[0]["meanGapUnsolved"] as? Double == 0.25)
        #expect((object["wrong"] as? [Any])?.isEmpty == true)
    }

    @Test func exportsEveryRun() throws {
        let runs = [BenchTestSupport.record("x, y.mps", "c", status: .killed, time: .seconds(12))]
        let lines = RunRecord.csv(runs).split(separator: "\n")
        #expect(lines[0].hasPrefix("instance,configuration,repetition,seed,status,detail,objective,bound,gap,wallTime"))
        #expect(lines[1].hasPrefix("\"x, y.mps\",c,0,,killed,,"))
        let decoded = try JSONDecoder().decode([RunRecord].self, from: Data(try RunRecord.json(runs).utf8))
        #expect(decoded == runs)
    }

    @Test func drawsAWellFormedLabelledSVG() throws {
        let svg = ComparisonPlot(summary: try summary, title: "Tiny & quick").svg
        let parser = XMLParser(data: Data(svg.utf8))
        #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
        for text in ["Performance profile (Dolan–Moré)", "Cactus plot", "Tiny &amp; quick", "plain &lt;&amp;&gt;: 1/2 solved",
                     "cuts, strong: 1/2 solved", "time limit 10 s", "problems solved", "fraction of problems solved within τ",
                     "wrong answers: 0"] {
            #expect(svg.contains(text), "missing \(text)")
        }
    }

    @Test func writesASelfContainedHTMLPage() throws {
        let html = HTMLReport(summary: try summary, title: "Tiny").html
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<svg"))
        #expect(html.contains("<td>plain &lt;&amp;&gt;</td>"))
        #expect(html.contains("<td class=\"failure\""))
        #expect(!html.contains("<script") && !html.contains("src=") && !html.contains("href="))
    }
}
