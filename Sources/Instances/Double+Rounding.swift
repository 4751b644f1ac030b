extension Double {
    /// The value rounded to `digits` decimal places, so files stay short and exact.
    func rounded(toPlaces digits: Int) -> Double {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        return (self * scale).rounded() / scale
    }
}
