import Foundation
import Instances
import MILP
import Testing

@Suite("Manifest")
struct ManifestTests {
    /// A manifest with a few generated tiny instances, inserted out of order, and one calibration.
    static func sample() throws -> InstanceManifest {
        var manifest = InstanceManifest()
        for text in ["knapsack-tiny-test-00001", "setcover-tiny-train-00002", "setcover-tiny-train-00000", "knapsack-tiny-train-00004"] {
            let id = try InstanceID(text)
            var record = try InstanceLibrary.record(for: id, model: InstanceLibrary.model(for: id))
            record.recordObjective(Double(id.index) + 0.5, isOptimal: id.index == 0)
            manifest.insert(record)
        }
        manifest.insert(LevelCalibration(
            distribution: "setcover", level: .tiny, parameters: SetCover.parameterSet(for: .tiny), generatorVersion: SetCover.generatorVersion,
            configuration: "test", timeLimit: .seconds(60), samples: [
                try sample("setcover-tiny-train-00000", .optimal, seconds: 1, nodes: 3),
                try sample("setcover-tiny-train-00001", .optimal, seconds: 4, nodes: 9),
                try sample("setcover-tiny-train-00002", .timeLimit, seconds: 60, nodes: 90),
            ]))
        return manifest
    }

    static func sample(_ id: String, _ reason: Termination.Reason, seconds: Int, nodes: Int) throws -> CalibrationSample {
        CalibrationSample(id: try InstanceID(id), solution: Solution(
            termination: Termination(reason), objectiveValue: 10, bestBound: reason == .optimal ? 10 : 8,
            statistics: SolveStatistics(wallTime: .seconds(seconds), nodes: nodes)))
    }

    @Test("records stay in id order and filter by distribution, level and split")
    func orderAndFilters() throws {
        let manifest = try Self.sample()
        #expect(manifest.instances.map(\.id.description) == [
            "knapsack-tiny-train-00004", "knapsack-tiny-test-00001", "setcover-tiny-train-00000", "setcover-tiny-train-00002",
        ])
        #expect(manifest.records(distribution: "setcover").count == 2)
        #expect(manifest.records(split: .test).map(\.id.description) == ["knapsack-tiny-test-00001"])
        #expect(manifest.records(level: .easy).isEmpty)
        #expect(manifest.record(for: try InstanceID("setcover-tiny-train-00002"))?.bestKnownObjective == 2.5)
        #expect(manifest.record(for: try InstanceID("setcover-tiny-train-00001")) == nil)
    }

    @Test("JSON round trip keeps everything, and equal manifests give equal bytes")
    func roundTrip() throws {
        let manifest = try Self.sample()
        let data = try manifest.jsonData()
        let decoded = try InstanceManifest(jsonData: data)
        #expect(decoded == manifest)
        #expect(try decoded.jsonData() == data)
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"id\" : \"setcover-tiny-train-00000\""))
        #expect(text.contains("\"seed\" : 1000000"))
        #expect(text.contains("\"medianSeconds\" : 4"))
    }

    @Test("a record whose redundant fields disagree with its id is rejected")
    func inconsistentRecord() throws {
        let text = String(decoding: try Self.sample().jsonData(), as: UTF8.self)
            .replacingOccurrences(of: "\"seed\" : 1000000,", with: "\"seed\" : 7,")
        #expect(throws: DecodingError.self) { try InstanceManifest(jsonData: Data(text.utf8)) }
    }

    @Test("sizes and best known objectives are recorded; a proven optimum is kept over a worse bound")
    func records() throws {
        let id = try InstanceID("setcover-tiny-train-00000")
        let model = try InstanceLibrary.model(for: id)
        var record = try InstanceLibrary.record(for: id, model: model)
        #expect(record.size == InstanceSize(rows: 40, columns: 80, nonzeros: 320, integerShare: 1))
        #expect(record.objectiveSense == .minimize)
        record.recordObjective(12, isOptimal: false)
        record.recordObjective(14, isOptimal: false)
        #expect(record.bestKnownObjective == 12 && !record.isProvenOptimal)
        record.recordObjective(11, isOptimal: true)
        record.recordObjective(10, isOptimal: false)
        #expect(record.bestKnownObjective == 11 && record.isProvenOptimal)

        record.file = "setcover-tiny-train-00000.mps.gz"
        var manifest = InstanceManifest()
        manifest.insert(record)
        manifest.insert(try InstanceLibrary.record(for: id, model: model))
        #expect(manifest.record(for: id)?.bestKnownObjective == 11)
        #expect(manifest.record(for: id)?.file == "setcover-tiny-train-00000.mps.gz")

        var otherInstance = try InstanceLibrary.record(for: id, model: model)
        otherInstance.parameters.values["rows"] = 41
        manifest.insert(otherInstance)
        #expect(manifest.record(for: id)?.bestKnownObjective == nil)
        #expect(manifest.record(for: id)?.file == nil)
    }

    @Test("CSV has a header and one row per record")
    func csv() throws {
        let lines = InstanceRecord.csv(try Self.sample().instances).split(separator: "\r\n")
        #expect(lines.count == 5)
        #expect(lines[0] == "id,distribution,level,split,seed,generator_version,parameters,rows,columns,nonzeros,integer_share,objective_sense,file,best_known_objective,proven_optimal")
        #expect(lines[3].hasPrefix("setcover-tiny-train-00000,setcover,tiny,train,1000000,setcover-1,columns=80 density=0.1 maximumCost=100 rows=40,40,80,320,1.0,minimize,,0.5,true"))
    }

    @Test("calibration medians count unsolved samples as slowest")
    func calibrationMedians() throws {
        let calibration = try #require(try Self.sample().calibration(distribution: "setcover", level: .tiny))
        #expect(calibration.medianTime == .seconds(4))
        #expect(calibration.medianNodes == 9)
        #expect(calibration.shareSolved == 2.0 / 3)
        #expect(calibration.measuredLevel == .easy)
        var slow = calibration
        slow.samples[1] = try Self.sample("setcover-tiny-train-00001", .timeLimit, seconds: 60, nodes: 50)
        #expect(slow.medianTime == nil)
        #expect(slow.measuredLevel == nil)
        slow.timeLimit = .seconds(120)
        #expect(slow.measuredLevel == .hard)
    }

    @Test("the hardness rule", arguments: [
        (Duration?.some(.seconds(9.9)), Duration.seconds(60), HardnessLevel?.some(.easy)),
        (.seconds(10), .seconds(60), .medium),
        (.seconds(100), .seconds(3600), .medium),
        (.seconds(101), .seconds(3600), .hard),
        (nil, .seconds(60), nil),
        (nil, .seconds(100), .hard),
    ])
    func rule(median: Duration?, limit: Duration, expected: HardnessLevel?) {
        #expect(HardnessRule.level(medianTime: median, timeLimit: limit) == expected)
    }
}
