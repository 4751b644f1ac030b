/// A placement of redundant experts in the layout serving engines load: for every layer, which
/// logical expert each physical slot holds (slot `s` on GPU `s / slotsPerGPU`), and the maps
/// derived from it.
public struct ExpertReplicationPlan: Sendable, Equatable {
    /// `physicalToLogicalMap[l][s]`: the logical expert in physical slot `s` of layer `l`.
    public private(set) var physicalToLogicalMap: [[Int]]
    /// The number of GPUs the slots are spread over.
    public private(set) var gpus: Int
    /// The number of logical experts per layer.
    public private(set) var experts: Int

    /// A plan from its slot map; every layer must hold every expert at least once and the slot
    /// count must be a multiple of `gpus`.
    public init(physicalToLogicalMap: [[Int]], gpus: Int, experts: Int) throws(PlannerInputError) {
        self.physicalToLogicalMap = physicalToLogicalMap
        self.gpus = gpus
        self.experts = experts
        try validate()
    }

    /// A plan from the experts on each GPU, `gpuExperts[l][g]`, every GPU with the same number.
    init(gpuExperts: [[[Int]]], experts: Int) {
        physicalToLogicalMap = gpuExperts.map { $0.flatMap { $0 } }
        gpus = gpuExperts.first?.count ?? 0
        self.experts = experts
    }

    /// The number of layers.
    public var layerCount: Int { physicalToLogicalMap.count }
    /// Physical slots per layer.
    public var replicas: Int { physicalToLogicalMap.first?.count ?? 0 }
    /// Slots per GPU.
    public var slotsPerGPU: Int { replicas / max(gpus, 1) }

    /// The numbers in the three maps of a plan of `layers` layers × `experts` experts in
    /// `replicas` slots: what writing the plan costs.
    public static func mapEntries(layers: Int, experts: Int, replicas: Int) -> Double {
        Double(layers) * (Double(replicas) + Double(experts) * Double(replicas - experts + 2))
    }

    /// `logicalCount[l][e]`: the replicas of expert `e` in layer `l`.
    public var logicalCount: [[Int]] {
        physicalToLogicalMap.indices.map(logicalCount(at:))
    }

    /// `logicalCount[layer]`, without counting the other layers.
    public func logicalCount(at layer: Int) -> [Int] {
        var counts = Array(repeating: 0, count: experts)
        for expert in physicalToLogicalMap[layer] { counts[expert] += 1 }
        return counts
    }

    /// `logicalToPhysicalMap[l][e]`: the physical slots holding expert `e` in layer `l`, in
    /// increasing order, padded with −1 to `replicas − experts + 1` entries (the most any
    /// expert can have), as EPLB lays it out.
    public var logicalToPhysicalMap: [[[Int]]] {
        let width = replicas - experts + 1
        return physicalToLogicalMap.map { slots in
            var map = Array(repeating: [Int](), count: experts)
            for (slot, expert) in slots.enumerated() { map[expert].append(slot) }
            return map.map { $0 + Array(repeating: -1, count: width - $0.count) }
        }
    }

    /// The experts on each GPU at `layer`, one entry per slot.
    public func experts(onEachGPUAt layer: Int) -> [[Int]] {
        let slots = slotsPerGPU
        return (0..<gpus).map { Array(physicalToLogicalMap[layer][($0 * slots)..<(($0 + 1) * slots)]) }
    }

    /// Each GPU's load at `layer` when expert `e` receives `loads[e]` tokens, split evenly
    /// over its replicas.
    public func gpuLoads(layer: Int, loads: [Double]) -> [Double] {
        let counts = logicalCount(at: layer)
        return experts(onEachGPUAt: layer).map { hosted in hosted.reduce(0) { $0 + loads[$1] / Double(counts[$1]) } }
    }

    private func validate() throws(PlannerInputError) {
        guard !physicalToLogicalMap.isEmpty else { throw PlannerInputError(field: "physicalToLogicalMap", "lists no layers") }
        guard gpus > 0, replicas > 0, replicas % gpus == 0 else {
            throw PlannerInputError(field: "physicalToLogicalMap", "\(replicas) slots do not divide evenly over \(gpus) GPUs")
        }
        for (layer, slots) in physicalToLogicalMap.enumerated() {
            guard slots.count == replicas else {
                throw PlannerInputError(field: "physicalToLogicalMap[\(layer)]", "has \(slots.count) slots; layer 0 has \(replicas)")
            }
            var hosted = Array(repeating: false, count: experts)
            for (slot, expert) in slots.enumerated() {
                guard (0..<experts).contains(expert) else {
                    throw PlannerInputError(field: "physicalToLogicalMap[\(layer)][\(slot)]", "expert \(expert) does not exist; experts are 0..<\(experts)")
                }
                hosted[expert] = true
            }
            if let missing = hosted.firstIndex(of: false) {
                throw PlannerInputError(field: "physicalToLogicalMap[\(layer)]", "expert \(missing) has no slot")
            }
        }
    }
}

extension ExpertReplicationPlan: Codable {
    private enum CodingKeys: String, CodingKey {
        case physicalToLogicalMap, logicalToPhysicalMap, logicalCount, gpus
    }

    /// Decodes a plan from its slot map and GPU count; the derived maps, when present, must
    /// agree with the slot map.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let map = try container.decode([[Int]].self, forKey: .physicalToLogicalMap)
        let counts = try container.decodeIfPresent([[Int]].self, forKey: .logicalCount)
        let experts = counts?.first?.count ?? ((map.flatMap { $0 }.max() ?? -1) + 1)
        try self.init(physicalToLogicalMap: map, gpus: try container.decode(Int.self, forKey: .gpus), experts: experts)
        if let counts, counts != logicalCount { throw PlannerInputError(field: "logicalCount", "does not match physicalToLogicalMap") }
        if let inverse = try container.decodeIfPresent([[[Int]]].self, forKey: .logicalToPhysicalMap), inverse != logicalToPhysicalMap {
            throw PlannerInputError(field: "logicalToPhysicalMap", "does not match physicalToLogicalMap")
        }
    }

    /// Encodes the three maps and the GPU count.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(integers: physicalToLogicalMap, forKey: .physicalToLogicalMap)
        try container.encode(integers: logicalToPhysicalMap, forKey: .logicalToPhysicalMap)
        try container.encode(integers: logicalCount, forKey: .logicalCount)
        try container.encode(gpus, forKey: .gpus)
    }
}

extension ExpertReplicationPlan {
    /// The three maps as NumPy arrays of 64-bit integers, named as EPLB returns them:
    /// `physical_to_logical_map`, `logical_to_physical_map` and `logical_count`.
    public var numPyArrays: [(name: String, array: NumPyArray)] {
        let inverse = logicalToPhysicalMap
        return [
            ("physical_to_logical_map", NumPyArray(shape: [layerCount, replicas], values: physicalToLogicalMap.flatMap { $0 }.map(Double.init))),
            ("logical_to_physical_map", NumPyArray(shape: [layerCount, experts, replicas - experts + 1],
                                                   values: inverse.flatMap { $0.flatMap { $0 } }.map(Double.init))),
            ("logical_count", NumPyArray(shape: [layerCount, experts], values: logicalCount.flatMap { $0 }.map(Double.init))),
        ]
    }
}
