import Foundation

/// A JSON value with the path that leads to it, read with checks that throw a ``SweepFileError``
/// naming that path.
struct JSONField {
    /// The value.
    var value: JSONValue
    /// Where it sits, such as `configurations[0].options.mipGap`.
    var path: String

    /// The member `key` of this field's path.
    func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }

    /// An error about this field.
    func error(_ message: String) -> SweepFileError { SweepFileError(field: path, message: message) }

    /// An error saying what was expected instead of this value.
    func mismatch(_ expected: String) -> SweepFileError { error("expected \(expected), got \(value.kind)") }

    /// The value as a string.
    func string() throws -> String {
        guard case let .string(text) = value else { throw mismatch("a string") }
        return text
    }

    /// The value as a non-empty string.
    func nonEmptyString() throws -> String {
        let text = try string()
        guard !text.trimmingCharacters(in: .whitespaces).isEmpty else { throw error("must not be empty") }
        return text
    }

    /// The value as a boolean.
    func bool() throws -> Bool {
        guard case let .bool(flag) = value else { throw mismatch("true or false") }
        return flag
    }

    /// The value as a finite number.
    func number() throws -> Double {
        switch value {
        case let .integer(number): return Double(number)
        case let .number(number) where number.isFinite: return number
        default: throw mismatch("a number")
        }
    }

    /// The value as a whole number.
    func integer() throws -> Int64 {
        switch value {
        case let .integer(number): return number
        case let .number(number) where number.rounded() == number && abs(number) < 0x1p63: return Int64(number)
        default: throw mismatch("a whole number")
        }
    }

    /// The value as a number greater than zero.
    func positiveNumber() throws -> Double {
        let number = try number()
        guard number > 0 else { throw error("must be greater than 0, got \(number)") }
        return number
    }

    /// The value as a whole number of at least `minimum`.
    func integer(atLeast minimum: Int64) throws -> Int {
        let number = try integer()
        guard number >= minimum else { throw error("must be at least \(minimum), got \(number)") }
        return Int(number)
    }

    /// The value as one of the raw values of `type`.
    func choice<Choice: RawRepresentable & CaseIterable>(_ type: Choice.Type) throws -> Choice where Choice.RawValue == String {
        let names = Choice.allCases.map { "\"\($0.rawValue)\"" }.joined(separator: ", ")
        guard case let .string(text) = value else { throw mismatch("one of \(names)") }
        guard let choice = Choice(rawValue: text) else { throw error("expected one of \(names), got \"\(text)\"") }
        return choice
    }

    /// The elements of an array, each with its path.
    func elements() throws -> [JSONField] {
        guard case let .array(values) = value else { throw mismatch("an array") }
        return values.enumerated().map { JSONField(value: $1, path: "\(path)[\($0)]") }
    }

    /// The elements of an array that must not be empty.
    func nonEmptyElements() throws -> [JSONField] {
        let elements = try elements()
        guard !elements.isEmpty else { throw error("must not be empty") }
        return elements
    }

    /// The members of an object, read through a ``JSONObject`` that rejects unknown keys.
    func object() throws -> JSONObject {
        guard case let .object(members) = value else { throw mismatch("an object") }
        return JSONObject(members: members, path: path)
    }
}

/// The members of a JSON object, read by name; ``finish(allowing:)`` rejects the ones nobody read.
struct JSONObject {
    private let members: [String: JSONValue]
    private let path: String
    private var read: Set<String> = []

    init(members: [String: JSONValue], path: String) {
        self.members = members
        self.path = path
    }

    /// Whether the object has a non-null member `key`.
    func contains(_ key: String) -> Bool { members[key].map { $0 != .null } ?? false }

    /// The member `key`, or `nil` when it is absent or null.
    mutating func optional(_ key: String) -> JSONField? {
        read.insert(key)
        guard let value = members[key], value != .null else { return nil }
        return JSONField(value: value, path: path.isEmpty ? key : "\(path).\(key)")
    }

    /// The member `key`, which must be present.
    mutating func required(_ key: String) throws -> JSONField {
        guard let field = optional(key) else {
            throw SweepFileError(field: path.isEmpty ? key : "\(path).\(key)", message: "is required")
        }
        return field
    }

    /// Throws for the first member (in name order) that was never read: an unknown field.
    func finish() throws {
        guard let unknown = members.keys.filter({ !read.contains($0) }).sorted().first else { return }
        let known = read.sorted().map { "\"\($0)\"" }.joined(separator: ", ")
        throw SweepFileError(field: path.isEmpty ? unknown : "\(path).\(unknown)", message: "unknown field; expected one of \(known)")
    }
}
