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

@Suite("CPLEX LP reading")
struct TranslatorLPReadingTests {
    @Test("reads names, bounds, kinds and the objective of the bakery model")
    func readsBakery() throws {
        let model = try CPLEXLPReader().read(contentsOf: fixture("bakery.lp")).model
        #expect(model.variableDescriptions.map(\.name) == ["bread", "cakes", "pies", "van"])
        #expect(model.constraintDescriptions.map(\.name) == ["oven", "flour", "delivery", "balance"])
        let bread = try #require(model.variable(named: "bread")), van = try #require(model.variable(named: "van"))
        let pies = try #require(model.variable(named: "pies")), cakes = try #require(model.variable(named: "cakes"))
        #expect(model[bread].kind == .integer && model[bread].upperBound == 10)
        #expect(model[van].kind == .binary)
        #expect(model[pies].kind == .continuous && model[pies].lowerBound == 0 && model[pies].upperBound == 6)
        #expect(model[cakes].upperBound == .infinity)
        #expect(model.objective.sense == .maximize)
        let oven = try #require(model.constraint(named: "oven"))
        #expect(model[oven].terms.map(\.coefficient) == [2, 3, 2.5])
        #expect(model[oven].lowerBound == -.infinity && model[oven].upperBound == 40)
    }

    @Test("the bakery model solves to 716/3")
    func solvesBakery() throws {
        let model = try CPLEXLPReader().read(contentsOf: fixture("bakery.lp")).model
        let solution = try GLPKSolver().solve(model)
        #expect(solution.termination.reason == .optimal)
        #expect(abs(try #require(solution.objectiveValue) - 716.0 / 3) < 1e-9)
    }

    @Test("a syntax error names the file, the line, GLPK's complaint and the line's text")
    func syntaxError() throws {
        let error = try #require(throws: ParseError.self) { try CPLEXLPReader().read(contentsOf: fixture("missing-operator.lp")) }
        #expect(error.file.hasSuffix("missing-operator.lp"))
        #expect(error.line == 5)
        #expect(error.message == "missing constraint sense")
        #expect(error.sourceLine == " supply: x 2 y <= 9")
    }

    @Test("missing files, directories and empty files are refused before GLPK sees them",
          arguments: ["missing", "directory", "empty"])
    func unreadableInputs(kind: String) throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url: URL
        switch kind {
        case "directory": url = directory
        case "empty":
            url = directory.appendingPathComponent("empty.lp")
            try Data().write(to: url)
        default: url = directory.appendingPathComponent("absent.lp")
        }
        let error = try #require(throws: ParseError.self) { try CPLEXLPReader().read(contentsOf: url) }
        #expect(error.line == 0)
        let expected = ["missing": "no such file", "directory": "is a directory, not a model file", "empty": "the file is empty"][kind]
        #expect(error.message == expected)
    }
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

@Suite("CPLEX LP writing")
struct TranslatorLPWritingTests {
    @Test("a written model reads back with the same optimum")
    func roundTrip() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let model = try CPLEXLPReader().read(contentsOf: fixture("bakery.lp")).model
        let url = directory.appendingPathComponent("bakery-copy.lp")
        #expect(try CPLEXLPWriter().write(model, to: url).isEmpty)
        let copy = try CPLEXLPReader().read(contentsOf: url).model
        #expect(copy.variableDescriptions == model.variableDescriptions)
        let solution = try GLPKSolver().solve(copy)
        #expect(abs(try #require(solution.objectiveValue) - 716.0 / 3) < 1e-9)
    }

    @Test("names the format cannot hold are replaced by unique ones, and the notes say so")
    func renamesOddNames() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var model = Model(name: "odd names")
        let names = ["a b", "a_b", "1st", "x1", "dé", String(repeating: "n", count: 300), "tab\tbed", "free"]
        let variables = names.map { model.addVariable($0, upperBound: 1) }
        model.addConstraint(LinearExpression(variables.map { ($0, 1.0) }) <= 3, name: "-limit-")
        model.maximize(LinearExpression(variables.map { ($0, 1.0) }, constant: 2))
        let url = directory.appendingPathComponent("odd.lp")
        let notes = try CPLEXLPWriter().write(model, to: url)
        #expect(notes.count == 3)
        #expect(notes.contains { $0.hasPrefix("renamed 7 variables") })
        #expect(notes.contains { $0.hasPrefix("renamed 1 constraint") })
        #expect(notes.contains { $0.contains("objective constant 2") })
        let copy = try CPLEXLPReader().read(contentsOf: url).model
        let copiedNames = copy.variableDescriptions.compactMap(\.name)
        #expect(Set(copiedNames).count == names.count)
        #expect(copiedNames.prefix(2) == ["a_b", "x2"])
        #expect(copy.constraintDescriptions.map(\.name) == ["~limit~"])
        #expect(try GLPKSolver().solve(copy).objectiveValue == 3)
    }

    @Test("a model without constraints gets the one empty constraint GLPK's reader needs")
    func noConstraints() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var model = Model(name: "bounds only")
        let x = model.addVariable("x", kind: .integer, lowerBound: 1, upperBound: 4.5)
        model.maximize(2 * x)
        let url = directory.appendingPathComponent("bounds.lp")
        #expect(try CPLEXLPWriter().write(model, to: url).count == 1)
        let copy = try CPLEXLPReader().read(contentsOf: url).model
        #expect(copy.constraintCount == 1 && copy.constraintDescriptions[0].terms.isEmpty)
        #expect(try GLPKSolver().solve(copy).objectiveValue == 8)
    }

    @Test("a file that cannot be created is an error naming it")
    func unwritable() throws {
        var model = Model()
        model.minimize(model.addVariable("x"))
        let url = URL(fileURLWithPath: "/nonexistent-directory/model.lp")
        let error = try #require(throws: CPLEXLPWriteError.self) { try CPLEXLPWriter().write(model, to: url) }
        guard case let .cannotWrite(file, _) = error else { Issue.record("unexpected \(error)"); return }
        #expect(file == url.path)
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
