import Foundation
import GLPK
import MILP
import MILPFormats
import MILPTesting
import Testing
@testable import MILPCommand

@Suite("milp solve")
struct SolveCommandTests {
    @Test("--help documents every exit code")
    func helpListsExitCodes() throws {
        let result = try milp("solve", "--help")
        #expect(result.status == 0)
        #expect(result.output.contains("Exit codes:"))
        for code in MILPExitCode.allCases {
            let line = result.output.split(separator: "\n").first { $0.hasPrefix("  \(code.rawValue) ") }
            #expect(line?.hasSuffix(" \(code.meaning)") == true, "exit code \(code.rawValue) is not documented")
        }
    }

    @Test("--help says how files are read: formats, incomplete files and --lenient")
    func helpDescribesReading() throws {
        let result = try milp("solve", "--help")
        for word in ["--lenient", "--format", "ENDATA", "semi-integer", "indicator", "quadratic", "first word"] {
            #expect(result.output.contains(word), "\(word) is not in --help")
        }
    }

    @Test("the exit code tells the outcome", arguments: [
        ("bakery.lp", MILPExitCode.success),
        ("workshop.mps", .success),
        ("tiny-infeasible.lp", .infeasible),
        ("tiny-unbounded.lp", .unbounded),
        ("missing-operator.lp", .inputError),
        ("no-such-file.mps", .inputError),
    ])
    func exitCodes(file: String, expected: MILPExitCode) throws {
        let result = try milp("solve", TestFiles.fixture(file))
        #expect(result.status == expected.rawValue, "\(result.errors)")
    }

    @Test("a bad file gets one diagnostic naming file, line and what was expected, and nothing on stdout")
    func diagnostic() throws {
        let result = try milp("solve", TestFiles.fixture("missing-operator.lp"))
        #expect(result.status == MILPExitCode.inputError.rawValue)
        #expect(result.output.isEmpty)
        #expect(result.errors.contains("""
            missing-operator.lp:5:12: error: expected '+' or '-' before another term, or <=, >= or = after the left-hand side, found '2'
             supply: x 2 y <= 9
                       ^
            """))
    }

    @Test("a directory or an empty file is an input error", arguments: ["directory", "empty.mps", "empty.lp"])
    func unreadableInputs(kind: String) throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var path = directory.path
        if kind != "directory" {
            path = directory.appendingPathComponent(kind).path
            try Data().write(to: URL(fileURLWithPath: path))
        }
        let result = try milp("solve", path, "--format", kind == "empty.lp" ? "lp" : "mps")
        #expect(result.status == MILPExitCode.inputError.rawValue, "\(result.errors)")
        #expect(result.errors.contains(path))
    }

    @Test("limits: exit 21 when nothing was found before the limit, 20 with a solution, and no control characters off a terminal")
    func limits() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Twice a sum of binaries cannot be 7, yet the LP relaxation can: one node finds nothing.
        let odd = directory.appendingPathComponent("odd.lp")
        try "Maximize\n obj: x1 + x2 + x3 + x4 + x5 + x6\nSubject To\n odd: 2 x1 + 2 x2 + 2 x3 + 2 x4 + 2 x5 + 2 x6 = 7\nBinary\n x1 x2 x3 x4 x5 x6\nEnd\n"
            .write(to: odd, atomically: true, encoding: .utf8)
        let none = try milp("solve", odd.path, "--node-limit", "1")
        #expect(none.status == MILPExitCode.limitWithoutSolution.rawValue, "\(none.output)\(none.errors)")
        // Before the root's LP is solved GLPK's node bound is DBL_MAX, which is no bound at all.
        #expect(!none.output.contains("e+308"), "\(none.output)")
        let knapsack = directory.appendingPathComponent("knapsack.lp")
        try LPWriter().write(ConformanceCase.hardKnapsack(), to: knapsack)
        let some = try milp("solve", knapsack.path, "--node-limit", "50")
        #expect(some.status == MILPExitCode.limitWithSolution.rawValue, "\(some.output)\(some.errors)")
        #expect(some.output.contains("nodeLimit"))
        #expect(!(some.output + some.errors).contains { $0 == "\r" || $0 == "\u{1B}" })
    }

    @Test("--json prints one object with every field")
    func json() throws {
        let result = try milp("solve", TestFiles.fixture("bakery.lp"), "--json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        for key in ["file", "format", "termination", "detail", "objective", "bound", "gap", "wallTime", "nodes", "iterations", "search", "values", "warnings"] {
            #expect(object[key] != nil, "missing \(key)")
        }
        #expect(object["termination"] as? String == "optimal")
        #expect(abs((object["objective"] as? Double ?? 0) - 716.0 / 3) < 1e-9)
        // The optimum up to the simplex method's rounding, every variable named.
        let values = try #require(object["values"] as? [String: Double])
        let optimum: [String: Double] = ["bread": 0, "cakes": 25.0 / 3, "pies": 6, "van": 1]
        #expect(Set(values.keys) == Set(optimum.keys))
        for (name, value) in optimum { #expect(abs((values[name] ?? .nan) - value) < 1e-9, "\(name)") }
    }

    @Test("p0548 cut after 400 lines is refused with exit 65 at its last line; --lenient solves what is there and --json lists the warnings")
    func truncatedFile() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOfFile: TestFiles.instance("p0548.mps"), encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let path = directory.appendingPathComponent("p0548-cut.mps").path
        try (lines.prefix(400).joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)

        let strict = try milp("solve", path, "--json")
        #expect(strict.status == MILPExitCode.inputError.rawValue)
        #expect(strict.output.isEmpty)
        #expect(strict.errors.hasPrefix("\(path):400: error: the file ends in the COLUMNS section, inside the integer block opened on line 195, without ENDATA"), "\(strict.errors)")
        #expect(strict.errors.contains("--lenient"))

        let lenient = try milp("solve", path, "--json", "--lenient")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(lenient.output.utf8)) as? [String: Any])
        let warnings = try #require(object["warnings"] as? [String])
        #expect(warnings == [
            "\(path):195: warning: the integer block opened on line 195 has no INTEND marker; the end of COLUMNS closes it",
            "\(path):400: warning: the file ends in the COLUMNS section, inside the integer block opened on line 195, without ENDATA, so it may be cut short",
        ])
    }

    @Test("gzip files that expand like a bomb or lie about their length are refused with exit 65", arguments: [
        ("gzip-bomb.mps.gz", "looks like a decompression bomb"), ("gzip-claims-1gib.mps.gz", "length mismatch"),
    ])
    func hostileGzip(file: String, message: String) throws {
        let result = try milp("solve", TestFiles.fuzzRegressions.appendingPathComponent(file).path)
        #expect(result.status == MILPExitCode.inputError.rawValue)
        #expect(result.errors.contains("cannot decompress the gzip data: "), "\(result.errors)")
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test("--json reports null numbers for an infeasible model")
    func jsonWithoutSolution() throws {
        let result = try milp("solve", TestFiles.fixture("tiny-infeasible.lp"), "--json")
        #expect(result.status == MILPExitCode.infeasible.rawValue)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["objective"] is NSNull)
        #expect(object["termination"] as? String == "infeasible")
        #expect(object["warnings"] as? [String] == [])
    }

    @Test("--solution writes the .sol format: =obj= then the nonzero values by name")
    func solutionFile() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let path = directory.appendingPathComponent("workshop.sol").path
        let result = try milp("solve", TestFiles.fixture("workshop.mps"), "--solution", path, "--quiet")
        #expect(result.status == 0)
        #expect(result.output.isEmpty)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "=obj= 13\nCHAIRS 2\nSHELVES 1\n")
        let infeasible = directory.appendingPathComponent("infeasible.sol").path
        _ = try milp("solve", TestFiles.fixture("tiny-infeasible.lp"), "--solution", infeasible)
        #expect(try String(contentsOfFile: infeasible, encoding: .utf8) == "=infeas=\n")
    }

    @Test("--mip-start reads what --solution writes, reports the start's fate, and refuses unknown names by line")
    func mipStart() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = TestFiles.fixture("workshop.mps")
        let solution = directory.appendingPathComponent("workshop.sol").path
        _ = try milp("solve", model, "--solution", solution, "--quiet")
        let accepted = try milp("solve", model, "--mip-start", solution)
        #expect(accepted.status == 0, "\(accepted.errors)")
        #expect(accepted.output.contains("\nstart       accepted, objective 13.0\n"))

        // Five chairs need 10 wood of 5, 20 labour of 11 and 15 varnish of 8.
        let infeasible = directory.appendingPathComponent("chairs.sol")
        try "=obj= 25\nCHAIRS 5\n".write(to: infeasible, atomically: true, encoding: .utf8)
        let reported = try milp("solve", model, "--mip-start", infeasible.path, "--json")
        #expect(reported.status == 0, "\(reported.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(reported.output.utf8)) as? [String: Any])
        let start = try #require(object["start"] as? [String: Any])
        #expect(start["outcome"] as? String == "infeasible")
        #expect(start["violations"] as? [String] == ["constraint 'LABOUR' is violated by 9.0", "constraint 'VARNISH' is violated by 7.0",
                                                     "constraint 'WOOD' is violated by 5.0"])

        let unknown = directory.appendingPathComponent("desks.sol")
        try "=obj= 4\nDESKS 1\n".write(to: unknown, atomically: true, encoding: .utf8)
        let refused = try milp("solve", model, "--mip-start", unknown.path)
        #expect(refused.status == MILPExitCode.inputError.rawValue)
        #expect(refused.errors.hasPrefix("\(unknown.path):2:1: error: unknown variable 'DESKS'"))
    }

    @Test("--print-values lists the nonzero values")
    func printValues() throws {
        let result = try milp("solve", TestFiles.fixture("workshop.mps"), "--print-values")
        #expect(result.output.contains("nonzero values (2 of 3):\n  CHAIRS   2\n  SHELVES  1\n"))
    }

    @Test("--stats lists the symmetry breaking, the root cut trial, the cut family trial, each separator and heuristic with its calls, finds, acceptances and time; --json carries them too")
    func searchStatistics() throws {
        let result = try milp("solve", TestFiles.instance("p0548.mps"), "--separators", "path-mir,knapsack-cover", "--no-cut-pool",
                              "--heuristics", "rens", "--stats")
        #expect(result.status == 0, "\(result.errors)")
        let table = try #require(result.output.components(separatedBy: "\n\n").last)
        let lines = table.split(separator: "\n").map { $0.split(separator: " ").map(String.init) }
        #expect(lines.first == ["component", "kind", "calls", "found", "accepted", "time"])
        #expect(lines.dropFirst().map { Array($0.prefix(2)) }
            == [["orbitope", "symmetry"], ["root-cut-trial", "restart"], ["cut-family-trial", "selection"], ["path-mir", "separator"], ["knapsack-cover", "separator"],
                ["rens", "heuristic"]])
        for line in lines.dropFirst() {
            let counts = line[2...4].compactMap(Int.init)
            #expect(counts.count == 3 && counts[2] <= counts[1], "\(line)")
            #expect(line.last == "s")
        }
        let json = try milp("solve", TestFiles.instance("p0548.mps"), "--separators", "path-mir", "--heuristics", "none",
                            "--no-symmetry-breaking", "--no-root-cut-trial", "--no-cut-family-trial", "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let search = try #require(object["search"] as? [[String: Any]])
        #expect(search.map { $0["name"] as? String } == ["path-mir", "cut-pool"])
        #expect((search.first?["calls"] as? Int ?? 0) > 0)
        let plain = try milp("solve", TestFiles.fixture("workshop.mps"), "--glpk-defaults", "--stats")
        #expect(plain.output.hasSuffix("no separator or heuristic of MILPKit's own ran\n"))
    }

    @Test("a GNU MathProg model with data solves, and its printf output appears before and after")
    func mathProg() throws {
        let result = try milp("solve", TestFiles.fixture("orchard.mod"), "--data", TestFiles.fixture("orchard.dat"))
        #expect(result.status == 0, "\(result.errors)")
        #expect(result.output.hasPrefix("planning 3 kinds of trees\n"))
        #expect(result.output.contains("objective   76\n"))
        #expect(result.output.hasSuffix("plant 5 rows of apple\nplant 9 rows of plum\n"))
    }

    @Test("--convert-only writes MPS and LP files that solve to the same optimum", arguments: ["mps", "lp"])
    func convertOnly(format: String) throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let converted = directory.appendingPathComponent("p0548.\(format)").path
        let conversion = try milp("solve", TestFiles.instance("p0548.mps"), "--write-\(format)", converted, "--convert-only")
        #expect(conversion.status == 0, "\(conversion.errors)")
        #expect(conversion.output.isEmpty)
        let result = try milp("solve", converted, "--json")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["objective"] as? Double == 8691)
    }

    @Test("usage errors exit with 64", arguments: [
        ["solve", "model.mps", "--time-limit", "soon"],
        ["solve", "model.mps", "--mip-gap", "2"],
        ["solve", "model.mps", "--cuts", "gomory,lift"],
        ["solve", "model.mps", "--separators", "path-mir,gomory"],
        ["solve", "model.mps", "--heuristics", "rins,feasibility-pump"],
        ["solve", "model.mps", "--portfolio", "--heuristics", "none"],
        ["solve", "model.mps", "--convert-only"],
        ["solve", "model.mps", "--portfolio", "--cuts", "all"],
        ["solve", "model.mps", "--data", "model.dat"],
    ])
    func usageErrors(arguments: [String]) throws {
        let result = try milp(arguments: arguments)
        #expect(result.status == MILPExitCode.usage.rawValue, "\(result.errors)")
    }

    @Test("an option out of range is refused naming its flag and the range", arguments: [
        (["--mip-gap", "2"], "--mip-gap: must be at least 0 and less than 1, got 2"),
        (["--node-limit", "0"], "--node-limit: must be at least 1 and at most 2147483647 nodes, got 0"),
        (["--integrality-tolerance", "0.5"], "--integrality-tolerance: must be greater than 0 and less than 0.5, got 0.5"),
        (["--time-limit", "2y"], "'2y' is not a time"),
    ])
    func optionRanges(flags: [String], message: String) throws {
        let result = try milp(arguments: ["solve", TestFiles.fixture("workshop.mps")] + flags)
        #expect(result.status == MILPExitCode.usage.rawValue)
        #expect(result.errors.contains(message), "\(result.errors)")
    }

    @Test("the limits and tolerances given as flags reach the solver")
    func limitFlags() throws {
        let result = try milp("solve", TestFiles.instance("p0548.mps"), "--node-limit", "1", "--glpk-defaults", "--no-presolve")
        #expect(result.status == MILPExitCode.limitWithSolution.rawValue || result.status == MILPExitCode.limitWithoutSolution.rawValue,
                "\(result.output)\(result.errors)")
        #expect(result.output.contains("node limit") || result.output.contains("nodeLimit"), "\(result.output)")
    }

    @Test("a file whose name does not tell the format is read by its first word, and refused when that does not tell either")
    func formatFromContent() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = directory.appendingPathComponent("workshop.txt")
        try FileManager.default.copyItem(atPath: TestFiles.fixture("workshop.mps"), toPath: model.path)
        let read = try milp("solve", model.path)
        #expect(read.status == 0, "\(read.errors)")
        #expect(read.output.contains("(free MPS)") || read.output.contains("(fixed MPS)"))
        let notes = directory.appendingPathComponent("notes.txt")
        try "shopping: milk, eggs\n".write(to: notes, atomically: true, encoding: .utf8)
        let refused = try milp("solve", notes.path)
        #expect(refused.status == MILPExitCode.inputError.rawValue)
        #expect(refused.errors.contains("cannot tell the format"))
    }

    @Test("--portfolio finds the optimum and names the winning configuration",
          arguments: [("p0548.mps", 8691.0), ("lseu.mps", 1120.0)])
    func portfolio(file: String, optimum: Double) throws {
        let result = try milp("solve", TestFiles.instance(file), "--portfolio", "--json", "--time-limit", "60")
        #expect(result.status == 0, "\(result.errors)")
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        #expect(object["objective"] as? Double == optimum)
        let configuration = try #require(object["configuration"] as? String)
        #expect(PortfolioSolver.standardGLPKEntrants.contains { configuration == "portfolio, won by \($0.name)" })
    }
}

@Suite("milp stats")
struct StatsCommandTests {
    @Test("prints the size of a model")
    func sizes() throws {
        let result = try milp("stats", TestFiles.fixture("workshop.mps"), "--json")
        #expect(result.status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any])
        let statistics = try #require(object["statistics"] as? [String: Any])
        #expect(statistics["rows"] as? Int == 3)
        #expect(statistics["columns"] as? Int == 3)
        #expect(statistics["nonzeros"] as? Int == 9)
        #expect(statistics["integers"] as? Int == 3)
    }
}

@Suite("--time-limit")
struct TimeLimitTests {
    @Test("plain seconds and numbers with units", arguments: [
        ("90", Duration.seconds(90)), ("2.5", .milliseconds(2500)), ("500ms", .milliseconds(500)),
        ("30s", .seconds(30)), ("2m", .seconds(120)), ("1h", .seconds(3600)), (" 1.5 min ", .seconds(90)), ("1e2", .seconds(100)),
    ])
    func accepted(text: String, expected: Duration) throws {
        #expect(try TimeLimit.parse(text) == expected)
    }

    @Test("anything else is refused", arguments: ["", "soon", "-5", "0", "0s", "10x", "inf", "nan", "5 parsecs", "1e12"])
    func refused(text: String) {
        #expect(throws: (any Error).self) { try TimeLimit.parse(text) }
    }
}
