import CZlib
import Foundation
import MILP

/// Reads and writes gzip data (RFC 1952) through the system's zlib.
///
/// ```swift
/// let packed = Gzip.compress(Data("ROWS\n".utf8))
/// let unpacked = try Gzip.decompress(packed)
/// ```
///
/// Decompression is bounded: the output may not pass ``Limits``, whatever the data's trailer
/// claims, and memory is reserved from the compressed size, never from the trailer.
public enum Gzip {
    private static let magic: [UInt8] = [0x1F, 0x8B]
    /// A header with no flags, no timestamp, no extra flags and an unknown operating system, so
    /// that equal inputs give equal outputs on every machine.
    private static let header: [UInt8] = [0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 255]
    private static let chunkSize = 1 << 16

    /// How far decompression may go before it is refused as a likely decompression bomb.
    public struct Limits: Sendable, Equatable {
        /// The most bytes the output may have.
        public var maximumSize: Int
        /// The most times the output may exceed the compressed size, once it passes
        /// ``ratioFloor``. Model files compress about 5 to 20 times.
        public var maximumRatio: Int
        /// The output size below which the ratio is not checked, so that small files that
        /// compress very well still read.
        public var ratioFloor: Int

        /// Limits: by default 4 GiB, and 200 times the compressed size beyond 16 MiB.
        public init(maximumSize: Int = 4 << 30, maximumRatio: Int = 200, ratioFloor: Int = 16 << 20) {
            self.maximumSize = maximumSize
            self.maximumRatio = maximumRatio
            self.ratioFloor = ratioFloor
        }

        /// The most bytes the output of `compressedSize` bytes may have.
        func budget(forCompressedSize compressedSize: Int) -> Int {
            let (ratioBound, overflow) = compressedSize.multipliedReportingOverflow(by: maximumRatio)
            return min(maximumSize, max(overflow ? .max : ratioBound, ratioFloor))
        }
    }

    /// Whether `data` starts with the gzip magic bytes, whatever the file is called.
    public static func isCompressed(_ data: Data) -> Bool {
        data.starts(with: magic)
    }

    /// The decompressed contents of all gzip members in `data`, one after another; zlib checks
    /// each member's CRC-32 and length. Zero bytes after the last member are ignored. The output
    /// may not pass `limits`.
    public static func decompress(_ data: Data, limits: Limits = Limits()) throws(GzipError) -> Data {
        let result = data.withUnsafeBytes { raw in
            Result { () throws(GzipError) in try decompress(raw.bindMemory(to: UInt8.self), limits: limits) }
        }
        return Data(try result.get())
    }

    /// `data` as a single gzip member, compressed at zlib's default level.
    public static func compress(_ data: Data) -> Data {
        data.withUnsafeBytes { raw in Data(compress(raw.bindMemory(to: UInt8.self))) }
    }

    // MARK: Buffers

    /// The decompressed contents of all gzip members in `input`.
    static func decompress(_ input: UnsafeBufferPointer<UInt8>, limits: Limits) throws(GzipError) -> [UInt8] {
        guard let base = input.baseAddress, input.starts(with: magic) else {
            throw input.isEmpty ? GzipError("truncated gzip stream", offset: 0) : GzipError("not a gzip stream (wrong magic bytes)", offset: 0)
        }
        let budget = limits.budget(forCompressedSize: input.count)
        var output: [UInt8] = []
        // From the compressed size, which the data cannot lie about; the trailer's size can.
        output.reserveCapacity(min(budget, input.count.multipliedReportingOverflow(by: 4).partialValue))
        var stream = z_stream()
        // 16 + 15: a gzip wrapper around a deflate stream with a window of 2^15 bytes.
        guard inflateInit2_(&stream, 16 + MAX_WBITS, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw GzipError("zlib could not start decompressing", offset: 0)
        }
        defer { inflateEnd(&stream) }
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var offset = 0
        while true {
            stream.next_in = UnsafeMutablePointer(mutating: base + offset)
            stream.avail_in = UInt32(clamping: input.count - offset)
            try inflateMember(&stream, input: input, chunk: &chunk, into: &output, budget: budget, limits: limits)
            offset = UnsafePointer(stream.next_in) - base
            if input[offset...].allSatisfy({ $0 == 0 }) { return output }
            guard input[offset...].starts(with: magic) else {
                throw GzipError("unexpected data after the end of a gzip member", offset: offset)
            }
            inflateReset(&stream)
        }
    }

    /// Inflates one member from `stream`'s input, appending to `output`, until its end.
    private static func inflateMember(
        _ stream: inout z_stream, input: UnsafeBufferPointer<UInt8>, chunk: inout [UInt8], into output: inout [UInt8],
        budget: Int, limits: Limits
    ) throws(GzipError) {
        let base = input.baseAddress!
        while true {
            // More than 4 GiB of input is fed in slices of at most UInt32.max bytes.
            if stream.avail_in == 0 { stream.avail_in = UInt32(clamping: base + input.count - UnsafePointer(stream.next_in)) }
            let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                let status = inflate(&stream, Z_NO_FLUSH)
                return (status, buffer.count - Int(stream.avail_out))
            }
            let position = UnsafePointer(stream.next_in) - base
            if produced > budget - output.count {
                throw limitError(compressedSize: input.count, budget: budget, limits: limits, offset: position)
            }
            output.append(contentsOf: chunk[..<produced])
            switch status {
            case Z_STREAM_END: return
            case Z_OK: continue
            case Z_BUF_ERROR where position == input.count: throw GzipError("truncated gzip stream", offset: position)
            case Z_BUF_ERROR: continue
            case Z_MEM_ERROR: throw GzipError("out of memory while decompressing", offset: position)
            default: throw GzipError(describing: stream.msg.map { String(cString: $0) }, offset: position)
            }
        }
    }

    /// The error for output that passed the budget: the size limit or the ratio limit.
    private static func limitError(compressedSize: Int, budget: Int, limits: Limits, offset: Int) -> GzipError {
        if budget == limits.maximumSize {
            return GzipError("the decompressed data passes the limit of \(limits.maximumSize) bytes", offset: offset)
        }
        return GzipError(
            "the data expands more than \(limits.maximumRatio) times its compressed size of \(compressedSize) bytes; "
                + "model files compress far less, so this looks like a decompression bomb", offset: offset)
    }

    /// `input` as a single gzip member: the fixed header, a raw deflate stream, CRC-32 and length.
    static func compress(_ input: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var stream = z_stream()
        // -15: a raw deflate stream (the header is written here); memory level 8 is zlib's default.
        let started = deflateInit2_(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                                    zlibVersion(), Int32(MemoryLayout<z_stream>.size))
        precondition(started == Z_OK, "zlib could not start compressing (\(started))")
        defer { deflateEnd(&stream) }
        var output = header
        var chunk = [UInt8](repeating: 0, count: chunkSize)
        var remaining = input.count
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        var status = Z_OK
        while status != Z_STREAM_END {
            if stream.avail_in == 0 {
                stream.avail_in = UInt32(clamping: remaining)
                remaining -= Int(stream.avail_in)
            }
            let produced = chunk.withUnsafeMutableBufferPointer { buffer in
                stream.next_out = buffer.baseAddress
                stream.avail_out = UInt32(buffer.count)
                status = deflate(&stream, remaining == 0 ? Z_FINISH : Z_NO_FLUSH)
                return buffer.count - Int(stream.avail_out)
            }
            precondition(status == Z_OK || status == Z_STREAM_END || status == Z_BUF_ERROR, "zlib failed to compress (\(status))")
            output.append(contentsOf: chunk[..<produced])
        }
        output += littleEndianBytes(checksum(input))
        output += littleEndianBytes(UInt32(truncatingIfNeeded: input.count))
        return output
    }

    /// The CRC-32 of `input`, fed to zlib in slices it can count.
    private static func checksum(_ input: UnsafeBufferPointer<UInt8>) -> UInt32 {
        var crc = crc32(0, nil, 0)
        var offset = 0
        while offset < input.count {
            let length = min(input.count - offset, Int(UInt32.max))
            crc = crc32(crc, input.baseAddress! + offset, UInt32(length))
            offset += length
        }
        return UInt32(truncatingIfNeeded: crc)
    }

    private static func littleEndianBytes(_ value: UInt32) -> [UInt8] {
        (0..<4).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) }
    }
}
