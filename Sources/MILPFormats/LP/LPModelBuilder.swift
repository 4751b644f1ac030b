import MILP

/// Collects what the sections of a CPLEX LP file declare and assembles the ``Model`` at the end:
/// variables in the order they first appear, then the constraints (zero coefficients dropped),
/// then the binaries and rows that special ordered sets and indicator constraints are
/// reformulated into.
struct LPModelBuilder {
    /// A `coefficient · variable` term by the variable's index.
    struct Term {
        var index: Int
        var coefficient: Double
    }

    /// What the file says about a variable.
    struct Column {
        var name: String
        var lower = 0.0
        var upper = Double.infinity
        var hasLowerBound = false
        var hasUpperBound = false
        var isGeneral = false
        var isBinary = false
        var isSemicontinuous = false
    }

    /// A special ordered set: at most one (type 1) or two consecutive (type 2) of its variables,
    /// in the order of their weights, are nonzero.
    struct SpecialOrderedSet {
        var name: String
        var type: Int
        var members: [(index: Int, weight: Double)]
        var line: Int
    }

    /// A constraint that holds only when a binary variable takes a value.
    struct Indicator {
        var name: String?
        var binary: Int
        var activeValue: Int
        var terms: [Term]
        var lower: Double
        var upper: Double
        var line: Int
    }

    private struct Row {
        var name: String?
        var terms: [Term]
        var lower: Double
        var upper: Double
    }

    let file: String
    private let isLenient: Bool
    private let defaultName: String
    private(set) var warnings: [ParseWarning] = []
    private var names = LPNameTable()
    private(set) var columns: [Column] = []
    private var rows: [Row] = []
    private var constraintNames = LPNameTable()
    /// The line each constraint name was first used on, by the name's number.
    private var constraintLines: [Int] = []
    private var objectiveTerms: [Term] = []
    private var objectiveConstant = 0.0
    var sense = ObjectiveSense.minimize
    var sets: [SpecialOrderedSet] = []
    var indicators: [Indicator] = []

    /// The row that `terms` are being gathered for, and where each variable's term is in it,
    /// so that repeated variables add up in one pass.
    private var stamps: [Int] = []
    private var slots: [Int] = []
    private var stamp = 0

    init(file: String, defaultName: String, isLenient: Bool) {
        self.file = file
        self.defaultName = defaultName
        self.isLenient = isLenient
    }

    /// Records a warning about `line` (0 for the whole file).
    mutating func warn(_ message: String, line: Int) {
        warnings.append(ParseWarning(file: file, line: line, message: message))
    }

    /// Reports a sign that the file is incomplete: an error, or a warning when reading leniently.
    mutating func complain(_ message: String, line: Int) throws(ParseError) {
        guard isLenient else { throw ParseError(file: file, line: line, message: message, isIncompleteFile: true) }
        warn(message, line: line)
    }

    // MARK: Variables

    /// The index of the variable named by `bytes`, declared now if it is new; `bytes` are in the
    /// text being read.
    mutating func variable(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let (index, newName) = names.number(of: bytes)
        if let newName {
            columns.append(Column(name: newName))
            stamps.append(0)
            slots.append(0)
        }
        return index
    }

    /// Sets bounds of a variable from the Bounds section; `nil` leaves a side as it is.
    mutating func setBounds(_ index: Int, lower: Double?, upper: Double?) {
        if let lower {
            columns[index].lower = lower
            columns[index].hasLowerBound = true
        }
        if let upper {
            columns[index].upper = upper
            columns[index].hasUpperBound = true
        }
    }

    mutating func markGeneral(_ index: Int) { columns[index].isGeneral = true }
    mutating func markBinary(_ index: Int) { columns[index].isBinary = true }
    mutating func markSemicontinuous(_ index: Int) { columns[index].isSemicontinuous = true }

    // MARK: Expressions

    /// Starts gathering the terms of a new expression.
    mutating func beginExpression() {
        stamp += 1
    }

    /// Adds `coefficient · variable` to `terms`, the expression begun last, adding up repeats.
    mutating func add(_ coefficient: Double, _ index: Int, to terms: inout [Term]) {
        if stamps[index] == stamp {
            terms[slots[index]].coefficient += coefficient
        } else {
            stamps[index] = stamp
            slots[index] = terms.count
            terms.append(Term(index: index, coefficient: coefficient))
        }
    }

    // MARK: Objective and constraints

    /// Sets the objective.
    mutating func setObjective(_ terms: [Term], constant: Double) {
        objectiveTerms = terms
        objectiveConstant = constant
    }

    /// Gives the constraint starting on `line` the name `bytes` spell: the name when it is new,
    /// else `nil` and the line of the constraint that has it.
    mutating func nameConstraint(_ bytes: UnsafeBufferPointer<UInt8>, line: Int) -> (name: String?, line: Int) {
        let (number, newName) = constraintNames.number(of: bytes)
        guard let newName else { return (nil, constraintLines[number]) }
        constraintLines.append(line)
        return (newName, line)
    }

    /// Adds the constraint `lower ≤ Σ terms ≤ upper`, named by ``nameConstraint(_:line:)``.
    mutating func addConstraint(name: String?, terms: [Term], lower: Double, upper: Double) {
        rows.append(Row(name: name, terms: terms, lower: lower, upper: upper))
    }

    // MARK: The model

    /// The model the file describes, with the warnings collected on the way.
    mutating func finish(name: String?) throws(ParseError) -> ModelFile {
        var model = Model(name: name ?? defaultName)
        for column in columns {
            var kind: VariableKind = column.isGeneral ? .integer : .continuous
            var lower = column.lower, upper = column.upper
            if column.isSemicontinuous {
                kind = column.isGeneral ? .semiinteger : .semicontinuous
            } else if column.isBinary {
                // Binary and the Bounds section together: the integers of [0, 1] within the bounds.
                lower = column.hasLowerBound ? max(0, lower) : 0
                upper = column.hasUpperBound ? min(1, upper) : 1
                kind = lower == 0 && upper == 1 ? .binary : .integer
                if kind == .integer {
                    warn("binary variable '\(column.name)' also has bounds in the Bounds section; it takes the integers of [\(lower), \(upper)]", line: 0)
                }
            }
            model.addVariable(column.name, kind: kind, lowerBound: lower, upperBound: upper)
        }
        let variables = model.variables
        func expression(_ terms: [Term], constant: Double = 0) -> LinearExpression {
            LinearExpression(terms: terms.compactMap { $0.coefficient == 0 ? nil : LinearExpression.Term($0.coefficient, variables[$0.index]) },
                             constant: constant)
        }
        for row in rows {
            model.addConstraint(LinearConstraint(lowerBound: row.lower, expression(row.terms), upperBound: row.upper), name: row.name)
        }
        model.objective = Objective(sense, expression(objectiveTerms, constant: objectiveConstant))
        guard !sets.isEmpty || !indicators.isEmpty else { return ModelFile(model: model, format: .cplexLP, warnings: warnings) }
        var reformulation = LPReformulation(model: model, file: file)
        for set in sets { try reformulation.add(set) }
        for indicator in indicators { try reformulation.add(indicator) }
        return ModelFile(model: reformulation.model, format: .cplexLP, warnings: warnings)
    }
}
