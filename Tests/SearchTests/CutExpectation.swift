import MILP
@testable import Search
import Testing

/// A cut compared up to a positive multiple: its coefficients by variable index and right-hand
/// side, divided by the magnitude of the coefficient of `pivot`.
func normalized(_ cut: Cut, pivot: Variable) -> (coefficients: [Int: Double], rightHandSide: Double) {
    let scale = abs(cut.terms.first { $0.variable == pivot }?.coefficient ?? .nan)
    var coefficients: [Int: Double] = [:]
    for term in cut.terms { coefficients[term.variable.index] = term.coefficient / scale }
    return (coefficients, cut.rightHandSide / scale)
}

/// Whether `cut`, scaled so that `pivot`'s coefficient has magnitude 1, is `expected ≤ rightHandSide`.
func cut(_ cut: Cut, equals expected: [Variable: Double], rightHandSide: Double, pivot: Variable) -> Bool {
    let (coefficients, rhs) = normalized(cut, pivot: pivot)
    guard coefficients.count == expected.count, abs(rhs - rightHandSide) <= 1e-7 else { return false }
    return expected.allSatisfy { variable, value in abs((coefficients[variable.index] ?? .nan) - value) <= 1e-7 }
}
