import Foundation
import MILP

/// A model file format, as a file is asked to be read or as it was read.
public enum ModelFileFormat: String, Sendable, CaseIterable {
    /// MPS, with the layout (fixed or free) detected by the reader.
    case mps
    /// Free MPS: fields separated by whitespace.
    case freeMPS = "free-mps"
    /// Fixed MPS: fields at fixed columns.
    case fixedMPS = "fixed-mps"
    /// The CPLEX LP format.
    case cplexLP = "lp"
    /// GNU MathProg (GMPL), a modelling language with separate data files.
    case mathProg = "gmpl"

    /// The format a file name's extension names, looking past a final `.gz`: `.mps`, `.lp`,
    /// `.mod` or `.gmpl`; `nil` for any other name.
    public init?(fileName: String) {
        var name = fileName.lowercased()
        if name.hasSuffix(".gz") { name.removeLast(3) }
        switch (name as NSString).pathExtension {
        case "mps": self = .mps
        case "lp": self = .cplexLP
        case "mod", "gmpl": self = .mathProg
        default: return nil
        }
    }

    /// The format the text of a file shows by its first word, comments skipped: MPS section
    /// names (`NAME`, `ROWS`, `OBJSENSE`, `OBJNAME`), an LP objective sense (`minimize`,
    /// `max`, …) or MathProg declarations (`var`, `param`, `set`); `nil` when it shows none.
    init?(content text: [UInt8]) {
        guard let word = Self.firstWord(of: text) else { return nil }
        switch word.lowercased() {
        case "name", "rows", "objsense", "objsen", "objname": self = .mps
        case "minimize", "minimise", "minimum", "min", "maximize", "maximise", "maximum", "max": self = .cplexLP
        case "var", "param", "set": self = .mathProg
        default: return nil
        }
    }

    /// A name for reports, such as `free MPS`.
    public var displayName: String {
        switch self {
        case .mps: "MPS"
        case .freeMPS: "free MPS"
        case .fixedMPS: "fixed MPS"
        case .cplexLP: "CPLEX LP"
        case .mathProg: "GNU MathProg"
        }
    }

    /// The first word of `text` outside comments: `*` lines of MPS, `\* … *\` and `\` lines of
    /// CPLEX LP, `/* … */` and `#` lines of MathProg.
    private static func firstWord(of text: [UInt8]) -> String? {
        var index = 0
        func skipLine() { while index < text.count, text[index] != 0x0A { index += 1 } }
        while index < text.count {
            let byte = text[index]
            if byte == 0x20 || (byte >= 0x09 && byte <= 0x0D) {
                index += 1
            } else if (byte == UInt8(ascii: "/") || byte == UInt8(ascii: "\\")), index + 1 < text.count, text[index + 1] == UInt8(ascii: "*") {
                let closing = byte
                index += 2
                while index + 1 < text.count, !(text[index] == UInt8(ascii: "*") && text[index + 1] == closing) { index += 1 }
                index += 2
            } else if byte == UInt8(ascii: "*") || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "#") {
                skipLine()
            } else {
                let start = index
                while index < text.count, Self.isWordByte(text[index]) { index += 1 }
                return index > start ? String(decoding: text[start..<index], as: UTF8.self) : nil
            }
        }
        return nil
    }

    private static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }
}
