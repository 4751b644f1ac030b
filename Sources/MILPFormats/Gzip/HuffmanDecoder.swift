import MILP

/// A canonical Huffman code (RFC 1951, section 3.2.2) prepared for decoding.
///
/// Codes of up to ``lookupBits`` bits decode with one table lookup on the next input bits; longer
/// codes are decoded a bit at a time from the count of codes of each length.
struct HuffmanDecoder: Sendable {
    /// Bits resolved by the lookup table.
    static let lookupBits = 10
    /// The longest code DEFLATE allows.
    static let maximumLength = 15

    /// Indexed by the next `lookupBits` input bits: `symbol << 4 | length`, or 0 when the code is
    /// longer than `lookupBits` (or unassigned).
    let lookup: [UInt16]
    /// How many codes have each length, 0...15.
    let countPerLength: [Int]
    /// Symbols in canonical order: by code length, then by symbol value.
    let symbolsInCodeOrder: [UInt16]

    /// A decoder for the code with these lengths, one per symbol (0 = symbol unused). Incomplete
    /// codes are accepted (DEFLATE allows them, e.g. a block of literals has no distance codes);
    /// reading an unassigned code fails when decoding.
    init(lengths: ArraySlice<UInt8>) throws(HuffmanCodeError) {
        var countPerLength = [Int](repeating: 0, count: Self.maximumLength + 1)
        for length in lengths { countPerLength[Int(length)] += 1 }
        countPerLength[0] = 0
        // Each length-n code uses 2^-n of the code space; more than all of it is no prefix code.
        var unused = 1
        for length in 1...Self.maximumLength {
            unused = unused * 2 - countPerLength[length]
            if unused < 0 { throw .overSubscribed }
        }

        var offsets = [Int](repeating: 0, count: Self.maximumLength + 2)
        for length in 1...Self.maximumLength { offsets[length + 1] = offsets[length] + countPerLength[length] }
        var ordered = [UInt16](repeating: 0, count: offsets[Self.maximumLength + 1])
        for (symbol, length) in zip(0..., lengths) where length > 0 {
            ordered[offsets[Int(length)]] = UInt16(symbol)
            offsets[Int(length)] += 1
        }

        let size = 1 << Self.lookupBits
        var lookup = [UInt16](repeating: 0, count: size)
        var code = 0
        var position = 0
        for length in 1...Self.lookupBits {
            for _ in 0..<countPerLength[length] {
                let symbol = ordered[position]
                let entry = symbol << 4 | UInt16(length)
                // Input arrives least significant bit first, so the table is indexed by the
                // reversed code followed by every possible value of the bits after it.
                var index = Int(UInt16(reversing: code, bits: length))
                while index < size {
                    lookup[index] = entry
                    index += 1 << length
                }
                code += 1
                position += 1
            }
            code <<= 1
        }
        self.lookup = lookup
        self.countPerLength = countPerLength
        self.symbolsInCodeOrder = ordered
    }

    /// A decoder for lengths known to be valid, such as the fixed codes.
    init(validLengths lengths: [UInt8]) {
        do { try self.init(lengths: lengths[...]) } catch { preconditionFailure("invalid built-in Huffman code: \(error)") }
    }

    /// The fixed literal/length code of block type 1.
    static let fixedLiterals = HuffmanDecoder(validLengths: DeflateCodes.fixedLiteralLengths)
    /// The fixed distance code of block type 1.
    static let fixedDistances = HuffmanDecoder(validLengths: DeflateCodes.fixedDistanceLengths)
}

/// Why a list of code lengths is not a usable Huffman code.
enum HuffmanCodeError: Error, CustomStringConvertible {
    /// More codes of some lengths than a prefix code can have.
    case overSubscribed

    var description: String { "invalid Huffman code lengths (over-subscribed)" }
}
