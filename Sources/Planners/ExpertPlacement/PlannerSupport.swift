import Foundation

// Small helpers the planners' reports share.

extension Duration {
    /// The duration in seconds.
    var seconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) + Double(attoseconds) * 1e-18
    }
}

/// Left-aligned text columns for the planners' human-readable reports.
enum TextTable {
    /// `values` padded to `widths` (each at least one space wider than its value), trailing spaces trimmed.
    static func row(_ values: [String], widths: [Int]) -> String {
        zip(values, widths).map { value, width in value.padding(toLength: max(width, value.count + 1), withPad: " ", startingAt: 0) }
            .joined().trimmingCharacters(in: .whitespaces)
    }
}
