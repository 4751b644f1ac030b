import Foundation
import MILP
import MILPFormats
import Testing

/// CPLEX LP reading: the format as CPLEX, Gurobi and HiGHS document it.
@Suite("LP: reader")
struct LPReaderTests {
    private func read(_ text: String, isLenient: Bool = false) throws(ParseError) -> ModelFile {
        try LPReader(options: .init(isLenient: isLenient)).read(Data(text.utf8), fileName: "test.lp")
    }

    /// The bounds of each constraint, by name.
    private func rows(_ model: Model) -> [String: [Double]] {
        Dictionary(uniqueKeysWithValues: model.constraintDescriptions.map { ($0.name ?? "", [$0.lowerBound, $0.upperBound]) })
    }

    /// Each constraint's coefficients by variable name.
    private func coefficients(_ model: Model, _ row: String) throws -> [String: Double] {
        let constraint = try #require(model.constraint(named: row))
        return Dictionary(uniqueKeysWithValues: model[constraint].terms.map { (model[$0.variable].name ?? "", $0.coefficient) })
    }

    @Test("a whole model on one line")
    func oneLine() throws {
        let file = try read("Minimize a subject to a >= 1 end")
        #expect(file.format == .cplexLP)
        #expect(file.model.variableDescriptions.map(\.name) == ["a"])
        #expect(rows(file.model) == ["": [1, .infinity]])
        #expect(file.model.objective.sense == .minimize)
        #expect(file.model.name == "test")
    }

    @Test("section keywords in any case and their abbreviations", arguments: [
        ("minimize", "subject to", "bounds", "general", "binary", "end"),
        ("MINIMIZE", "SUBJECT TO", "BOUNDS", "GENERALS", "BINARIES", "END"),
        ("Min", "such that", "Bound", "Gen", "Bin", "End"),
        ("minimum", "st", "bounds", "integers", "binary", "end"),
        ("minimise", "s.t.", "bounds", "Integer", "bin", "end"),
        ("min", "ST.", "bounds", "gen", "binaries", "eNd"),
    ])
    func keywords(words: (String, String, String, String, String, String)) throws {
        let text = "\(words.0)\n cost: x + y + z\n\(words.1)\n c1: x + y + z >= 2\n\(words.2)\n x <= 4\n\(words.3)\n x\n\(words.4)\n y\n\(words.5)\n"
        let model = try read(text).model
        #expect(model.variableDescriptions.map(\.kind) == [.integer, .binary, .continuous])
        #expect(model.variableDescriptions[0].upperBound == 4)
        #expect(model.constraintCount == 1)
    }

    @Test("maximize in every spelling", arguments: ["maximize", "MAXIMISE", "Maximum", "max"])
    func maximize(word: String) throws {
        #expect(try read("\(word) x st x <= 1 end").model.objective.sense == .maximize)
    }

    @Test("constraints may be named after keywords, and names after a label are labels")
    func keywordNames() throws {
        let model = try read("""
            min
             obj: x
            st
             bounds: x + y >= 2
             free: x - y <= 1
             end: x <= 8
             st: y >= 0.5
            end
            """).model
        #expect(model.constraintDescriptions.map(\.name) == ["bounds", "free", "end", "st"])
    }

    @Test("constants on either side move to the bounds; ranges; a left side that is empty after moving constants")
    func constraintForms() throws {
        let model = try read("""
            min
             obj: x + y + 3
            st
             a: 3 + x >= 1
             b: 4 >= x + y
             c: -3 <= x - y <= 5
             d: 10 >= 2 x + 1 >= 4
             e: 2 >= 1
             f: x + y + 2 <= 7 + 1
             g: x - y >= -inf
             h: 2 x + 3 x - x = 8
            end
            """).model
        let expected: [String: [Double]] = [
            "a": [-2, .infinity], "b": [-.infinity, 4], "c": [-3, 5], "d": [3, 9], "e": [-.infinity, 1],
            "f": [-.infinity, 6], "g": [-.infinity, .infinity], "h": [8, 8],
        ]
        #expect(rows(model) == expected)
        #expect(model[model.constraint(named: "e")!].terms.isEmpty)
        #expect(try coefficients(model, "h") == ["x": 4])
        #expect(model.objective.expression.constant == 3)
    }

    @Test("names as other writers write them: starting with a period, and labels that are numbers")
    func otherWritersNames() throws {
        let model = try read("max\n 1: ...a + 2 b.c\nst\n 2: ...a + .5 b.c <= 3\n ...: ...a >= .25\nend").model
        #expect(model.variableDescriptions.map(\.name) == ["...a", "b.c"])
        #expect(model.constraintDescriptions.map(\.name) == ["2", "..."])
        #expect(try coefficients(model, "2") == ["...a": 1, "b.c": 0.5])
    }

    @Test("terms are written '3 x', '3x', '- x' or '+ 2.5e1 y'; numbers alone are constants")
    func terms() throws {
        let model = try read("max\n 3x - y + 2.5e1 z + .5 w - 1e-1 + 2 \n st\n c: 2x + - 3 y - -z >= 1\nend").model
        let objective = model.objective.expression
        #expect(objective.terms.map(\.coefficient) == [3, -1, 25, 0.5])
        #expect(abs(objective.constant - 1.9) < 1e-15)
        #expect(try coefficients(model, "c") == ["x": 2, "y": -3, "z": 1])
    }

    @Test("bounds in every form", arguments: [
        ("x <= 4", 0.0, 4.0), ("x >= -2", -2, .infinity), ("x = 3", 3, 3), ("2 <= x", 2, .infinity), ("4 >= x", 0, 4),
        ("-inf <= x <= 4", -.infinity, 4), ("-2 <= x <= +INF", -2, .infinity), ("x free", -.infinity, .infinity),
        ("x FREE", -.infinity, .infinity), ("x >= -infinity", -.infinity, .infinity), ("7 >= x >= 1", 1, 7),
        ("x < 4", 0, 4), ("x =< 4", 0, 4), ("x => 1", 1, .infinity), ("x > 1", 1, .infinity),
    ] as [(String, Double, Double)])
    func bounds(bound: String, lower: Double, upper: Double) throws {
        let model = try read("min\n x\nst\n c: x >= -10\nbounds\n \(bound)\nend").model
        #expect(model.variableDescriptions[0].lowerBound == lower)
        #expect(model.variableDescriptions[0].upperBound == upper)
    }

    @Test("comments: backslash to the end of the line, and \\* … *\\ across lines")
    func comments() throws {
        let model = try read("""
            \\ a comment
            \\* a block
               that spans lines *\\ minimize
             obj: x \\ a trailing comment
            st \\* inline *\\ c: x >= 1
            end
            """).model
        #expect(model.constraintCount == 1)
        #expect(model.variableCount == 1)
    }

    @Test("variables are numbered in the order they first appear, sections included")
    func variableOrder() throws {
        let model = try read("min\n obj: b + a\nst\n c: c + a >= 1\nbounds\n d <= 3\ngenerals\n e\nend").model
        #expect(model.variableDescriptions.map(\.name) == ["b", "a", "c", "d", "e"])
    }

    @Test("a name is one variable wherever it appears: among thousands, sharing its first 8 bytes, and in other Unicode spellings")
    func nameLookup() throws {
        let names = (0..<3000).map { "x\($0)" } + ["abcdefgh", "abcdefghi", "abcdefgi", "ABCDEFGH", "abcdefghij"]
        let constraints = names.enumerated().map { " c\($0.offset): \($0.element) >= \($0.offset)" }
        let model = try read("min\n obj: \(names.joined(separator: " + "))\nst\n\(constraints.joined(separator: "\n"))\nend").model
        #expect(model.variableDescriptions.map(\.name) == names)
        #expect(model.constraintDescriptions.map { $0.terms.map(\.variable.index) } == names.indices.map { [$0] })
        #expect(model.constraintDescriptions.map(\.lowerBound) == names.indices.map(Double.init))
        // Names compare as Swift strings do: the Kelvin sign is a K, and é is e with an acute accent.
        let unicode = try read("min\n obj: K + \u{212A} + \u{E9} + e\u{301}\nst\n c: \u{212A} >= 1\nend").model
        #expect(unicode.variableDescriptions.map(\.name) == ["K", "\u{E9}"])
        #expect(unicode.objective.expression.terms.map(\.coefficient) == [2, 2])
        let duplicate = #expect(throws: ParseError.self) { try read("min\n x\nst\n c\u{E9}: x >= 1\n ce\u{301}: x <= 2\nend") }
        #expect(duplicate?.message.hasPrefix("duplicate constraint name") == true)
    }

    @Test("semi-continuous sections in their spellings; with Generals, semi-integer")
    func semicontinuous() throws {
        for word in ["semi-continuous", "Semi-Continuous", "semis", "SEMI"] {
            let model = try read("min\n obj: x + y\nst\n c: x + y >= 1\nbounds\n 2 <= x <= 5\n y <= 9\n 3 <= y\ngeneral\n y\n\(word)\n x y\nend").model
            #expect(model.variableDescriptions.map(\.kind) == [.semicontinuous, .semiinteger])
            #expect(model.variableDescriptions.map(\.lowerBound) == [2, 3])
            #expect(model.variableDescriptions.map(\.upperBound) == [5, 9])
        }
    }

    @Test("a binary variable with bounds takes the integers of [0, 1] within them, with a warning")
    func binaryWithBounds() throws {
        let file = try read("min\n obj: x + y\nst\n c: x + y >= 1\nbounds\n x >= 1\nbinary\n x y\nend")
        #expect(file.model.variableDescriptions.map(\.kind) == [.integer, .binary])
        #expect(file.model.variableDescriptions[0].lowerBound == 1 && file.model.variableDescriptions[0].upperBound == 1)
        #expect(file.warnings.count == 1)
    }

    @Test("SOS1 and SOS2 sets become binaries and rows, ordered by weight")
    func specialOrderedSets() throws {
        let model = try read("""
            max
             obj: x + y + z + u + v
            st
             c: x + y + z + u + v <= 10
            bounds
             x <= 4
             -2 <= y <= 3
             z <= 5
             u <= 1
             v <= 1
            sos
             one: S1:: x:3 y:1 z:2
             two: s2:: u:1 v:2 x:3
            end
            """).model
        // SOS1 of three: three binaries, one row Σ ≤ 1, and x ≤ 4y₁, y ≤ 3y₂, y ≥ -2y₂, z ≤ 5y₃.
        // SOS2 of three: two binaries (u–v, v–x), Σ ≤ 1, and one upper row per member.
        #expect(model.variableCount == 5 + 3 + 2)
        #expect(model.constraintCount == 1 + (1 + 4) + (1 + 3))
        #expect(model.variableDescriptions[5...].allSatisfy { $0.kind == .binary })
        #expect(model.variableDescriptions.suffix(5).map(\.name) == ["one_1", "one_2", "one_3", "two_1", "two_2"])
        #expect(try coefficients(model, "one") == ["one_1": 1, "one_2": 1, "one_3": 1])
    }

    @Test("a set member without finite bounds is refused, naming the set, the variable and the line")
    func unboundedSet() {
        let error = #expect(throws: ParseError.self) { try read("min\n obj: x\nst\n c: x + y >= 1\nsos\n s: S1:: x:1 y:2\nend") }
        #expect(error?.line == 6)
        #expect(error?.message.contains("set 's' needs finite bounds on 'x'") == true)
    }

    @Test("indicator constraints become rows with a big-M from the bounds")
    func indicators() throws {
        let model = try read("""
            min
             obj: x
            st
             on: b = 1 -> x + y <= 3
             off: b = 0 -> x - y >= 1
             both: b = 1 -> x + 2 y = 4
            bounds
             x <= 8
             y <= 5
            binary
             b
            end
            """).model
        // x + y ≤ 3 + 10(1 − b); x − y ≥ 1 − 6b; x + 2y between 4 − 4(1 − b) and 4 + 14(1 − b).
        #expect(try coefficients(model, "on") == ["x": 1, "y": 1, "b": 10])
        #expect(rows(model)["on"] == [-.infinity, 13])
        #expect(try coefficients(model, "off") == ["x": 1, "y": -1, "b": 6])
        #expect(rows(model)["off"] == [1, .infinity])
        #expect(try coefficients(model, "both_upper") == ["x": 1, "y": 2, "b": 14])
        #expect(rows(model)["both_upper"] == [-.infinity, 18])
        #expect(try coefficients(model, "both_lower") == ["x": 1, "y": 2, "b": -4])
        #expect(rows(model)["both_lower"] == [0, .infinity])
    }

    @Test("refused: an indicator on a variable that is not binary, and one whose side has no finite bound", arguments: [
        ("min\n obj: x\nst\n c: b = 1 -> x <= 3\nbounds\n x <= 8\nend", 4, "is conditioned on 'b', which is not binary"),
        ("min\n obj: x\nst\n c: b = 1 -> x <= 3\nbinary\n b\nend", 4, "needs finite bounds on its variables"),
        ("min\n obj: x\nst\n c: 2 b = 1 -> x <= 3\nend", 4, "starts with 'binary = 1 ->' or 'binary = 0 ->'"),
    ])
    func badIndicators(text: String, line: Int, message: String) {
        let error = #expect(throws: ParseError.self) { try read(text) }
        #expect(error?.line == line)
        #expect(error?.message.contains(message) == true, "\(error.map(String.init(describing:)) ?? "")")
    }

    @Test("errors name the line and column, with the line's text and a caret", arguments: [
        ("min\n obj: x + [ x ^ 2 ] / 2\nend", 2, 11, "quadratic terms ('[ … ]', '^', '*') are not supported: MILPKit solves linear models only"),
        ("min\n x\nst\n c: x 2 y <= 9\nend", 4, 7, "expected '+' or '-' before another term, or <=, >= or = after the left-hand side, found '2'"),
        ("min\n x\nst\n c: x + <= 9\nend", 4, 9, "expected a number or a variable after '+', found '<='"),
        ("min\n x\nst\n c: x <= y\nend", 4, 10, "expected a number for the right-hand side, found 'y'"),
        ("min\n x\nst\n c: x <= 1\n c: x >= 0\nend", 5, 2, "duplicate constraint name 'c' (first on line 4)"),
        ("min\n x\nst\n c: 1 <= x >= 0\nend", 4, 12, "a ranged constraint reads 'lower <= expression <= upper' (or '>=' twice)"),
        ("min\n x\nst\n c: x >= 1 <= 3\nend", 4, 12, "a ranged constraint starts with its lower end"),
        ("x + y\nst\n c: x >= 1\nend", 1, 1, "expected Minimize or Maximize at the start of a CPLEX LP file, found 'x'"),
        ("min\n x\nst\n c: x >= 1\nbounds\n x : 3\nend", 6, 4, "expected <=, >= or = after the variable 'x' (or 'free'), found ':'"),
        ("min\n x\nst\n c: x >= 1\ngeneral\n 3\nend", 6, 2, "expected a variable name in the Generals section, found '3'"),
        ("min\n x\nst\n c: x >= 1\nsos\n s: S3:: x:1\nend", 6, 5, "expected 'S1::' or 'S2::'"),
        ("min\n x\nst\n c: x >= 1\nsos\n s: S1:: x:1 y:1\nend", 6, 16, "'y' and 'x' have the same weight 1"),
        ("min\n x\nst\n c: x >= 1e999\nend", 4, 10, "the number '1e999' is too large for a double"),
        ("min\n x\ngeneral constraints\n g: x = MAX(y, z)\nend", 3, 1, "section 'general' is not supported: MILPKit reads linear models, without general constraints"),
        ("min\n x\nPWLObj\nend", 3, 1, "section 'PWLObj' is not supported"),
        ("min\n x\nmax\n y\nend", 3, 1, "a second objective"),
        ("min\n x \\* never closed\nend", 2, 4, "the comment opened here with \\* is not closed with *\\"),
    ] as [(String, Int, Int, String)])
    func errors(text: String, line: Int, column: Int, message: String) {
        let error = #expect(throws: ParseError.self) { try read(text) }
        #expect(error?.line == line, "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.column == column, "\(error.map(String.init(describing:)) ?? "")")
        #expect(error?.message.hasPrefix(message) == true, "\(error?.message ?? "")")
        #expect(error?.file == "test.lp")
        #expect(error?.sourceLine == text.split(separator: "\n", omittingEmptySubsequences: false)[line - 1].description)
    }

    @Test("a file without End is refused as cut short, and read with a warning when lenient")
    func missingEnd() throws {
        let text = "min\n obj: x\nst\n c: x >= 1\nbounds\n x <= 3\n"
        let error = #expect(throws: ParseError.self) { try read(text) }
        #expect(error?.line == 7)
        #expect(error?.message == "the file ends in the Bounds section without End, so it may be cut short")
        #expect(error?.isIncompleteFile == true)
        let lenient = try read(text, isLenient: true)
        #expect(lenient.warnings.map(\.message) == ["the file ends in the Bounds section without End, so it may be cut short"])
        #expect(lenient.model.variableDescriptions[0].upperBound == 3)
    }

    @Test("text after End is ignored with a warning")
    func afterEnd() throws {
        let file = try read("min\n x\nst\n c: x >= 1\nend\n\nanything here\n")
        #expect(file.warnings.map(\.line) == [7])
        #expect(file.model.constraintCount == 1)
    }

    @Test("CRLF line ends and gzip-compressed data read like the original")
    func lineEndsAndGzip() throws {
        let text = "min\n obj: x + y\nst\n c: x + y >= 1\n d: x - y <= 3\nend\n"
        let original = try read(text).model
        let crlf = try read(text.replacingOccurrences(of: "\n", with: "\r\n")).model
        let compressed = try LPReader().read(Gzip.compress(Data(text.utf8)), fileName: "test.lp.gz").model
        for model in [crlf, compressed] {
            #expect(MPSTestSupport.areEquivalent(original, model))
        }
        let broken = text.replacingOccurrences(of: "end\n", with: " e: x + : y\nend\n").replacingOccurrences(of: "\n", with: "\r\n")
        let error = #expect(throws: ParseError.self) { try read(broken) }
        #expect(error?.line == 6)
    }
}
