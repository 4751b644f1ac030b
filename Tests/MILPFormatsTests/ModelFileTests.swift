import Foundation
import MILP
import MILPFormats
import Testing

@Suite("Model files: one entry point")
struct ModelFileTests {
    @Test("the format comes from the extension, past .gz", arguments: [
        ("plan.mps", ModelFileFormat.mps), ("PLAN.MPS.GZ", .mps), ("plan.lp", .cplexLP), ("plan.lp.gz", .cplexLP),
        ("plan.mod", .mathProg), ("plan.gmpl", .mathProg),
    ])
    func formatFromName(name: String, format: ModelFileFormat) {
        #expect(ModelFileFormat(fileName: name) == format)
    }

    @Test("names that tell nothing give no format", arguments: ["plan", "plan.txt", "plan.gz", ".mps.bak"])
    func noFormatFromName(name: String) {
        #expect(ModelFileFormat(fileName: name) == nil)
    }

    @Test("a file named without a known extension is read by its first word, comments skipped")
    func formatFromContent() throws {
        let text = "* a comment\nNAME tiny\nROWS\n N cost\n L limit\nCOLUMNS\n x cost -1 limit 1\nRHS\n rhs limit 4\nENDATA\n"
        let file = try ModelFile.read(Data(text.utf8), fileName: "tiny.txt")
        #expect(file.format == .freeMPS)
        #expect(file.model.variableCount == 1)
        #expect(file.model.name == "tiny")
    }

    @Test("the format given wins over the name")
    func givenFormat() throws {
        let text = "NAME tiny\nROWS\n N  cost\nCOLUMNS\n    x         cost      1\nENDATA\n"
        #expect(try ModelFile.read(Data(text.utf8), fileName: "tiny.lp", format: .fixedMPS).format == .fixedMPS)
    }

    @Test("text that shows no format is refused, saying how to name it")
    func unknownContent() {
        let error = #expect(throws: ParseError.self) { try ModelFile.read(Data("hello there\n".utf8), fileName: "notes.txt") }
        #expect(error?.message.contains("cannot tell the format") == true)
    }

    @Test("a format read through a translator is refused without one, and read with one")
    func translators() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("model-file-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("plan.mod")
        try "var x >= 0;\nmaximize z: x;\ns.t. c: x <= 3;\nend;\n".write(to: url, atomically: true, encoding: .utf8)
        let error = #expect(throws: ParseError.self) { try ModelFile.read(url) }
        #expect(error?.message.contains("needs a translator") == true)

        struct OneVariable: ModelFileTranslator {
            func read(_ url: URL, options: ModelFile.Options) throws(ParseError) -> ModelFile {
                var model = Model(name: url.lastPathComponent)
                model.addVariable("x")
                return ModelFile(model: model, format: .mathProg)
            }
        }
        let file = try ModelFile.read(url, options: ModelFile.Options(translators: [.mathProg: OneVariable()]))
        #expect(file.model.name == "plan.mod")
        #expect(file.format == .mathProg)
    }
}
