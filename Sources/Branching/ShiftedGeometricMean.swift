import Foundation

/// The shifted geometric mean `exp(mean(log(v + s))) − s`, the usual summary of solve times
/// (shift 1 s) and node counts (shift 10): it damps both the huge values of a few hard instances
/// and the ratios between tiny ones.
public enum ShiftedGeometricMean {
    /// The mean of `values` with `shift`; 0 for no values.
    public static func of(_ values: [Double], shift: Double) -> Double {
        guard !values.isEmpty else { return 0 }
        let logarithms = values.map { log(max($0 + shift, .leastNormalMagnitude)) }
        return exp(logarithms.reduce(0, +) / Double(values.count)) - shift
    }
}
