/// A condition of an expert placement that does not stop planning but that a person must know
/// about. In JSON, the case name with its figures: `{"idleGPUs": {"busy": 8, "gpus": 10}}`.
public enum ExpertPlacementWarning: Sendable, Equatable, Codable, CustomStringConvertible {
    /// With one copy per expert, only `busy` of the `gpus` GPUs can host an expert at each layer.
    case idleGPUs(busy: Int, gpus: Int)
    /// The plan puts `slotsPerGPU` experts on each GPU, more than the `limit` its memory holds.
    case slotsBeyondMemory(slotsPerGPU: Int, limit: Int)
    /// Some GPUs carry no tokens at `layers` of the `of` layers, the first being `firstLayer`:
    /// their experts received no tokens in the loads.
    case gpusWithoutTokens(layers: Int, of: Int, firstLayer: Int)

    /// The warning for people.
    public var description: String {
        switch self {
        case let .idleGPUs(busy, gpus):
            "only \(busy) of the \(gpus) GPUs can host an expert at each layer; the other \(gpus - busy) stay idle (replicate hot experts with --loads and --replicas to use them)"
        case let .slotsBeyondMemory(slotsPerGPU, limit):
            "the plan puts \(slotsPerGPU) experts on each GPU, more than the \(limit) its memory holds"
        case let .gpusWithoutTokens(layers, total, first):
            "some GPUs carry no tokens at \(layers) of \(total) layers (first: layer \(first)): their experts received no tokens in the loads"
        }
    }
}
