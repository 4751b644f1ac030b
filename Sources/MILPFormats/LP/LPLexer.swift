import MILP

/// A token of a CPLEX LP file: where it is and, for a number, its value.
struct LPToken {
    enum Kind: Equatable {
        case name, number
        case plus, minus, colon, doubleColon
        /// `<`, `<=` or `=<`.
        case lessOrEqual
        /// `>`, `>=` or `=>`.
        case greaterOrEqual
        /// `=`.
        case equal
        /// `->`, which leads from an indicator's condition to its constraint.
        case implies
        /// `[`, `]`, `^` and `*`, which only quadratic terms use.
        case quadratic
        /// Any other character.
        case other
        case endOfFile
    }

    var kind: Kind
    /// The word of the format a name token spells, in any case; `nil` for other names and tokens.
    var word: LPWord?
    /// Offset of the first byte in the file's text.
    var start: Int
    /// Offset just past the last byte.
    var end: Int
    /// The line, from 1.
    var line: Int
    /// The value of a number token; 0 otherwise.
    var value: Double = 0

    /// Whether the token is a sense: `<=`, `>=` or `=` in any spelling.
    var isSense: Bool { kind == .lessOrEqual || kind == .greaterOrEqual || kind == .equal }
}

/// Splits the text of a CPLEX LP file into tokens, skipping whitespace and comments: `\` to the
/// end of the line, and `\*` to `*\`.
///
/// Names hold letters, digits and ``!"#$%&()/,.;?@_`'{}|~`` (and any non-ASCII byte), and do not
/// start with a digit (a period followed by a digit starts a number); numbers are decimal with an
/// optional `e` exponent.
struct LPLexer {
    private let text: UnsafeBufferPointer<UInt8>
    let file: String
    private var position = 0
    private var line = 1
    /// ``nameBytes``, held by the lexer so that reading a name does not go through a global.
    private let isNameByte = LPLexer.nameBytes

    /// Whether each byte may appear in a name, looked up rather than tested in turn.
    private static let nameBytes: [Bool] = (0..<256).map { byte in
        let scalar = Unicode.Scalar(UInt8(byte))
        return byte >= 0x80 || ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar) || ("0"..."9").contains(scalar)
            || "!\"#$%&()/,.;?@_`'{}|~".unicodeScalars.contains(scalar)
    }

    init(text: UnsafeBufferPointer<UInt8>, file: String) {
        self.text = text
        self.file = file
    }

    /// The bytes of `token`.
    func bytes(_ token: LPToken) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[token.start..<token.end])
    }

    /// The text of `token`.
    func string(_ token: LPToken) -> String {
        String(decoding: bytes(token), as: UTF8.self)
    }

    /// `token`'s text in quotes, for messages, or "the end of the file".
    func quoted(_ token: LPToken) -> String {
        token.kind == .endOfFile ? "the end of the file" : "'\(string(token))'"
    }

    /// An error at `token`, with its line and a caret under it.
    func error(_ message: String, at token: LPToken) -> ParseError {
        var lineStart = min(token.start, text.count)
        while lineStart > 0, text[lineStart - 1] != 0x0A, text[lineStart - 1] != 0x0D { lineStart -= 1 }
        var lineEnd = lineStart
        while lineEnd < text.count, text[lineEnd] != 0x0A, text[lineEnd] != 0x0D { lineEnd += 1 }
        let column = String(decoding: text[lineStart..<min(token.start, lineEnd)], as: UTF8.self).count + 1
        return ParseError(file: file, line: token.line, column: column, message: message,
                          sourceLine: String(decoding: text[lineStart..<lineEnd], as: UTF8.self))
    }

    /// The next token; `.endOfFile` at the end, again and again.
    mutating func next() throws(ParseError) -> LPToken {
        try skipSpaceAndComments()
        let start = position
        var token = LPToken(kind: .endOfFile, start: start, end: start, line: line)
        guard position < text.count else { return token }
        let byte = text[position]
        position += 1
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try readNumber(into: &token)
        case UInt8(ascii: "."):
            if position < text.count, isDigit(text[position]) {
                try readNumber(into: &token)
            } else {
                // CPLEX's names do not start with a period, but other writers' do (netlib's '....01').
                readName(into: &token)
            }
        case UInt8(ascii: "+"): token.kind = .plus
        case UInt8(ascii: "-"):
            token.kind = .minus
            if consume(UInt8(ascii: ">")) { token.kind = .implies }
        case UInt8(ascii: ":"):
            token.kind = consume(UInt8(ascii: ":")) ? .doubleColon : .colon
        case UInt8(ascii: "<"):
            token.kind = .lessOrEqual
            _ = consume(UInt8(ascii: "="))
        case UInt8(ascii: ">"):
            token.kind = .greaterOrEqual
            _ = consume(UInt8(ascii: "="))
        case UInt8(ascii: "="):
            token.kind = consume(UInt8(ascii: "<")) ? .lessOrEqual : consume(UInt8(ascii: ">")) ? .greaterOrEqual : .equal
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "^"), UInt8(ascii: "*"):
            token.kind = .quadratic
        default:
            if isNameByte[Int(byte)] {
                readName(into: &token)
            } else {
                token.kind = .other
            }
        }
        token.end = position
        return token
    }

    private func isDigit(_ byte: UInt8) -> Bool { byte &- UInt8(ascii: "0") < 10 }

    /// Reads the rest of a name whose first byte has been consumed, and the word it spells.
    private mutating func readName(into token: inout LPToken) {
        while position < text.count, isNameByte[Int(text[position])] { position += 1 }
        token.kind = .name
        token.end = position
        token.word = LPWord.spelled(by: bytes(token))
    }

    private mutating func consume(_ byte: UInt8) -> Bool {
        guard position < text.count, text[position] == byte else { return false }
        position += 1
        return true
    }

    /// Reads the rest of a number whose first byte has been consumed: digits, a fraction, and an
    /// exponent only when digits follow the `e` (so that `2e` is 2 and then the name `e`).
    private mutating func readNumber(into token: inout LPToken) throws(ParseError) {
        while position < text.count, isDigit(text[position]) || text[position] == UInt8(ascii: ".") { position += 1 }
        if position < text.count, text[position] | 0x20 == UInt8(ascii: "e") {
            var exponent = position + 1
            if exponent < text.count, text[exponent] == UInt8(ascii: "+") || text[exponent] == UInt8(ascii: "-") { exponent += 1 }
            if exponent < text.count, isDigit(text[exponent]) {
                position = exponent
                while position < text.count, isDigit(text[position]) { position += 1 }
            }
        }
        token.kind = .number
        token.end = position
        do {
            token.value = try DecimalNumber.parse(bytes(token))
        } catch {
            throw self.error(error == .outOfRange ? "the number \(quoted(token)) is too large for a double" : "malformed number \(quoted(token))", at: token)
        }
    }

    private mutating func skipSpaceAndComments() throws(ParseError) {
        while position < text.count {
            let byte = text[position]
            if byte == 0x0A || byte == 0x0D {
                position += 1
                // CR LF is one line break.
                if byte == 0x0D, position < text.count, text[position] == 0x0A { position += 1 }
                line += 1
            } else if byte == 0x20 || (byte >= 0x09 && byte <= 0x0C) {
                position += 1
            } else if byte == UInt8(ascii: "\\") {
                if position + 1 < text.count, text[position + 1] == UInt8(ascii: "*") {
                    try skipBlockComment()
                } else {
                    while position < text.count, text[position] != 0x0A, text[position] != 0x0D { position += 1 }
                }
            } else {
                return
            }
        }
    }

    /// Skips `\* … *\`, which may span lines.
    private mutating func skipBlockComment() throws(ParseError) {
        let opening = LPToken(kind: .other, start: position, end: position + 2, line: line)
        position += 2
        while position < text.count {
            let byte = text[position]
            if byte == UInt8(ascii: "*"), position + 1 < text.count, text[position + 1] == UInt8(ascii: "\\") {
                position += 2
                return
            }
            position += 1
            if byte == 0x0A || (byte == 0x0D && (position >= text.count || text[position] != 0x0A)) {
                line += 1
            }
        }
        throw error("the comment opened here with \\* is not closed with *\\", at: opening)
    }
}
