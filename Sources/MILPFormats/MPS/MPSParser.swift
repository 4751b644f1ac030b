import MILP

/// Reads the sections of an MPS file in one format, line by line, handing each record to an
/// ``MPSModelBuilder``.
struct MPSParser {
    private enum Section: String {
        case none = ""
        case name = "NAME"
        case objectiveSense = "OBJSENSE"
        case objectiveName = "OBJNAME"
        case rows = "ROWS"
        case columns = "COLUMNS"
        case rightHandSides = "RHS"
        case ranges = "RANGES"
        case bounds = "BOUNDS"
        case end = "ENDATA"

        /// The section a header keyword opens (either case; `OBJSEN` is CPLEX's short spelling).
        init?(keyword: String) {
            let upper = keyword.uppercased()
            self.init(rawValue: upper == "OBJSEN" ? "OBJSENSE" : upper)
            if self == Section.none { return nil }
        }
    }

    /// Sections of extended MPS that describe what a linear model cannot hold.
    private static let unsupportedSections = [
        "QUADOBJ": "quadratic objectives", "QSECTION": "quadratic objectives", "QMATRIX": "quadratic objectives",
        "QCMATRIX": "quadratic constraints", "CSECTION": "conic constraints", "SOS": "special ordered sets",
        "SETS": "special ordered sets", "INDICATORS": "indicator constraints", "GENCONS": "general constraints",
        "PWLOBJ": "piecewise-linear objectives", "LAZYCONS": "lazy constraints", "USERCUTS": "user cuts",
        "BRANCH": "branching priorities", "OBJECTIVES": "multiple objectives",
    ]

    private let text: UnsafeBufferPointer<UInt8>
    private let file: String
    private var records: MPSRecordReader
    private var builder: MPSModelBuilder
    private var section = Section.none
    private var seenSections: Set<Section> = []
    /// The name of the column whose entries are being read, to spot where the next one begins.
    private var currentColumn: [UInt8]?

    /// A parser for `text`, which came from `file`.
    init(text: UnsafeBufferPointer<UInt8>, file: String, format: MPSFormat, defaultName: String, options: MPSReader.Options) {
        self.text = text
        self.file = file
        self.records = MPSRecordReader(format: format, file: file)
        self.builder = MPSModelBuilder(file: file, format: format, defaultName: defaultName, options: options)
    }

    /// Reads the whole text. Lines end with LF, CR LF or CR.
    mutating func parse() throws(ParseError) -> ModelFile {
        let lineFeed = UInt8(ascii: "\n"), carriageReturn = UInt8(ascii: "\r")
        var offset = 0
        var number = 0
        while offset < text.count {
            var end = offset
            while end < text.count, text[end] != lineFeed, text[end] != carriageReturn { end += 1 }
            number += 1
            let line = MPSLine(text: text, start: offset, end: end, number: number)
            offset = end + 1
            if end + 1 < text.count, text[end] == carriageReturn, text[end + 1] == lineFeed { offset += 1 }
            if section == .end {
                if !line.isBlank, !isComment(line) {
                    builder.warn("text after ENDATA is ignored", line: number)
                    break
                }
                continue
            }
            try read(line)
        }
        guard seenSections.contains(.rows) else {
            throw ParseError(file: file, line: number, message: "the file ends without a ROWS section; is this an MPS file?")
        }
        if section != .end {
            var place = section == .none || section == .name ? "" : " in the \(section.rawValue) section"
            if let open = builder.integerBlockLine { place += ", inside the integer block opened on line \(open)," }
            try builder.complain("the file ends\(place) without ENDATA, so it may be cut short", line: number)
        }
        try leave(section)
        return builder.finish()
    }

    private func isComment(_ line: MPSLine) -> Bool {
        line.firstByte == UInt8(ascii: "*") || line.firstByte == UInt8(ascii: "$")
    }

    private mutating func read(_ line: MPSLine) throws(ParseError) {
        guard let first = line.firstByte, !isComment(line) else { return }
        if MPSLine.isWhitespace(first) {
            if !line.isBlank { try readData(line) }
        } else {
            try readHeader(line)
        }
    }

    // MARK: Section lines

    private mutating func readHeader(_ line: MPSLine) throws(ParseError) {
        var fields: [MPSField] = []
        line.splitOnWhitespace(into: &fields)
        let keywordField = fields[0]
        let keyword = line.string(keywordField)
        guard let next = Section(keyword: keyword) else {
            if let feature = Self.unsupportedSections[keyword.uppercased()] {
                throw line.error("section \(line.quoted(keywordField)) is not supported: MILPKit reads linear models, without \(feature)", at: keywordField, file: file)
            }
            let hint = section == .none ? "" : " (data lines must start with a space)"
            throw line.error(
                "unknown section \(line.quoted(keywordField)); expected NAME, OBJSENSE, OBJNAME, ROWS, COLUMNS, RHS, RANGES, BOUNDS or ENDATA\(hint)",
                at: keywordField, file: file)
        }
        guard seenSections.insert(next).inserted else {
            throw line.error("second \(next.rawValue) section; each section appears once", at: keywordField, file: file)
        }
        switch next {
        case .columns, .rightHandSides, .ranges:
            guard seenSections.contains(.rows) else { throw line.error("\(next.rawValue) section before ROWS", at: keywordField, file: file) }
        case .bounds:
            guard seenSections.contains(.columns) else { throw line.error("BOUNDS section before COLUMNS", at: keywordField, file: file) }
        case .objectiveName:
            guard !seenSections.contains(.rows) else { throw line.error("OBJNAME must come before the ROWS section", at: keywordField, file: file) }
        default:
            break
        }
        try leave(section)
        section = next

        if next == .name {
            // Only the first word: old files often follow the name with notes such as "SIZE: N=...".
            builder.name = fields.count > 1 ? line.string(fields[1]) : nil
            return
        }
        let arguments = records.headerArguments(line)
        guard let argument = arguments.first else { return }
        switch next {
        case .objectiveSense: try builder.setSense(argument, on: line)
        case .objectiveName: builder.setObjectiveName(argument, on: line)
        default: throw line.error("unexpected text after \(next.rawValue)", at: argument, file: file)
        }
        if arguments.count > 1 {
            throw line.error("unexpected text after \(next.rawValue) \(line.string(argument))", at: arguments[arguments.startIndex + 1], file: file)
        }
    }

    /// Finishes what the section being left needs finished.
    private mutating func leave(_ section: Section) throws(ParseError) {
        switch section {
        case .rows: try builder.resolveObjective()
        case .columns: builder.finishColumns()
        default: break
        }
    }

    // MARK: Data lines

    private mutating func readData(_ line: MPSLine) throws(ParseError) {
        switch section {
        case .none, .name:
            let offset = (line.start..<line.end).first { !MPSLine.isWhitespace(text[$0]) }
            throw line.error("data line outside a section; expected a section name such as ROWS starting in column 1", at: offset, file: file)
        case .objectiveSense:
            try builder.setSense(records.word(line, section: "OBJSENSE"), on: line)
        case .objectiveName:
            builder.setObjectiveName(try records.word(line, section: "OBJNAME"), on: line)
        case .rows:
            try builder.addRow(records.row(line), on: line)
        case .columns:
            try readColumnLine(line)
        case .rightHandSides:
            let record = try records.entries(line, section: "RHS", isColumnLine: false)
            try builder.setRightHandSide(record.first, set: record.head, on: line)
            if let second = record.second { try builder.setRightHandSide(second, set: record.head, on: line) }
        case .ranges:
            let record = try records.entries(line, section: "RANGES", isColumnLine: false)
            try builder.setRange(record.first, set: record.head, on: line)
            if let second = record.second { try builder.setRange(second, set: record.head, on: line) }
        case .bounds:
            let columnIndices = builder.columnIndices
            let record = try records.bound(line) { columnIndices[line.string($0)] != nil }
            try builder.applyBound(record, on: line)
        case .end:
            break
        }
    }

    private mutating func readColumnLine(_ line: MPSLine) throws(ParseError) {
        if let marker = records.marker(line) {
            currentColumn = nil
            let type = line.string(marker).uppercased()
            switch type {
            case "'INTORG'", "INTORG": builder.integerMarker(isStart: true, on: line)
            case "'INTEND'", "INTEND": builder.integerMarker(isStart: false, on: line)
            case "": throw line.error("MARKER line without a marker type; expected 'INTORG' or 'INTEND'", at: marker, file: file)
            default: throw line.error("unsupported marker type \(line.string(marker)); expected 'INTORG' or 'INTEND'", at: marker, file: file)
            }
            return
        }
        let record = try records.entries(line, section: "COLUMNS", isColumnLine: true)
        guard let column = record.head else { return }
        if currentColumn == nil || !line.field(column, equals: currentColumn ?? []) {
            try builder.beginColumn(column, on: line)
            currentColumn = Array(line.bytes(column))
        }
        try builder.addEntry(record.first, on: line)
        if let second = record.second { try builder.addEntry(second, on: line) }
    }
}
