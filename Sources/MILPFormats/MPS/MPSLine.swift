import MILP

/// A run of bytes within one line of an MPS file: a name, a number or a keyword.
struct MPSField {
    /// Offset of the first byte in the file's text.
    var start: Int
    /// Offset just past the last byte.
    var end: Int

    /// Whether the field has no bytes, as a blank fixed-MPS field.
    var isEmpty: Bool { start >= end }
}

/// One line of an MPS file without its line break, with what readers ask of it.
struct MPSLine {
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// The whole file.
    let text: UnsafeBufferPointer<UInt8>
    /// Offset of the line's first byte.
    let start: Int
    /// Offset just past the line's last byte, before the line break.
    let end: Int
    /// The line number, from 1.
    let number: Int

    /// Whether `byte` separates fields: space, tab, vertical tab or form feed.
    static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == space || (byte >= tab && byte <= 0x0C)
    }

    /// The line's first byte, or `nil` for an empty line.
    var firstByte: UInt8? { start < end ? text[start] : nil }

    /// Whether the line has nothing but whitespace.
    var isBlank: Bool {
        var position = start
        while position < end {
            if !Self.isWhitespace(text[position]) { return false }
            position += 1
        }
        return true
    }

    /// The field's bytes.
    func bytes(_ field: MPSField) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: text[field.start..<field.end])
    }

    /// The field's text.
    func string(_ field: MPSField) -> String {
        String(decoding: bytes(field), as: UTF8.self)
    }

    /// Whether the field holds exactly `keyword`.
    func field(_ field: MPSField, is keyword: String) -> Bool {
        bytes(field).elementsEqual(keyword.utf8)
    }

    /// Whether the field holds exactly the bytes of `name`.
    func field(_ field: MPSField, equals name: [UInt8]) -> Bool {
        guard field.end - field.start == name.count else { return false }
        var offset = 0
        while offset < name.count {
            if text[field.start + offset] != name[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Whether the line has the byte `byte`.
    func contains(_ byte: UInt8) -> Bool {
        var position = start
        while position < end {
            if text[position] == byte { return true }
            position += 1
        }
        return false
    }

    /// Whether the field starts with `$` or `*`, which begin an inline comment where a record could end.
    func startsComment(_ field: MPSField) -> Bool {
        let first = text[field.start]
        return first == UInt8(ascii: "$") || first == UInt8(ascii: "*")
    }

    /// The line's text.
    var sourceText: String { String(decoding: text[start..<end], as: UTF8.self) }

    /// The column, in characters from 1, of the byte at `offset`.
    func column(of offset: Int) -> Int {
        String(decoding: text[start..<min(offset, end)], as: UTF8.self).count + 1
    }

    /// Splits the line at runs of whitespace, replacing `fields`.
    func splitOnWhitespace(into fields: inout [MPSField]) {
        fields.removeAll(keepingCapacity: true)
        // The whitespace test is written out rather than called: this loop sees every byte.
        var position = start
        var fieldStart = -1
        while position < end {
            let byte = text[position]
            let isWhitespace = byte == Self.space || (byte >= Self.tab && byte <= 0x0C)
            if isWhitespace {
                if fieldStart >= 0 {
                    fields.append(MPSField(start: fieldStart, end: position))
                    fieldStart = -1
                }
            } else if fieldStart < 0 {
                fieldStart = position
            }
            position += 1
        }
        if fieldStart >= 0 { fields.append(MPSField(start: fieldStart, end: end)) }
    }

    /// The field in the 1-based `columns`, trimmed of spaces; empty when blank or past the end.
    func fixedField(columns: ClosedRange<Int>) -> MPSField {
        var fieldStart = min(start + columns.lowerBound - 1, end)
        var fieldEnd = min(start + columns.upperBound, end)
        while fieldStart < fieldEnd, text[fieldStart] == Self.space { fieldStart += 1 }
        while fieldEnd > fieldStart, text[fieldEnd - 1] == Self.space { fieldEnd -= 1 }
        return MPSField(start: fieldStart, end: fieldEnd)
    }

    /// The first non-space byte between 1-based columns `columns`, if any, as an offset.
    func firstNonSpace(columns: ClosedRange<Int>) -> Int? {
        let lower = min(start + columns.lowerBound - 1, end)
        let upper = min(start + columns.upperBound, end)
        return (lower..<upper).first { text[$0] != Self.space }
    }
}

extension MPSLine {
    /// An error on this line at the byte `offset` (or the whole line when `nil`), showing the line.
    func error(_ message: String, at offset: Int?, file: String) -> ParseError {
        ParseError(file: file, line: number, column: offset.map(column(of:)) ?? 0, message: message, sourceLine: sourceText)
    }

    /// An error on this line pointing at `field`.
    func error(_ message: String, at field: MPSField, file: String) -> ParseError {
        error(message, at: field.start, file: file)
    }

    /// The field's text in quotes for a message, shortened when it is long (garbage often is).
    func quoted(_ field: MPSField) -> String {
        let text = string(field)
        return text.count > 40 ? "'\(text.prefix(37))...'" : "'\(text)'"
    }
}
