import Foundation

/// The list of a set of instances and the calibrations of their levels, kept as one JSON file
/// next to the instance files.
///
/// Records are kept in ``InstanceID`` order and calibrations by distribution and level, and the
/// JSON has sorted keys, so the same contents always give the same bytes.
public struct InstanceManifest: Sendable, Equatable, Codable {
    /// The version of this file format.
    public static let currentFormatVersion = 1

    /// The format version the manifest was written with.
    public var formatVersion: Int
    /// The rule levels follow, in words.
    public var hardnessRule: String
    /// The instances, in id order.
    public private(set) var instances: [InstanceRecord]
    /// The calibrations, by distribution and level.
    public private(set) var calibrations: [LevelCalibration]

    /// An empty manifest.
    public init() {
        formatVersion = Self.currentFormatVersion
        hardnessRule = Self.ruleText
        instances = []
        calibrations = []
    }

    /// The manifest in `data`, a JSON document this type wrote.
    public init(jsonData data: Data) throws {
        self = try JSONDecoder().decode(InstanceManifest.self, from: data)
    }

    private enum CodingKeys: String, CodingKey {
        case formatVersion, hardnessRule, instances, calibrations
    }

    /// Decodes a manifest of this format version or an older one, putting records in id order.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        formatVersion = try container.decode(Int.self, forKey: .formatVersion)
        guard formatVersion <= Self.currentFormatVersion else {
            throw DecodingError.dataCorruptedError(forKey: .formatVersion, in: container,
                debugDescription: "format version \(formatVersion) is newer than this MILPKit's \(Self.currentFormatVersion)")
        }
        hardnessRule = try container.decode(String.self, forKey: .hardnessRule)
        instances = try container.decode([InstanceRecord].self, forKey: .instances).sorted { $0.id < $1.id }
        calibrations = []
        for calibration in try container.decode([LevelCalibration].self, forKey: .calibrations) { insert(calibration) }
    }

    /// The manifest as pretty-printed JSON with sorted keys, ending in a newline.
    public func jsonData() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// The record of instance `id`, if listed.
    public func record(for id: InstanceID) -> InstanceRecord? {
        let position = position(of: id)
        return position < instances.endIndex && instances[position].id == id ? instances[position] : nil
    }

    /// Where a record for `id` is or would go: the first position whose id is not below `id`.
    private func position(of id: InstanceID) -> Int {
        var low = 0, high = instances.count
        while low < high {
            let middle = (low + high) / 2
            if instances[middle].id < id { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The records matching the given distribution, level and split (`nil` matches any).
    public func records(distribution: String? = nil, level: HardnessLevel? = nil, split: Split? = nil) -> [InstanceRecord] {
        instances.filter {
            (distribution == nil || $0.distribution == distribution) && (level == nil || $0.level == level)
                && (split == nil || $0.split == split)
        }
    }

    /// The calibration of `level` of `distribution`, if any.
    public func calibration(distribution: String, level: HardnessLevel) -> LevelCalibration? {
        calibrations.first { $0.distribution == distribution && $0.level == level }
    }

    /// Adds `record`, replacing any record with its id. When the replaced record describes the
    /// same instance (same generator version and parameters), its best known objective carries
    /// over unless the new one is better, and so does its file unless the new record names one.
    public mutating func insert(_ record: InstanceRecord) {
        var record = record
        let position = position(of: record.id)
        if position < instances.endIndex, instances[position].id == record.id {
            let old = instances[position]
            if old.isSameInstance(as: record) {
                if let objective = old.bestKnownObjective { record.recordObjective(objective, isOptimal: old.isProvenOptimal) }
                if record.file == nil { record.file = old.file }
            }
            instances[position] = record
        } else {
            instances.insert(record, at: position)
        }
    }

    /// Adds `calibration`, replacing an earlier one of the same distribution and level.
    public mutating func insert(_ calibration: LevelCalibration) {
        calibrations.removeAll { $0.distribution == calibration.distribution && $0.level == calibration.level }
        let key = { (entry: LevelCalibration) in (entry.distribution, entry.level) }
        let position = calibrations.firstIndex { key(calibration) < key($0) } ?? calibrations.endIndex
        calibrations.insert(calibration, at: position)
    }

    /// The rule of ``HardnessRule`` in words.
    static let ruleText = """
        Median wall time over a level's calibration samples for \(HardnessRule.referenceConfiguration), \
        unsolved samples counting as slowest: easy < 10 s, medium 10–100 s, hard > 100 s or unsolved \
        within a limit of at least 100 s (up to 1 h). tiny: test size, not a hardness level.
        """
}
