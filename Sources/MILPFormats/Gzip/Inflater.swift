import MILP

/// Decompresses one raw DEFLATE stream (RFC 1951): stored, fixed-code and dynamic-code blocks.
struct Inflater {
    /// The order in which a dynamic block lists the lengths of the code-length code.
    private static let codeLengthOrder = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15]

    private let input: UnsafeBufferPointer<UInt8>
    /// The next input byte not yet moved into `bitBuffer`.
    private var nextByte: Int
    /// Input bits not yet consumed, the next one in the least significant position.
    private var bitBuffer: UInt64 = 0
    private var bitCount = 0

    /// A decompressor for the stream starting at `start` in `input`.
    init(input: UnsafeBufferPointer<UInt8>, start: Int) {
        self.input = input
        self.nextByte = start
    }

    /// The offset of the first input byte after what has been consumed.
    var byteOffset: Int { nextByte - bitCount / 8 }

    /// Decompresses blocks up to and including the final one, appending to `output`. Back
    /// references may reach only bytes appended by this call.
    mutating func inflate(into output: inout [UInt8]) throws(GzipError) {
        let start = output.count
        var isFinalBlock = false
        while !isFinalBlock {
            let header = try bits(3)
            isFinalBlock = header & 1 == 1
            switch header >> 1 {
            case 0:
                try copyStoredBlock(into: &output)
            case 1:
                try decodeBlock(literals: .fixedLiterals, distances: .fixedDistances, into: &output, streamStart: start)
            case 2:
                let (literals, distances) = try readDynamicCodes()
                try decodeBlock(literals: literals, distances: distances, into: &output, streamStart: start)
            default:
                throw failure("invalid DEFLATE block type 3")
            }
        }
        skipToByteBoundary()
    }

    // MARK: Blocks

    private mutating func copyStoredBlock(into output: inout [UInt8]) throws(GzipError) {
        skipToByteBoundary()
        let length = try bits(16)
        let complement = try bits(16)
        guard length == ~complement & 0xFFFF else { throw failure("stored block length does not match its complement") }
        var remaining = length
        while remaining > 0, bitCount >= 8 {
            output.append(UInt8(truncatingIfNeeded: bitBuffer))
            bitBuffer >>= 8
            bitCount -= 8
            remaining -= 1
        }
        guard input.count - nextByte >= remaining else { throw truncated() }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: input[nextByte..<nextByte + remaining]))
        nextByte += remaining
    }

    private mutating func readDynamicCodes() throws(GzipError) -> (literals: HuffmanDecoder, distances: HuffmanDecoder) {
        let literalCount = try bits(5) + 257
        let distanceCount = try bits(5) + 1
        let codeLengthCount = try bits(4) + 4
        guard literalCount <= 286, distanceCount <= 30 else { throw failure("too many literal/length or distance codes") }
        var codeLengthLengths = [UInt8](repeating: 0, count: 19)
        for position in 0..<codeLengthCount {
            codeLengthLengths[Self.codeLengthOrder[position]] = UInt8(try bits(3))
        }
        let codeLengthCode = try decoder(for: codeLengthLengths[...])

        var lengths = [UInt8](repeating: 0, count: literalCount + distanceCount)
        var index = 0
        while index < lengths.count {
            let symbol = try decodeSymbol(codeLengthCode)
            let value: UInt8
            let repeatCount: Int
            switch symbol {
            case 0...15:
                value = UInt8(symbol)
                repeatCount = 1
            case 16:
                guard index > 0 else { throw failure("code length repeat with no previous length") }
                value = lengths[index - 1]
                repeatCount = 3 + (try bits(2))
            case 17:
                value = 0
                repeatCount = 3 + (try bits(3))
            default:
                value = 0
                repeatCount = 11 + (try bits(7))
            }
            guard index + repeatCount <= lengths.count else { throw failure("code lengths run past the end of the code") }
            for offset in index..<index + repeatCount { lengths[offset] = value }
            index += repeatCount
        }
        guard lengths[DeflateCodes.endOfBlock] != 0 else { throw failure("dynamic block has no end-of-block code") }
        return (try decoder(for: lengths[..<literalCount]), try decoder(for: lengths[literalCount...]))
    }

    private mutating func decodeBlock(
        literals: HuffmanDecoder, distances: HuffmanDecoder, into output: inout [UInt8], streamStart: Int
    ) throws(GzipError) {
        while true {
            let symbol = try decodeSymbol(literals)
            if symbol < DeflateCodes.endOfBlock {
                output.append(UInt8(truncatingIfNeeded: symbol))
                continue
            }
            if symbol == DeflateCodes.endOfBlock { return }
            let lengthIndex = symbol - 257
            guard lengthIndex < DeflateCodes.lengthBases.count else { throw failure("invalid length symbol \(symbol)") }
            let length = DeflateCodes.lengthBases[lengthIndex] + (try bits(DeflateCodes.lengthExtraBits[lengthIndex]))
            let distanceSymbol = try decodeSymbol(distances)
            guard distanceSymbol < DeflateCodes.distanceBases.count else { throw failure("invalid distance symbol \(distanceSymbol)") }
            let distance = DeflateCodes.distanceBases[distanceSymbol] + (try bits(DeflateCodes.distanceExtraBits[distanceSymbol]))
            guard distance <= output.count - streamStart else { throw failure("back reference to before the start of the data") }
            // Copy a byte at a time: source and destination overlap when distance < length.
            var source = output.count - distance
            for _ in 0..<length {
                output.append(output[source])
                source += 1
            }
        }
    }

    // MARK: Bits

    private mutating func refill() {
        while bitCount <= 56, nextByte < input.count {
            bitBuffer |= UInt64(input[nextByte]) << UInt64(bitCount)
            nextByte += 1
            bitCount += 8
        }
    }

    /// The next `count` bits (at most 16) as a number, first bit least significant.
    private mutating func bits(_ count: Int) throws(GzipError) -> Int {
        if bitCount < count {
            refill()
            guard bitCount >= count else { throw truncated() }
        }
        let value = Int(truncatingIfNeeded: bitBuffer & ((1 << UInt64(count)) - 1))
        consume(count)
        return value
    }

    private mutating func consume(_ count: Int) {
        bitBuffer >>= UInt64(count)
        bitCount -= count
    }

    private mutating func skipToByteBoundary() {
        consume(bitCount % 8)
    }

    private mutating func decodeSymbol(_ code: HuffmanDecoder) throws(GzipError) -> Int {
        if bitCount < HuffmanDecoder.maximumLength { refill() }
        let entry = code.lookup[Int(truncatingIfNeeded: bitBuffer) & ((1 << HuffmanDecoder.lookupBits) - 1)]
        let length = Int(entry & 15)
        if length != 0, length <= bitCount {
            consume(length)
            return Int(entry >> 4)
        }
        return try decodeLongSymbol(code)
    }

    /// Decodes a code one bit at a time: codes of each length are consecutive numbers, so after
    /// `n` bits the code is either among the `count[n]` codes of length `n` or longer.
    private mutating func decodeLongSymbol(_ code: HuffmanDecoder) throws(GzipError) -> Int {
        var candidate = 0
        var firstCode = 0
        var firstPosition = 0
        for length in 1...HuffmanDecoder.maximumLength {
            guard length <= bitCount else { throw truncated() }
            candidate |= Int(truncatingIfNeeded: (bitBuffer >> UInt64(length - 1)) & 1)
            let count = code.countPerLength[length]
            if candidate - firstCode < count {
                consume(length)
                return Int(code.symbolsInCodeOrder[firstPosition + candidate - firstCode])
            }
            firstPosition += count
            firstCode = (firstCode + count) << 1
            candidate <<= 1
        }
        throw failure("invalid Huffman code in compressed data")
    }

    private func decoder(for lengths: ArraySlice<UInt8>) throws(GzipError) -> HuffmanDecoder {
        do { return try HuffmanDecoder(lengths: lengths) } catch { throw failure(error.description) }
    }

    private func failure(_ message: String) -> GzipError { GzipError(message, offset: byteOffset) }

    private func truncated() -> GzipError { GzipError("truncated gzip stream", offset: input.count) }
}
