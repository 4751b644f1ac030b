extension Duration {
    /// The duration in seconds, as a floating-point number (for reports and JSON).
    public var inSeconds: Double {
        Double(components.seconds) + Double(components.attoseconds) / 1e18
    }
}

extension Duration {
    /// The seconds a document may state for a duration: ±10¹² s (about 31,700 years), far beyond
    /// any run and far inside what a `Duration` holds.
    public static let secondsInDocuments = InputRange(-1e12...1e12)
}

/// A value that JSON holds as a number of seconds: a `Duration`, or an optional one (`null`).
public protocol SecondsCodable: Sendable, Hashable {
    /// The value of `seconds` (`nil` for `null`), read at `field`.
    init(seconds: Double?, field: String) throws(InputError)
    /// The seconds to write; `nil` for `null`.
    var secondsValue: Double? { get }
}

extension Duration: SecondsCodable {
    /// `seconds` as a duration, refused when null or beyond ``secondsInDocuments``.
    public init(seconds: Double?, field: String) throws(InputError) {
        guard let seconds else { throw InputError(field: field, "expected a number of seconds, got null") }
        try self.init(seconds: seconds, field: field, in: Self.secondsInDocuments)
    }

    /// The duration in seconds.
    public var secondsValue: Double? { inSeconds }
}

extension Optional: SecondsCodable where Wrapped == Duration {
    /// `nil` for null, else the duration.
    public init(seconds: Double?, field: String) throws(InputError) {
        self = try seconds.map { seconds throws(InputError) in try Duration(seconds: seconds, field: field) }
    }

    /// The seconds, or `nil`.
    public var secondsValue: Double? { self?.inSeconds }
}

/// A `Duration` (or `Duration?`) that JSON holds as a number of seconds, the way durations cross
/// every edge (reports, stores, sweep files); inside the library it stays a `Duration`.
///
/// ```swift
/// struct Report: Codable { @CodedAsSeconds var solveTime: Duration }   // {"solveTime": 0.25}
/// ```
@propertyWrapper
public struct CodedAsSeconds<Value: SecondsCodable>: Codable, Sendable, Hashable {
    /// The duration.
    public var wrappedValue: Value

    /// Wraps `wrappedValue`.
    public init(wrappedValue: Value) {
        self.wrappedValue = wrappedValue
    }

    /// Reads a number of seconds (or null, for an optional duration).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let seconds = container.decodeNil() ? nil : try container.decode(Double.self)
        wrappedValue = try Value(seconds: seconds, field: InputError.path(decoder.codingPath))
    }

    /// Writes the number of seconds, or null.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let seconds = wrappedValue.secondsValue { try container.encode(seconds) } else { try container.encodeNil() }
    }
}
