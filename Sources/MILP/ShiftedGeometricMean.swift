import Foundation

/// The shifted geometric mean `(Π (vᵢ + s))^(1/n) − s` of non-negative values: the usual average
/// of solve times (shift 1 s) and node counts (shift 10), where the shift keeps tiny values from
/// dominating and the geometric mean keeps a few huge ones from doing so.
///
/// Returns `nil` for no values. Computed through the mean of logarithms, so long lists do not overflow.
public func shiftedGeometricMean(_ values: some Collection<Double>, shift: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let meanLogarithm = values.reduce(0) { $0 + log($1 + shift) } / Double(values.count)
    return exp(meanLogarithm) - shift
}

/// The shifted geometric mean of durations, computed in seconds; `nil` for none.
public func shiftedGeometricMean(_ durations: some Collection<Duration>, shift: Duration) -> Duration? {
    shiftedGeometricMean(durations.map(\.inSeconds), shift: shift.inSeconds).map { .seconds($0) }
}
