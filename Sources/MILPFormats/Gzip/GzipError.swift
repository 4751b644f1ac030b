import MILP

/// A gzip stream that could not be decompressed, and why.
public struct GzipError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What is wrong, such as `"truncated gzip stream"` or `"CRC mismatch"`.
    public var message: String
    /// The byte offset in the compressed data where the problem was found.
    public var offset: Int

    /// An error found at `offset`.
    public init(_ message: String, offset: Int) {
        self.message = message
        self.offset = offset
    }

    /// The message and the offset.
    public var description: String { "\(message) (at byte \(offset))" }
}
