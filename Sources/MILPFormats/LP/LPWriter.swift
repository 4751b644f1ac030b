import Foundation
import MILP

/// Writes a ``Model`` in the CPLEX LP format, which ``LPReader`` and other solvers read back to
/// the same model.
///
/// ```swift
/// let notes = try LPWriter().write(model, to: URL(fileURLWithPath: "plan.lp"))
/// ```
///
/// What is written: the objective with its constant and every variable in index order (with a
/// zero coefficient where it has none, so that readers number the variables as the model does),
/// each constraint as `expression sense value`
/// or the range `lower <= expression <= upper` (a free row as `>= -inf`, a row without variables
/// with a zero term on the first variable), the bounds that differ from [0, +∞), and the
/// Generals, Binaries and Semi-Continuous sections. Numbers are written in full, so they read back
/// exactly. Names the format cannot hold are replaced (see ``LPNames``), and ``write(_:to:)``
/// says which. GLPK's reader takes what this writer writes except ranged rows, an objective
/// constant, free rows and semi-continuous variables, which its dialect lacks.
public struct LPWriter: Sendable {
    /// Terms per line, so that lines stay well within the 510 characters CPLEX reads.
    private static let termsPerLine = 8

    /// A writer.
    public init() {}

    /// The model as CPLEX LP text.
    public func write(_ model: Model) -> String {
        write(model, names: LPNames(model))
    }

    /// Writes the model to `url`, gzip-compressed when the path ends in `.gz`, and returns what
    /// the file does not keep as it was: renamed variables and constraints, one sentence each.
    @discardableResult
    public func write(_ model: Model, to url: URL) throws(OutputFileError) -> [String] {
        let names = LPNames(model)
        var data = Data(write(model, names: names).utf8)
        if url.pathExtension.lowercased() == "gz" { data = Gzip.compress(data) }
        try OutputFile.write(data, to: url.path)
        return names.changes
    }

    private func write(_ model: Model, names: LPNames) -> String {
        var text = "\\ Model \(model.name.split(whereSeparator: \.isNewline).joined(separator: " "))\n"
        text += model.objective.sense == .maximize ? "Maximize\n" : "Minimize\n"
        // Every variable, in index order, zero coefficients included: readers number variables in
        // the order they first appear, and a variable nothing else mentions would be lost.
        let objective = model.objective.expression.merged()
        var coefficients = [Double](repeating: 0, count: model.variableCount)
        for term in objective.terms { coefficients[term.variable.index] = term.coefficient }
        let allTerms = zip(model.variables, coefficients).map { LinearExpression.Term($1, $0) }
        text += " \(names.objective):" + expression(allTerms, names: names, orZeroOn: nil)
        if objective.constant != 0 { text += " \(signed(objective.constant))" }
        text += "\n"
        text += "Subject To\n"
        let firstColumn = names.columns.first
        for (row, name) in zip(model.constraintDescriptions, names.rows) {
            let terms = expression(row.terms, names: names, orZeroOn: firstColumn)
            let (lower, upper) = (row.lowerBound, row.upperBound)
            switch (lower.isFinite, upper.isFinite) {
            case (true, true) where lower == upper: text += " \(name):\(terms) = \(number(lower))\n"
            case (true, true): text += " \(name): \(number(lower)) <=\(terms) <= \(number(upper))\n"
            case (true, false): text += " \(name):\(terms) >= \(number(lower))\n"
            case (false, true): text += " \(name):\(terms) <= \(number(upper))\n"
            case (false, false): text += " \(name):\(terms) >= -inf\n"
            }
        }
        text += bounds(model, names: names)
        let kinds = model.variableDescriptions.map(\.kind)
        text += list("Generals", names.columns, where: zip(kinds, names.columns).map { $0.0 == .integer || $0.0 == .semiinteger })
        text += list("Binaries", names.columns, where: kinds.map { $0 == .binary })
        text += list("Semi-Continuous", names.columns, where: kinds.map(\.isSemicontinuous))
        return text + "End\n"
    }

    /// The terms as ` + 3 x - y …`, broken into lines; ` 0 zeroColumn` when there are none (a
    /// term the format needs where a row has no variables), or nothing when `zeroColumn` is nil.
    private func expression(_ terms: [LinearExpression.Term], names: LPNames, orZeroOn zeroColumn: String?) -> String {
        guard !terms.isEmpty else { return zeroColumn.map { " 0 \($0)" } ?? "" }
        var text = ""
        for (position, term) in terms.enumerated() {
            if position > 0, position.isMultiple(of: Self.termsPerLine) { text += "\n   " }
            let magnitude = abs(term.coefficient)
            let sign = term.coefficient < 0 ? "-" : (position == 0 ? "" : "+")
            text += " " + (sign.isEmpty ? "" : sign + " ") + (magnitude == 1 ? "" : number(magnitude) + " ") + names.columns[term.variable.index]
        }
        return text
    }

    private func bounds(_ model: Model, names: LPNames) -> String {
        var lines = ""
        for (variable, name) in zip(model.variableDescriptions, names.columns) where variable.kind != .binary {
            let lower = variable.lowerBound, upper = variable.upperBound
            switch (lower, upper) {
            case (0, .infinity): continue
            case (-.infinity, .infinity): lines += " \(name) free\n"
            case _ where lower == upper: lines += " \(name) = \(number(lower))\n"
            case (0, _): lines += " \(name) <= \(number(upper))\n"
            case (_, .infinity): lines += " \(name) >= \(number(lower))\n"
            default: lines += " \(number(lower)) <= \(name) <= \(number(upper))\n"
            }
        }
        return lines.isEmpty ? "" : "Bounds\n" + lines
    }

    /// A section listing the names where `selected` is true, a few to a line; nothing when none is.
    private func list(_ section: String, _ names: [String], where selected: [Bool]) -> String {
        let chosen = zip(names, selected).filter(\.1).map(\.0)
        guard !chosen.isEmpty else { return "" }
        return section + "\n" + stride(from: 0, to: chosen.count, by: Self.termsPerLine).map { start in
            " " + chosen[start..<min(start + Self.termsPerLine, chosen.count)].joined(separator: " ") + "\n"
        }.joined()
    }

    /// A number as short as reads back exactly; infinities as `inf` and `-inf`.
    private func number(_ value: Double) -> String {
        value.isInfinite ? (value < 0 ? "-inf" : "inf") : value.shortDescription
    }

    /// A constant term: `+ 3` or `- 3`.
    private func signed(_ value: Double) -> String {
        value < 0 ? "- \(number(-value))" : "+ \(number(value))"
    }
}
