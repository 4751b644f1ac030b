import Foundation
import MILP

/// Reads and writes gzip files (RFC 1952) in pure Swift, with DEFLATE (RFC 1951) inside.
///
/// ```swift
/// let packed = Gzip.compress(Data("ROWS\n".utf8))
/// let unpacked = try Gzip.decompress(packed)
/// ```
public enum Gzip {
    private static let magic: [UInt8] = [0x1F, 0x8B]
    private static let deflateMethod: UInt8 = 8

    private enum Flag {
        static let headerCRC: UInt8 = 1 << 1
        static let extra: UInt8 = 1 << 2
        static let name: UInt8 = 1 << 3
        static let comment: UInt8 = 1 << 4
        static let reserved: UInt8 = 0b1110_0000
    }

    /// Whether `data` starts with the gzip magic bytes, whatever the file is called.
    public static func isCompressed(_ data: Data) -> Bool {
        data.starts(with: magic)
    }

    /// The decompressed contents of all gzip members in `data`, one after another; each member's
    /// CRC-32 and length are checked. Zero bytes after the last member are ignored.
    public static func decompress(_ data: Data) throws(GzipError) -> Data {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(GzipError) in try decompress(raw.bindMemory(to: UInt8.self)) }
        }
        return Data(try result.get())
    }

    /// `data` as a single gzip member: fixed-code DEFLATE, or stored blocks when that is smaller.
    /// The header has no file name and a zero timestamp, so equal inputs give equal outputs.
    public static func compress(_ data: Data) -> Data {
        data.withUnsafeBytes { raw in Data(compress(raw.bindMemory(to: UInt8.self))) }
    }

    // MARK: Buffers

    /// The decompressed contents of all gzip members in `input`.
    static func decompress(_ input: UnsafeBufferPointer<UInt8>) throws(GzipError) -> [UInt8] {
        var output: [UInt8] = []
        if input.count >= 18 {
            // The last member's trailer holds its uncompressed size modulo 2^32: a good guess.
            let sizeHint = input[(input.count - 4)...].reversed().reduce(0) { $0 << 8 | Int($1) }
            output.reserveCapacity(min(sizeHint, 1 << 30))
        }
        var offset = 0
        repeat {
            offset = try decompressMember(input, at: offset, into: &output)
            if input[offset...].allSatisfy({ $0 == 0 }) { break }
            guard input[offset...].starts(with: magic) else {
                throw GzipError("unexpected data after the end of a gzip member", offset: offset)
            }
        } while true
        return output
    }

    /// `input` as a single gzip member.
    static func compress(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var output: [UInt8] = magic + [deflateMethod, 0, 0, 0, 0, 0, 0, 255] // no flags, no time, unknown OS
        output += Deflater.deflate(input)
        output += littleEndianBytes(CRC32.checksum(input))
        output += littleEndianBytes(UInt32(truncatingIfNeeded: input.count))
        return output
    }

    /// Decompresses the member starting at `start` and returns the offset just past it.
    private static func decompressMember(
        _ input: UnsafeBufferPointer<UInt8>, at start: Int, into output: inout [UInt8]
    ) throws(GzipError) -> Int {
        let truncated = GzipError("truncated gzip stream", offset: input.count)
        guard input.count - start >= 10 else { throw truncated }
        guard input[start...].starts(with: magic) else { throw GzipError("not a gzip stream (wrong magic bytes)", offset: start) }
        guard input[start + 2] == deflateMethod else {
            throw GzipError("unsupported gzip compression method \(input[start + 2])", offset: start + 2)
        }
        let flags = input[start + 3]
        guard flags & Flag.reserved == 0 else { throw GzipError("reserved gzip header flags are set", offset: start + 3) }
        var position = start + 10
        if flags & Flag.extra != 0 {
            guard input.count - position >= 2 else { throw truncated }
            position += 2 + (Int(input[position]) | Int(input[position + 1]) << 8)
        }
        for flag in [Flag.name, Flag.comment] where flags & flag != 0 {
            guard position < input.count, let end = input[position...].firstIndex(of: 0) else { throw truncated }
            position = end + 1
        }
        if flags & Flag.headerCRC != 0 {
            guard input.count - position >= 2 else { throw truncated }
            let stored = UInt32(input[position]) | UInt32(input[position + 1]) << 8
            let computed = CRC32.checksum(UnsafeBufferPointer(rebasing: input[start..<position])) & 0xFFFF
            guard stored == computed else { throw GzipError("gzip header CRC mismatch", offset: position) }
            position += 2
        }
        guard position <= input.count else { throw truncated }

        let memberStart = output.count
        var inflater = Inflater(input: input, start: position)
        try inflater.inflate(into: &output)
        position = inflater.byteOffset
        guard input.count - position >= 8 else { throw truncated }
        let storedCRC = littleEndianUInt32(input, at: position)
        let storedSize = littleEndianUInt32(input, at: position + 4)
        let computedCRC = output.withUnsafeBufferPointer { CRC32.checksum(UnsafeBufferPointer(rebasing: $0[memberStart...])) }
        guard storedCRC == computedCRC else {
            throw GzipError("CRC mismatch: the data is corrupt (stored \(hex(storedCRC)), computed \(hex(computedCRC)))", offset: position)
        }
        guard storedSize == UInt32(truncatingIfNeeded: output.count - memberStart) else {
            throw GzipError("length mismatch: the trailer says \(storedSize) bytes, the data has \(output.count - memberStart)", offset: position + 4)
        }
        return position + 8
    }

    private static func littleEndianUInt32(_ input: UnsafeBufferPointer<UInt8>, at offset: Int) -> UInt32 {
        (0..<4).reduce(0) { $0 | UInt32(input[offset + $1]) << (8 * $1) }
    }

    private static func littleEndianBytes(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }

    private static func hex(_ value: UInt32) -> String {
        "0x" + String(value, radix: 16, uppercase: true)
    }
}
