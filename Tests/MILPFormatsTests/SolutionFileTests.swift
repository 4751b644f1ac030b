import MILP
import MILPFormats
import Testing

@Suite("Solution files as MIP starts")
struct SolutionFileTests {
    /// A model with variables x, y and an unnamed third one, called x2 in files.
    private func model() -> (Model, [Variable]) {
        var model = Model()
        let variables = [model.addVariable("x"), model.addVariable("y", kind: .integer), model.addVariable()]
        return (model, variables)
    }

    @Test("a file that begins with =obj= is a complete solution: unlisted variables are 0")
    func completeSolution() throws {
        let (model, variables) = model()
        let start = try SolutionFile.start(in: "=obj= 12\nx 1.5\r\n\n# a comment\nx2 3\n", file: "s.sol", for: model)
        #expect(start.isComplete(for: model))
        #expect(start[variables[0]] == 1.5 && start[variables[1]] == 0 && start[variables[2]] == 3)
    }

    @Test("a file without =obj= gives the listed variables only")
    func partialStart() throws {
        let (model, variables) = model()
        let start = try SolutionFile.start(in: "y 4\n", file: "s.sol", for: model)
        #expect(start.count == 1 && start[variables[1]] == 4)
        #expect(!start.isComplete(for: model))
    }

    @Test("mistakes are errors naming the line and column", arguments: [
        ("=obj= 1\nx 1\nz 2\n", 3, 1, "unknown variable 'z'"),
        ("x 1\nx 2\n", 2, 1, "variable 'x' was already given on line 1"),
        ("x one\n", 1, 3, "expected a number, got 'one'"),
        ("x 1 2\n", 1, 1, "expected 'NAME VALUE', got 3 fields"),
        ("x 1\n=obj= 3\n", 2, 1, "'=obj=' must be the first line"),
        ("=infeas=\n", 1, 1, "the file records an infeasible model, not a solution"),
        ("x inf\n", 1, 3, "expected a number, got 'inf'"),
    ])
    func mistakes(text: String, line: Int, column: Int, message: String) throws {
        let (model, _) = model()
        let error = try #require(throws: ParseError.self) { try SolutionFile.start(in: text, file: "s.sol", for: model) }
        #expect(error.file == "s.sol" && error.line == line && error.column == column)
        #expect(error.message == message)
    }

    @Test("a file with no values is an error")
    func emptyFile() throws {
        let (model, _) = model()
        let error = try #require(throws: ParseError.self) { try SolutionFile.start(in: "\n# nothing\n", file: "s.sol", for: model) }
        #expect(error.message == "the file gives no values")
    }
}
