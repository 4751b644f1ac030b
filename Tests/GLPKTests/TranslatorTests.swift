import Foundation
import GLPK
import MILP
import MILPFormats
import Testing

/// The fixtures next to this file.
private let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

private func fixture(_ name: String) -> URL { fixtures.appendingPathComponent(name) }

/// A fresh, empty temporary directory for one test.
private func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("milpkit-translator-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

@Suite("GNU MathProg translation")
struct TranslatorMathProgTests {
    @Test("translates the orchard model with its data, keeping the objective constant")
    func translatesOrchard() throws {
        let program = try MathProgModel(contentsOf: fixture("orchard.mod"), data: [fixture("orchard.dat")])
        #expect(program.model.variableDescriptions.map(\.name) == ["rows[apple]", "rows[pear]", "rows[plum]"])
        #expect(program.model.constraintDescriptions.map(\.name) == ["limit[land]", "limit[water]"])
        #expect(program.model.variableDescriptions.allSatisfy { $0.kind == .integer })
        #expect(program.model.objective.expression.constant == 5)
        #expect(program.warnings.isEmpty)
        #expect(program.output == "planning 3 kinds of trees\n")
    }

    @Test("solves to 76 and the statements after solve print the plan")
    func postsolve() throws {
        let program = try MathProgModel(contentsOf: fixture("orchard.mod"), data: [fixture("orchard.dat")])
        let solution = try GLPKSolver().solve(program.model)
        #expect(solution.objectiveValue == 76)
        #expect(try program.postsolve(solution) == "plant 5 rows of apple\nplant 9 rows of plum\n")
    }

    @Test("an error in a data file names the data file and line")
    func dataError() throws {
        let error = try #require(throws: ParseError.self) {
            try MathProgModel(contentsOf: fixture("orchard.mod"), data: [fixture("orchard-bad.dat")])
        }
        #expect(error.file.hasSuffix("orchard-bad.dat"))
        #expect(error.line == 7)
        #expect(error.message.hasPrefix("one item missing in data group beginning with water"))
    }

    @Test("an undeclared name in the model names the model file and line")
    func modelError() throws {
        let error = try #require(throws: ParseError.self) { try MathProgModel(contentsOf: fixture("undeclared.mod")) }
        #expect(error.file.hasSuffix("undeclared.mod"))
        #expect(error.line == 4)
        #expect(error.message.hasPrefix("z not defined"))
        #expect(error.sourceLine == "s.t. need: x + z >= 4;")
    }

    @Test("a model that needs data it was not given fails with a line, not an abort")
    func missingData() throws {
        let error = try #require(throws: ParseError.self) { try MathProgModel(contentsOf: fixture("orchard.mod")) }
        #expect(error.file.hasSuffix("orchard.mod"))
        #expect(error.line > 0)
    }
}

@Suite("GNU MathProg nesting")
struct MathProgNestingTests {
    /// Writes a model whose constraint is `prefix + "x" + suffix >= 1`, after `extra` lines.
    private func model(_ expression: String, extra: String = "", in directory: URL) throws -> URL {
        let url = directory.appendingPathComponent("nested.mod")
        try "var x >= 0;\nminimize z: x;\n\(extra)s.t. c: \(expression) >= 1;\nend;\n".write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("10,000 nested parentheses are refused with the line and column of the level past the limit")
    func deepParentheses() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try model(String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000), in: directory)
        let error = try #require(throws: ParseError.self) { try MathProgModel(contentsOf: url) }
        #expect(error.line == 3 && error.column == "s.t. c: ".count + 1001)
        #expect(error.message.hasPrefix("expressions nest deeper than 1000 levels"))
    }

    @Test("'if' and iterated operators count as levels until their bracket or statement ends")
    func operatorLevels() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let chain = String(repeating: "if 1 > 0 then ", count: 1_001) + "x"
        #expect(throws: ParseError.self) { try MathProgModel(contentsOf: try model(chain, in: directory)) }
        // 1,200 bracketed terms each open and close their own level.
        let terms = (0..<1_200).map { _ in "(if 1 > 0 then x else 0)" }.joined(separator: " + ")
        let program = try MathProgModel(contentsOf: try model(terms, in: directory))
        #expect(program.model[program.model.constraints[0]].terms.first?.coefficient == 1_200)
    }

    @Test("brackets in comments and strings do not count")
    func commentsAndStrings() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let comments = "# \(String(repeating: "(", count: 2_000))\n/* \(String(repeating: "[", count: 2_000)) */\n"
        // 990 parentheses and an 'if' are 991 levels; the string's 20 brackets would make 1,011.
        let expression = String(repeating: "(", count: 990) + "if '\(String(repeating: "(", count: 20))' = 'a' then 0 else x"
            + String(repeating: ")", count: 990)
        let program = try MathProgModel(contentsOf: try model(expression, extra: comments, in: directory))
        #expect(program.model.constraintCount == 1)
    }

    @Test("1,000 levels translate, even when called from a thread with a small stack")
    func deepestAcceptedOnSmallStack() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = try model(String(repeating: "(", count: 1_000) + "x" + String(repeating: ")", count: 1_000), in: directory)
        nonisolated(unsafe) var outcome: Result<MathProgModel, ParseError>?
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            outcome = Result { () throws(ParseError) in try MathProgModel(contentsOf: url) }
            done.signal()
        }
        thread.stackSize = 256 << 10
        thread.start()
        done.wait()
        let program = try #require(outcome).get()
        #expect(program.model.constraintCount == 1)
    }
}
