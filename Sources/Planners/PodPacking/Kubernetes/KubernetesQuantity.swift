/// A Kubernetes resource quantity such as `500m`, `2`, `1.5`, `2Gi`, `512Mi`, `1e3` or
/// `128974848`: a decimal number with an optional binary (`Ki`…`Ei`), decimal (`n`, `u`, `m`,
/// `k`, `M`…`E`) or exponent (`e3`, `E-2`) suffix.
///
/// Converted to whole units the way Kubernetes does it: rounded up, away from zero, so `0.1m`
/// of CPU is 1 millicore and `1.5Ki` of memory is 1536 bytes.
public struct KubernetesQuantity: Sendable, Equatable, CustomStringConvertible {
    /// The text the quantity was parsed from.
    public let text: String
    /// The value is `mantissa · 10^decimalExponent · 1024^binaryExponent`.
    private let mantissa: Int
    private let decimalExponent: Int
    private let binaryExponent: Int

    /// Why a text is not a quantity.
    public struct ParseError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The text that failed to parse.
        public var text: String
        /// What is wrong with it.
        public var reason: String

        /// `'text' is not a Kubernetes quantity: reason`.
        public var description: String { "'\(text)' is not a Kubernetes quantity: \(reason)" }
    }

    /// Parses `text`; throws a ``ParseError`` saying what is wrong.
    public init(parsing text: String) throws(ParseError) {
        self.text = text
        var characters = Substring(text)
        func fail(_ reason: String) -> ParseError { ParseError(text: text, reason: reason) }

        var negative = false
        if let sign = characters.first, sign == "+" || sign == "-" {
            negative = sign == "-"
            characters = characters.dropFirst()
        }
        var mantissa = 0, digits = 0, fractionDigits = 0, seenPoint = false
        while let character = characters.first {
            if character == ".", !seenPoint {
                seenPoint = true
            } else if let digit = character.wholeNumberValue, character.isASCII {
                digits += 1
                if seenPoint { fractionDigits += 1 }
                let (times10, overflow1) = mantissa.multipliedReportingOverflow(by: 10)
                let (sum, overflow2) = times10.addingReportingOverflow(digit)
                guard !overflow1, !overflow2 else { throw fail("the number has too many digits") }
                mantissa = sum
            } else {
                break
            }
            characters = characters.dropFirst()
        }
        guard digits > 0 else { throw fail("expected a number such as 500m, 2, 1.5, 2Gi") }

        let suffix = String(characters)
        var decimalExponent = -fractionDigits, binaryExponent = 0
        if let power = Self.binarySuffixes[suffix] {
            binaryExponent = power
        } else if let power = Self.decimalSuffixes[suffix] {
            decimalExponent += power
        } else if let first = suffix.first, first == "e" || first == "E", let exponent = Int(suffix.dropFirst()) {
            guard abs(exponent) <= 30 else { throw fail("the exponent \(exponent) is out of range") }
            decimalExponent += exponent
        } else {
            throw fail("unknown suffix '\(suffix)'; use Ki, Mi, Gi, Ti, Pi, Ei, n, u, m, k, M, G, T, P, E or an exponent like e3")
        }
        self.mantissa = negative ? -mantissa : mantissa
        self.decimalExponent = decimalExponent
        self.binaryExponent = binaryExponent
    }

    /// The value times `factor`, rounded up away from zero; `nil` when it does not fit in an `Int`.
    /// `scaled(by: 1000)` gives millicores from a CPU quantity, `scaled(by: 1)` bytes from memory.
    public func scaled(by factor: Int) -> Int? {
        var value = mantissa
        var overflow = false
        (value, overflow) = value.multipliedReportingOverflow(by: factor)
        if overflow { return nil }
        for _ in 0..<binaryExponent {
            (value, overflow) = value.multipliedReportingOverflow(by: 1024)
            if overflow { return nil }
        }
        if decimalExponent >= 0 {
            for _ in 0..<decimalExponent {
                (value, overflow) = value.multipliedReportingOverflow(by: 10)
                if overflow { return nil }
            }
            return value
        }
        var remainderSeen = false
        for _ in 0..<(-decimalExponent) {
            if value % 10 != 0 { remainderSeen = true }
            value /= 10
        }
        return remainderSeen ? value + (mantissa < 0 ? -1 : 1) : value
    }

    /// The quantity as written.
    public var description: String { text }

    private static let binarySuffixes = ["Ki": 1, "Mi": 2, "Gi": 3, "Ti": 4, "Pi": 5, "Ei": 6]
    private static let decimalSuffixes = ["": 0, "n": -9, "u": -6, "m": -3, "k": 3, "M": 6, "G": 9, "T": 12, "P": 15, "E": 18]
}
