import Foundation
import MILP

/// Reads MIP starts from the `.sol` format `milp solve --solution` writes: a line `=obj= VALUE`,
/// then one line `NAME VALUE` per variable (`x` and the index for an unnamed one, as in reports).
///
/// ```
/// =obj= 8691
/// x[12] 1
/// y 0.5
/// ```
///
/// A file that begins with `=obj=` holds a complete solution: variables it does not list are 0,
/// as `--solution` leaves zeros out. A file without that line gives values for the variables it
/// lists only, a partial start. Blank lines and lines starting with `#` are skipped.
public enum SolutionFile {
    /// Reads the start in `url` for `model`. An unknown or repeated name, a value that is not a
    /// number, or a file recording an infeasible model is an error naming the line.
    public static func readStart(_ url: URL, for model: Model) throws(ParseError) -> InitialSolution {
        let file = url.relativePath
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw ParseError(file: file, message: "cannot read the file: \((error as NSError).localizedDescription)")
        }
        return try start(in: String(decoding: data, as: UTF8.self), file: file, for: model)
    }

    /// Reads the start in `text`; `file` names it in errors.
    public static func start(in text: String, file: String, for model: Model) throws(ParseError) -> InitialSolution {
        var variables: [String: Variable] = [:]
        for (index, description) in model.variableDescriptions.enumerated() {
            variables[description.name ?? "x\(index)"] = model.variable(at: index)
        }
        var values: [Variable: Double] = [:]
        var lineOfValue: [Variable: Int] = [:]
        var isComplete = false
        var hasContent = false
        for (offset, line) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let number = offset + 1
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let first = fields.first, !first.hasPrefix("#") else { continue }
            func error(_ message: String, at field: Substring? = nil) -> ParseError {
                let column = field.map { line.distance(from: line.startIndex, to: $0.startIndex) + 1 } ?? 1
                return ParseError(file: file, line: number, column: column, message: message, sourceLine: String(line))
            }
            if first == "=infeas=" { throw error("the file records an infeasible model, not a solution") }
            if first == "=obj=" {
                guard !hasContent else { throw error("'=obj=' must be the first line") }
                guard fields.count == 2, Double(fields[1]) != nil else { throw error("expected '=obj= VALUE'", at: fields.dropFirst().first) }
                isComplete = true
                hasContent = true
                continue
            }
            hasContent = true
            guard fields.count == 2 else { throw error("expected 'NAME VALUE', got \(fields.count) field\(fields.count == 1 ? "" : "s")") }
            guard let variable = variables[String(first)] else { throw error("unknown variable '\(first)'", at: first) }
            guard let value = Double(fields[1]), value.isFinite else { throw error("expected a number, got '\(fields[1])'", at: fields[1]) }
            if let earlier = lineOfValue[variable] { throw error("variable '\(first)' was already given on line \(earlier)", at: first) }
            values[variable] = value
            lineOfValue[variable] = number
        }
        guard !values.isEmpty || isComplete else { throw ParseError(file: file, message: "the file gives no values") }
        if isComplete {
            for variable in model.variables where values[variable] == nil { values[variable] = 0 }
        }
        return InitialSolution(values)
    }
}
