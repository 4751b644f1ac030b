import Foundation

/// The shifted geometric mean `(Π (vᵢ + s))^(1/n) − s` of non-negative values: the usual average
/// of solve times and node counts, where the shift `s` keeps tiny values from dominating.
///
/// Returns `nil` for no values. Computed through the mean of logarithms, so long lists do not overflow.
public func shiftedGeometricMean(_ values: [Double], shift: Double) -> Double? {
    guard !values.isEmpty else { return nil }
    let meanLogarithm = values.reduce(0) { $0 + log($1 + shift) } / Double(values.count)
    return exp(meanLogarithm) - shift
}
