/// One option of an options type, described once: the property it sets, its name in JSON, its
/// command-line flag, what it does, the values it accepts and their unit. Validation, JSON
/// coding, the command-line flags and a solver's settings are all derived from these
/// descriptions, so an option's facts are never written twice.
///
/// ```swift
/// OptionDescription(\SolverOptions.mipGap, name: "mipGap", flag: "mip-gap",
///                   summary: "Stop a MIP once the relative gap is at most this.", range: InputRange(0.0..<1))
/// ```
public struct OptionDescription<Options: Sendable, Value: OptionValue>: DescribedOption {
    /// The property the option sets; `nil` leaves the choice to the solver.
    public let keyPath: WritableKeyPath<Options, Value?> & Sendable
    /// The option's name in JSON and in messages, such as `mipGap`.
    public let name: String
    /// The long command-line flag without its dashes, such as `mip-gap`; `nil` when there is none.
    public let flag: String?
    /// What the option does, one sentence for help texts.
    public let summary: String
    /// The unit of its values, such as `seconds`; `nil` for none.
    public let unit: String?
    /// The values it accepts, such as `[0, 1)`; `nil` when its type says it all.
    public let allowedValues: String?
    private let check: @Sendable (Value) -> String?

    /// An option whose values are checked against `range`.
    public init(_ keyPath: WritableKeyPath<Options, Value?> & Sendable, name: String, flag: String? = nil, summary: String,
                range: InputRange<Value>, unit: String? = nil) where Value: Comparable {
        self.init(keyPath, name: name, flag: flag, summary: summary, unit: unit, allowedValues: range.description) { value in
            range.contains(value) ? nil : "must be \(range.requirement)\(unit.map { " \($0)" } ?? ""), got \(InputRange.shown(value))"
        }
    }

    /// An option every value of whose type is acceptable (a choice, a flag, a set of choices).
    public init(_ keyPath: WritableKeyPath<Options, Value?> & Sendable, name: String, flag: String? = nil, summary: String) {
        self.init(keyPath, name: name, flag: flag, summary: summary, unit: nil, allowedValues: Value.allowedValues) { _ in nil }
    }

    private init(_ keyPath: WritableKeyPath<Options, Value?> & Sendable, name: String, flag: String?, summary: String,
                 unit: String?, allowedValues: String?, check: @escaping @Sendable (Value) -> String?) {
        self.keyPath = keyPath
        self.name = name
        self.flag = flag
        self.summary = summary
        self.unit = unit
        self.allowedValues = allowedValues
        self.check = check
    }

    /// The problem with `value`, as an error about this option; `nil` when it is acceptable.
    public func problem(with value: Value) -> InputError? {
        check(value).map { InputError(field: name, $0) }
    }

    public func isSet(in options: Options) -> Bool { options[keyPath: keyPath] != nil }

    public func problem(in options: Options) -> InputError? {
        options[keyPath: keyPath].flatMap(problem(with:))
    }

    public func copy(from source: Options, to target: inout Options) {
        if let value = source[keyPath: keyPath] { target[keyPath: keyPath] = value }
    }

    public func decode(from container: KeyedDecodingContainer<FieldKey>, into options: inout Options) throws {
        options[keyPath: keyPath] = try Value.decode(from: container, forKey: FieldKey(name))
    }

    public func encode(_ options: Options, to container: inout KeyedEncodingContainer<FieldKey>) throws {
        if let value = options[keyPath: keyPath] { try value.encode(to: &container, forKey: FieldKey(name)) }
    }
}

/// An option of `Options` with its value type erased, as option tables list them.
public protocol DescribedOption<Options>: Sendable {
    /// The options type the option belongs to.
    associatedtype Options
    /// The option's name in JSON and messages.
    var name: String { get }
    /// The long command-line flag without dashes, if there is one.
    var flag: String? { get }
    /// What the option does.
    var summary: String { get }
    /// The unit of its values.
    var unit: String? { get }
    /// The values it accepts, in words.
    var allowedValues: String? { get }
    /// Whether `options` sets this option.
    func isSet(in options: Options) -> Bool
    /// The problem with this option's value in `options`; `nil` when unset or acceptable.
    func problem(in options: Options) -> InputError?
    /// Sets this option in `target` to its value in `source`, when `source` sets it.
    func copy(from source: Options, to target: inout Options)
    /// Reads this option's member of a JSON object into `options`.
    func decode(from container: KeyedDecodingContainer<FieldKey>, into options: inout Options) throws
    /// Writes this option into a JSON object when `options` sets it.
    func encode(_ options: Options, to container: inout KeyedEncodingContainer<FieldKey>) throws
}

extension DescribedOption {
    /// The flag as typed, `--mip-gap`, or the JSON name when the option has no flag.
    public var displayName: String { flag.map { "--\($0)" } ?? name }
}

/// A type an option may hold, with how it is written in JSON.
public protocol OptionValue: Sendable {
    /// The values of the type in words, for help texts (the choices of an enumeration); `nil`
    /// when the type's name says it.
    static var allowedValues: String? { get }
    /// The member `key` of `container`, or `nil` when it is absent or null.
    static func decode(from container: KeyedDecodingContainer<FieldKey>, forKey key: FieldKey) throws -> Self?
    /// Writes the value as the member `key`.
    func encode(to container: inout KeyedEncodingContainer<FieldKey>, forKey key: FieldKey) throws
}

extension OptionValue where Self: Codable {
    public static var allowedValues: String? { nil }

    public static func decode(from container: KeyedDecodingContainer<FieldKey>, forKey key: FieldKey) throws -> Self? {
        try container.decodeIfPresent(Self.self, forKey: key)
    }

    public func encode(to container: inout KeyedEncodingContainer<FieldKey>, forKey key: FieldKey) throws {
        try container.encode(self, forKey: key)
    }
}

extension OptionValue where Self: Codable & CaseIterable & RawRepresentable, RawValue == String {
    /// The raw values, comma-separated.
    public static var allowedValues: String? { allCases.map(\.rawValue).joined(separator: ", ") }
}

extension Bool: OptionValue {}
extension Int: OptionValue {}
extension Double: OptionValue {}
extension Set: OptionValue where Element: OptionValue & Codable & CaseIterable & RawRepresentable, Element.RawValue == String {
    /// The element choices.
    public static var allowedValues: String? { Element.allowedValues }
}

extension Duration: OptionValue {
    public static var allowedValues: String? { nil }

    /// A number of seconds, converted only when it is within ``Duration/secondsInDocuments``.
    public static func decode(from container: KeyedDecodingContainer<FieldKey>, forKey key: FieldKey) throws -> Duration? {
        guard let seconds = try container.decodeIfPresent(Double.self, forKey: key) else { return nil }
        return try Duration(seconds: seconds, field: InputError.path(container.codingPath + [key]))
    }

    /// The number of seconds.
    public func encode(to container: inout KeyedEncodingContainer<FieldKey>, forKey key: FieldKey) throws {
        try container.encode(inSeconds, forKey: key)
    }
}
