import Foundation
import MILP

/// Writes a ``Model`` as MPS text that ``MPSReader`` and other solvers read back to the same model.
///
/// ```swift
/// try MPSWriter().write(model, to: URL(fileURLWithPath: "plan.mps.gz"))
/// ```
///
/// What is written: OBJSENSE `MAX` for maximisation, the objective as the first N row and its
/// constant as minus the objective row's right-hand side, constraints as E, L or G rows (ranged
/// ones through RANGES, free ones as N rows, which readers drop), integer columns between MARKER
/// lines, and every bound that differs from the reader's defaults (binary columns as BV,
/// semi-continuous ones as SC and semi-integer ones as SI, each with LO for a lower bound).
///
/// Names the format cannot hold are replaced, as are missing and repeated ones: variables become
/// `x<index>` and constraints `c<index>`, changed if that is taken. Free MPS cannot hold names
/// that are empty, contain whitespace, or start with `$` or `*`; fixed MPS also needs names of
/// at most 8 bytes. Fixed MPS holds numbers in 12 characters, so values that need more digits
/// are rounded: use free MPS (the default) for exact round trips. A ranged row `[l, u]` becomes
/// a G row `l` with range `u − l`, or an L row `u` when only that reads back exactly; for a few
/// bound pairs of very different magnitudes neither does, and one bound comes back one rounding
/// off. Write models that pass ``Model/validate()``; non-finite numbers are written as they are
/// and fail to read back.
public struct MPSWriter: Sendable {
    /// The layout to write.
    public var format: MPSFormat

    /// A writer of the given layout.
    public init(format: MPSFormat = .free) {
        self.format = format
    }

    /// The model as MPS text.
    public func write(_ model: Model) -> String {
        var output = Output(format: format)
        let names = MPSNames(model: model, format: format)
        let modelName = model.name.split(whereSeparator: \.isWhitespace).joined(separator: "_")
        output.line(modelName.isEmpty ? "NAME" : format == .fixed ? "NAME          \(modelName)" : "NAME \(modelName)")
        if model.objective.sense == .maximize {
            output.line("OBJSENSE")
            output.line("    MAX")
        }
        let rows = model.constraintDescriptions.map(RowForm.init)
        writeRows(rows, names: names, to: &output)
        writeColumns(model, names: names, to: &output)
        writeRightHandSides(model, rows: rows, names: names, to: &output)
        writeRanges(rows, names: names, to: &output)
        writeBounds(model, names: names, to: &output)
        output.line("ENDATA")
        return output.text
    }

    /// Writes the model to `url`, gzip-compressed when the path ends in `.gz`.
    /// - Throws: ``OutputFileError`` when the file cannot be written.
    public func write(_ model: Model, to url: URL) throws(OutputFileError) {
        var data = Data(write(model).utf8)
        if url.pathExtension.lowercased() == "gz" { data = Gzip.compress(data) }
        try OutputFile.write(data, to: url.path)
    }

    // MARK: Sections

    private func writeRows(_ rows: [RowForm], names: MPSNames, to output: inout Output) {
        output.line("ROWS")
        output.record(type: "N", names.objective)
        for (row, name) in zip(rows, names.rows) { output.record(type: row.type, name) }
    }

    private func writeColumns(_ model: Model, names: MPSNames, to output: inout Output) {
        // The matrix by column: for each variable, (row, coefficient) with row -1 for the objective.
        var entries = [[(row: Int, value: Double)]](repeating: [], count: model.variableCount)
        for term in model.objective.expression.merged().terms {
            entries[checkedIndex(term.variable, in: model)].append((-1, term.coefficient))
        }
        for (row, description) in model.constraintDescriptions.enumerated() {
            for term in LinearExpression(terms: description.terms).merged().terms {
                entries[checkedIndex(term.variable, in: model)].append((row, term.coefficient))
            }
        }
        output.line("COLUMNS")
        var isInIntegerBlock = false
        for (index, variable) in model.variableDescriptions.enumerated() {
            if variable.kind.isIntegral != isInIntegerBlock {
                isInIntegerBlock.toggle()
                output.record("MARKER", "'MARKER'", nil, isInIntegerBlock ? "'INTORG'" : "'INTEND'")
            }
            let column = names.columns[index]
            var pairs = entries[index].map { (row: $0.row < 0 ? names.objective : names.rows[$0.row], value: $0.value) }
            if pairs.isEmpty { pairs = [(names.objective, 0)] } // declares a column that has no coefficients
            for start in stride(from: 0, to: pairs.count, by: 2) {
                let second = start + 1 < pairs.count ? pairs[start + 1] : nil
                output.record(column, pairs[start].row, output.number(pairs[start].value), second?.row, second.map { output.number($0.value) })
            }
        }
        if isInIntegerBlock { output.record("MARKER", "'MARKER'", nil, "'INTEND'") }
    }

    private func writeRightHandSides(_ model: Model, rows: [RowForm], names: MPSNames, to output: inout Output) {
        output.line("RHS")
        let constant = model.objective.expression.constant
        if constant != 0 { output.record("RHS", names.objective, output.number(-constant)) }
        for (row, name) in zip(rows, names.rows) where row.rightHandSide != 0 {
            output.record("RHS", name, output.number(row.rightHandSide))
        }
    }

    private func writeRanges(_ rows: [RowForm], names: MPSNames, to output: inout Output) {
        let ranged = zip(rows, names.rows).filter { $0.0.range != nil }
        guard !ranged.isEmpty else { return }
        output.line("RANGES")
        for (row, name) in ranged { output.record("RNG", name, output.number(row.range ?? 0)) }
    }

    private func writeBounds(_ model: Model, names: MPSNames, to output: inout Output) {
        var lines: [(type: String, column: String, value: Double?)] = []
        for (variable, column) in zip(model.variableDescriptions, names.columns) {
            let lower = variable.lowerBound, upper = variable.upperBound
            let count = lines.count
            if variable.kind.isSemicontinuous {
                // SC or SI carries the upper bound (1e30 for none, as solvers write infinity); LO the lower.
                if lower != 0 { lines.append(lower == -.infinity ? ("MI", column, nil) : ("LO", column, lower)) }
                lines.append((variable.kind == .semiinteger ? "SI" : "SC", column, upper == .infinity ? 1e30 : upper))
            } else if variable.kind == .binary {
                lines.append(("BV", column, nil))
            } else if lower == upper {
                lines.append(("FX", column, lower))
            } else if lower == -.infinity, upper == .infinity {
                lines.append(("FR", column, nil))
            } else {
                if lower == -.infinity {
                    lines.append(("MI", column, nil))
                } else if lower != 0 || upper < 0 {
                    // Readers take a negative upper bound without a lower bound to mean lower bound −∞.
                    lines.append(("LO", column, lower))
                }
                if upper != .infinity { lines.append(("UP", column, upper)) }
            }
            // Some readers bound integer columns without bounds by 1; say +∞ explicitly.
            if variable.kind == .integer, lines.count == count { lines.append(("PL", column, nil)) }
        }
        guard !lines.isEmpty else { return }
        output.line("BOUNDS")
        for line in lines { output.record(type: line.type, "BND", line.column, line.value.map { output.number($0) }) }
    }

    private func checkedIndex(_ variable: Variable, in model: Model) -> Int {
        precondition(model.contains(variable), "variable x\(variable.index) does not belong to model '\(model.name)'")
        return variable.index
    }
}

/// How a constraint's bounds are written: a row type, a right-hand side and perhaps a range.
private struct RowForm {
    var type: String
    var rightHandSide = 0.0
    var range: Double?

    init(_ row: ConstraintDescription) {
        let lower = row.lowerBound, upper = row.upperBound
        switch (lower == -.infinity, upper == .infinity) {
        case (true, true): type = "N"
        case (true, false): type = "L"; rightHandSide = upper
        case (false, true): type = "G"; rightHandSide = lower
        case (false, false) where lower == upper: type = "E"; rightHandSide = lower
        case (false, false):
            // A ranged row: G with range `upper − lower` reads back as [lower, lower + range]. If
            // that sum rounds away from `upper`, try L, which reads back as [upper − range, upper].
            let range = upper - lower
            let usesLessOrEqual = lower + range != upper && upper - range == lower
            type = usesLessOrEqual ? "L" : "G"
            rightHandSide = usesLessOrEqual ? upper : lower
            self.range = range
        }
    }
}

/// MPS text being written, with records laid out for the format.
private struct Output {
    private static let fixedStarts = [2, 5, 15, 25, 40, 50]

    let format: MPSFormat
    private(set) var text = ""

    init(format: MPSFormat) {
        self.format = format
    }

    mutating func line(_ line: String) {
        text += line
        text += "\n"
    }

    /// A data line: the fields in their columns (fixed) or separated by spaces (free); `nil`
    /// fields are left blank, and trailing blanks are dropped.
    mutating func record(type: String? = nil, _ fields: String?...) {
        let all = [type] + fields
        var line = ""
        switch format {
        case .fixed:
            for (field, start) in zip(all, Self.fixedStarts) {
                guard let field else { continue }
                let column = line.utf8.count + 1
                if column < start { line += String(repeating: " ", count: start - column) }
                line += field
            }
        case .free:
            // Short fields are padded so that files of short names line up like fixed MPS.
            line = " " + (type ?? "")
            line += String(repeating: " ", count: 4 - line.utf8.count)
            for field in fields {
                let field = field ?? ""
                line += field
                line += String(repeating: " ", count: max(0, 8 - field.utf8.count) + 2)
            }
        }
        while line.last == " " { line.removeLast() }
        self.line(line)
    }

    /// A number as short as reads back exactly; in fixed MPS, rounded to fit 12 characters.
    func number(_ value: Double) -> String {
        let shortest = value.shortDescription
        guard format == .fixed, shortest.utf8.count > 12 else { return shortest }
        for digits in stride(from: 12, through: 1, by: -1) {
            let rounded = String(format: "%.\(digits)g", value)
            if rounded.utf8.count <= 12 { return rounded }
        }
        return shortest
    }
}
