/// Why no fleet can serve a ``GPUMixProblem``, in terms a person can act on.
public struct GPUMixInfeasibility: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    /// The buckets that carry requests but that no available, profiled type can serve within the SLO.
    public var unservedBuckets: [GPUMixBucket]
    /// The types without a profile (or with no bucket they can serve); they are never chosen.
    public var unprofiledTypes: [String]
    /// Whether every bucket has a serving type but the availability caps cannot carry the load.
    public var exceedsAvailability: Bool
    /// The explanation, one paragraph.
    public var explanation: String

    /// The description is the explanation.
    public var description: String { explanation }

    /// The buckets that no type can serve, or `nil` when every loaded bucket has a serving type.
    static func unservedBuckets(in problem: GPUMixProblem) -> GPUMixInfeasibility? {
        let unserved = problem.loadedBuckets.filter { problem.servingTypes(for: $0).isEmpty }
        guard !unserved.isEmpty else { return nil }
        let unprofiled = problem.types.filter { !$0.isProfiled }.map(\.name)
        var lines = unserved.map { bucket in
            "bucket \(problem.label(of: bucket)) (share \(percent(problem.share(of: bucket)))) has no GPU type that meets the SLO"
        }
        let capped = problem.types.filter { $0.availableUnits == 0 }.map(\.name)
        if !capped.isEmpty { lines.append("types with no GPUs available: \(capped.joined(separator: ", "))") }
        if !unprofiled.isEmpty { lines.append("types without a profile, never chosen: \(unprofiled.joined(separator: ", "))") }
        return GPUMixInfeasibility(unservedBuckets: unserved, unprofiledTypes: unprofiled, exceedsAvailability: false,
                                   explanation: lines.joined(separator: "\n"))
    }

    /// The explanation when every bucket can be served but the solver proved that no fleet
    /// within the availability caps carries the load.
    static func availability(in problem: GPUMixProblem) -> GPUMixInfeasibility {
        let caps = problem.types.compactMap { type in
            type.available.map { "\(type.name) ≤ \(GPUMixPlan.Allocation.format(gpus: $0))" }
        }
        let unprofiled = problem.types.filter { !$0.isProfiled }.map(\.name)
        var explanation = "no fleet within the availability caps (\(caps.joined(separator: ", "))) serves \(problem.rate) req/s at the SLO"
        if !unprofiled.isEmpty { explanation += "\ntypes without a profile, never chosen: \(unprofiled.joined(separator: ", "))" }
        return GPUMixInfeasibility(unservedBuckets: [], unprofiledTypes: unprofiled, exceedsAvailability: true, explanation: explanation)
    }

    private static func percent(_ share: Double) -> String {
        "\((share * 1000).rounded() / 10)%"
    }
}
