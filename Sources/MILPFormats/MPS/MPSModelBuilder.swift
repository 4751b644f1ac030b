import MILP

/// Collects what the sections of an MPS file declare and assembles the ``Model`` at the end,
/// applying the conventions documented on ``MPSReader``. Each method takes the line it came from
/// so that mistakes are reported where they are.
struct MPSModelBuilder {
    /// The type of a ROWS entry.
    enum RowType {
        case free, equal, lessOrEqual, greaterOrEqual

        /// The type for its code `N`, `E`, `L` or `G` (either case).
        init?(code: String) {
            switch code.uppercased() {
            case "N": self = .free
            case "E": self = .equal
            case "L": self = .lessOrEqual
            case "G": self = .greaterOrEqual
            default: return nil
            }
        }
    }

    /// A bound type of the BOUNDS section.
    enum BoundType: String {
        case upper = "UP", lower = "LO", fixed = "FX", free = "FR", minusInfinity = "MI", plusInfinity = "PL"
        case binary = "BV", integerLower = "LI", integerUpper = "UI", semicontinuous = "SC", semiinteger = "SI"
    }

    /// The value from which an SC or SI bound means no upper bound, as CPLEX and Gurobi write infinity.
    static let infiniteSemicontinuousBound = 1e30

    /// The sections whose lines may belong to one of several named vectors, of which the first is used.
    enum VectorSection: String {
        case rightHandSides = "RHS", ranges = "RANGES", bounds = "BOUNDS"
    }

    private struct Row {
        var name: String
        var type: RowType
        var line: Int
        var terms: [LinearExpression.Term] = []
        /// The last column with an entry in this row, to catch a column listing the row twice.
        var lastColumn = -1
        var rightHandSide = 0.0
        var rightHandSideLine = 0
        var range: Double?
        var rangeLine = 0
    }

    private struct Column {
        var name: String
        var line: Int
        var kind: VariableKind
        var lower = 0.0
        var upper = Double.infinity
        var hasLowerBound = false
        var hasAnyBound = false
        /// The line of a negative UP or UI bound still in force, or 0.
        var negativeUpperLine = 0
    }

    /// Where a row name leads: the objective, a dropped free row, or a constraint index.
    private enum Slot: Equatable {
        case objective, dropped, constraint(Int)
    }

    /// The file's name for messages.
    let file: String
    /// The layout being read, which the model file reports.
    private let format: MPSFormat
    private let options: MPSReader.Options
    private var model: Model
    /// What was noticed so far.
    private var warnings: [ParseWarning] = []

    /// The NAME record's name, if the file has one.
    var name: String?
    /// The objective sense from OBJSENSE; minimise when the file does not say.
    var sense = ObjectiveSense.minimize
    private var objectiveRowName: (name: String, line: Int)?

    private var slots: [String: Slot] = [:]
    private var freeRows: [(name: String, line: Int)] = []
    private var rows: [Row] = []
    private var objective = Row(name: "", type: .free, line: 0)
    private var hasResolvedObjective = false

    /// The index of each column by name.
    private(set) var columnIndices: [String: Int] = [:]
    private var columns: [Column] = []
    /// The line of the INTORG marker of the integer block being read, if one is open.
    private(set) var integerBlockLine: Int?
    private var firstSetNames: [VectorSection: String] = [:]
    private var ignoredSetNames: [VectorSection: Set<String>] = [:]

    init(file: String, format: MPSFormat, defaultName: String, options: MPSReader.Options) {
        self.file = file
        self.format = format
        self.options = options
        self.model = Model(name: defaultName)
    }

    /// Records a warning about `line` (0 for the whole file).
    mutating func warn(_ message: String, line: Int) {
        warnings.append(ParseWarning(file: file, line: line, message: message))
    }

    /// Reports a sign that the file is incomplete: an error, or a warning when reading leniently.
    mutating func complain(_ message: String, line: Int) throws(ParseError) {
        guard options.isLenient else { throw ParseError(file: file, line: line, message: message, isIncompleteFile: true) }
        warn(message, line: line)
    }

    // MARK: OBJSENSE and OBJNAME

    /// Sets the sense from `MIN`, `MINIMIZE`, `MAX` or `MAXIMIZE` (either case).
    mutating func setSense(_ field: MPSField, on line: MPSLine) throws(ParseError) {
        switch line.string(field).uppercased() {
        case "MIN", "MINIMIZE": sense = .minimize
        case "MAX", "MAXIMIZE": sense = .maximize
        default: throw line.error("unknown objective sense \(line.quoted(field)); expected MIN, MINIMIZE, MAX or MAXIMIZE", at: field, file: file)
        }
    }

    /// Chooses the free row that is the objective (OBJNAME, which comes before ROWS).
    mutating func setObjectiveName(_ field: MPSField, on line: MPSLine) {
        objectiveRowName = (line.string(field), line.number)
    }

    // MARK: ROWS

    /// Declares a row.
    mutating func addRow(_ record: MPSRowRecord, on line: MPSLine) throws(ParseError) {
        guard let type = RowType(code: line.string(record.type)) else {
            throw line.error("unknown row type \(line.quoted(record.type)); expected N, E, L or G", at: record.type, file: file)
        }
        let name = line.string(record.name)
        if slots[name] != nil {
            let first = freeRows.first { $0.name == name }?.line ?? rows.first { $0.name == name }?.line ?? 0
            throw line.error("duplicate row name \(line.quoted(record.name)) (first declared on line \(first))", at: record.name, file: file)
        }
        if type == .free {
            slots[name] = .dropped
            freeRows.append((name, line.number))
        } else {
            slots[name] = .constraint(rows.count)
            rows.append(Row(name: name, type: type, line: line.number))
        }
    }

    /// Picks the objective among the free rows once ROWS is over: the one OBJNAME names, or the
    /// first. The others are dropped, with a warning each.
    mutating func resolveObjective() throws(ParseError) {
        guard !hasResolvedObjective else { return }
        hasResolvedObjective = true
        var chosen = freeRows.first?.name
        if let wanted = objectiveRowName {
            guard freeRows.contains(where: { $0.name == wanted.name }) else {
                throw ParseError(file: file, line: wanted.line, message: "OBJNAME names '\(wanted.name)', which is not a row of type N in ROWS")
            }
            chosen = wanted.name
        }
        for row in freeRows {
            if row.name == chosen {
                slots[row.name] = .objective
                objective = Row(name: row.name, type: .free, line: row.line)
            } else {
                warn("free row '\(row.name)' (type N) is not the objective and is dropped", line: row.line)
            }
        }
        if chosen == nil { warn("no objective row (type N); the objective is zero", line: 0) }
    }

    // MARK: COLUMNS

    /// Starts an INTORG block (`isStart`) or ends it (INTEND).
    mutating func integerMarker(isStart: Bool, on line: MPSLine) {
        if isStart {
            if let open = integerBlockLine { warn("INTORG marker inside the integer block opened on line \(open)", line: line.number) }
            integerBlockLine = integerBlockLine ?? line.number
        } else {
            if integerBlockLine == nil { warn("INTEND marker without an INTORG marker before it", line: line.number) }
            integerBlockLine = nil
        }
    }

    /// Ends the COLUMNS section, which closes an integer block left open, with a warning.
    mutating func finishColumns() {
        if let open = integerBlockLine { warn("the integer block opened on line \(open) has no INTEND marker; the end of COLUMNS closes it", line: open) }
        integerBlockLine = nil
    }

    /// Starts the entries of a new column; its entries must all be on consecutive lines.
    mutating func beginColumn(_ field: MPSField, on line: MPSLine) throws(ParseError) {
        let name = line.string(field)
        if let existing = columnIndices[name] {
            throw line.error(
                "column \(line.quoted(field)) appears again after other columns (first on line \(columns[existing].line)); a column's entries must be on consecutive lines",
                at: field, file: file)
        }
        columnIndices[name] = columns.count
        columns.append(Column(name: name, line: line.number, kind: integerBlockLine == nil ? .continuous : .integer))
    }

    /// Adds the current column's coefficient in the row named by `pair`.
    mutating func addEntry(_ pair: MPSPair, on line: MPSLine) throws(ParseError) {
        guard let slot = slots[line.string(pair.name)] else {
            throw line.error("unknown row \(line.quoted(pair.name)) in COLUMNS", at: pair.name, file: file)
        }
        let value = try number(pair.value, on: line)
        let term = LinearExpression.Term(value, Variable(index: columns.count - 1, modelID: model.id))
        let isNew = switch slot {
        case .objective: Self.add(term, to: &objective)
        case .constraint(let index): Self.add(term, to: &rows[index])
        case .dropped: true
        }
        guard isNew else {
            throw line.error("column '\(columns[columns.count - 1].name)' has a second coefficient for row \(line.quoted(pair.name))", at: pair.name, file: file)
        }
    }

    /// Adds `term` to `row` unless the row already has an entry for its column; zeros are dropped.
    private static func add(_ term: LinearExpression.Term, to row: inout Row) -> Bool {
        guard row.lastColumn != term.variable.index else { return false }
        row.lastColumn = term.variable.index
        if term.coefficient != 0 { row.terms.append(term) }
        return true
    }

    // MARK: RHS and RANGES

    /// Sets a row's right-hand side; on the objective row it sets the objective constant to `-value`.
    mutating func setRightHandSide(_ pair: MPSPair, set: MPSField?, on line: MPSLine) throws(ParseError) {
        guard usesVector(set, in: .rightHandSides, on: line) else { return }
        guard let slot = slots[line.string(pair.name)] else {
            throw line.error("unknown row \(line.quoted(pair.name)) in RHS", at: pair.name, file: file)
        }
        let value = try number(pair.value, on: line)
        let earlierLine = switch slot {
        case .objective: Self.setRightHandSide(value, line: line.number, of: &objective)
        case .constraint(let index): Self.setRightHandSide(value, line: line.number, of: &rows[index])
        case .dropped: 0
        }
        guard earlierLine == 0 else {
            throw line.error("row \(line.quoted(pair.name)) already has a right-hand side (line \(earlierLine))", at: pair.name, file: file)
        }
    }

    /// Sets the right-hand side of `row` unless it has one, and returns the line of that one or 0.
    private static func setRightHandSide(_ value: Double, line: Int, of row: inout Row) -> Int {
        guard row.rightHandSideLine == 0 else { return row.rightHandSideLine }
        row.rightHandSide = value
        row.rightHandSideLine = line
        return 0
    }

    /// Sets a row's range; ranges on free rows are ignored with a warning.
    mutating func setRange(_ pair: MPSPair, set: MPSField?, on line: MPSLine) throws(ParseError) {
        guard usesVector(set, in: .ranges, on: line) else { return }
        guard let slot = slots[line.string(pair.name)] else {
            throw line.error("unknown row \(line.quoted(pair.name)) in RANGES", at: pair.name, file: file)
        }
        let value = try number(pair.value, on: line)
        guard case .constraint(let index) = slot else {
            warn("RANGES entry for free row \(line.quoted(pair.name)) is ignored", line: line.number)
            return
        }
        guard rows[index].rangeLine == 0 else {
            throw line.error("row \(line.quoted(pair.name)) already has a range (line \(rows[index].rangeLine))", at: pair.name, file: file)
        }
        rows[index].range = value
        rows[index].rangeLine = line.number
    }

    // MARK: BOUNDS

    /// Applies one BOUNDS line.
    mutating func applyBound(_ record: MPSBoundRecord, on line: MPSLine) throws(ParseError) {
        let code = line.string(record.type).uppercased()
        guard let type = BoundType(rawValue: code) else {
            throw line.error("unknown bound type \(line.quoted(record.type)); expected UP, LO, FX, FR, MI, PL, BV, LI, UI, SC or SI", at: record.type, file: file)
        }
        guard usesVector(record.set, in: .bounds, on: line) else { return }
        guard let index = columnIndices[line.string(record.column)] else {
            throw line.error("unknown column \(line.quoted(record.column)) in BOUNDS", at: record.column, file: file)
        }
        var value = 0.0
        if let field = record.value, ![.free, .minusInfinity, .plusInfinity, .binary].contains(type) {
            value = try number(field, on: line)
        }
        var column = columns[index]
        column.hasAnyBound = true
        switch type {
        case .upper, .integerUpper:
            column.upper = value
            column.negativeUpperLine = value < 0 ? line.number : 0
        case .lower, .integerLower:
            column.lower = value
            column.hasLowerBound = true
        case .fixed:
            column.lower = value
            column.upper = value
            column.hasLowerBound = true
            column.negativeUpperLine = 0
        case .free:
            column.lower = -.infinity
            column.upper = .infinity
            column.hasLowerBound = true
            column.negativeUpperLine = 0
        case .minusInfinity:
            column.lower = -.infinity
            column.hasLowerBound = true
        case .plusInfinity:
            column.upper = .infinity
            column.negativeUpperLine = 0
        case .binary:
            column.kind = .binary
            column.lower = 0
            column.upper = 1
            column.hasLowerBound = true
            column.negativeUpperLine = 0
        case .semicontinuous, .semiinteger:
            column.kind = type == .semiinteger || column.kind.isIntegral ? .semiinteger : .semicontinuous
            column.upper = value >= Self.infiniteSemicontinuousBound ? .infinity : value
            column.negativeUpperLine = 0
        }
        if type == .integerLower || type == .integerUpper {
            if column.kind == .continuous { column.kind = .integer }
            if column.kind == .semicontinuous { column.kind = .semiinteger }
        }
        columns[index] = column
    }

    /// Whether a line of the vector named `set` counts: lines without a set name always do;
    /// otherwise only the first set named in the section does, and the others are ignored with a warning.
    private mutating func usesVector(_ set: MPSField?, in section: VectorSection, on line: MPSLine) -> Bool {
        guard let set else { return true }
        let name = line.string(set)
        guard let first = firstSetNames[section] else {
            firstSetNames[section] = name
            return true
        }
        if name == first { return true }
        if ignoredSetNames[section, default: []].insert(name).inserted {
            warn("\(section.rawValue) set '\(name)' is ignored; only the first set, '\(first)', is used", line: line.number)
        }
        return false
    }

    // MARK: Numbers

    private func number(_ field: MPSField, on line: MPSLine) throws(ParseError) -> Double {
        do {
            return try DecimalNumber.parse(line.bytes(field), allowsFortranExponent: true)
        } catch {
            let message = switch error {
            case .malformed: "expected a number, found \(line.quoted(field))"
            case .notFinite: "\(line.quoted(field)) is not a finite number; MPS values must be finite (use MI, PL or FR for infinite bounds)"
            case .outOfRange: "the number \(line.quoted(field)) is too large for a double"
            }
            throw line.error(message, at: field, file: file)
        }
    }

    // MARK: The model

    /// The model the file describes, and the warnings collected on the way.
    mutating func finish() -> ModelFile {
        if let name, !name.isEmpty { model.name = name }
        for column in columns {
            var lower = column.lower
            var upper = column.upper
            var kind = column.kind
            if kind == .integer, !column.hasAnyBound, options.integerUpperBoundConvention == .one { upper = 1 }
            if column.negativeUpperLine > 0, !column.hasLowerBound {
                lower = -.infinity
                warn("column '\(column.name)' has a negative upper bound and no lower bound, so its lower bound is -infinity rather than 0", line: column.negativeUpperLine)
            }
            if kind == .binary, lower != 0 || upper != 1 { kind = .integer }
            model.addVariable(column.name, kind: kind, lowerBound: lower, upperBound: upper)
        }
        for row in rows {
            let (lower, upper) = Self.bounds(of: row)
            model.addConstraint(LinearConstraint(lowerBound: lower, LinearExpression(terms: row.terms), upperBound: upper), name: row.name)
        }
        model.objective = Objective(sense, LinearExpression(terms: objective.terms, constant: 0 - objective.rightHandSide))
        // In line order; warnings about the same line keep the order they were found in.
        let ordered = warnings.enumerated().sorted { ($0.element.line, $0.offset) < ($1.element.line, $1.offset) }.map(\.element)
        return ModelFile(model: model, format: format == .free ? .freeMPS : .fixedMPS, warnings: ordered)
    }

    /// A row's bounds from its type, right-hand side and range.
    private static func bounds(of row: Row) -> (lower: Double, upper: Double) {
        let rhs = row.rightHandSide
        guard let range = row.range else {
            switch row.type {
            case .equal: return (rhs, rhs)
            case .lessOrEqual: return (-.infinity, rhs)
            case .greaterOrEqual, .free: return (rhs, .infinity)
            }
        }
        switch row.type {
        case .equal: return range >= 0 ? (rhs, rhs + range) : (rhs + range, rhs)
        case .lessOrEqual: return (rhs - abs(range), rhs)
        case .greaterOrEqual, .free: return (rhs, rhs + abs(range))
        }
    }
}
