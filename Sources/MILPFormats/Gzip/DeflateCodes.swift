import MILP

/// The alphabets of DEFLATE (RFC 1951, section 3.2.5) shared by the compressor and decompressor:
/// how match lengths and distances map to symbols plus extra bits, and the fixed Huffman code.
enum DeflateCodes {
    /// The symbol that ends a block.
    static let endOfBlock = 256
    /// The shortest and longest match a length symbol can express.
    static let matchLengths = 3...258
    /// The farthest back a distance can reach.
    static let windowSize = 32_768

    /// The smallest length each length symbol 257...285 stands for, by `symbol - 257`.
    static let lengthBases: [Int] = bases(extraBits: lengthExtraBits, start: 3, lastOverride: 258)
    /// The extra bits following each length symbol 257...285, by `symbol - 257`.
    static let lengthExtraBits: [Int] = (257...285).map { symbol in
        if symbol < 265 || symbol == 285 { return 0 }
        return (symbol - 261) / 4
    }
    /// The smallest distance each distance symbol 0...29 stands for.
    static let distanceBases: [Int] = bases(extraBits: distanceExtraBits, start: 1, lastOverride: nil)
    /// The extra bits following each distance symbol 0...29.
    static let distanceExtraBits: [Int] = (0..<30).map { $0 < 4 ? 0 : $0 / 2 - 1 }

    /// Code lengths of the fixed literal/length code (block type 1): 288 symbols.
    static let fixedLiteralLengths: [UInt8] = (0..<288).map { symbol in
        switch symbol {
        case 0..<144: 8
        case 144..<256: 9
        case 256..<280: 7
        default: 8
        }
    }
    /// Code lengths of the fixed distance code: 32 symbols of 5 bits (30 and 31 never occur).
    static let fixedDistanceLengths = [UInt8](repeating: 5, count: 32)

    /// The length symbol (257...285), its extra bits and their value for a match length.
    static func lengthSymbol(for length: Int) -> (symbol: Int, extraBits: Int, extra: Int) {
        if length == 258 { return (285, 0, 0) }
        if length < 11 { return (257 + length - 3, 0, 0) }
        let offset = length - 3
        let magnitude = Int.bitWidth - 1 - offset.leadingZeroBitCount
        let extraBits = magnitude - 2
        let symbol = 257 + 4 * (magnitude - 1) + ((offset >> extraBits) & 3)
        return (symbol, extraBits, offset & ((1 << extraBits) - 1))
    }

    /// The distance symbol (0...29), its extra bits and their value for a match distance.
    static func distanceSymbol(for distance: Int) -> (symbol: Int, extraBits: Int, extra: Int) {
        if distance <= 4 { return (distance - 1, 0, 0) }
        let offset = distance - 1
        let magnitude = Int.bitWidth - 1 - offset.leadingZeroBitCount
        let extraBits = magnitude - 1
        let symbol = 2 * magnitude + ((offset >> extraBits) & 1)
        return (symbol, extraBits, offset & ((1 << extraBits) - 1))
    }

    /// Canonical Huffman codes (RFC 1951, section 3.2.2) for the given code lengths, each already
    /// bit-reversed so it can be written least significant bit first; 0 for unused symbols.
    static func canonicalCodes(lengths: [UInt8]) -> [UInt16] {
        var countPerLength = [Int](repeating: 0, count: 16)
        for length in lengths where length > 0 { countPerLength[Int(length)] += 1 }
        var nextCode = [Int](repeating: 0, count: 16)
        var code = 0
        for length in 1..<16 {
            code = (code + countPerLength[length - 1]) << 1
            nextCode[length] = code
        }
        return lengths.map { length in
            guard length > 0 else { return 0 }
            let code = nextCode[Int(length)]
            nextCode[Int(length)] += 1
            return UInt16(reversing: code, bits: Int(length))
        }
    }

    private static func bases(extraBits: [Int], start: Int, lastOverride: Int?) -> [Int] {
        var result: [Int] = []
        var next = start
        for bits in extraBits {
            result.append(next)
            next += 1 << bits
        }
        if let lastOverride { result[result.count - 1] = lastOverride }
        return result
    }
}

extension UInt16 {
    /// The low `bits` bits of `value` in reverse order.
    init(reversing value: Int, bits: Int) {
        var reversed = 0
        for bit in 0..<bits where value & (1 << bit) != 0 { reversed |= 1 << (bits - 1 - bit) }
        self.init(reversed)
    }
}
