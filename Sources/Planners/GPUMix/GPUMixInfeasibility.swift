/// Why no fleet can serve a ``GPUMixProblem``: the buckets no type can serve, or caps too low for
/// the load. ``explanation(for:)`` says it in terms a person can act on.
public struct GPUMixInfeasibility: Error, Codable, Sendable, Equatable {
    /// The buckets that carry requests but that no available, profiled type can serve within the SLO.
    public var unservedBuckets: [GPUMixBucket]
    /// The types without a profile (or with no bucket they can serve); they are never chosen.
    public var unprofiledTypes: [String]
    /// The types with no GPUs available.
    public var unavailableTypes: [String]
    /// Whether every bucket has a serving type but the availability caps cannot carry the load.
    public var exceedsAvailability: Bool

    /// The buckets that no type can serve, or `nil` when every loaded bucket has a serving type.
    static func unservedBuckets(in problem: GPUMixProblem) -> GPUMixInfeasibility? {
        let unserved = problem.loadedBuckets.filter { problem.servingTypes(for: $0).isEmpty }
        guard !unserved.isEmpty else { return nil }
        return GPUMixInfeasibility(unservedBuckets: unserved, unprofiledTypes: unprofiledTypes(in: problem),
                                   unavailableTypes: problem.types.filter { $0.availableUnits == 0 }.map(\.name),
                                   exceedsAvailability: false)
    }

    /// Every bucket can be served, but the solver proved that no fleet within the availability
    /// caps carries the load.
    static func availability(in problem: GPUMixProblem) -> GPUMixInfeasibility {
        GPUMixInfeasibility(unservedBuckets: [], unprofiledTypes: unprofiledTypes(in: problem), unavailableTypes: [],
                            exceedsAvailability: true)
    }

    private static func unprofiledTypes(in problem: GPUMixProblem) -> [String] {
        problem.types.filter { !$0.isProfiled }.map(\.name)
    }

    /// The explanation, one line per reason, with `problem` supplying bucket labels and caps.
    public func explanation(for problem: GPUMixProblem) -> String {
        var lines = unservedBuckets.map { bucket in
            "bucket \(problem.label(of: bucket)) (share \(Self.percent(problem.share(of: bucket)))) has no GPU type that meets the SLO"
        }
        if exceedsAvailability {
            let caps = problem.types.compactMap { type in
                type.available.map { "\(type.name) ≤ \(GPUMixPlan.Allocation.format(gpus: $0))" }
            }
            lines.append("no fleet within the availability caps (\(caps.joined(separator: ", "))) serves \(problem.rate) req/s at the SLO")
        }
        if !unavailableTypes.isEmpty { lines.append("types with no GPUs available: \(unavailableTypes.joined(separator: ", "))") }
        if !unprofiledTypes.isEmpty { lines.append("types without a profile, never chosen: \(unprofiledTypes.joined(separator: ", "))") }
        return lines.joined(separator: "\n")
    }

    private static func percent(_ share: Double) -> String {
        "\((share * 1000).rounded() / 10)%"
    }
}
