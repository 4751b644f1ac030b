import Foundation
#if canImport(Glibc)
import Glibc
private let systemClose = Glibc.close
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
import Darwin
private let systemClose = Darwin.close
private let systemWrite = Darwin.write
#endif

/// A file being written, checked at every step so that a full disk, a closed pipe or a missing
/// folder is an error naming the path rather than a silently short file.
///
/// Whole files go through ``write(_:to:)-(Data,_)``: a regular file (or a path where nothing is
/// yet) is replaced at once by writing a temporary file beside it and renaming it over the
/// target, so readers never see half a file; anything else — a symbolic link, a device such as
/// `/dev/null`, a named pipe — is opened and written in place, never replaced by a regular file.
/// Streams such as logs open the path in place with ``init(path:)`` and report the first failed
/// write when closed.
///
/// ```swift
/// try OutputFile.write(Data(json.utf8), to: "plan.json")
///
/// let log = try OutputFile(path: "solve.log")
/// log.write("root LP solved\n")
/// try log.close()
/// ```
public final class OutputFile {
    /// The path as the caller gave it, for messages.
    public let path: String
    private var descriptor: Int32
    /// The first write that failed, reported by ``close()``.
    private var failure: OutputFileError?

    /// Opens `path` for writing in place: an existing regular file is truncated, a symbolic link
    /// is followed, a device or pipe is written to as it is.
    /// - Throws: ``OutputFileError`` when the path cannot be opened for writing.
    public init(path: String) throws(OutputFileError) {
        self.path = path
        descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw OutputFileError(path: path, errno: errno) }
    }

    deinit {
        if descriptor >= 0 { _ = systemClose(descriptor) }
    }

    /// Appends `text`; a failure is kept and reported by ``close()``, and later writes are skipped.
    public func write(_ text: String) {
        write(Data(text.utf8))
    }

    /// Appends `data`; a failure is kept and reported by ``close()``, and later writes are skipped.
    public func write(_ data: Data) {
        guard failure == nil, descriptor >= 0 else { return }
        if let error = Self.writeAll(data, to: descriptor) { failure = OutputFileError(path: path, errno: error) }
    }

    /// Closes the file.
    /// - Throws: ``OutputFileError`` for the first write that failed, or for the close itself
    ///   (where some file systems report a full disk).
    public func close() throws(OutputFileError) {
        guard descriptor >= 0 else { return }
        let result = systemClose(descriptor)
        let closeError = errno
        descriptor = -1
        if let failure { throw failure }
        if result != 0 { throw OutputFileError(path: path, errno: closeError) }
    }

    /// Writes `data` as the whole content of `path`: by a temporary file renamed over the target
    /// when the target is absent or a regular file, in place otherwise.
    /// - Throws: ``OutputFileError`` naming the path when any step fails; the target is then
    ///   left as it was (when replaced by renaming) and no temporary file remains.
    public static func write(_ data: Data, to path: String) throws(OutputFileError) {
        var status = stat()
        let exists = lstat(path, &status) == 0
        guard !exists || (status.st_mode & S_IFMT) == S_IFREG else {
            let file = try OutputFile(path: path)
            file.write(data)
            try file.close()
            return
        }
        try replace(path, with: data, mode: exists ? status.st_mode & 0o7777 : nil)
    }

    /// Writes `text` as UTF-8; see ``write(_:to:)-(Data,_)``.
    public static func write(_ text: String, to path: String) throws(OutputFileError) {
        try write(Data(text.utf8), to: path)
    }

    /// Writes `data` to a new temporary file in `path`'s folder, flushes it to disk and renames it to `path`.
    private static func replace(_ path: String, with data: Data, mode: mode_t?) throws(OutputFileError) {
        let url = URL(fileURLWithPath: path)
        let prefix = url.deletingLastPathComponent().path + "/." + url.lastPathComponent + "."
        var temporary = "", descriptor: Int32 = -1
        // A new name each try; `open` applies the umask to 0666 as for any new file.
        repeat {
            temporary = prefix + String(UInt32.random(in: 0 ... .max), radix: 36)
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o666)
        } while descriptor < 0 && errno == EEXIST
        guard descriptor >= 0 else { throw OutputFileError(path: path, errno: errno) }
        var failed: Int32?
        if let mode, fchmod(descriptor, mode) != 0 { failed = errno }
        if failed == nil { failed = writeAll(data, to: descriptor) }
        if failed == nil, fsync(descriptor) != 0 { failed = errno }
        if systemClose(descriptor) != 0, failed == nil { failed = errno }
        if failed == nil, rename(temporary, path) != 0 { failed = errno }
        if let failed {
            unlink(temporary)
            throw OutputFileError(path: path, errno: failed)
        }
    }

    /// Writes every byte of `data`, retrying short and interrupted writes; returns the `errno` of a failure.
    private static func writeAll(_ data: Data, to descriptor: Int32) -> Int32? {
        data.withUnsafeBytes { buffer -> Int32? in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    return errno
                }
                offset += written
            }
            return nil
        }
    }

}

/// A file could not be written: the path and the system's reason.
public struct OutputFileError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The path as given.
    public var path: String
    /// The system's reason, such as "No space left on device".
    public var reason: String

    /// An error for `path` with the given reason.
    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    /// An error for `path` from a system error number.
    init(path: String, errno code: Int32) {
        self.init(path: path, reason: String(cString: strerror(code)))
    }

    /// "cannot write 'PATH': REASON".
    public var description: String { "cannot write '\(path)': \(reason)" }
}
