import Foundation
import MILP

/// The bytes of a model file as readers want them: read from disk or memory, decompressed when
/// they are gzip data (recognised by the magic bytes, whatever the name) within `limits`, and
/// checked to be text.
enum ModelFileBytes {
    /// The text of the file at `url`; `file` names it in errors.
    static func contents(of url: URL, file: String, limits: Gzip.Limits = Gzip.Limits()) throws(ParseError) -> [UInt8] {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw ParseError(file: file, message: "cannot read the file: Is a directory")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            // Foundation wraps the system's error, whose reason ("No such file or directory") says the most.
            let underlying = (error as? CocoaError)?.underlying.map { $0 as NSError }
            let reason = underlying?.localizedFailureReason ?? error.localizedDescription
            throw ParseError(file: file, message: "cannot read the file: \(reason)")
        }
        return try text(of: data, file: file, limits: limits)
    }

    /// The text in `data`, decompressed if it is gzip data.
    static func text(of data: Data, file: String, limits: Gzip.Limits = Gzip.Limits()) throws(ParseError) -> [UInt8] {
        var bytes = [UInt8](data)
        if Gzip.isCompressed(data) {
            do {
                bytes = try bytes.withUnsafeBufferPointer { buffer throws(GzipError) in try Gzip.decompress(buffer, limits: limits) }
            } catch {
                throw ParseError(file: file, message: "cannot decompress the gzip data: \(error)")
            }
        }
        try checkIsText(&bytes, file: file)
        return bytes
    }

    /// Rejects empty and binary data with a message saying which, and drops a UTF-8 byte-order
    /// mark and a trailing end-of-file character (Control-Z) that old editors leave.
    private static func checkIsText(_ bytes: inout [UInt8], file: String) throws(ParseError) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if bytes.last == 0x1A { bytes.removeLast() }
        guard !bytes.isEmpty else { throw ParseError(file: file, message: "file is empty") }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw ParseError(file: file, message: "not a text file: UTF-16 text is not supported; save it as UTF-8 or ASCII")
        }
        // Tab, line feed, vertical tab, form feed and carriage return are the only controls text has.
        let control = bytes.withUnsafeBufferPointer { buffer -> Int? in
            var index = 0
            while index < buffer.count {
                let byte = buffer[index]
                if (byte < 0x20 && (byte < 0x09 || byte > 0x0D)) || byte == 0x7F { return index }
                index += 1
            }
            return nil
        }
        if let control {
            let line = bytes[..<control].count { $0 == 0x0A } + 1
            let code = "0x" + String(bytes[control], radix: 16, uppercase: true).leftPadded(to: 2)
            throw ParseError(file: file, line: line, message: "not a text file (control byte \(code))")
        }
    }
}

extension String {
    /// The string with zeros in front up to `width` characters.
    fileprivate func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
