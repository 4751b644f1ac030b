import Foundation
import MILP
import Testing
@testable import MILPCommand

/// Inputs that once ended `milp solve` with an abort (exit 134) or a stack overflow (exit 139).
@Suite("milp solve never crashes on GLPK's account")
struct SolveRobustnessTests {
    /// `coefficient x + y >= 1` in `format`.
    private func model(coefficient: String, format: String) -> String {
        switch format {
        case "lp":
            return "Minimize\n obj: x + y\nSubject To\n c1: \(coefficient) x + y >= 1\nEnd\n"
        default:
            return """
                NAME          SCALE
                ROWS
                 N  obj
                 G  c1
                COLUMNS
                    x         obj       1              c1        \(coefficient)
                    y         obj       1              c1        1
                RHS
                    rhs       c1        1
                ENDATA

                """
        }
    }

    @Test("a coefficient GLPK cannot scale is refused with exit 65, naming the row and the column",
          arguments: ["lp", "mps"], ["1e300", "1e-300"])
    func unscalableCoefficient(format: String, coefficient: String) throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("scale.\(format)")
        try model(coefficient: coefficient, format: format).write(to: file, atomically: true, encoding: .utf8)
        let result = try milp("solve", file.path)
        #expect(result.status == MILPExitCode.inputError.rawValue, "\(result.errors)")
        #expect(result.errors.hasPrefix("milp: error: invalid model: constraint 'c1' has coefficient \(Double(coefficient)!) on variable 'x'"))
    }

    @Test("a GMPL model nesting 10,000 parentheses is refused with exit 65 and its line and column")
    func deepNesting() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("deep.mod")
        let expression = String(repeating: "(", count: 10_000) + "x" + String(repeating: ")", count: 10_000)
        try "var x >= 0;\nminimize z: x;\ns.t. c: \(expression) >= 1;\nend;\n".write(to: file, atomically: true, encoding: .utf8)
        let result = try milp("solve", file.path)
        #expect(result.status == MILPExitCode.inputError.rawValue, "\(result.errors)")
        #expect(result.errors.hasPrefix("\(file.path):3:1009: error: expressions nest deeper than 1000 levels"))
    }

    @Test("an error GLPK reports ends the solve with exit 30 and GLPK's message")
    func glpkFailure() throws {
        let directory = try TestFiles.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // GLPK's MIP presolver fails an assertion on this valid model (glpsol aborts on it).
        let file = directory.appendingPathComponent("presolver.lp")
        try """
            Minimize
             obj: - 1.90920878102759 y2 + 0.001 s3
            Subject To
             r1: 999 y2 - 1.68393731549225 y1 >= 8.01022781855765
             r1u: 999 y2 - 1.68393731549225 y1 <= 16.0214556362762
             r2: 1000 s3 + 999 y2 - 0.0676708439240242 y1 = -0.0822793224663099
             r3: - 0.128295422445191 s3 + 1000 y2 - 0.001 y1 <= 3000
            Bounds
             s3 = 0
            Generals
             y1
             y2
            End

            """.write(to: file, atomically: true, encoding: .utf8)
        let forced = try milp("solve", file.path, "--presolve")
        #expect(forced.status == MILPExitCode.numericalFailure.rawValue, "\(forced.output)\(forced.errors)")
        #expect(forced.errors.hasPrefix("milp: error: GLPK failed: Assertion failed: "))
        let fallback = try milp("solve", file.path)
        #expect(fallback.status == MILPExitCode.infeasible.rawValue, "\(fallback.output)\(fallback.errors)")
    }
}
