/// Input that cannot be used — a JSON document, an options file, a command-line value — with the
/// field at fault and what was expected, so that a person can fix it by reading one line.
public struct InputError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path of the offending field, like `types[2].price`; empty for the input as a whole.
    public var field: String
    /// What is wrong and what was expected.
    public var message: String

    /// An error about `field`.
    public init(field: String, _ message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { field.isEmpty ? message : "\(field): \(message)" }

    /// The same error about a field of `parent`: `rate` in `types[2]` becomes `types[2].rate`.
    public func inside(_ parent: String) -> InputError {
        guard !parent.isEmpty else { return self }
        let joined = field.isEmpty ? parent : field.hasPrefix("[") ? parent + field : "\(parent).\(field)"
        return InputError(field: joined, message)
    }
}

extension InputError {
    /// The dotted path of `codingPath`, with array positions in brackets: `types[2].price`.
    public static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue, key.stringValue == IndexKey(index).stringValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
        }
        return text
    }
}

/// The coding key of an array element; its string value, `Index 3`, is the one Foundation's
/// decoders use, so paths read the same whichever decoder made them.
struct IndexKey: CodingKey {
    let intValue: Int?
    let stringValue: String

    init(_ index: Int) {
        intValue = index
        stringValue = "Index \(index)"
    }

    init?(intValue: Int) { self.init(intValue) }
    init?(stringValue: String) { nil }
}
