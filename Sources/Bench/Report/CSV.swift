import Foundation

/// Writing values into CSV cells.
enum CSV {
    /// `text` quoted when it holds a comma, a quote or a line break.
    static func field(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0.isNewline }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A number at full precision, or an empty cell.
    static func number(_ value: Double?) -> String {
        value.map { String($0) } ?? ""
    }
}
