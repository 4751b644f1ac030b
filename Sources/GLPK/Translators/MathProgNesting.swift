import Foundation
import MILPFormats

/// How deeply a MathProg model nests its expressions, checked before GLPK's translator sees it.
///
/// GLPK's translator parses and evaluates expressions recursively, one level of the C stack per
/// level of nesting; ten thousand nested parentheses overflow a thread's stack and end the
/// process. A level is a bracket (`(`, `[`, `{`) not yet closed, or an `if` or iterated operator
/// (`sum`, `prod`, `min`, `max`, `forall`, `exists`, `setof`) whose operand is still being read:
/// such an operand extends to the end of the enclosing bracket or statement.
enum MathProgNesting {
    /// The deepest nesting accepted.
    static let limit = 1000

    /// Throws a ``ParseError`` at the first place where `file`'s nesting exceeds ``limit``.
    static func check(_ file: URL) throws(ParseError) {
        guard var data = try? Data(contentsOf: file) else { return }   // GLPK reports unreadable files itself
        if Gzip.isCompressed(data) {
            guard let text = try? Gzip.decompress(data) else { return }
            data = text
        }
        if let place = firstExcess(in: [UInt8](data)) {
            throw ParseError(file: file.relativePath, line: place.line, column: place.column,
                             message: "expressions nest deeper than \(limit) levels (brackets, 'if' and iterated operators such as 'sum'); "
                                 + "GLPK's translator recurses once per level, so deeper models are refused")
        }
    }

    /// The line and column (from 1) where the nesting first exceeds ``limit``, if it does.
    static func firstExcess(in text: [UInt8]) -> (line: Int, column: Int)? {
        var scanner = Scanner(text: text)
        // One entry per open bracket: the operator levels opened inside it, which it closes.
        var brackets: [Int] = []
        var statementLevels = 0
        var depth = 0
        while let token = scanner.next() {
            switch token.kind {
            case .open:
                brackets.append(0)
                depth += 1
            case .close:
                guard let opened = brackets.popLast() else { continue }
                depth -= 1 + opened
                continue
            case .operatorKeyword:
                if brackets.isEmpty { statementLevels += 1 } else { brackets[brackets.count - 1] += 1 }
                depth += 1
            case .statementEnd:
                (brackets, statementLevels, depth) = ([], 0, 0)
                continue
            }
            if depth > limit { return (token.line, token.column) }
        }
        return nil
    }

    /// A token that changes the nesting, with its position.
    private struct Token {
        enum Kind { case open, close, operatorKeyword, statementEnd }
        let kind: Kind
        let line: Int
        let column: Int
    }

    /// Reads the tokens that matter for nesting, skipping comments and string literals.
    private struct Scanner {
        let text: [UInt8]
        var position = 0
        var line = 1
        var lineStart = 0

        private static let operatorKeywords: Set<[UInt8]> = Set(["if", "sum", "prod", "min", "max", "forall", "exists", "setof"].map { Array($0.utf8) })

        init(text: [UInt8]) { self.text = text }

        mutating func next() -> Token? {
            while position < text.count {
                let byte = text[position]
                let column = position - lineStart + 1
                switch byte {
                case UInt8(ascii: "\n"):
                    position += 1
                    line += 1
                    lineStart = position
                case UInt8(ascii: "#"):
                    while position < text.count, text[position] != UInt8(ascii: "\n") { position += 1 }
                case UInt8(ascii: "/") where position + 1 < text.count && text[position + 1] == UInt8(ascii: "*"):
                    position += 2
                    while position < text.count, !(text[position] == UInt8(ascii: "*") && position + 1 < text.count && text[position + 1] == UInt8(ascii: "/")) {
                        advance()
                    }
                    position += 2
                case UInt8(ascii: "'"), UInt8(ascii: "\""):
                    skipString(quote: byte)
                case UInt8(ascii: "("), UInt8(ascii: "["), UInt8(ascii: "{"):
                    position += 1
                    return Token(kind: .open, line: line, column: column)
                case UInt8(ascii: ")"), UInt8(ascii: "]"), UInt8(ascii: "}"):
                    position += 1
                    return Token(kind: .close, line: line, column: column)
                case UInt8(ascii: ";"):
                    position += 1
                    return Token(kind: .statementEnd, line: line, column: column)
                default:
                    guard Self.isWordCharacter(byte) else {
                        position += 1
                        continue
                    }
                    let start = position
                    while position < text.count, Self.isWordCharacter(text[position]) { position += 1 }
                    if Self.operatorKeywords.contains(Array(text[start..<position])) {
                        return Token(kind: .operatorKeyword, line: line, column: column)
                    }
                }
            }
            return nil
        }

        /// Moves past one byte, counting lines.
        private mutating func advance() {
            if text[position] == UInt8(ascii: "\n") {
                line += 1
                lineStart = position + 1
            }
            position += 1
        }

        /// Skips a string literal, in which a doubled quote stands for the quote itself.
        private mutating func skipString(quote: UInt8) {
            position += 1
            while position < text.count {
                if text[position] == quote {
                    position += 1
                    guard position < text.count, text[position] == quote else { return }
                }
                advance()
            }
        }

        private static func isWordCharacter(_ byte: UInt8) -> Bool {
            (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "_")
        }
    }
}
