#if canImport(Glibc)
@preconcurrency import Glibc
#elseif canImport(Darwin)
@preconcurrency import Darwin
#endif
import Foundation

/// The process's standard error stream.
enum StandardError {
    /// Writes `text` as it is.
    static func write(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether standard error is a terminal, where live progress may be drawn.
    static var isTerminal: Bool { isatty(FileHandle.standardError.fileDescriptor) != 0 }
}

/// The process's standard output, checked like any other output file.
enum StandardOutput {
    /// Flushes what `print` buffered; returns the system's reason when the bytes could not be
    /// written (a full disk, a closed pipe), `nil` when all of them were.
    static func flush() -> String? {
        if fflush(stdout) != 0 || ferror(stdout) != 0 { return String(cString: strerror(errno)) }
        return nil
    }
}
