/// A plan or report that breaks its problem's constraints or misstates a figure; every
/// violation found is listed.
public struct GPUMixVerificationError: Error, Sendable, Equatable, CustomStringConvertible {
    /// One sentence per violation.
    public var violations: [String]

    /// The violations, one per line.
    public var description: String { "the GPU mix plan fails verification:\n" + violations.joined(separator: "\n") }
}

extension GPUMixProblem {
    /// Re-checks `plan` against this problem without any solver: every slice of every loaded
    /// bucket served exactly once by a type that can serve it, every type's load within its
    /// GPUs' capacity less the headroom, availability caps, and every reported rate, load,
    /// count, utilisation and cost recomputed from the problem's data.
    public func verify(_ plan: GPUMixPlan) throws(GPUMixVerificationError) {
        var violations: [String] = []
        var typeIndices: [String: Int] = [:]
        for (index, type) in types.enumerated() { typeIndices[type.name] = index }

        var seen = Set<[Int]>()
        var loads: [String: Double] = [:]
        for (position, slice) in plan.slices.enumerated() {
            let item = "slices[\(position)]"
            guard distribution.indices.contains(slice.bucket.input),
                  distribution[slice.bucket.input].indices.contains(slice.bucket.output) else {
                violations.append("\(item) names bucket [\(slice.bucket.input)][\(slice.bucket.output)], which does not exist")
                continue
            }
            let share = distribution[slice.bucket.input][slice.bucket.output]
            if share <= 0 { violations.append("\(item) serves bucket \(label(of: slice.bucket)), which carries no requests") }
            if !(0..<sliceFactor).contains(slice.slice) {
                violations.append("\(item) has slice number \(slice.slice), outside 0..<\(sliceFactor)")
            }
            if !seen.insert([slice.bucket.input, slice.bucket.output, slice.slice]).inserted {
                violations.append("\(item): slice \(slice.slice) of bucket \(label(of: slice.bucket)) is assigned twice")
            }
            guard let typeIndex = typeIndices[slice.type] else {
                violations.append("\(item) names GPU type '\(slice.type)', which the problem does not list")
                continue
            }
            let profiled = types[typeIndex].rates?[slice.bucket.input][slice.bucket.output] ?? 0
            guard profiled > 0 else {
                violations.append("\(item): \(slice.type) cannot serve bucket \(label(of: slice.bucket)) within the SLO")
                continue
            }
            let rate = self.rate * share / Double(sliceFactor)
            if !Self.agrees(slice.rate, rate) { violations.append("\(item).rate is \(slice.rate); λ·p_b/k is \(rate)") }
            if !Self.agrees(slice.load, rate / profiled) {
                violations.append("\(item).load is \(slice.load); rate/μ is \(rate / profiled)")
            }
            loads[slice.type, default: 0] += rate / profiled
        }
        for bucket in buckets where distribution[bucket.input][bucket.output] > 0 {
            for slice in 0..<sliceFactor where !seen.contains([bucket.input, bucket.output, slice]) {
                violations.append("slice \(slice) of bucket \(label(of: bucket)) is not served")
            }
        }

        var total = 0.0
        var allocated = Set<String>()
        for (position, allocation) in plan.allocations.enumerated() {
            let item = "allocations[\(position)]"
            guard let typeIndex = typeIndices[allocation.type] else {
                violations.append("\(item) names GPU type '\(allocation.type)', which the problem does not list")
                continue
            }
            if !allocated.insert(allocation.type).inserted { violations.append("\(item): \(allocation.type) is allocated twice") }
            let type = types[typeIndex]
            if allocation.unitsPerGPU != type.unitsPerGPU {
                violations.append("\(item).unitsPerGPU is \(allocation.unitsPerGPU); \(type.name) counts \(type.unitsPerGPU) per GPU")
            }
            if allocation.units < 0 { violations.append("\(item).units is negative") }
            if let available = type.available, Double(allocation.units) > available * Double(type.unitsPerGPU) + 1e-9 {
                violations.append("\(item): \(allocation.units) units of \(type.name) exceed the \(available) GPUs available")
            }
            let gpus = Double(allocation.units) / Double(type.unitsPerGPU)
            if !Self.agrees(allocation.gpus, gpus) { violations.append("\(item).gpus is \(allocation.gpus); units/unitsPerGPU is \(gpus)") }
            let load = loads[type.name] ?? 0
            if !Self.agrees(allocation.load, load) { violations.append("\(item).load is \(allocation.load); its slices add up to \(load)") }
            if load > headroom * gpus * (1 + 1e-9) {
                violations.append("\(item): \(type.name) carries \(load) GPU-equivalents, more than \(headroom) × \(gpus) GPUs")
            }
            let utilization = gpus > 0 ? load / gpus : 0
            if !Self.agrees(allocation.utilization, utilization) {
                violations.append("\(item).utilization is \(allocation.utilization); load/gpus is \(utilization)")
            }
            let cost = type.price * gpus
            if !Self.agrees(allocation.costPerHour, cost) { violations.append("\(item).costPerHour is \(allocation.costPerHour); price × gpus is \(cost)") }
            total += cost
        }
        for type in loads.keys.sorted() where !allocated.contains(type) {
            violations.append("\(type) serves slices but has no GPUs allocated")
        }
        if !Self.agrees(plan.costPerHour, total) { violations.append("costPerHour is \(plan.costPerHour); the allocations cost \(total)") }
        guard violations.isEmpty else { throw GPUMixVerificationError(violations: violations) }
    }

    /// Re-checks a report: its plan and both baselines with ``verify(_:)-(GPUMixPlan)``, the
    /// baselines against a fresh run of the heuristics, and the savings against the costs.
    public func verify(_ report: GPUMixReport) throws(GPUMixVerificationError) {
        var violations: [String] = []
        for (name, plan) in [("plan", report.plan), ("bestSingleType", report.bestSingleType), ("greedy", report.greedy)] {
            guard let plan else { continue }
            do { try verify(plan) } catch { violations += error.violations.map { "\(name): \($0)" } }
        }
        if report.bestSingleType?.costPerHour != bestSingleTypePlan()?.costPerHour {
            violations.append("bestSingleType does not match the best-single-type heuristic's fleet")
        }
        if report.greedy?.costPerHour != greedyPlan()?.costPerHour {
            violations.append("greedy does not match the greedy heuristic's fleet")
        }
        for (name, stated, baseline) in [
            ("savingsVersusBestSingleType", report.savingsVersusBestSingleType, report.bestSingleType),
            ("savingsVersusGreedy", report.savingsVersusGreedy, report.greedy),
        ] {
            let expected = report.plan.flatMap { plan in baseline.map { 1 - plan.costPerHour / $0.costPerHour } }
            switch (stated, expected) {
            case (nil, nil): break
            case let (stated?, expected?) where Self.agrees(stated, expected): break
            default: violations.append("\(name) is \(stated.map { "\($0)" } ?? "missing"); the costs give \(expected.map { "\($0)" } ?? "none")")
            }
        }
        guard violations.isEmpty else { throw GPUMixVerificationError(violations: violations) }
    }

    /// Whether two computed figures agree to 1e-9 relative (or absolute near zero).
    private static func agrees(_ stated: Double, _ expected: Double) -> Bool {
        abs(stated - expected) <= 1e-9 * max(1, abs(expected))
    }
}
