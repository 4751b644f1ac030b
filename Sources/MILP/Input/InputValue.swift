/// A parsed input document — JSON, or any format that reads into the same shapes (YAML) — that
/// ``InputDecoder`` turns into `Decodable` types. Whole numbers are kept apart from other numbers,
/// so a count is never rounded on its way in.
public enum InputValue: Sendable, Equatable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number written without a fraction or exponent that fits in 64 bits.
    case integer(Int64)
    /// Any other finite number.
    case number(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([InputValue])
    /// An object; member order is not kept.
    case object([String: InputValue])

    /// What the value is, for messages: `a string`, `an array`, `null`, …
    public var kind: String {
        switch self {
        case .null: "null"
        case .bool: "true or false"
        case .integer, .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object: "an object"
        }
    }

    /// The value as messages show it: strings quoted, numbers as written, containers by kind.
    var shown: String {
        switch self {
        case let .bool(flag): "\(flag)"
        case let .integer(number): "\(number)"
        case let .number(number): "\(number)"
        case let .string(text): "\"\(text)\""
        default: kind
        }
    }
}
