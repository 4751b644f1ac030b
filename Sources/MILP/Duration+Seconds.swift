extension Duration {
    /// The duration in seconds, as a floating-point number (for reports and JSON).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

/// A `Duration` that JSON holds as a number of seconds, the way durations cross every edge
/// (reports, stores, sweep files); inside the library it stays a `Duration`.
///
/// ```swift
/// struct Report: Codable { @CodedAsSeconds var solveTime: Duration }   // {"solveTime": 0.25}
/// ```
@propertyWrapper
public struct CodedAsSeconds: Codable, Sendable, Hashable {
    /// The duration.
    public var wrappedValue: Duration

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Duration) {
        self.wrappedValue = wrappedValue
    }

    /// The longest duration a document may state: about 31,700 years, far beyond any run and
    /// far inside what a `Duration` holds.
    public static let longest = Duration.seconds(1e12)

    /// Reads a number of seconds from 0 to ``longest``.
    public init(from decoder: any Decoder) throws {
        let seconds = try decoder.singleValueContainer().decode(Double.self)
        wrappedValue = try Duration(seconds: seconds, field: InputError.path(decoder.codingPath),
                                    in: InputRange(0...Self.longest.inSeconds))
    }

    /// Writes the number of seconds.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(wrappedValue.inSeconds)
    }
}
