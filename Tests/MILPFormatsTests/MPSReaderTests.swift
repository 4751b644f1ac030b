import Foundation
import MILP
import MILPFormats
import Testing

/// MPS reading rules: formats, sections, conventions and warnings.
@Suite("MPS: reader")
struct MPSReaderTests {
    /// A free MPS model: two rows, an integer block, a range, bounds and an objective constant.
    static let freeModel = """
        NAME          SMALL
        ROWS
         N  COST
         L  LIMIT
         G  DEMAND
        COLUMNS
            MARKER                 'MARKER'                 'INTORG'
            TRUCKS    COST         3.0   LIMIT        1.0
            TRUCKS    DEMAND       2.0
            MARKER                 'MARKER'                 'INTEND'
            FUEL      COST         1.5   DEMAND       1.0
        RHS
            RHS       LIMIT        10    DEMAND       4
            RHS       COST         -2.5
        RANGES
            RNG       LIMIT        6
        BOUNDS
         UP BND       FUEL         8
        ENDATA

        """

    private func read(_ text: String, options: MPSReader.Options = .init()) throws(ParseError) -> ModelFile {
        try MPSTestSupport.read(text, options: options)
    }

    // MARK: Formats

    @Test("a free model reads with its rows, columns, bounds and objective")
    func freeModel() throws {
        let parsed = try read(Self.freeModel)
        let model = parsed.model
        #expect(parsed.warnings.isEmpty)
        #expect(model.name == "SMALL")
        #expect(model.variableDescriptions.map(\.name) == ["TRUCKS", "FUEL"])
        #expect(model.variableDescriptions.map(\.kind) == [.integer, .continuous])
        #expect(model.variableDescriptions.map(\.lowerBound) == [0, 0])
        #expect(model.variableDescriptions.map(\.upperBound) == [.infinity, 8])
        let limit = try #require(MPSTestSupport.row("LIMIT", in: model))
        #expect(limit.lower == 4 && limit.upper == 10)
        #expect(limit.terms.map(\.0) == [0] && limit.terms.map(\.1) == [1])
        let demand = try #require(MPSTestSupport.row("DEMAND", in: model))
        #expect(demand.lower == 4 && demand.upper == .infinity)
        #expect(demand.terms.map(\.1) == [2, 1])
        #expect(model.objective.sense == .minimize)
        #expect(model.objective.expression.terms.map(\.coefficient) == [3, 1.5])
    }

    @Test("a right-hand side on the objective row is minus the objective constant")
    func objectiveConstant() throws {
        #expect(try read(Self.freeModel).model.objective.expression.constant == 2.5)
    }

    @Test("fixed MPS with spaces in names is detected, and reading it as free fails")
    func fixedFormatDetection() throws {
        let line = MPSTestSupport.fixedLine
        let text = [
            "NAME          FIXED",
            "ROWS",
            line("N", "COST"),
            line("L", "LIM 1"),
            line("G", "LIM 2"),
            "COLUMNS",
            line("", "X ONE", "COST", "1", "LIM 1", "1"),
            line("", "X ONE", "LIM 2", "1"),
            line("", "Y TWO", "COST", "2", "LIM 1", "1"),
            "RHS",
            line("", "RHS", "LIM 1", "4", "LIM 2", "1"),
            "BOUNDS",
            line("UP", "BND", "Y TWO", "3"),
            "ENDATA",
        ].joined(separator: "\n")
        for format in [nil, MPSFormat.fixed] {
            let model = try read(text, options: .init(format: format)).model
            #expect(model.variableDescriptions.map(\.name) == ["X ONE", "Y TWO"])
            #expect(model.constraintDescriptions.map(\.name) == ["LIM 1", "LIM 2"])
            #expect(model.variableDescriptions[1].upperBound == 3)
            #expect(try #require(MPSTestSupport.row("LIM 2", in: model)).lower == 1)
        }
        #expect(throws: ParseError.self) { try read(text, options: .init(format: .free)) }
    }

    @Test("free MPS with long names is detected, and reading it as fixed fails")
    func freeFormatDetection() throws {
        let text = """
            NAME long-names
            ROWS
             N objective_function
             L a_rather_long_row_name
            COLUMNS
             a_rather_long_column_name objective_function 1 a_rather_long_row_name 2
            RHS
             rhs a_rather_long_row_name 5
            ENDATA
            """
        for format in [nil, MPSFormat.free] {
            let model = try read(text, options: .init(format: format)).model
            #expect(model.variableDescriptions.map(\.name) == ["a_rather_long_column_name"])
            #expect(try #require(MPSTestSupport.row("a_rather_long_row_name", in: model)).upper == 5)
        }
        let error = #expect(throws: ParseError.self) { try read(text, options: .init(format: .fixed)) }
        #expect(error?.message.contains("fixed MPS") == true)
    }

    @Test("fixed MPS: a field starting with $ begins a comment, and text after column 61 is ignored")
    func fixedComments() throws {
        let line = MPSTestSupport.fixedLine
        let text = [
            "ROWS",
            line("N", "COST"),
            line("E", "R"),
            "COLUMNS",
            line("", "X", "COST", "1", "$ cost", "ignored"),
            line("", "X", "R", "1") + String(repeating: " ", count: 47) + "SEQ00001",
            "RHS",
            line("", "RHS", "R", "2"),
            "ENDATA",
        ].joined(separator: "\n")
        let model = try read(text, options: .init(format: .fixed)).model
        #expect(model.objective.expression.terms.map(\.coefficient) == [1])
        #expect(try #require(MPSTestSupport.row("R", in: model)).lower == 2)
    }

    @Test("CRLF, CR and tab-separated files read like the LF original", arguments: ["\r\n", "\r", "tabs"])
    func lineEndingsAndTabs(variant: String) throws {
        let text = variant == "tabs"
            ? Self.freeModel.replacingOccurrences(of: "    ", with: "\t").replacingOccurrences(of: "   ", with: "\t")
            : Self.freeModel.replacingOccurrences(of: "\n", with: variant)
        let original = try read(Self.freeModel).model
        #expect(MPSTestSupport.areEquivalent(try read(text).model, original))
    }

    @Test("`$` and `*` comment lines and inline comments after complete records are ignored")
    func comments() throws {
        let text = """
            * a comment line
            $ another comment line
            NAME commented
            ROWS
             N cost $ the objective
             E r1 * an equality
            COLUMNS
             x cost 1 r1 2 $ two pairs
             y r1 3 *one pair
            RHS
             rhs r1 4 * four
            ENDATA
            """
        let parsed = try read(text)
        #expect(parsed.model.variableCount == 2)
        let row = try #require(MPSTestSupport.row("r1", in: parsed.model))
        #expect(row.terms.map(\.1) == [2, 3])
        #expect(row.lower == 4)
    }

    @Test("a field starting with `*` where a name is expected is a name, as Xpress writes them")
    func starredNames() throws {
        let text = "ROWS\n N *OBJ*\n E r1\nCOLUMNS\n x *OBJ* 1\n x r1 2\nRHS\n *RHS* r1 4\nENDATA\n"
        let model = try read(text).model
        #expect(model.objective.expression.terms.map(\.coefficient) == [1])
        #expect(try #require(MPSTestSupport.row("r1", in: model)).lower == 4)
    }

    @Test("free MPS names may hold any characters but whitespace")
    func oddNames() throws {
        let names = ["x[1,2]", "flow(a->b)", "ρ_δ", "a.b-c/d", "#1", "'quoted'", "ENDATA"]
        let columns = names.map { " \($0) cost 1 r 1" }.joined(separator: "\n")
        let model = try read("ROWS\n N cost\n L r\nCOLUMNS\n\(columns)\nENDATA\n").model
        #expect(model.variableDescriptions.map(\.name) == names)
    }

    // MARK: Conventions

    @Test("RANGES follow the standard sign rules", arguments: [
        ("E", 4.0, 2.0, 4.0, 6.0), ("E", 4, -2, 2, 4), ("E", 4, 0, 4, 4),
        ("L", 4, 2, 2, 4), ("L", 4, -2, 2, 4),
        ("G", 4, 2, 4, 6), ("G", 4, -2, 4, 6),
    ])
    func rangeSigns(type: String, rhs: Double, range: Double, lower: Double, upper: Double) throws {
        let text = """
            ROWS
             N cost
             \(type) r
            COLUMNS
             x cost 1 r 1
            RHS
             rhs r \(rhs)
            RANGES
             rng r \(range)
            ENDATA
            """
        let row = try #require(MPSTestSupport.row("r", in: try read(text).model))
        #expect(row.lower == lower)
        #expect(row.upper == upper)
    }

    @Test("OBJSENSE as a section or on its header line, in any of its spellings", arguments: [
        ("OBJSENSE\n    MAX", ObjectiveSense.maximize), ("OBJSENSE\n    MAXIMIZE", .maximize),
        ("OBJSENSE MAX", .maximize), ("OBJSENSE    MAXIMIZE", .maximize), ("OBJSEN\n max", .maximize),
        ("OBJSENSE\n    MIN", .minimize), ("OBJSENSE MINIMIZE", .minimize), ("", .minimize),
    ])
    func objectiveSense(header: String, sense: ObjectiveSense) throws {
        let text = "NAME sense\n\(header)\nROWS\n N cost\nCOLUMNS\n x cost 1\nENDATA\n"
        #expect(try read(text).model.objective.sense == sense)
    }

    @Test("OBJSENSE after ROWS, as some solvers write it, also counts")
    func lateObjectiveSense() throws {
        let text = "ROWS\n N cost\nOBJSENSE\n    MAX\nCOLUMNS\n x cost 1\nENDATA\n"
        #expect(try read(text).model.objective.sense == .maximize)
    }

    @Test("the first N row is the objective; later ones are dropped with a warning; OBJNAME picks another")
    func freeRows() throws {
        let body = "ROWS\n N first\n N second\n L r\nCOLUMNS\n x first 1 second 2\n x r 1\nENDATA\n"
        let parsed = try read(body)
        #expect(parsed.model.constraintCount == 1)
        #expect(parsed.model.objective.expression.terms.map(\.coefficient) == [1])
        #expect(parsed.warnings.map(\.message) == ["free row 'second' (type N) is not the objective and is dropped"])
        #expect(parsed.warnings.first?.line == 3)
        let named = try read("OBJNAME\n second\n" + body)
        #expect(named.model.objective.expression.terms.map(\.coefficient) == [2])
        #expect(named.warnings.first?.message.contains("'first'") == true)
    }

    @Test("integer columns without bounds get [0, +inf), or [0, 1] under the MPSX convention")
    func integerBounds() throws {
        let text = """
            ROWS
             N cost
            COLUMNS
             M 'MARKER' 'INTORG'
             plain cost 1
             capped cost 1
             lowered cost 1
             M 'MARKER' 'INTEND'
            BOUNDS
             UP bnd capped 5
             LO bnd lowered -3
            ENDATA
            """
        let infinite = try read(text).model.variableDescriptions
        #expect(infinite.map(\.upperBound) == [.infinity, 5, .infinity])
        #expect(infinite.map(\.lowerBound) == [0, 0, -3])
        #expect(infinite.allSatisfy { $0.kind == .integer })
        let one = try read(text, options: .init(integerUpperBoundConvention: .one)).model.variableDescriptions
        #expect(one.map(\.upperBound) == [1, 5, .infinity])
    }

    @Test("a negative upper bound without a lower bound makes the lower bound -inf, with a warning naming the column")
    func negativeUpperBound() throws {
        let text = """
            ROWS
             N cost
            COLUMNS
             M 'MARKER' 'INTORG'
             k cost 1
             M 'MARKER' 'INTEND'
             y cost 1
             z cost 1
            BOUNDS
             UP bnd k -3
             UP bnd y -1
             UP bnd z -2
             LO bnd z -5
            ENDATA
            """
        let parsed = try read(text)
        let variables = parsed.model.variableDescriptions
        #expect(variables.map(\.lowerBound) == [-.infinity, -.infinity, -5])
        #expect(variables.map(\.upperBound) == [-3, -1, -2])
        #expect(parsed.warnings.count == 2)
        #expect(parsed.warnings.first?.message.contains("column 'k' has a negative upper bound") == true)
        #expect(parsed.warnings.first?.line == 10)
    }

    @Test("every bound type sets what it should")
    func boundTypes() throws {
        let text = """
            ROWS
             N cost
            COLUMNS
             up cost 1
             lo cost 1
             fx cost 1
             fr cost 1
             mi cost 1
             pl cost 1
             bv cost 1
             li cost 1
             ui cost 1
            BOUNDS
             UP bnd up 4
             LO bnd lo 2
             FX bnd fx 7
             FR bnd fr
             MI bnd mi
             UP bnd pl 3
             PL bnd pl
             BV bnd bv
             LI bnd li 2
             UI bnd ui 9
            ENDATA
            """
        let variables = try read(text).model.variableDescriptions
        #expect(variables.map(\.lowerBound) == [0, 2, 7, -.infinity, -.infinity, 0, 0, 2, 0])
        #expect(variables.map(\.upperBound) == [4, .infinity, 7, .infinity, .infinity, .infinity, 1, .infinity, 9])
        #expect(variables.map(\.kind) == [.continuous, .continuous, .continuous, .continuous, .continuous, .continuous, .binary, .integer, .integer])
    }

    @Test("SC and SI make columns semi-continuous and semi-integer: the value is the upper bound, LO the lower, in either order")
    func semicontinuousBounds() throws {
        let text = """
            ROWS
             N cost
            COLUMNS
             a cost 1
             b cost 1
             c cost 1
             d cost 1
             e cost 1
             MARKER 'MARKER' 'INTORG'
             f cost 1
             MARKER 'MARKER' 'INTEND'
             g cost 1
             h cost 1
            BOUNDS
             SC bnd a 5
             LO bnd a 2
             LO bnd b 1.5
             SC bnd b 4
             SC bnd c 3
             SI bnd d 8
             LO bnd d 2.5
             SC bnd e 1e30
             LO bnd e 3
             SC bnd f 6
             SC bnd g 6
             UP bnd g 9
             SC bnd h 7
             UI bnd h 7
            ENDATA
            """
        let variables = try read(text).model.variableDescriptions
        #expect(variables.map(\.kind) == [.semicontinuous, .semicontinuous, .semicontinuous, .semiinteger, .semicontinuous, .semiinteger,
                                          .semicontinuous, .semiinteger])
        #expect(variables.map(\.lowerBound) == [2, 1.5, 0, 2.5, 3, 0, 0, 0])
        #expect(variables.map(\.upperBound) == [5, 4, 3, 8, .infinity, 6, 9, 7])
    }

    @Test("free MPS may leave out set names; FR, MI, PL and BV may be followed by a value")
    func optionalSetNames() throws {
        let text = """
            ROWS
             N cost
             L r
            COLUMNS
             x cost 1 r 1
             y cost 1 r 1
            RHS
             r 5
            BOUNDS
             UP x 4
             FR y 0
            ENDATA
            """
        let model = try read(text).model
        #expect(try #require(MPSTestSupport.row("r", in: model)).upper == 5)
        #expect(model.variableDescriptions.map(\.upperBound) == [4, .infinity])
        #expect(model.variableDescriptions[1].lowerBound == -.infinity)
    }

    @Test("only the first RHS, RANGES and BOUNDS sets are used; the others are ignored with a warning")
    func vectorSets() throws {
        let text = """
            ROWS
             N cost
             L r
            COLUMNS
             x cost 1 r 1
            RHS
             first r 5
             second r 9
            BOUNDS
             UP one x 4
             UP two x 8
            ENDATA
            """
        let parsed = try read(text)
        #expect(try #require(MPSTestSupport.row("r", in: parsed.model)).upper == 5)
        #expect(parsed.model.variableDescriptions[0].upperBound == 4)
        #expect(parsed.warnings.map(\.line) == [8, 11])
        #expect(parsed.warnings.first?.message == "RHS set 'second' is ignored; only the first set, 'first', is used")
    }

    @Test("a file that ends without ENDATA, in a section or an integer block, is an error, and a warning only when reading leniently")
    func incompleteFiles() throws {
        let cut = "NAME open\nROWS\n N cost\nCOLUMNS\n M 'MARKER' 'INTORG'\n x cost 1\n"
        let inBlock = #expect(throws: ParseError.self) { try read(cut) }
        #expect(inBlock?.line == 6)
        #expect(inBlock?.message == "the file ends in the COLUMNS section, inside the integer block opened on line 5, without ENDATA, so it may be cut short")
        #expect(inBlock?.isIncompleteFile == true)
        let inRHS = #expect(throws: ParseError.self) { try read(cut + " M 'MARKER' 'INTEND'\nRHS\n") }
        #expect(inRHS?.line == 8)
        #expect(inRHS?.message == "the file ends in the RHS section without ENDATA, so it may be cut short")

        let lenient = try read(cut, options: .init(isLenient: true))
        #expect(lenient.model.variableDescriptions.first?.kind == .integer)
        #expect(lenient.warnings.map(\.message) == [
            "the integer block opened on line 5 has no INTEND marker; the end of COLUMNS closes it",
            "the file ends in the COLUMNS section, inside the integer block opened on line 5, without ENDATA, so it may be cut short",
        ])
    }

    @Test("an integer block that the end of COLUMNS closes, in a complete file, is read with a warning")
    func integerBlockClosedByColumnsEnd() throws {
        let parsed = try read("NAME open\nROWS\n N cost\nCOLUMNS\n M 'MARKER' 'INTORG'\n x cost 1\nRHS\nENDATA\n")
        #expect(parsed.model.variableDescriptions.first?.kind == .integer)
        #expect(parsed.warnings.map(\.line) == [5])
    }

    @Test("p0548 cut after 400 lines is refused at its last line, and read leniently with two warnings")
    func truncatedPublicFile() throws {
        let lines = try String(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent("p0548.mps"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        let cut = lines.prefix(400).joined(separator: "\n") + "\n"
        let error = #expect(throws: ParseError.self) { try read(cut) }
        #expect(error?.line == 400)
        let lenient = try read(cut, options: .init(isLenient: true))
        #expect(lenient.warnings.count == 2)
        #expect(lenient.model.variableCount < 548)
    }

    @Test("a file without NAME is named after the file")
    func defaultName() throws {
        let model = try MPSReader().read(Data("ROWS\n N cost\nENDATA\n".utf8), fileName: "dir/plan.mps.gz").model
        #expect(model.name == "plan")
    }

    @Test("zero coefficients are dropped")
    func zeroCoefficients() throws {
        let model = try read("ROWS\n N cost\n E r\nCOLUMNS\n x cost 0 r 0\n y r 1\nENDATA\n").model
        #expect(model.objective.expression.terms.isEmpty)
        #expect(model.statistics.nonzeros == 1)
    }

    // MARK: Errors

    @Test("errors read like compiler diagnostics, with the line and a caret under the column")
    func errorDescription() {
        let text = "ROWS\n N cost\nCOLUMNS\n\tx  cost  1  r7  2\nENDATA\n"
        let error = #expect(throws: ParseError.self) { try read(text, options: .init(format: .free)) }
        #expect(error?.description == """
            test.mps:4:14: error: unknown row 'r7' in COLUMNS
            \tx  cost  1  r7  2
            \t            ^
            """)
    }

    @Test("the error from the reading that got further is reported when both formats fail")
    func furthestError() {
        let text = "ROWS\n N cost\n L r\nCOLUMNS\n x cost 1 r 1\n y cost 1 r 1\n y r 5\nENDATA\n"
        let error = #expect(throws: ParseError.self) { try read(text) }
        #expect(error?.line == 7)
        #expect(error?.message.contains("second coefficient") == true)
    }

    @Test("numbers in every common spelling read exactly", arguments: [
        ("1", 1.0), ("-2.5", -2.5), ("+.5", 0.5), ("3.", 3), ("1e3", 1000), ("1.5E-7", 1.5e-7),
        ("0.1", 0.1), ("123456789012345678901234", 1.2345678901234568e23), ("4.9e-324", .leastNonzeroMagnitude),
        ("0.30000000000000004", 0.30000000000000004), ("-0", 0),
        ("1.0D3", 1000), ("1.0d-2", 0.01), ("2D+1", 20), ("-1.5d0", -1.5), ("1234567890123456789012D-3", 1.2345678901234568e18),
    ])
    func numbers(text: String, value: Double) throws {
        let model = try read("ROWS\n N cost\n L r\nCOLUMNS\n x cost 1 r 1\nRHS\n rhs r \(text)\nENDATA\n").model
        #expect(try #require(MPSTestSupport.row("r", in: model)).upper == value)
    }
}
