import Planners
import Testing

@Suite("Kubernetes quantities")
struct PodPackingQuantityTests {
    @Test("CPU quantities in millicores", arguments: [
        ("500m", 500), ("2", 2000), ("1.5", 1500), ("0.1", 100), ("0.1m", 1), ("100u", 1), ("250000n", 1),
        ("1k", 1_000_000), ("1e3", 1_000_000), ("1E-3", 1), ("+3", 3000), ("-1", -1000), (".5", 500), ("0", 0),
    ])
    func cpu(text: String, millicores: Int) throws {
        #expect(try KubernetesQuantity(parsing: text).scaled(by: 1000) == millicores)
    }

    @Test("memory quantities in bytes", arguments: [
        ("2Gi", 2_147_483_648), ("512Mi", 536_870_912), ("1Ki", 1024), ("1.5Ki", 1536), ("128974848", 128_974_848),
        ("129e6", 129_000_000), ("129M", 129_000_000), ("1e3", 1000), ("1E", 1_000_000_000_000_000_000),
        ("1Ti", 1_099_511_627_776), ("0.5Gi", 536_870_912), ("1.0001", 2), ("100m", 1),
    ])
    func memory(text: String, bytes: Int) throws {
        #expect(try KubernetesQuantity(parsing: text).scaled(by: 1) == bytes)
    }

    @Test("text that is not a quantity is rejected with the reason", arguments: [
        "", "abc", "1.2.3", "2GB", "1Ki5", ".", "m", "1 Gi", "--1", "1e", "0x10",
    ])
    func rejected(text: String) {
        #expect(throws: KubernetesQuantity.ParseError.self) { try KubernetesQuantity(parsing: text) }
    }

    @Test("values too large for 64 bits are reported, not wrapped")
    func overflow() throws {
        #expect(try KubernetesQuantity(parsing: "16Ei").scaled(by: 1) == nil)
        #expect(try KubernetesQuantity(parsing: "1E").scaled(by: 1000) == nil)
        #expect(throws: KubernetesQuantity.ParseError.self) { try KubernetesQuantity(parsing: "123456789012345678901234") }
    }
}
