import MILP

/// A ROWS line: the row type and the row name.
struct MPSRowRecord {
    var type: MPSField
    var name: MPSField
}

/// A name with a number after it: a row and its coefficient, right-hand side or range.
struct MPSPair {
    var name: MPSField
    var value: MPSField
}

/// A COLUMNS, RHS or RANGES line: a leading name (the column, or the set name, which RHS and
/// RANGES lines in free MPS may leave out) and one or two (row, value) pairs.
struct MPSEntryRecord {
    var head: MPSField?
    var first: MPSPair
    var second: MPSPair?
}

/// A BOUNDS line: the bound type, the optional set name, the column, and the value if given.
struct MPSBoundRecord {
    var type: MPSField
    var set: MPSField?
    var column: MPSField
    var value: MPSField?
}

/// Splits data lines into records according to the file's format, reporting misplaced fields.
///
/// In free MPS, fields are separated by whitespace, and a field starting with `$` or `*` begins a
/// comment when the fields before it already make a complete record. In fixed MPS, fields sit at
/// columns 2-3, 5-12, 15-22, 25-36, 40-47 and 50-61; the columns between them must be blank, a
/// name field 3 or 5 starting with `$` begins a comment, and text after column 61 is ignored.
struct MPSRecordReader {
    private static let fixedColumns = [2...3, 5...12, 15...22, 25...36, 40...47, 50...61]
    private static let fixedGaps = [4...4, 13...14, 23...24, 37...39, 48...49]
    private static let boundTypesWithoutValue: Set<String> = ["FR", "MI", "PL", "BV"]
    // Field counts after which a `$` or `*` field begins a comment, by kind of line.
    private static let completeRow = [2], completeColumn = [3, 5], completeVector = [2, 3, 4, 5]
    private static let completeBound = [3, 4], completeValuelessBound = [2, 3, 4]
    private static let completeWord = [1], completeHeader = [1, 2]

    let format: MPSFormat
    let file: String
    private var tokens: [MPSField] = []

    init(format: MPSFormat, file: String) {
        self.format = format
        self.file = file
        tokens.reserveCapacity(8)
    }

    // MARK: Records

    /// A ROWS line.
    mutating func row(_ line: MPSLine) throws(ParseError) -> MPSRowRecord {
        let expected = "expected a row type (N, E, L or G) and a row name"
        switch format {
        case .free:
            splitFree(line, completeCounts: Self.completeRow)
            guard tokens.count >= 2 else { throw line.error(expected, at: line.end, file: file) }
            guard tokens.count == 2 else {
                throw line.error("unexpected field \(line.quoted(tokens[2])) after the row name (free MPS names cannot contain spaces)", at: tokens[2], file: file)
            }
            return MPSRowRecord(type: tokens[0], name: tokens[1])
        case .fixed:
            let fields = try fixedFields(line)
            guard !fields[0].isEmpty, !fields[1].isEmpty else { throw line.error(expected, at: line.end, file: file) }
            if let extra = fields[2...].first(where: { !$0.isEmpty }) {
                throw line.error("unexpected field \(line.quoted(extra)) after the row name", at: extra, file: file)
            }
            return MPSRowRecord(type: fields[0], name: fields[1])
        }
    }

    /// The marker type of a COLUMNS line such as `MARKER 'MARKER' 'INTORG'`, or `nil` when the
    /// line is not a marker. A marker line without a type gives an empty field at the line's end.
    /// In both formats the fields of a marker line are separated by whitespace.
    mutating func marker(_ line: MPSLine) -> MPSField? {
        guard line.contains(UInt8(ascii: "'")) else { return nil }
        line.splitOnWhitespace(into: &tokens)
        guard tokens.count >= 2, line.field(tokens[1], is: "'MARKER'") else { return nil }
        return tokens.count >= 3 ? tokens[2] : MPSField(start: line.end, end: line.end)
    }

    /// A COLUMNS line (`isColumnLine`, the column name is required) or an RHS or RANGES line.
    mutating func entries(_ line: MPSLine, section: String, isColumnLine: Bool) throws(ParseError) -> MPSEntryRecord {
        switch format {
        case .free:
            splitFree(line, completeCounts: isColumnLine ? Self.completeColumn : Self.completeVector)
            let hasHead = isColumnLine || tokens.count % 2 == 1
            let pairStart = hasHead ? 1 : 0
            let pairFields = tokens.count - pairStart
            guard pairFields <= 4 else {
                throw line.error("too many fields in \(section): expected \(isColumnLine ? "a column name" : "an optional set name") and one or two (row name, value) pairs", at: tokens[pairStart + 4], file: file)
            }
            guard pairFields >= 1 else {
                throw line.error("expected one or two (row name, value) pairs after \(line.quoted(tokens[0]))", at: line.end, file: file)
            }
            guard pairFields % 2 == 0 else {
                throw line.error("missing value after row \(line.quoted(tokens[tokens.count - 1]))", at: line.end, file: file)
            }
            return MPSEntryRecord(
                head: hasHead ? tokens[0] : nil,
                first: MPSPair(name: tokens[pairStart], value: tokens[pairStart + 1]),
                second: pairFields == 4 ? MPSPair(name: tokens[pairStart + 2], value: tokens[pairStart + 3]) : nil)
        case .fixed:
            let fields = try fixedFields(line)
            if !fields[0].isEmpty {
                throw line.error("columns 2-3 must be blank in \(section)", at: fields[0], file: file)
            }
            if isColumnLine, fields[1].isEmpty {
                throw line.error("expected a column name in columns 5-12", at: line.start + 4, file: file)
            }
            guard !fields[2].isEmpty else { throw line.error("expected a row name in columns 15-22", at: line.start + 14, file: file) }
            guard !fields[3].isEmpty else { throw line.error("expected a value in columns 25-36", at: line.start + 24, file: file) }
            var second: MPSPair?
            if !fields[4].isEmpty {
                guard !fields[5].isEmpty else { throw line.error("expected a value in columns 50-61", at: line.start + 49, file: file) }
                second = MPSPair(name: fields[4], value: fields[5])
            } else if !fields[5].isEmpty {
                throw line.error("expected a row name in columns 40-47", at: line.start + 39, file: file)
            }
            return MPSEntryRecord(
                head: fields[1].isEmpty ? nil : fields[1], first: MPSPair(name: fields[2], value: fields[3]), second: second)
        }
    }

    /// A BOUNDS line. In free MPS the set name may be left out; for the types that take no value
    /// (FR, MI, PL, BV) three fields are read as set and column when the third names a column.
    mutating func bound(_ line: MPSLine, isColumn: (MPSField) -> Bool) throws(ParseError) -> MPSBoundRecord {
        let expected = "expected a bound type, an optional set name, a column name and a value"
        switch format {
        case .free:
            line.splitOnWhitespace(into: &tokens)
            let takesValue = !Self.boundTypesWithoutValue.contains(line.string(tokens[0]).uppercased())
            truncateComment(line, completeCounts: takesValue ? Self.completeBound : Self.completeValuelessBound)
            switch (tokens.count, takesValue) {
            case (3, true): return MPSBoundRecord(type: tokens[0], column: tokens[1], value: tokens[2])
            case (4, _): return MPSBoundRecord(type: tokens[0], set: tokens[1], column: tokens[2], value: tokens[3])
            case (2, false): return MPSBoundRecord(type: tokens[0], column: tokens[1])
            case (3, false):
                if !isColumn(tokens[2]), isColumn(tokens[1]) {
                    return MPSBoundRecord(type: tokens[0], column: tokens[1], value: tokens[2])
                }
                return MPSBoundRecord(type: tokens[0], set: tokens[1], column: tokens[2])
            case (let count, _) where count > 4:
                throw line.error("too many fields in BOUNDS: \(expected)", at: tokens[4], file: file)
            default:
                throw line.error(takesValue && tokens.count >= 2 ? "missing value for bound type \(line.quoted(tokens[0]))" : expected, at: line.end, file: file)
            }
        case .fixed:
            let fields = try fixedFields(line)
            guard !fields[0].isEmpty else { throw line.error("expected a bound type in columns 2-3", at: line.start + 1, file: file) }
            guard !fields[2].isEmpty else { throw line.error("expected a column name in columns 15-22", at: line.start + 14, file: file) }
            if let extra = fields[4...].first(where: { !$0.isEmpty }) {
                throw line.error("unexpected field \(line.quoted(extra)) after the bound value", at: extra, file: file)
            }
            let takesValue = !Self.boundTypesWithoutValue.contains(line.string(fields[0]).uppercased())
            if takesValue, fields[3].isEmpty {
                throw line.error("missing value in columns 25-36 for bound type \(line.quoted(fields[0]))", at: line.start + 24, file: file)
            }
            return MPSBoundRecord(
                type: fields[0], set: fields[1].isEmpty ? nil : fields[1], column: fields[2],
                value: fields[3].isEmpty ? nil : fields[3])
        }
    }

    /// The single word of an OBJSENSE or OBJNAME data line.
    mutating func word(_ line: MPSLine, section: String) throws(ParseError) -> MPSField {
        splitFree(line, completeCounts: Self.completeWord)
        guard tokens.count == 1 else {
            throw line.error("expected a single word in \(section)", at: tokens[1], file: file)
        }
        return tokens[0]
    }

    /// The fields after the keyword of a section line, up to an inline comment.
    mutating func headerArguments(_ line: MPSLine) -> ArraySlice<MPSField> {
        splitFree(line, completeCounts: Self.completeHeader)
        return tokens.dropFirst()
    }

    // MARK: Splitting

    private mutating func splitFree(_ line: MPSLine, completeCounts: [Int]) {
        line.splitOnWhitespace(into: &tokens)
        truncateComment(line, completeCounts: completeCounts)
    }

    /// Drops the first field that starts a comment where the fields before it form a complete
    /// record (`completeCounts` fields), and everything after it.
    private mutating func truncateComment(_ line: MPSLine, completeCounts: [Int]) {
        for count in completeCounts where count < tokens.count && line.startsComment(tokens[count]) {
            tokens.removeSubrange(count...)
            return
        }
    }

    /// The six fixed fields of a data line, trimmed; a `$` starting field 3 or 5 ends the record.
    private func fixedFields(_ line: MPSLine) throws(ParseError) -> [MPSField] {
        if line.contains(UInt8(ascii: "\t")) {
            let offset = (line.start..<line.end).first { line.text[$0] == UInt8(ascii: "\t") }
            throw line.error("tab in a fixed MPS line, where fields are found by column; use spaces, or read the file as free MPS", at: offset, file: file)
        }
        var fields = Self.fixedColumns.map { line.fixedField(columns: $0) }
        var lastColumn = 61
        for index in [2, 4] where !fields[index].isEmpty && line.text[fields[index].start] == UInt8(ascii: "$") {
            for later in index..<fields.count { fields[later] = MPSField(start: line.end, end: line.end) }
            lastColumn = Self.fixedColumns[index].lowerBound - 1
            break
        }
        for gap in Self.fixedGaps where gap.upperBound <= lastColumn {
            if let offset = line.firstNonSpace(columns: gap) {
                let columns = gap.count == 1 ? "column \(gap.lowerBound) must" : "columns \(gap.lowerBound)-\(gap.upperBound) must"
                throw line.error("in fixed MPS \(columns) be blank (is this a free MPS file?)", at: offset, file: file)
            }
        }
        return fields
    }
}
