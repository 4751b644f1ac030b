import Foundation
import MILP
import MILPFormats
import Testing

/// Each file in `FailingModels` must fail to read, on the right line, with a message that says
/// what is wrong.
@Suite("MPS: failing models")
struct MPSFailingModelTests {
    struct Case: CustomTestStringConvertible, Sendable {
        var file: String
        /// The line the error names; 0 when it concerns the whole file.
        var line: Int
        var message: String
        var testDescription: String { file }
    }

    static let cases: [Case] = [
        Case(file: "truncated-record.mps", line: 6, message: "missing value after row 'R1'"),
        Case(file: "missing-endata.mps", line: 8, message: "the file ends in the RHS section without ENDATA"),
        Case(file: "unclosed-integer-block.mps", line: 8, message: "the file ends in the COLUMNS section, inside the integer block opened on line 6, without ENDATA"),
        Case(file: "truncated-before-rows.mps", line: 1, message: "the file ends without a ROWS section"),
        Case(file: "unknown-row-in-columns.mps", line: 9, message: "unknown row 'R9' in COLUMNS"),
        Case(file: "unknown-row-in-rhs.mps", line: 11, message: "unknown row 'R7' in RHS"),
        Case(file: "unknown-row-in-ranges.mps", line: 13, message: "unknown row 'R3' in RANGES"),
        Case(file: "unknown-column-in-bounds.mps", line: 13, message: "unknown column 'X3' in BOUNDS"),
        Case(file: "nan-coefficient.mps", line: 8, message: "'NaN' is not a finite number"),
        Case(file: "infinite-bound.mps", line: 13, message: "'Inf' is not a finite number"),
        Case(file: "malformed-number.mps", line: 11, message: "expected a number, found '4.0.1'"),
        Case(file: "number-out-of-range.mps", line: 8, message: "'1e999' is too large"),
        Case(file: "duplicate-row.mps", line: 5, message: "duplicate row name 'R1' (first declared on line 4)"),
        Case(file: "column-in-two-blocks.mps", line: 10, message: "column 'X1' appears again after other columns (first on line 7)"),
        Case(file: "duplicate-coefficient.mps", line: 8, message: "column 'X1' has a second coefficient for row 'R1'"),
        Case(file: "duplicate-rhs.mps", line: 11, message: "row 'R1' already has a right-hand side"),
        Case(file: "unknown-section.mps", line: 6, message: "unknown section 'COLUMN'"),
        Case(file: "quadratic-objective.mps", line: 14, message: "section 'QUADOBJ' is not supported"),
        Case(file: "unknown-row-type.mps", line: 4, message: "unknown row type 'X'; expected N, E, L or G"),
        Case(file: "unknown-bound-type.mps", line: 13, message: "unknown bound type 'XX'"),
        Case(file: "unknown-objective-sense.mps", line: 3, message: "unknown objective sense 'UPWARDS'"),
        Case(file: "unsupported-marker.mps", line: 7, message: "unsupported marker type 'SOSORG'"),
        Case(file: "columns-before-rows.mps", line: 2, message: "COLUMNS section before ROWS"),
        Case(file: "repeated-section.mps", line: 10, message: "second ROWS section"),
        Case(file: "data-before-section.mps", line: 2, message: "data line outside a section"),
        Case(file: "too-many-fields.mps", line: 8, message: "too many fields in COLUMNS"),
        Case(file: "objective-name-not-found.mps", line: 3, message: "OBJNAME names 'PROFIT', which is not a row of type N"),
        Case(file: "empty.mps", line: 0, message: "file is empty"),
        Case(file: "binary-garbage.mps", line: 2, message: "not a text file"),
        Case(file: "utf16.mps", line: 0, message: "UTF-16 text is not supported"),
        Case(file: "truncated.mps.gz", line: 0, message: "truncated gzip stream"),
        Case(file: "corrupt-checksum.mps.gz", line: 0, message: "CRC mismatch"),
    ]

    @Test("the table covers every file in FailingModels")
    func tableIsComplete() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: MPSTestSupport.failingModels.path)
        #expect(Set(files) == Set(Self.cases.map(\.file)))
    }

    @Test("fails with its message", arguments: cases)
    func fails(_ testCase: Case) {
        let url = MPSTestSupport.failingModels.appendingPathComponent(testCase.file)
        let error = #expect(throws: ParseError.self) { try MPSReader().read(contentsOf: url) }
        #expect(error?.message.contains(testCase.message) == true, "\(error.map(String.init(describing:)) ?? "no error")")
        #expect(error?.line == testCase.line)
        #expect(error?.file.hasSuffix(testCase.file) == true)
    }

    @Test("a missing file fails with the system's reason and no line")
    func missingFile() {
        let url = MPSTestSupport.failingModels.appendingPathComponent("no-such-file.mps")
        let error = #expect(throws: ParseError.self) { try MPSReader().read(contentsOf: url) }
        #expect(error?.line == 0)
        #expect(error?.message.contains("No such file or directory") == true)
    }

    @Test("a directory fails with the system's reason and no line")
    func directory() {
        let error = #expect(throws: ParseError.self) { try MPSReader().read(contentsOf: MPSTestSupport.failingModels) }
        #expect(error?.line == 0)
        #expect(error?.message.contains("Is a directory") == true)
    }
}
