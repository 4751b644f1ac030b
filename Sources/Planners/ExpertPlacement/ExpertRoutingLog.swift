/// A token-level routing log: for each token and MoE layer, the experts the router chose.
/// ``counts(layers:experts:)`` turns it into the loads and transition counts a placement needs.
///
/// In JSON, an array of `{"token": 17, "layer": 3, "experts": [1, 6]}` records.
public struct ExpertRoutingLog: Sendable, Equatable, Codable {
    /// One routing decision.
    public struct Record: Sendable, Equatable, Codable {
        /// The token's id, unique within the log.
        public var token: Int
        /// The MoE layer, from 0.
        public var layer: Int
        /// The experts chosen (top-k), distinct.
        public var experts: [Int]

        /// A record from its parts.
        public init(token: Int, layer: Int, experts: [Int]) {
            self.token = token
            self.layer = layer
            self.experts = experts
        }
    }

    /// The records, in any order.
    public var records: [Record]

    /// A log of `records`.
    public init(records: [Record]) {
        self.records = records
    }

    /// Decodes the log from a JSON array of records.
    public init(from decoder: any Decoder) throws {
        records = try decoder.singleValueContainer().decode([Record].self)
    }

    /// Encodes the log as a JSON array of records.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(records)
    }

    /// The largest layer and expert ids in the log, plus one: the smallest shape that holds it.
    /// (An id of `Int.max` gives `Int.max`, which ``counts(layers:experts:)`` refuses.)
    public var shape: (layers: Int, experts: Int) {
        func count(_ largest: Int?) -> Int { largest.map { $0 == .max ? .max : max($0 + 1, 0) } ?? 0 }
        return (count(records.map(\.layer).max()), count(records.flatMap(\.experts).max()))
    }

    /// The most layers and experts a log may be counted into, and the most transition counts
    /// (layers − 1) × experts² that makes: a log names its shape by its largest ids, so these keep
    /// one stray id from asking for terabytes.
    public static let limits = (layers: 10_000, experts: 10_000, transitions: 20_000_000)

    /// Loads and transitions counted from the log for `layers` layers of `experts` experts.
    ///
    /// A token routed to expert `e` counts 1 towards `e`'s load. A token routed to the set `A` at
    /// layer `l` and to `B` at layer `l + 1` counts `1/|A|` towards each transition `(a, b)` in
    /// `A × B`: each of its experts at layer `l` hands it on to each of its experts at `l + 1`,
    /// and the counts into an expert add up to the tokens it receives from the previous layer.
    /// Throws a ``PlannerInputError`` naming the record at fault (`routingLog[17].experts[1]`).
    public func counts(layers: Int, experts: Int) throws(PlannerInputError) -> (loads: [[Double]], transitions: [[[Double]]]) {
        guard (1...Self.limits.layers).contains(layers) else {
            throw PlannerInputError(field: "layers", "must be from 1 to \(Self.limits.layers), got \(layers)")
        }
        guard (1...Self.limits.experts).contains(experts) else {
            throw PlannerInputError(field: "experts", "must be from 1 to \(Self.limits.experts), got \(experts)")
        }
        guard (layers - 1) * experts * experts <= Self.limits.transitions else {
            throw PlannerInputError(field: "experts", "\(layers) layers of \(experts) experts need \((layers - 1) * experts * experts) transition counts; at most \(Self.limits.transitions) are accepted")
        }
        var loads = Array(repeating: Array(repeating: 0.0, count: experts), count: layers)
        var transitions = Array(repeating: Array(repeating: Array(repeating: 0.0, count: experts), count: experts), count: layers - 1)
        var routes: [Int: [Int: [Int]]] = [:]
        for (index, record) in records.enumerated() {
            let field = "routingLog[\(index)]"
            guard (0..<layers).contains(record.layer) else {
                throw PlannerInputError(field: "\(field).layer", "layer \(record.layer) does not exist; the model has layers 0..<\(layers)")
            }
            guard !record.experts.isEmpty else { throw PlannerInputError(field: "\(field).experts", "lists no experts") }
            for (position, expert) in record.experts.enumerated() {
                guard (0..<experts).contains(expert) else {
                    throw PlannerInputError(field: "\(field).experts[\(position)]", "expert \(expert) does not exist; layers have experts 0..<\(experts)")
                }
                guard record.experts.firstIndex(of: expert) == position else {
                    throw PlannerInputError(field: "\(field).experts[\(position)]", "expert \(expert) is listed twice")
                }
                loads[record.layer][expert] += 1
            }
            guard routes[record.token, default: [:]].updateValue(record.experts, forKey: record.layer) == nil else {
                throw PlannerInputError(field: "\(field).layer", "token \(record.token) is routed at layer \(record.layer) twice")
            }
        }
        // Tokens in id order, so that the sums are the same on every run.
        for token in routes.keys.sorted() {
            let layersOfToken = routes[token] ?? [:]
            for (layer, chosen) in layersOfToken where layer + 1 < layers {
                guard let next = layersOfToken[layer + 1] else { continue }
                let share = 1 / Double(chosen.count)
                for expert in chosen {
                    for following in next { transitions[layer][expert][following] += share }
                }
            }
        }
        return (loads, transitions)
    }
}
