extension InputValue {
    /// The deepest nesting of arrays and objects a document may have; deeper input is refused
    /// instead of exhausting the stack.
    public static let maximumDepth = 512

    /// Parses JSON text (RFC 8259). A syntax error names its line and column, a number too large
    /// for a `Double` is refused, and nothing after the value but white space is allowed.
    public init(json: some Collection<UInt8>) throws(InputError) {
        var parser = JSONParser(bytes: Array(json))
        self = try parser.document()
    }
}

/// A recursive-descent JSON parser over UTF-8 bytes.
private struct JSONParser {
    let bytes: [UInt8]
    var position = 0
    var depth = 0

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func document() throws(InputError) -> InputValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        skipWhiteSpace()
        let value = try self.value()
        skipWhiteSpace()
        guard position == bytes.count else { throw error("unexpected text after the JSON value") }
        return value
    }

    private mutating func value() throws(InputError) -> InputValue {
        guard let byte = peek() else { throw error("the document ends where a value should start") }
        switch byte {
        case UInt8(ascii: "{"): return try object()
        case UInt8(ascii: "["): return try array()
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): try literal("true"); return .bool(true)
        case UInt8(ascii: "f"): try literal("false"); return .bool(false)
        case UInt8(ascii: "n"): try literal("null"); return .null
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
        default: throw error("expected a value, found '\(Character(Unicode.Scalar(byte)))'")
        }
    }

    private mutating func object() throws(InputError) -> InputValue {
        try enter()
        position += 1
        var members: [String: InputValue] = [:]
        skipWhiteSpace()
        if peek() == UInt8(ascii: "}") {
            position += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhiteSpace()
            guard peek() == UInt8(ascii: "\"") else { throw error("expected a field name in double quotes") }
            let start = position
            let key = try string()
            guard members[key] == nil else {
                position = start
                throw error("the field \"\(key)\" appears twice in one object")
            }
            skipWhiteSpace()
            try expect(":", "after a field name")
            skipWhiteSpace()
            members[key] = try value()
            skipWhiteSpace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("}", "or ',' after a field")
            depth -= 1
            return .object(members)
        }
    }

    private mutating func array() throws(InputError) -> InputValue {
        try enter()
        position += 1
        var elements: [InputValue] = []
        skipWhiteSpace()
        if peek() == UInt8(ascii: "]") {
            position += 1
            depth -= 1
            return .array(elements)
        }
        while true {
            skipWhiteSpace()
            elements.append(try value())
            skipWhiteSpace()
            if peek() == UInt8(ascii: ",") { position += 1; continue }
            try expect("]", "or ',' after an array element")
            depth -= 1
            return .array(elements)
        }
    }

    private mutating func string() throws(InputError) -> String {
        position += 1
        var utf8: [UInt8] = []
        while let byte = peek() {
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard let escaped = peek() else { break }
                position += 1
                switch escaped {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): utf8.append(escaped)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "u"): utf8.append(contentsOf: String(Character(try unicodeEscape())).utf8)
                default:
                    position -= 1
                    throw error("unknown escape '\\\(Character(Unicode.Scalar(escaped)))' in a string")
                }
            case 0..<0x20:
                position -= 1
                throw error("a control character must be escaped in a string")
            default:
                utf8.append(byte)
            }
        }
        throw error("the document ends inside a string")
    }

    /// The scalar of `\uXXXX` (the `\u` already read), joining a surrogate pair.
    private mutating func unicodeEscape() throws(InputError) -> Unicode.Scalar {
        let high = try hexQuad()
        if (0xD800..<0xDC00).contains(high), bytes[position...].starts(with: Array("\\u".utf8)) {
            position += 2
            let low = try hexQuad()
            if (0xDC00..<0xE000).contains(low), let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)) {
                return scalar
            }
        }
        return Unicode.Scalar(high) ?? "\u{FFFD}"
    }

    private mutating func hexQuad() throws(InputError) -> UInt32 {
        guard position + 4 <= bytes.count,
              let value = UInt32(String(decoding: bytes[position..<(position + 4)], as: UTF8.self), radix: 16) else {
            throw error("expected four hexadecimal digits after \\u")
        }
        position += 4
        return value
    }

    private mutating func number() throws(InputError) -> InputValue {
        let start = position
        var isInteger = true
        if peek() == UInt8(ascii: "-") { position += 1 }
        if peek() == UInt8(ascii: "0") {
            position += 1
            guard digits() == 0 else {
                position = start
                throw error("a number must not start with 0")
            }
        } else {
            guard digits() > 0 else { throw error("expected a digit") }
        }
        if peek() == UInt8(ascii: ".") {
            position += 1
            isInteger = false
            guard digits() > 0 else { throw error("expected a digit after the decimal point") }
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            position += 1
            isInteger = false
            if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { position += 1 }
            guard digits() > 0 else { throw error("expected a digit in the exponent") }
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let integer = Int64(text) { return .integer(integer) }
        guard let number = Double(text), number.isFinite else {
            position = start
            throw error("the number \(text) is too large")
        }
        return .number(number)
    }

    /// Skips decimal digits and returns how many there were.
    private mutating func digits() -> Int {
        let start = position
        while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    private mutating func literal(_ word: String) throws(InputError) {
        guard bytes[position...].starts(with: Array(word.utf8)) else { throw error("expected a value") }
        position += word.utf8.count
    }

    private mutating func expect(_ character: Character, _ context: String) throws(InputError) {
        guard let ascii = character.asciiValue, peek() == ascii else { throw error("expected '\(character)' \(context)") }
        position += 1
    }

    private mutating func enter() throws(InputError) {
        depth += 1
        guard depth <= InputValue.maximumDepth else {
            throw error("arrays and objects are nested more than \(InputValue.maximumDepth) deep")
        }
    }

    private mutating func skipWhiteSpace() {
        while let byte = peek(), byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private func peek() -> UInt8? { position < bytes.count ? bytes[position] : nil }

    /// A syntax error at the current position, as `line L, column C: message`.
    private func error(_ message: String) -> InputError {
        let consumed = bytes[..<min(position, bytes.count)]
        let line = consumed.count { $0 == 0x0A } + 1
        let lineStart = consumed.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<min(position, bytes.count)], as: UTF8.self).count + 1
        return InputError(field: "", "not valid JSON: line \(line), column \(column): \(message)")
    }
}
