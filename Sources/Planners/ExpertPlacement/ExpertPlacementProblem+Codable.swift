extension ExpertPlacementProblem: Codable {
    private enum CodingKeys: String, CodingKey {
        case loads, transitions, routingLog, layers, experts
        case gpus, gpusPerNode, slotsPerGPU, intraNodeCost, interNodeCost, communicationWeight, costs
    }

    /// Decodes and validates a problem. The trace is either `loads` and `transitions`, or a
    /// token-level `routingLog` (with optional `layers` and `experts`, by default the smallest
    /// shape that holds the log); the other fields are optional except `gpus`. `costs` (the
    /// hardware, see ``ExpertParallelCosts``) replaces `intraNodeCost`, `interNodeCost` and
    /// `communicationWeight`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let gpus = try container.decode(Int.self, forKey: .gpus)
        let gpusPerNode = try container.decodeIfPresent(Int.self, forKey: .gpusPerNode)
        let slotsPerGPU = try container.decodeIfPresent(Int.self, forKey: .slotsPerGPU)
        let intraNodeCost = try container.decodeIfPresent(Double.self, forKey: .intraNodeCost)
        let interNodeCost = try container.decodeIfPresent(Double.self, forKey: .interNodeCost)
        let communicationWeight = try container.decodeIfPresent(Double.self, forKey: .communicationWeight)
        let costs = try container.decodeIfPresent(ExpertParallelCosts.self, forKey: .costs)
        if let log = try container.decodeIfPresent(ExpertRoutingLog.self, forKey: .routingLog) {
            guard !container.contains(.loads), !container.contains(.transitions) else {
                throw PlannerInputError(field: "routingLog", "give either a routing log or loads and transitions, not both")
            }
            let shape = log.shape
            try self.init(routingLog: log,
                          layers: try container.decodeIfPresent(Int.self, forKey: .layers) ?? shape.layers,
                          experts: try container.decodeIfPresent(Int.self, forKey: .experts) ?? shape.experts,
                          gpus: gpus, gpusPerNode: gpusPerNode, slotsPerGPU: slotsPerGPU, intraNodeCost: intraNodeCost,
                          interNodeCost: interNodeCost, communicationWeight: communicationWeight, costs: costs)
        } else {
            guard container.contains(.loads) else {
                throw PlannerInputError(field: "loads", "is missing (give loads and transitions, or a routingLog)")
            }
            try self.init(loads: try container.decode([[Double]].self, forKey: .loads),
                          transitions: try container.decodeIfPresent([[[Double]]].self, forKey: .transitions) ?? [],
                          gpus: gpus, gpusPerNode: gpusPerNode, slotsPerGPU: slotsPerGPU, intraNodeCost: intraNodeCost,
                          interNodeCost: interNodeCost, communicationWeight: communicationWeight, costs: costs)
            if let layers = try container.decodeIfPresent(Int.self, forKey: .layers), layers != layerCount {
                throw PlannerInputError(field: "layers", "is \(layers), but loads lists \(layerCount) layers")
            }
            if let experts = try container.decodeIfPresent(Int.self, forKey: .experts), experts != expertCount {
                throw PlannerInputError(field: "experts", "is \(experts), but loads lists \(expertCount) experts per layer")
            }
        }
    }

    /// Encodes the problem with its trace as loads and transitions and every parameter resolved;
    /// costs derived from the hardware are written as the hardware.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(loads, forKey: .loads)
        try container.encode(transitions, forKey: .transitions)
        try container.encode(gpus, forKey: .gpus)
        try container.encode(gpusPerNode, forKey: .gpusPerNode)
        try container.encode(slotsPerGPU, forKey: .slotsPerGPU)
        if let costs {
            try container.encode(costs, forKey: .costs)
        } else {
            try container.encode(intraNodeCost, forKey: .intraNodeCost)
            try container.encode(interNodeCost, forKey: .interNodeCost)
            try container.encode(communicationWeight, forKey: .communicationWeight)
        }
    }
}
