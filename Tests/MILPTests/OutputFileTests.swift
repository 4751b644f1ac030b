import Foundation
import MILP
import Testing

@Suite("Output files: written whole, never clobbering what is not a regular file, failures reported")
struct OutputFileTests {
    /// A fresh temporary folder.
    private static func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("output-file-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    private static func mode(of path: String) -> mode_t {
        var status = stat()
        #expect(lstat(path, &status) == 0)
        return status.st_mode
    }

    @Test("a new file gets the content and the permissions any new file gets, and no temporary file is left")
    func newFile() throws {
        let folder = try Self.folder()
        let path = folder.appendingPathComponent("plan.json").path
        try OutputFile.write("{}\n", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{}\n")
        let reference = folder.appendingPathComponent("reference").path
        let descriptor = open(reference, O_WRONLY | O_CREAT, 0o666)
        #expect(descriptor >= 0)
        close(descriptor)
        #expect(Self.mode(of: path) & 0o7777 == Self.mode(of: reference) & 0o7777)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["plan.json", "reference"])
    }

    @Test("replacing a regular file keeps its permissions")
    func existingFile() throws {
        let path = try Self.folder().appendingPathComponent("model.mps").path
        try "old".write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        try OutputFile.write("new", to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new")
        #expect(Self.mode(of: path) & 0o7777 == 0o640)
    }

    @Test("a symbolic link stays a link and its target gets the content")
    func symbolicLink() throws {
        let folder = try Self.folder()
        let target = folder.appendingPathComponent("target").path, link = folder.appendingPathComponent("link").path
        try "old".write(toFile: target, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: target)
        try OutputFile.write("new", to: link)
        #expect(Self.mode(of: link) & S_IFMT == S_IFLNK)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new")
    }

    @Test("a named pipe stays a pipe and its reader gets the content")
    func namedPipe() throws {
        let path = try Self.folder().appendingPathComponent("pipe").path
        #expect(mkfifo(path, 0o600) == 0)
        // The reader opens first without waiting for a writer, so the writer's open returns at
        // once and everything happens on this thread; the text fits the pipe's buffer.
        let reader = open(path, O_RDONLY | O_NONBLOCK)
        try #require(reader >= 0)
        defer { close(reader) }
        try OutputFile.write("through the pipe", to: path)
        #expect(Self.mode(of: path) & S_IFMT == S_IFIFO)
        var buffer = [UInt8](repeating: 0, count: 64)
        let count = read(reader, &buffer, buffer.count)
        #expect(count == 16 && String(decoding: buffer.prefix(max(count, 0)), as: UTF8.self) == "through the pipe")
    }

    @Test("a full device is an error naming the path, for whole files and for streams", .enabled(if: geteuid() == 0, "creating a device node needs root"))
    func fullDevice() throws {
        let path = try Self.folder().appendingPathComponent("full").path
        // A private copy of /dev/full (major 1, minor 7: `makedev(1, 7)`), so a regression cannot replace the system's.
        #expect(mknod(path, S_IFCHR | 0o666, dev_t(1 << 8 | 7)) == 0)
        #expect(throws: OutputFileError(path: path, reason: String(cString: strerror(ENOSPC)))) { try OutputFile.write("x", to: path) }
        #expect(Self.mode(of: path) & S_IFMT == S_IFCHR)
        let stream = try OutputFile(path: path)
        stream.write("first line\n")
        stream.write("second line\n")
        #expect(throws: OutputFileError(path: path, reason: String(cString: strerror(ENOSPC)))) { try stream.close() }
    }

    @Test("a missing folder or a folder as the target is an error naming the path")
    func unwritable() throws {
        let folder = try Self.folder()
        let missing = folder.appendingPathComponent("missing/plan.json").path
        #expect(throws: OutputFileError(path: missing, reason: String(cString: strerror(ENOENT)))) { try OutputFile.write("x", to: missing) }
        #expect(throws: OutputFileError.self) { try OutputFile.write("x", to: folder.path) }
        #expect(throws: OutputFileError.self) { try OutputFile(path: folder.path) }
    }

    @Test("a stream writes everything in order")
    func stream() throws {
        let path = try Self.folder().appendingPathComponent("log").path
        try "stale content that must go".write(toFile: path, atomically: false, encoding: .utf8)
        let stream = try OutputFile(path: path)
        for line in 0..<1000 { stream.write("line \(line)\n") }
        try stream.close()
        let lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
        #expect(lines.count == 1000 && lines.first == "line 0" && lines.last == "line 999")
    }
}
