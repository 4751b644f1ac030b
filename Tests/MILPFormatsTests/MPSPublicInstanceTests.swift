import Foundation
import MILP
import MILPFormats
import Testing

/// Every file in `Instances/public` reads with the sizes GLPK reports for it.
@Suite("MPS: public instances")
struct MPSPublicInstanceTests {
    /// Sizes as `glpsol --check` reports them (rows without the objective, matrix nonzeros,
    /// integer columns). GLPK rejects `comment.mps`, `sctest.mps` (blank lines) and
    /// `silly-names.mps` (inline OBJSENSE); their sizes were counted by hand, and for `sctest.mps`
    /// checked with glpsol after deleting its blank lines.
    static let sizes: [String: (rows: Int, columns: Int, nonzeros: Int, integers: Int)] = [
        "2171.mps": (98, 5, 490, 4),
        "25fv47.mps": (821, 1571, 10400, 0),
        "80bau3b.mps": (2262, 9799, 21002, 0),
        "adlittle.mps": (56, 97, 383, 0),
        "afiro.mps": (27, 32, 83, 0),
        "bell5.mps": (91, 104, 266, 58),
        "blending.mps": (2, 2, 4, 0),
        "comment.mps": (3, 2, 6, 0),
        "dcmulti.mps": (290, 548, 1315, 75),
        "e226.mps": (223, 282, 2578, 0),
        "egout.mps": (98, 141, 282, 55),
        "etamacro.mps": (400, 688, 2409, 0),
        "flugpl.mps": (18, 18, 46, 11),
        "forest6.mps": (66, 95, 210, 0),
        "gas11.mps": (459, 862, 2166, 0),
        "gesa2.mps": (1392, 1224, 5064, 408),
        "greenbea.mps": (2392, 5405, 30877, 0),
        "gt2.mps": (29, 188, 376, 188),
        "infeasible-mip0.mps": (11, 9, 84, 6),
        "infeasible-mip1.mps": (38, 22, 281, 11),
        "israel.mps": (174, 142, 2269, 0),
        "klein1.mps": (54, 54, 696, 0),
        "lseu.mps": (28, 89, 309, 89),
        "p01.mps": (30, 210, 420, 210),
        "p0548.mps": (176, 548, 1711, 548),
        "perold.mps": (625, 1376, 6018, 0),
        "rgn.mps": (24, 180, 460, 100),
        "scrs8.mps": (490, 1169, 3182, 0),
        "sctest.mps": (10, 6, 29, 0),
        "shell.mps": (536, 1775, 3556, 0),
        "silly-names.mps": (1, 5, 5, 0),
        "small_mip.mps": (5, 8, 14, 2),
        "sp150x300d.mps": (450, 600, 1200, 300),
        "stair.mps": (356, 467, 3856, 0),
        "standata.mps": (359, 1075, 3031, 0),
        "standmps.mps": (467, 1075, 3679, 0),
        "woodinfe.mps": (35, 89, 140, 0),
    ]

    @Test("the table covers every MPS file in Instances/public but garbage.mps")
    func tableIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: MPSTestSupport.publicInstances.path)
            .filter { $0.hasSuffix(".mps") && $0 != "garbage.mps" }
        #expect(Set(files) == Set(Self.sizes.keys))
    }

    @Test("reads with GLPK's sizes", arguments: sizes.keys.sorted())
    func sizesMatchGLPK(file: String) throws {
        let parsed = try MPSReader().read(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent(file))
        let statistics = parsed.model.statistics
        let expected = try #require(Self.sizes[file])
        #expect(statistics.rows == expected.rows)
        #expect(statistics.columns == expected.columns)
        #expect(statistics.nonzeros == expected.nonzeros)
        #expect(statistics.integers == expected.integers)
        try parsed.model.validate()
    }

    @Test("files laid out as fixed MPS read the same when the format is forced to fixed", arguments: [
        "adlittle.mps", "afiro.mps", "bell5.mps", "e226.mps", "egout.mps", "flugpl.mps", "forest6.mps",
        "gt2.mps", "klein1.mps", "lseu.mps", "p0548.mps", "sctest.mps", "silly-names.mps", "small_mip.mps",
    ])
    func fixedReadingAgrees(file: String) throws {
        let url = MPSTestSupport.publicInstances.appendingPathComponent(file)
        let detected = try MPSReader().read(contentsOf: url).model
        let fixed = try MPSReader(options: .init(format: .fixed)).read(contentsOf: url).model
        #expect(MPSTestSupport.areEquivalent(detected, fixed))
    }

    @Test("garbage.mps fails on line 2, saying which sections were expected")
    func garbageIsRejected() {
        let error = #expect(throws: ParseError.self) {
            try MPSReader().read(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent("garbage.mps"))
        }
        #expect(error?.line == 2)
        #expect(error?.column == 1)
        #expect(error?.message.contains("unknown section") == true)
        #expect(error?.message.contains("expected NAME, OBJSENSE, OBJNAME, ROWS") == true)
    }

    @Test("comment.mps: inline $ and * comments are ignored, and its range applies")
    func commentFile() throws {
        let model = try MPSReader().read(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent("comment.mps")).model
        #expect(model.name == "Comment")
        #expect(model.variableDescriptions.map(\.name) == ["C0", "C1"])
        #expect(model.variableDescriptions[0].upperBound == 1)
        #expect(model.objective.expression.terms.map(\.coefficient) == [-1, -2])
        let r0 = try #require(MPSTestSupport.row("R0", in: model))
        #expect(r0.lower == 1 && r0.upper == 2)
        #expect(r0.terms.map(\.1) == [1, 1])
        for name in ["R1", "R2"] {
            let row = try #require(MPSTestSupport.row(name, in: model))
            #expect(row.lower == -2 && row.upper == .infinity)
            #expect(row.terms.map(\.1) == [-1, -1])
        }
    }

    @Test("silly-names.mps: columns may be named like sections, and OBJSENSE may sit on its header line")
    func sillyNames() throws {
        let parsed = try MPSReader().read(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent("silly-names.mps"))
        let model = parsed.model
        #expect(model.objective.sense == .minimize)
        #expect(model.variableDescriptions.map(\.name) == ["C0", "OBJSENSE", "RANGES", "RHS", "C1"])
        #expect(model.objective.expression.terms.map(\.coefficient) == [-1, -1, -1, -1, -1])
        let r0 = try #require(MPSTestSupport.row("R0", in: model))
        #expect(r0.lower == -1 && r0.upper == .infinity)
        #expect(parsed.warnings.isEmpty)
    }
}
