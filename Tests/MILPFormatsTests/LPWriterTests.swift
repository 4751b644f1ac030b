import Foundation
import MILP
import MILPFormats
import Testing

/// CPLEX LP writing: what is written, and that reading it back gives the same model.
@Suite("LP: writer")
struct LPWriterTests {
    private func roundTrip(_ model: Model) throws -> ModelFile {
        try LPReader().read(Data(LPWriter().write(model).utf8), fileName: "roundtrip.lp")
    }

    @Test("writing then reading gives the same model: every bound, row form and kind, semi-continuous included")
    func richRoundTrip() throws {
        var model = MPSWriterTests.richModel()
        // Rows the LP format writes in forms of their own: free, and without variables.
        let free = model.variable(named: "free")!
        model.addConstraint(LinearConstraint(lowerBound: -.infinity, 2 * free, upperBound: .infinity), name: "unbounded")
        model.addConstraint(LinearConstraint(lowerBound: -1, LinearExpression(), upperBound: 4), name: "empty")
        let parsed = try roundTrip(model)
        #expect(parsed.warnings.isEmpty)
        #expect(MPSTestSupport.areEquivalent(model, parsed.model, comparingNames: false))
        // 'free' is a word of the Bounds section, so that variable is renamed; the others keep their names.
        let names = model.variableDescriptions.map(\.name), read = parsed.model.variableDescriptions.map(\.name)
        #expect(zip(names, read).filter { $0 != $1 }.map(\.0) == ["free"])
        #expect(parsed.model.constraintDescriptions.map(\.name) == model.constraintDescriptions.map(\.name))
    }

    @Test("a minimisation without an objective or constraints reads back")
    func emptyModel() throws {
        var model = Model(name: "empty")
        model.addVariable("x", upperBound: 2)
        #expect(MPSTestSupport.areEquivalent(model, try roundTrip(model).model))
    }

    @Test("public instances survive an LP round trip unchanged", arguments: MPSWriterTests.smallPublicInstances)
    func publicRoundTrip(file: String) throws {
        let original = try ModelFile.read(MPSTestSupport.publicInstances.appendingPathComponent(file)).model
        // Names the format cannot hold (netlib's '....01', MIPLIB's '2') are replaced.
        #expect(MPSTestSupport.areEquivalent(original, try roundTrip(original).model, comparingNames: false))
    }

    @Test("names the format cannot hold are replaced by unique ones, and the notes say so")
    func renamesOddNames() throws {
        var model = Model(name: "odd names")
        let names = ["a b", "a_b", "1st", "x1", "dé", String(repeating: "n", count: 300), "tab\tbed", "free", "Subject", "x[1,2]"]
        let variables = names.map { model.addVariable($0, upperBound: 1) }
        model.addConstraint(LinearExpression(variables.map { ($0, 1.0) }) <= 3, name: "-limit-")
        model.addConstraint(LinearExpression(variables.map { ($0, 1.0) }) >= 1, name: "c1")
        model.maximize(LinearExpression(variables.map { ($0, 1.0) }, constant: 2))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("lp-writer-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("odd.lp.gz")
        let notes = try LPWriter().write(model, to: url)
        #expect(notes == [
            "renamed 9 variables for the CPLEX LP format, such as 'a b' to 'a_b'",
            "renamed 1 constraint for the CPLEX LP format, such as '-limit-' to '~limit~'",
        ])
        #expect(Gzip.isCompressed(try Data(contentsOf: url)))
        let copy = try ModelFile.read(url).model
        #expect(copy.variableDescriptions.map(\.name) == ["a_b", "x_0", "x2", "x1", "x4", "x5", "x6", "x7", "x8", "x(1,2)"])
        #expect(copy.constraintDescriptions.map(\.name) == ["~limit~", "c1"])
        #expect(MPSTestSupport.areEquivalent(model, copy, comparingNames: false))
    }

    @Test("the text: every variable in the objective, sections, ranges, bounds, and long rows broken over lines")
    func text() {
        var model = Model(name: "shop")
        let x = model.addVariables(count: 10, kind: .integer, upperBound: 5) { "x\($0)" }
        let pick = model.addVariable("pick", kind: .binary)
        let scale = model.addVariable("scale", kind: .semiinteger, lowerBound: 2, upperBound: 8)
        model.addConstraint(x.sum() - 2.5 * pick, in: -3...7, name: "range")
        model.addConstraint(scale - x[0] >= 1, name: "need")
        model.minimize(x[0] - 3 * pick - 1.5)
        #expect(LPWriter().write(model) == """
            \\ Model shop
            Minimize
             obj: x0 + 0 x1 + 0 x2 + 0 x3 + 0 x4 + 0 x5 + 0 x6 + 0 x7
                + 0 x8 + 0 x9 - 3 pick + 0 scale - 1.5
            Subject To
             range: -3 <= x0 + x1 + x2 + x3 + x4 + x5 + x6 + x7
                + x8 + x9 - 2.5 pick <= 7
             need: - x0 + scale >= 1
            Bounds
             x0 <= 5
             x1 <= 5
             x2 <= 5
             x3 <= 5
             x4 <= 5
             x5 <= 5
             x6 <= 5
             x7 <= 5
             x8 <= 5
             x9 <= 5
             2 <= scale <= 8
            Generals
             x0 x1 x2 x3 x4 x5 x6 x7
             x8 x9 scale
            Binaries
             pick
            Semi-Continuous
             scale
            End

            """)
    }
}
