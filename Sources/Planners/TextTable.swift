import Foundation

/// Left-aligned text columns for the planners' human-readable reports (shared by the planners in
/// this module).
enum TextTable {
    /// `values` padded to `widths` (each at least one space wider than its value), trailing spaces trimmed.
    static func row(_ values: [String], widths: [Int]) -> String {
        zip(values, widths).map { value, width in value.padding(toLength: max(width, value.count + 1), withPad: " ", startingAt: 0) }
            .joined().trimmingCharacters(in: .whitespaces)
    }
}
