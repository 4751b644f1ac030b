/// The values a number from a document or the command line may take, checked before any
/// arithmetic uses it: an interval whose ends are open or closed, and whose error names the field.
///
/// ```swift
/// try InputRange(above: 0, through: 1e6).check(rate, field: "rate", unit: "requests per second")
/// // rate: must be greater than 0 and at most 1000000 requests per second, got 1e+300
/// ```
public struct InputRange<Bound: Comparable & Sendable>: Sendable, CustomStringConvertible {
    /// The lower end.
    public let lower: Bound
    /// The upper end.
    public let upper: Bound
    /// Whether ``lower`` itself is allowed.
    public let includesLower: Bool
    /// Whether ``upper`` itself is allowed.
    public let includesUpper: Bool

    /// `[lower, upper]`.
    public init(_ range: ClosedRange<Bound>) {
        self.init(lower: range.lowerBound, includesLower: true, upper: range.upperBound, includesUpper: true)
    }

    /// `[lower, upper)`.
    public init(_ range: Range<Bound>) {
        self.init(lower: range.lowerBound, includesLower: true, upper: range.upperBound, includesUpper: false)
    }

    /// `(lower, upper]`.
    public init(above lower: Bound, through upper: Bound) {
        self.init(lower: lower, includesLower: false, upper: upper, includesUpper: true)
    }

    /// `(lower, upper)`.
    public init(above lower: Bound, below upper: Bound) {
        self.init(lower: lower, includesLower: false, upper: upper, includesUpper: false)
    }

    private init(lower: Bound, includesLower: Bool, upper: Bound, includesUpper: Bool) {
        self.lower = lower
        self.upper = upper
        self.includesLower = includesLower
        self.includesUpper = includesUpper
    }

    /// Whether `value` lies in the range (a NaN never does).
    public func contains(_ value: Bound) -> Bool {
        (includesLower ? value >= lower : value > lower) && (includesUpper ? value <= upper : value < upper)
    }

    /// `value` when it lies in the range; otherwise an error about `field` that states the range
    /// (in `unit`, when given) and the value.
    @discardableResult
    public func check(_ value: Bound, field: String, unit: String? = nil) throws(InputError) -> Bound {
        guard contains(value) else {
            throw InputError(field: field, "must be \(requirement)\(unit.map { " \($0)" } ?? ""), got \(Self.shown(value))")
        }
        return value
    }

    /// The range in words, as error messages state it: `greater than 0 and at most 1`.
    public var requirement: String {
        (includesLower ? "at least " : "greater than ") + Self.shown(lower)
            + (includesUpper ? " and at most " : " and less than ") + Self.shown(upper)
    }

    /// The range in interval notation, as help texts state it: `(0, 1]`, `[1, 10000]`.
    public var description: String {
        (includesLower ? "[" : "(") + Self.shown(lower) + ", " + Self.shown(upper) + (includesUpper ? "]" : ")")
    }

    /// A bound or value as a person writes it: whole numbers without `.0`, durations in seconds.
    static func shown(_ value: Bound) -> String {
        switch value {
        case let number as Double: number.compactDescription
        case let duration as Duration: duration.inSeconds.compactDescription + " s"
        default: "\(value)"
        }
    }
}

extension Double {
    /// The number without a trailing `.0` when it is whole and not huge: `5`, `0.25`, `1e+300`.
    var compactDescription: String {
        rounded() == self && abs(self) < 1e15 ? String(Int64(self)) : "\(self)"
    }
}

extension InputRange where Bound == Duration {
    /// The same range in seconds, for checking a number of seconds before it becomes a `Duration`.
    public var inSeconds: InputRange<Double> {
        InputRange<Double>(lower: lower.inSeconds, includesLower: includesLower, upper: upper.inSeconds, includesUpper: includesUpper)
    }
}

extension Duration {
    /// A duration of `seconds`, refused (naming `field`) unless it lies in `range`: the checked
    /// way from a number of seconds in a document to a `Duration`.
    ///
    /// The duration is rounded to the nanosecond, so that a number written in a document reads
    /// back as the same number.
    public init(seconds: Double, field: String, in range: InputRange<Double>) throws(InputError) {
        try range.check(seconds, field: field, unit: "seconds")
        let whole = seconds.rounded(.towardZero)
        self = .seconds(Int64(whole)) + .nanoseconds(Int64(((seconds - whole) * 1e9).rounded()))
    }
}
