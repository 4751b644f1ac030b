import Foundation

/// Maps data values onto a pixel range, linearly or logarithmically.
struct PlotScale {
    /// The data range shown.
    var lower: Double
    var upper: Double
    /// The pixel positions of `lower` and `upper` (the second may be smaller, as for a y axis).
    var start: Double
    var end: Double
    /// Whether values are placed by their logarithm.
    var isLogarithmic: Bool

    /// The pixel position of `value`, clamped to the range.
    func position(_ value: Double) -> Double {
        let clamped = min(max(value, lower), upper)
        let fraction = isLogarithmic
            ? log(clamped / lower) / log(upper / lower)
            : (clamped - lower) / (upper - lower)
        return start + (end - start) * (fraction.isFinite ? fraction : 0)
    }

    /// Round tick values within the range: powers of `base` for a logarithmic scale (every
    /// other one or sparser when there are many), multiples of 1, 2 or 5 × 10ⁿ, at least
    /// `minimumStep` apart, otherwise.
    func ticks(base: Double = 10, maximumCount: Int = 8, minimumStep: Double = 0) -> [Double] {
        if isLogarithmic {
            let first = Int(floor(log(lower) / log(base) + 1e-9)), last = Int(ceil(log(upper) / log(base) - 1e-9))
            let stride = max(1, Int(ceil(Double(last - first + 1) / Double(maximumCount))))
            return Swift.stride(from: first, through: last, by: stride).map { pow(base, Double($0)) }.filter { $0 >= lower * 0.999 && $0 <= upper * 1.001 }
        }
        let rough = (upper - lower) / Double(max(1, maximumCount - 1))
        let magnitude = pow(10, floor(log10(max(rough, 1e-12))))
        let step = max(minimumStep, [1.0, 2, 5, 10].map { $0 * magnitude }.first { $0 >= rough } ?? 10 * magnitude)
        return Swift.stride(from: ceil(lower / step) * step, through: upper + step * 1e-9, by: step).map { $0 }
    }
}
