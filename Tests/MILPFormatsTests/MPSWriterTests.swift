import Foundation
import MILP
import MILPFormats
import Testing

/// MPS writing: what is written, and that reading it back gives the same model.
@Suite("MPS: writer")
struct MPSWriterTests {
    /// A model using every bound form, row form and kind (semi-continuous ones included), with an
    /// objective constant.
    static func richModel() -> Model {
        var model = Model(name: "rich")
        let free = model.addVariable("free", lowerBound: -.infinity, upperBound: .infinity)
        let below = model.addVariable("below", lowerBound: -.infinity, upperBound: -2)
        let boxed = model.addVariable("boxed", lowerBound: 1.5, upperBound: 7.25)
        let fixed = model.addVariable("fixed", lowerBound: 4, upperBound: 4)
        let count = model.addVariable("count", kind: .integer)
        let signed = model.addVariable("signed", kind: .integer, lowerBound: -5, upperBound: 5)
        let unit = model.addVariable("unit", kind: .integer, lowerBound: 0, upperBound: 1)
        let pick = model.addVariable("pick", kind: .binary)
        let negative = model.addVariable("negative", lowerBound: -3, upperBound: -1)
        let unused = model.addVariable("unused", upperBound: 2)
        _ = unused
        let scale = model.addVariable("scale", kind: .semicontinuous, lowerBound: 2, upperBound: 5)
        let batch = model.addVariable("batch", kind: .semiinteger, lowerBound: 3, upperBound: 10)
        let open = model.addVariable("open", kind: .semicontinuous, lowerBound: 1.5)
        let debt = model.addVariable("debt", kind: .semicontinuous, lowerBound: -4, upperBound: -1)
        model.addConstraint(scale + batch + open + debt <= 20, name: "mixed")
        model.addConstraint(free + 2 * below - boxed <= 10, name: "le")
        model.addConstraint(3 * fixed + count >= -4, name: "ge")
        model.addConstraint(signed + unit + pick == 1, name: "eq")
        model.addConstraint(0.1 * free + negative, in: 0.5...2.25, name: "range")
        model.addConstraint(count - signed, in: -1e6...2.5, name: "wide")
        model.maximize(3 * free - 2 * below + 0.5 * boxed + pick + 7)
        return model
    }

    private func roundTrip(_ model: Model, format: MPSFormat = .free) throws -> ModelFile {
        let text = MPSWriter(format: format).write(model)
        return try MPSReader(options: .init(format: format)).read(Data(text.utf8), fileName: "roundtrip.mps")
    }

    @Test("writing then reading gives the same model", arguments: MPSFormat.allCases)
    func richRoundTrip(format: MPSFormat) throws {
        let model = Self.richModel()
        let parsed = try roundTrip(model, format: format)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.model.name == "rich")
        #expect(MPSTestSupport.areEquivalent(model, parsed.model))
    }

    /// The public instances under 250 kB, which round-trip in well under a second in a debug build.
    static let smallPublicInstances = MPSPublicInstanceTests.sizes.keys.sorted().filter { file in
        let url = MPSTestSupport.publicInstances.appendingPathComponent(file)
        return ((try? url.resourceValues(forKeys: [.fileSizeKey]))?.fileSize ?? .max) < 250_000
    }

    @Test("public instances survive a free MPS round trip unchanged", arguments: smallPublicInstances)
    func publicRoundTrip(file: String) throws {
        let original = try MPSReader().read(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent(file)).model
        let parsed = try roundTrip(original)
        #expect(MPSTestSupport.areEquivalent(original, parsed.model))
    }

    @Test("ranged rows read back exactly, through a G or an L row as the arithmetic allows", arguments: [
        (0.1, 0.3), (-0.7, 0.1), (1.0 / 3, 2.0 / 3), (1e-9, 1e9), (0.7, 123.456),
    ])
    func rangedRows(lower: Double, upper: Double) throws {
        var model = Model()
        let x = model.addVariable("x")
        model.addConstraint(LinearExpression(x), in: lower...upper, name: "r")
        let row = try #require(MPSTestSupport.row("r", in: try roundTrip(model).model))
        #expect(row.lower == lower)
        #expect(row.upper == upper)
    }

    @Test("a small model is written as expected")
    func writtenText() {
        var model = Model(name: "tiny")
        let x = model.addVariable("x", kind: .integer, upperBound: 4)
        let y = model.addVariable("y", lowerBound: -1)
        model.addConstraint(x + 2 * y, in: 1...3, name: "cap")
        model.maximize(x + y + 5)
        #expect(MPSWriter().write(model) == """
            NAME tiny
            OBJSENSE
                MAX
            ROWS
             N  obj
             G  cap
            COLUMNS
                MARKER    'MARKER'            'INTORG'
                x         obj       1         cap       1
                MARKER    'MARKER'            'INTEND'
                y         obj       1         cap       2
            RHS
                RHS       obj       -5
                RHS       cap       1
            RANGES
                RNG       cap       2
            BOUNDS
             UP BND       x         4
             LO BND       y         -1
            ENDATA

            """)
    }

    @Test("fixed MPS puts fields at their columns")
    func fixedColumns() {
        var model = Model(name: "tiny")
        let x = model.addVariable("x")
        model.addConstraint(2 * x <= 3, name: "cap")
        model.minimize(LinearExpression(x))
        let lines = MPSWriter(format: .fixed).write(model).split(separator: "\n")
        #expect(lines.contains(Substring(MPSTestSupport.fixedLine("", "x", "obj", "1", "cap", "2"))))
        #expect(lines.contains(Substring(MPSTestSupport.fixedLine("", "RHS", "cap", "3"))))
    }

    @Test("missing, repeated and unwritable names are replaced by distinct generated ones")
    func generatedNames() throws {
        var model = Model()
        model.addVariable("x1")
        model.addVariable()
        model.addVariable("x1")
        model.addVariable("a space")
        model.addVariable("$dollar")
        model.addConstraint(model.variables.sum() <= 1, name: "obj")
        model.addConstraint(model.variables.sum() >= 0)
        let parsed = try roundTrip(model)
        #expect(parsed.model.variableDescriptions.map(\.name) == ["x1", "x_0", "x2", "x3", "x4"])
        #expect(parsed.model.constraintDescriptions.map(\.name) == ["obj", "c1"])
        #expect(MPSTestSupport.areEquivalent(model, parsed.model, comparingNames: false))
        let fixed = try roundTrip(model, format: .fixed)
        #expect(fixed.model.variableDescriptions[3].name == "a space")
    }

    @Test("fixed MPS replaces names longer than 8 bytes and rounds numbers to 12 characters")
    func fixedLimits() throws {
        var model = Model()
        let x = model.addVariable("a_long_variable_name")
        model.addConstraint(x <= 1.0 / 3, name: "short")
        let parsed = try roundTrip(model, format: .fixed)
        #expect(parsed.model.variableDescriptions[0].name == "x0")
        let bound = try #require(MPSTestSupport.row("short", in: parsed.model)).upper
        #expect(abs(bound - 1.0 / 3) < 1e-10)
    }

    @Test("a free row is written as an N row, which reading drops with a warning")
    func freeRow() throws {
        var model = Model()
        let x = model.addVariable("x")
        model.addConstraint(LinearConstraint(LinearExpression(x)), name: "anything")
        model.addConstraint(x <= 1, name: "cap")
        let parsed = try roundTrip(model)
        #expect(parsed.model.constraintDescriptions.map(\.name) == ["cap"])
        #expect(parsed.warnings.map(\.message) == ["free row 'anything' (type N) is not the objective and is dropped"])
    }

    @Test("a .gz path is written compressed and reads back")
    func compressedFile() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("MPSWriterTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("rich.mps.gz")
        let model = Self.richModel()
        try MPSWriter().write(model, to: url)
        #expect(Gzip.isCompressed(try Data(contentsOf: url)))
        #expect(MPSTestSupport.areEquivalent(model, try MPSReader().read(contentsOf: url).model))
    }
}
