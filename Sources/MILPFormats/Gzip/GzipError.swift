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

    /// The error zlib reports with `message` (`nil` when it gave none), in words that say what
    /// the damage means.
    init(describing message: String?, offset: Int) {
        switch message {
        case "incorrect data check": self.init("CRC mismatch: the data is corrupt", offset: offset)
        case "incorrect length check": self.init("length mismatch: the trailer's length differs from the data's", offset: offset)
        case "unknown compression method": self.init("unsupported gzip compression method", offset: offset)
        case "incorrect header check", "unknown header flags set": self.init("not a gzip stream (\(message ?? "bad header"))", offset: offset)
        case let message?: self.init("corrupt compressed data: \(message)", offset: offset)
        case nil: self.init("corrupt compressed data", offset: offset)
        }
    }

    /// The message and the offset.
    public var description: String { "\(message) (at byte \(offset))" }
}
