import Foundation
import MILP
import MILPFormats
import Testing

/// The gzip reader and writer (through zlib) that model file reading relies on.
@Suite("MPS: gzip")
struct MPSGzipTests {
    /// Text with long repeats, short repeats and literals, like an MPS file.
    static let repetitiveText = Data((0..<1000).map { "    X\($0 % 97)  ROW\($0 % 13)  \(Double($0) / 7)\n" }.joined().utf8)

    static func randomBytes(count: Int, seed: UInt64) -> Data {
        var generator = SeededGenerator(seed: seed)
        return Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &generator) })
    }

    @Test("compress then decompress gives the input back", arguments: ["empty", "one byte", "random", "random, two stored blocks", "text"])
    func roundTrip(input: String) throws {
        let data = switch input {
        case "empty": Data()
        case "one byte": Data("a".utf8)
        case "random": Self.randomBytes(count: 100, seed: 1)
        case "random, two stored blocks": Self.randomBytes(count: 70_000, seed: 2)
        default: Self.repetitiveText
        }
        let compressed = Gzip.compress(data)
        #expect(Gzip.isCompressed(compressed))
        #expect(try Gzip.decompress(compressed) == data)
    }

    @Test("compression shrinks repetitive text, is deterministic, and barely grows random bytes")
    func compressionSizes() {
        let compressed = Gzip.compress(Self.repetitiveText)
        #expect(compressed.count < Self.repetitiveText.count / 3)
        #expect(Gzip.compress(Self.repetitiveText) == compressed)
        let random = Self.randomBytes(count: 70_000, seed: 7)
        // zlib stores incompressible data in blocks of up to 16 KiB with a 5-byte header each;
        // gzip adds a 10-byte header and an 8-byte trailer.
        #expect(Gzip.compress(random).count <= random.count + 5 * (random.count / (16 << 10) + 1) + 18)
    }

    @Test("the trailer holds the standard CRC-32 check value of \"123456789\"")
    func checksum() {
        let trailer = Gzip.compress(Data("123456789".utf8)).suffix(8)
        let crc = trailer.prefix(4).reversed().reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        #expect(crc == 0xCBF4_3926)
    }

    @Test("a file made by `gzip -9` reads to the same model as the plain file")
    func systemGzipFixture() throws {
        let plain = try MPSReader().read(contentsOf: MPSTestSupport.publicInstances.appendingPathComponent("afiro.mps"))
        let compressed = try MPSReader().read(contentsOf: MPSTestSupport.fixtures.appendingPathComponent("afiro.mps.gz"))
        #expect(MPSTestSupport.areEquivalent(plain.model, compressed.model))
        #expect(compressed.model.name == "AFIRO")
    }

    @Test("compressed data is recognised by its magic bytes, whatever its name")
    func detectionByContent() throws {
        let data = try Data(contentsOf: MPSTestSupport.fixtures.appendingPathComponent("afiro.mps.gz"))
        #expect(Gzip.isCompressed(data))
        #expect(!Gzip.isCompressed(Data("NAME afiro\n".utf8)))
        let parsed = try MPSReader().read(data, fileName: "afiro.mps")
        #expect(parsed.model.variableCount == 32)
    }

    @Test("concatenated members decompress one after another; zero padding after them is ignored")
    func multipleMembers() throws {
        let first = Data("first member\n".utf8), second = Data("second member\n".utf8)
        let joined = Gzip.compress(first) + Gzip.compress(second)
        #expect(try Gzip.decompress(joined) == first + second)
        #expect(try Gzip.decompress(joined + Data(count: 16)) == first + second)
    }

    @Test("a hand-made stored block decompresses")
    func storedBlock() throws {
        let payload = Data("stored".utf8)
        let reference = Gzip.compress(payload)
        var member = Data(reference.prefix(10))
        member += [0x01, UInt8(payload.count), 0x00, ~UInt8(payload.count), 0xFF] // final stored block, LEN, NLEN
        member += payload
        member += reference.suffix(8)
        #expect(try Gzip.decompress(member) == payload)
    }

    @Test("output past the size limit is refused, whatever the trailer says")
    func sizeLimit() throws {
        let compressed = Gzip.compress(Self.repetitiveText)
        let limits = Gzip.Limits(maximumSize: Self.repetitiveText.count - 1, ratioFloor: 0)
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(compressed, limits: limits) }
        #expect(error?.message == "the decompressed data passes the limit of \(Self.repetitiveText.count - 1) bytes")
        #expect(try Gzip.decompress(compressed, limits: Gzip.Limits(maximumSize: Self.repetitiveText.count, ratioFloor: 0)) == Self.repetitiveText)
    }

    @Test("data that expands more than the ratio allows past the floor is refused as a bomb")
    func ratioLimit() throws {
        let zeros = Data(count: 20 << 20)
        let compressed = Gzip.compress(zeros)
        #expect(compressed.count < zeros.count / 500)
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(compressed) }
        #expect(error?.message.contains("expands more than 200 times its compressed size of \(compressed.count) bytes") == true)
        #expect(error?.message.contains("decompression bomb") == true)
        // Under the floor the ratio is not checked: small files that compress well still read.
        let small = Data(count: 1 << 20)
        #expect(try Gzip.decompress(Gzip.compress(small)) == small)
        #expect(try Gzip.decompress(compressed, limits: Gzip.Limits(maximumRatio: 2000)) == zeros)
    }

    @Test("a trailer that claims 1 GiB for five bytes is a length mismatch")
    func lyingTrailer() throws {
        let data = try Data(contentsOf: MPSTestSupport.repositoryRoot.appendingPathComponent("Fuzz/regressions/gzip-claims-1gib.mps.gz"))
        #expect(data.suffix(4) == Data([0, 0, 0, 0x40]))
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(data) }
        #expect(error?.message.contains("length mismatch") == true)
    }

    @Test("damaged data fails with a message saying what is wrong", arguments: [
        ("truncated", "truncated gzip stream"),
        ("crc", "CRC mismatch"),
        ("magic", "not a gzip stream"),
        ("method", "unsupported gzip compression method"),
        ("trailing", "unexpected data after the end of a gzip member"),
        ("length", "length mismatch"),
    ])
    func damagedData(damage: String, message: String) {
        var data = Gzip.compress(Self.repetitiveText)
        switch damage {
        case "truncated": data = data.prefix(data.count / 2)
        case "crc": data[data.count - 6] ^= 0x55
        case "magic": data[0] = 0x1E
        case "method": data[2] = 7
        case "trailing": data += Data("junk".utf8)
        default: data[data.count - 2] ^= 0x01
        }
        let error = #expect(throws: GzipError.self) { try Gzip.decompress(data) }
        #expect(error?.message.contains(message) == true, "\(error.map(String.init(describing:)) ?? "no error")")
    }
}
