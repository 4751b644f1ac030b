import Foundation
import MILP

/// Tokens routed to each logical expert of each MoE layer, over one or more windows of time: the
/// matrix EPLB calls `weight` (layers × logical experts), or a history of them, oldest first.
///
/// Read from JSON (a layers × experts array, a windows × layers × experts array, or an object
/// with the array under `loads`, or a token-level `routingLog` with optional `layers` and
/// `experts`), from CSV (one line per layer, one number per expert, no header), or from a NumPy
/// `.npy` file (2-D, or 3-D for windows). Every load must be a finite number from 0 to 10^15.
/// Limits: at most 10,000 windows, 10,000 layers and 100,000 experts.
public struct ExpertLoads: Sendable, Equatable {
    /// `windows[t][l][e]`: tokens routed to expert `e` of layer `l` in window `t`, oldest first.
    public private(set) var windows: [[[Double]]]

    /// The largest load accepted: far above any real token count, far below where sums of
    /// loads lose precision.
    public static let maximumLoad = 1e15
    /// The most windows, layers and experts accepted.
    public static let maximumShape = (windows: 10_000, layers: 10_000, experts: 100_000)

    /// A validated history of load windows, oldest first.
    public init(windows: [[[Double]]]) throws(PlannerInputError) {
        guard !windows.isEmpty else { throw PlannerInputError(field: "loads", "lists no windows") }
        guard windows.count <= Self.maximumShape.windows else {
            throw PlannerInputError(field: "loads", "has \(windows.count) windows; at most \(Self.maximumShape.windows) are accepted")
        }
        let layers = windows[0].count, experts = windows[0].first?.count ?? 0
        guard layers > 0 else { throw PlannerInputError(field: "loads", "lists no layers") }
        guard experts > 0 else { throw PlannerInputError(field: "loads", "lists no experts") }
        guard layers <= Self.maximumShape.layers, experts <= Self.maximumShape.experts else {
            throw PlannerInputError(field: "loads", "has \(layers) layers × \(experts) experts; at most \(Self.maximumShape.layers) layers and \(Self.maximumShape.experts) experts are accepted")
        }
        for (window, matrix) in windows.enumerated() {
            let prefix = windows.count > 1 ? "loads[\(window)]" : "loads"
            guard matrix.count == layers else {
                throw PlannerInputError(field: prefix, "window \(window) has \(matrix.count) layers; window 0 has \(layers)")
            }
            for (layer, row) in matrix.enumerated() {
                guard row.count == experts else {
                    throw PlannerInputError(field: "\(prefix)[\(layer)]", "layer \(layer) has \(row.count) experts; layer 0 has \(experts)")
                }
                for (expert, load) in row.enumerated() where !(load >= 0 && load <= Self.maximumLoad) {
                    throw PlannerInputError(field: "\(prefix)[\(layer)][\(expert)]", "must be a number from 0 to 10^15 (tokens), got \(load)")
                }
            }
        }
        self.windows = windows
    }

    /// One window of loads, `loads[l][e]`.
    public init(_ loads: [[Double]]) throws(PlannerInputError) {
        try self.init(windows: [loads])
    }

    /// The number of MoE layers.
    public var layerCount: Int { windows[0].count }
    /// The number of logical experts per layer.
    public var expertCount: Int { windows[0][0].count }
    /// The number of windows.
    public var windowCount: Int { windows.count }

    /// The loads summed over all windows: what engines balance today.
    public var summed: [[Double]] {
        windows.dropFirst().reduce(windows[0]) { total, window in
            zip(total, window).map { zip($0, $1).map(+) }
        }
    }

    /// This history followed by the windows of `later`, which must have the same shape.
    public func appending(_ later: ExpertLoads) throws(PlannerInputError) -> ExpertLoads {
        guard later.layerCount == layerCount, later.expertCount == expertCount else {
            throw PlannerInputError(field: "loads", "a window has \(later.layerCount) layers × \(later.expertCount) experts; the first has \(layerCount) × \(expertCount)")
        }
        return try ExpertLoads(windows: windows + later.windows)
    }

    // MARK: Files

    /// The file formats loads are read from.
    public enum FileFormat: String, Sendable, CaseIterable {
        /// JSON: an array, or an object with `loads` or `routingLog`.
        case json
        /// Comma-separated numbers, one line per layer.
        case csv
        /// NumPy's `.npy`.
        case npy

        /// The format a file name's extension names, if any.
        public init?(path: String) {
            self.init(rawValue: (path as NSString).pathExtension.lowercased())
        }
    }

    /// Loads read from a file's contents in `format`.
    public static func read(_ data: Data, format: FileFormat) throws(PlannerInputError) -> ExpertLoads {
        switch format {
        case .json: return try InputDecoder().decode(ExpertLoads.self, fromJSON: data)
        case .csv: return try ExpertLoads(try csvRows(data))
        case .npy:
            let array = try NumPyArray(npy: data)
            switch array.shape.count {
            case 2: return try ExpertLoads(array.matrix ?? [])
            case 3:
                let (layers, experts) = (array.shape[1], array.shape[2])
                let windows = (0..<array.shape[0]).map { window in
                    (0..<layers).map { layer in
                        let start = (window * layers + layer) * experts
                        return Array(array.values[start..<(start + experts)])
                    }
                }
                return try ExpertLoads(windows: windows)
            default:
                throw PlannerInputError(field: "header.shape", "is \(array.shape); loads are layers × experts (2-D) or windows × layers × experts (3-D)")
            }
        }
    }

    /// The numbers of a CSV file, one row per non-empty line; errors give the line and column.
    private static func csvRows(_ data: Data) throws(PlannerInputError) -> [[Double]] {
        guard let text = String(data: data, encoding: .utf8) else { throw PlannerInputError(field: "", "the CSV file is not UTF-8 text") }
        var rows: [[Double]] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            var row: [Double] = []
            var column = 1
            for cell in line.split(separator: ",", omittingEmptySubsequences: false) {
                let text = cell.trimmingCharacters(in: .whitespaces)
                guard let value = Double(text) else {
                    throw PlannerInputError(field: "line \(index + 1), column \(column)", "'\(text)' is not a number (one line per layer, one number per expert, no header)")
                }
                row.append(value)
                column += cell.count + 1
            }
            rows.append(row)
        }
        return rows
    }
}

extension ExpertLoads: Codable {
    private enum CodingKeys: String, CodingKey { case loads, routingLog, layers, experts }

    /// Decodes loads from a 2-D or 3-D array of numbers, or an object with `loads` (such an
    /// array) or `routingLog` (token-level records, with optional `layers` and `experts`).
    public init(from decoder: any Decoder) throws {
        guard let object = try? decoder.container(keyedBy: CodingKeys.self) else {
            self = try Self(nested: try NestedNumbers(from: decoder), path: "")
            return
        }
        let layers = try object.decodeIfPresent(Int.self, forKey: .layers)
        let experts = try object.decodeIfPresent(Int.self, forKey: .experts)
        if let log = try object.decodeIfPresent(ExpertRoutingLog.self, forKey: .routingLog) {
            guard !object.contains(.loads) else { throw PlannerInputError(field: "routingLog", "give either loads or a routing log, not both") }
            let shape = log.shape
            for (name, value) in [("layers", layers), ("experts", experts)] {
                if let value, !(1...100_000).contains(value) { throw PlannerInputError(field: name, "must be from 1 to 100000, got \(value)") }
            }
            self = try ExpertLoads(try log.counts(layers: layers ?? shape.layers, experts: experts ?? shape.experts).loads)
            return
        }
        guard object.contains(.loads) else {
            // Name a misspelt key rather than the missing one it was meant to be.
            let names = try decoder.container(keyedBy: NameKey.self).allKeys.map(\.stringValue)
            let known = ["loads", "routingLog", "layers", "experts"]
            if let unknown = names.first(where: { !known.contains($0) }), let nearest = nearestName(to: unknown, in: known) {
                throw PlannerInputError(field: unknown, "unknown field; did you mean \"\(nearest)\"?")
            }
            throw PlannerInputError(field: "loads", "is missing (give loads or a routingLog)")
        }
        self = try Self(nested: try object.decode(NestedNumbers.self, forKey: .loads), path: "loads")
        if let layers, layers != layerCount { throw PlannerInputError(field: "layers", "is \(layers), but loads lists \(layerCount) layers") }
        if let experts, experts != expertCount { throw PlannerInputError(field: "experts", "is \(experts), but loads lists \(expertCount) experts") }
    }

    /// Encodes one window as `{"loads": [[…]]}`, several as a windows × layers × experts array
    /// under `loads`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        if windows.count == 1 { try container.encode(windows[0], forKey: .loads) } else { try container.encode(windows, forKey: .loads) }
    }

    /// Loads from a 2-D (one window) or 3-D (windows) nested array.
    private init(nested: NestedNumbers, path: String) throws(PlannerInputError) {
        switch nested.depth {
        case 2: try self.init(try nested.matrix(path: path))
        case 3:
            guard case let .array(windows) = nested else { preconditionFailure("depth 3 is an array") }
            var matrices: [[[Double]]] = []
            for (index, window) in windows.enumerated() { matrices.append(try window.matrix(path: "\(path)[\(index)]")) }
            try self.init(windows: matrices)
        default:
            throw PlannerInputError(field: path, "must be a layers × experts array (or windows × layers × experts), found \(nested.depth) levels of nesting")
        }
    }
}

/// Any key of a JSON object, for listing the keys it has.
private struct NameKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// A JSON number or an array of them, nested to any depth: decoded first, shape checked after,
/// so that a 2-D and a 3-D array can both be read with errors that name the element.
private indirect enum NestedNumbers: Decodable {
    case number(Double)
    case array([NestedNumbers])

    init(from decoder: any Decoder) throws {
        if var elements = try? decoder.unkeyedContainer() {
            var array: [NestedNumbers] = []
            while !elements.isAtEnd { array.append(try elements.decode(NestedNumbers.self)) }
            self = .array(array)
        } else {
            self = .number(try decoder.singleValueContainer().decode(Double.self))
        }
    }

    /// The nesting depth, by the first element at each level.
    var depth: Int {
        switch self {
        case .number: 0
        case let .array(elements): 1 + (elements.first?.depth ?? 1)
        }
    }

    /// The rows of a 2-D array; errors name the element at fault.
    func matrix(path: String) throws(PlannerInputError) -> [[Double]] {
        guard case let .array(rows) = self else { throw PlannerInputError(field: path, "must be an array of layers") }
        var matrix: [[Double]] = []
        for (layer, row) in rows.enumerated() {
            guard case let .array(cells) = row else { throw PlannerInputError(field: "\(path)[\(layer)]", "must be an array of expert loads") }
            var values: [Double] = []
            for (expert, cell) in cells.enumerated() {
                guard case let .number(value) = cell else { throw PlannerInputError(field: "\(path)[\(layer)][\(expert)]", "must be a number") }
                values.append(value)
            }
            matrix.append(values)
        }
        return matrix
    }
}
