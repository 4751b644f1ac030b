import MILP

/// Reads decimal numbers written as text in model files: an optional sign, digits with an
/// optional decimal point, and an optional exponent (`-12`, `.5`, `3.`, `1.5e-7`), which may be
/// written the Fortran way (`1.5D-7`) where a format allows it.
///
/// Short numbers take an exact fast path (a mantissa below 2^53 times or divided by a power of
/// ten up to 10^22 rounds once, so the result is correctly rounded); others go to the standard
/// library's correctly rounded conversion.
enum DecimalNumber {
    /// Why text is not a usable number.
    enum Failure: Error {
        /// Not decimal number syntax.
        case malformed
        /// `NaN`, `Inf` or `Infinity` text.
        case notFinite
        /// Decimal syntax whose value overflows a `Double`.
        case outOfRange
    }

    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]
    private static let nonFiniteSpellings: Set<String> = ["nan", "inf", "infinity"]

    /// The value of `text`, which holds exactly one number and nothing else; `D` and `d` mark
    /// the exponent too when `allowsFortranExponent`.
    static func parse(_ text: UnsafeBufferPointer<UInt8>, allowsFortranExponent: Bool = false) throws(Failure) -> Double {
        let count = text.count
        var index = 0
        var isNegative = false
        if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
            isNegative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var mantissaDigits = 0
        var exponent = 0
        var hasDigits = false
        var isInexact = false

        func digit(at index: Int) -> UInt64? {
            guard index < count else { return nil }
            let value = text[index] &- UInt8(ascii: "0")
            return value < 10 ? UInt64(value) : nil
        }

        while let value = digit(at: index) {
            hasDigits = true
            if mantissaDigits < 19 {
                mantissa = mantissa * 10 + value
                if mantissa > 0 { mantissaDigits += 1 }
            } else {
                exponent += 1
                if value != 0 { isInexact = true }
            }
            index += 1
        }
        if index < count, text[index] == UInt8(ascii: ".") {
            index += 1
            while let value = digit(at: index) {
                hasDigits = true
                if mantissaDigits < 19 {
                    mantissa = mantissa * 10 + value
                    if mantissa > 0 { mantissaDigits += 1 }
                    exponent -= 1
                } else if value != 0 {
                    isInexact = true
                }
                index += 1
            }
        }
        guard hasDigits else {
            let spelling = String(decoding: text[index...], as: UTF8.self).lowercased()
            throw nonFiniteSpellings.contains(spelling) ? .notFinite : .malformed
        }
        var exponentMarker: Int?
        if index < count, Self.isExponentMarker(text[index], allowsFortran: allowsFortranExponent) {
            exponentMarker = index
            index += 1
            var exponentIsNegative = false
            if index < count, text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-") {
                exponentIsNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            guard digit(at: index) != nil else { throw .malformed }
            var written = 0
            while let value = digit(at: index) {
                if written < 100_000 { written = written * 10 + Int(value) }
                index += 1
            }
            exponent += exponentIsNegative ? -written : written
        }
        guard index == count else { throw .malformed }

        if mantissa == 0 { return isNegative ? -0.0 : 0.0 }
        let magnitude: Double
        if !isInexact, mantissa < 1 << 53, abs(exponent) < powersOfTen.count {
            magnitude = exponent >= 0 ? Double(mantissa) * powersOfTen[exponent] : Double(mantissa) / powersOfTen[-exponent]
        } else {
            var spelling = Array(text)
            if let exponentMarker { spelling[exponentMarker] = UInt8(ascii: "e") }
            guard let value = Double(String(decoding: spelling, as: UTF8.self)) else { throw .malformed }
            magnitude = abs(value)
        }
        guard magnitude.isFinite else { throw .outOfRange }
        return isNegative ? -magnitude : magnitude
    }

    private static func isExponentMarker(_ byte: UInt8, allowsFortran: Bool) -> Bool {
        switch byte {
        case UInt8(ascii: "e"), UInt8(ascii: "E"): true
        case UInt8(ascii: "d"), UInt8(ascii: "D"): allowsFortran
        default: false
        }
    }
}
