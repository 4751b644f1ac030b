import Foundation

/// Decodes input documents — planner problems, sweep files, options — into `Decodable` types
/// with errors a person can act on: every ``InputError`` names the field path
/// (`types[2].price`), says what was expected and what was found, and whole numbers are
/// converted only when they fit exactly.
///
/// By default a field the type does not read is an error that names it and suggests the
/// nearest known field (`comunicationWeight: unknown field; did you mean
/// "communicationWeight"?`), so a misspelt option is never silently replaced by its default.
/// A type whose document follows someone else's schema (kubectl output) conforms to
/// ``LenientDecodable`` and keeps its unknown fields to itself.
///
/// ```swift
/// let problem = try InputDecoder().decode(GPUMixProblem.self, fromJSON: data)
/// ```
public struct InputDecoder: Sendable {
    /// Whether fields that the decoded types never read are refused.
    public var rejectsUnknownFields: Bool

    /// A decoder; strict unless told otherwise.
    public init(rejectsUnknownFields: Bool = true) {
        self.rejectsUnknownFields = rejectsUnknownFields
    }

    /// A `T` from JSON text.
    public func decode<T: Decodable>(_ type: T.Type, fromJSON data: some Collection<UInt8>) throws(InputError) -> T {
        try decode(type, from: InputValue(json: data))
    }

    /// A `T` from a parsed document (JSON, or YAML read into the same shapes).
    public func decode<T: Decodable>(_ type: T.Type, from value: InputValue) throws(InputError) -> T {
        let session = DecodingSession(rejectsUnknownFields: rejectsUnknownFields)
        do {
            let decoded = try session.decode(type, from: value, codingPath: [])
            if rejectsUnknownFields, let unknown = session.firstUnknownField() { throw unknown }
            return decoded
        } catch {
            throw InputDecoder.inputError(error)
        }
    }

    /// `error` as an input error: decoding errors that a type's own `init(from:)` threw keep their
    /// path; anything else is described as it is.
    static func inputError(_ error: any Error) -> InputError {
        switch error {
        case let error as InputError:
            error
        case let DecodingError.keyNotFound(key, context):
            InputError(field: InputError.path(context.codingPath + [key]), "is missing")
        case let DecodingError.valueNotFound(type, context):
            InputError(field: InputError.path(context.codingPath), "expected \(describe(type)), got null")
        case let DecodingError.typeMismatch(type, context):
            InputError(field: InputError.path(context.codingPath), "expected \(describe(type)); \(context.debugDescription)")
        case let DecodingError.dataCorrupted(context):
            InputError(field: InputError.path(context.codingPath), context.debugDescription)
        default:
            InputError(field: "", "\(error)")
        }
    }

    /// What a value of `type` looks like in a document, for messages.
    static func describe(_ type: Any.Type) -> String {
        switch type {
        case is any BinaryInteger.Type: "a whole number"
        case is any BinaryFloatingPoint.Type: "a number"
        case is String.Type: "a string"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }
}

/// A type decoded from a document in someone else's schema (such as `kubectl … -o json`): even a
/// strict ``InputDecoder`` ignores the fields it does not read, in it and below it.
public protocol LenientDecodable: Decodable {}

/// The name nearest to `name` among `candidates` (ignoring case), if it is near enough to be a
/// likely misspelling: at most a third of its letters (and at least two) apart.
public func nearestName(to name: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased())
    var best: (name: String, distance: Int)?
    for candidate in candidates.sorted() where candidate != name {
        let distance = editDistance(target, Array(candidate.lowercased()))
        if distance <= max(2, max(target.count, candidate.count) / 3), distance < best?.distance ?? .max {
            best = (candidate, distance)
        }
    }
    return best?.name
}

/// The Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
private func editDistance(_ a: [Character], _ b: [Character]) -> Int {
    var previous = Array(0...b.count)
    for (i, left) in a.enumerated() {
        var current = [i + 1]
        for (j, right) in b.enumerated() {
            current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (left == right ? 0 : 1)))
        }
        previous = current
    }
    return previous[b.count]
}

/// The fields of the objects one decoding opened and the ones the types read, to find the
/// fields nobody read.
final class DecodingSession {
    let rejectsUnknownFields: Bool
    private var objects: [(codingPath: [any CodingKey], fields: Set<String>, read: Set<String>)] = []
    private var positions: [String: Int] = [:]

    init(rejectsUnknownFields: Bool) {
        self.rejectsUnknownFields = rejectsUnknownFields
    }

    /// A `T` decoded from `value` found at `codingPath`.
    func decode<T: Decodable>(_ type: T.Type, from value: InputValue, codingPath: [any CodingKey]) throws -> T {
        if T.self == URL.self {
            guard case let .string(text) = value, let url = URL(string: text) else {
                throw InputError(field: InputError.path(codingPath), "expected a URL, got \(value.shown)")
            }
            return url as! T
        }
        if T.self is any LenientDecodable.Type, rejectsUnknownFields {
            return try DecodingSession(rejectsUnknownFields: false).decode(type, from: value, codingPath: codingPath)
        }
        do {
            return try T(from: ValueDecoder(value: value, codingPath: codingPath, session: self))
        } catch DecodingError.dataCorrupted(let context) where context.codingPath.count == codingPath.count {
            if let choices = T.self as? any (CaseIterable & RawRepresentable).Type {
                throw choiceError(value, choices: Self.names(of: choices), codingPath: codingPath)
            }
            throw InputDecoder.inputError(DecodingError.dataCorrupted(context))
        }
    }

    /// The raw values of an enumeration's cases.
    private static func names<Choice: CaseIterable & RawRepresentable>(of type: Choice.Type) -> [String] {
        Choice.allCases.map { "\($0.rawValue)" }
    }

    private func choiceError(_ value: InputValue, choices: [String], codingPath: [any CodingKey]) -> InputError {
        var message = "expected one of " + choices.map { "\"\($0)\"" }.joined(separator: ", ") + ", got \(value.shown)"
        if case let .string(text) = value, let nearest = nearestName(to: text, in: choices) {
            message += "; did you mean \"\(nearest)\"?"
        }
        return InputError(field: InputError.path(codingPath), message)
    }

    /// Notes that the object at `codingPath`, with `fields`, was opened.
    func open(_ codingPath: [any CodingKey], fields: some Sequence<String>) {
        let path = InputError.path(codingPath)
        guard positions[path] == nil else { return }
        positions[path] = objects.count
        objects.append((codingPath, Set(fields), []))
    }

    /// Notes that the field `key` of the object at `codingPath` was read.
    func read(_ key: String, at codingPath: [any CodingKey]) {
        guard let position = positions[InputError.path(codingPath)] else { return }
        objects[position].read.insert(key)
    }

    /// The first field nobody read, in the order the objects were opened, then by name.
    func firstUnknownField() -> InputError? {
        for object in objects {
            guard let unknown = object.fields.subtracting(object.read).sorted().first else { continue }
            return unknownField(unknown, at: object.codingPath, known: object.read)
        }
        return nil
    }

    /// A field of the object at `codingPath` that is not read, named as unknown when it is a
    /// likely misspelling of `missing`, the field the type asked for and did not find.
    func misspelling(of missing: String, at codingPath: [any CodingKey]) -> InputError? {
        guard rejectsUnknownFields, let position = positions[InputError.path(codingPath)] else { return nil }
        let object = objects[position]
        let unread = object.fields.subtracting(object.read)
        guard let field = unread.sorted().first(where: { nearestName(to: $0, in: [missing]) != nil }) else { return nil }
        return unknownField(field, at: codingPath, known: object.read.union([missing]))
    }

    private func unknownField(_ field: String, at codingPath: [any CodingKey], known: Set<String>) -> InputError {
        let path = InputError.path(codingPath + [FieldKey(field)])
        if let nearest = nearestName(to: field, in: known) {
            return InputError(field: path, "unknown field; did you mean \"\(nearest)\"?")
        }
        guard !known.isEmpty else { return InputError(field: path, "unknown field") }
        return InputError(field: path, "unknown field; expected one of " + known.sorted().map { "\"\($0)\"" }.joined(separator: ", "))
    }
}

/// A coding key for an object member by name, for types that read their fields from a table.
public struct FieldKey: CodingKey, Sendable {
    /// The member's name.
    public let stringValue: String
    /// `nil`: members are named.
    public var intValue: Int? { nil }

    /// The key of the member `name`.
    public init(_ name: String) { stringValue = name }
    /// The key of the member `stringValue`.
    public init?(stringValue: String) { self.init(stringValue) }
    /// `nil`: members are named.
    public init?(intValue: Int) { nil }
}
