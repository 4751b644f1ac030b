import Foundation
import Instances
import MILP
import Testing

@Suite("Determinism")
struct DeterminismTests {
    @Test("the same seed gives the same MPS bytes, different seeds different ones", arguments: InstanceLibrary.distributionNames)
    func sameSeedSameBytes(name: String) throws {
        let exporter = InstanceExporter(directory: FileManager.default.temporaryDirectory)
        let id = InstanceID(distribution: name, level: .tiny, split: .train, index: 0)
        let first = exporter.fileContents(of: try InstanceLibrary.model(for: id))
        let second = exporter.fileContents(of: try InstanceLibrary.model(for: id))
        var next = id
        next.index = 1
        let other = exporter.fileContents(of: try InstanceLibrary.model(for: next))
        #expect(first == second)
        #expect(first != other)
    }

    /// Fingerprints of each distribution's first tiny instance. A change here means the same id
    /// now gives a different instance: bump the distribution's generator version and update.
    static let fingerprints: [(String, UInt64)] = [
        ("setcover", 16_061_507_377_086_570_207), ("auction", 1_982_205_936_786_853_481),
        ("facility", 5_838_385_157_728_070_205), ("indset-ba", 17_382_130_387_665_434_395),
        ("indset-er", 15_446_242_392_050_254_440), ("knapsack", 8_550_185_186_793_879_369),
        ("binpacking", 14_707_071_607_158_254_053), ("gisp", 5_129_953_067_447_121_204),
        ("expert-placement", 10_923_595_073_334_673_549), ("pod-packing", 14_587_941_754_486_195_581),
        ("gpu-mix", 5_778_176_437_217_491_286), ("sequence-parallel", 5_565_315_814_650_715_964),
    ]

    @Test("generators still draw the instances they drew when the version was set")
    func pinnedInstances() throws {
        for (name, expected) in Self.fingerprints {
            let model = try InstanceLibrary.model(for: InstanceID(distribution: name, level: .tiny, split: .train, index: 0))
            let hash = ModelFingerprint(model).hash
            #expect(hash == expected, "\(name) now gives fingerprint \(hash); bump its generatorVersion")
        }
        #expect(Set(Self.fingerprints.map(\.0)) == Set(InstanceLibrary.distributionNames))
    }
}
