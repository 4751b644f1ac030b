import MILP

/// Compresses bytes into one raw DEFLATE stream (RFC 1951): matches found through hash chains
/// over a 32 KiB window, coded with the fixed Huffman code, or stored blocks when that is smaller.
/// Deterministic: the same input always gives the same output.
struct Deflater {
    /// Candidate positions examined per match search; more finds longer matches, slower.
    private static let chainLimit = 64
    /// A match this long ends the search early.
    private static let goodEnoughLength = 128
    private static let hashBits = 15
    private static let literalCodes = DeflateCodes.canonicalCodes(lengths: DeflateCodes.fixedLiteralLengths)
    private static let distanceCodes = DeflateCodes.canonicalCodes(lengths: DeflateCodes.fixedDistanceLengths)
    /// The most a stored block can hold.
    private static let storedBlockCapacity = 65_535

    /// The compressed form of `input`.
    static func deflate(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        let coded = fixedCodeBlock(input)
        let storedBlocks = max(1, (input.count + storedBlockCapacity - 1) / storedBlockCapacity)
        return coded.count <= input.count + 5 * storedBlocks ? coded : storedBlocksStream(input)
    }

    /// One final block of type 1.
    private static func fixedCodeBlock(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var writer = BitWriter(capacity: input.count / 2 + 64)
        writer.write(0b011, bits: 3) // final block, type 1
        var head = [Int32](repeating: -1, count: 1 << hashBits)
        var previous = [Int32](repeating: -1, count: DeflateCodes.windowSize)
        let count = input.count

        func hash(at position: Int) -> Int {
            let key = UInt32(input[position]) << 16 | UInt32(input[position + 1]) << 8 | UInt32(input[position + 2])
            return Int((key &* 0x9E37_79B1) >> UInt32(32 - hashBits))
        }
        func insert(_ position: Int) {
            guard position + 3 <= count else { return }
            let bucket = hash(at: position)
            previous[position & (DeflateCodes.windowSize - 1)] = head[bucket]
            head[bucket] = Int32(position)
        }

        var position = 0
        while position < count {
            var bestLength = 0
            var bestDistance = 0
            if position + DeflateCodes.matchLengths.lowerBound <= count {
                let longest = min(DeflateCodes.matchLengths.upperBound, count - position)
                var candidate = Int(head[hash(at: position)])
                var chain = 0
                while candidate >= 0, position - candidate <= DeflateCodes.windowSize, chain < chainLimit {
                    var length = 0
                    while length < longest, input[candidate + length] == input[position + length] { length += 1 }
                    if length > bestLength {
                        bestLength = length
                        bestDistance = position - candidate
                        if length >= goodEnoughLength || length == longest { break }
                    }
                    let next = Int(previous[candidate & (DeflateCodes.windowSize - 1)])
                    // Slots are reused after a window's length; an older entry ends the chain.
                    if next >= candidate { break }
                    candidate = next
                    chain += 1
                }
            }
            if bestLength >= DeflateCodes.matchLengths.lowerBound {
                writeMatch(length: bestLength, distance: bestDistance, to: &writer)
                for covered in position..<position + bestLength { insert(covered) }
                position += bestLength
            } else {
                writer.write(UInt32(literalCodes[Int(input[position])]), bits: Int(DeflateCodes.fixedLiteralLengths[Int(input[position])]))
                insert(position)
                position += 1
            }
        }
        writer.write(UInt32(literalCodes[DeflateCodes.endOfBlock]), bits: Int(DeflateCodes.fixedLiteralLengths[DeflateCodes.endOfBlock]))
        return writer.finish()
    }

    private static func writeMatch(length: Int, distance: Int, to writer: inout BitWriter) {
        let (lengthSymbol, lengthExtraBits, lengthExtra) = DeflateCodes.lengthSymbol(for: length)
        writer.write(UInt32(literalCodes[lengthSymbol]), bits: Int(DeflateCodes.fixedLiteralLengths[lengthSymbol]))
        writer.write(UInt32(lengthExtra), bits: lengthExtraBits)
        let (distanceSymbol, distanceExtraBits, distanceExtra) = DeflateCodes.distanceSymbol(for: distance)
        writer.write(UInt32(distanceCodes[distanceSymbol]), bits: Int(DeflateCodes.fixedDistanceLengths[distanceSymbol]))
        writer.write(UInt32(distanceExtra), bits: distanceExtraBits)
    }

    /// Stored blocks (type 0) of up to 65,535 bytes; the last one is final.
    private static func storedBlocksStream(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = []
        output.reserveCapacity(input.count + 5 * (input.count / storedBlockCapacity + 1))
        var start = 0
        repeat {
            let end = min(start + storedBlockCapacity, input.count)
            let length = UInt16(end - start)
            output.append(end == input.count ? 1 : 0)
            output.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8(~length >> 8)])
            output.append(contentsOf: UnsafeBufferPointer(rebasing: input[start..<end]))
            start = end
        } while start < input.count
        return output
    }
}

/// Packs bit fields into bytes, least significant bit first, as DEFLATE requires.
private struct BitWriter {
    private var bytes: [UInt8] = []
    private var pending: UInt64 = 0
    private var pendingCount = 0

    init(capacity: Int) {
        bytes.reserveCapacity(capacity)
    }

    /// Appends the low `bits` bits of `value` (at most 32).
    mutating func write(_ value: UInt32, bits: Int) {
        pending |= UInt64(value) << UInt64(pendingCount)
        pendingCount += bits
        while pendingCount >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: pending))
            pending >>= 8
            pendingCount -= 8
        }
    }

    /// The bytes written, the last one padded with zero bits.
    mutating func finish() -> [UInt8] {
        if pendingCount > 0 { bytes.append(UInt8(truncatingIfNeeded: pending)) }
        pendingCount = 0
        return bytes
    }
}
