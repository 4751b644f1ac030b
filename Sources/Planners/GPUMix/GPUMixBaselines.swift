extension GPUMixProblem {
    /// The paper's baseline: the cheapest fleet of a single GPU type, y_t = ⌈Σ_b λ·p_b / μ_{b,t} / α⌉
    /// (in the type's units), over the types that serve every loaded bucket within their cap.
    /// `nil` when no single type can. Ties go to the type listed first.
    public func bestSingleTypePlan() -> GPUMixPlan? {
        var best: GPUMixPlan?
        for (typeIndex, type) in types.enumerated() {
            guard loadedBuckets.allSatisfy({ type.rate(for: $0) > 0 }) else { continue }
            let counts = Dictionary(uniqueKeysWithValues: loadedBuckets.map { ($0, [typeIndex: sliceFactor]) })
            let plan = GPUMixPlan(problem: self, counts: counts)
            guard plan.respectsAvailability(of: self) else { continue }
            if best.map({ plan.costPerHour < $0.costPerHour }) ?? true { best = plan }
        }
        return best
    }

    /// The greedy baseline: each bucket, whole, to the type with the lowest cost per request
    /// c_t / μ_{b,t} (ties to the type listed first), then each type rounded up to the units that
    /// carry its buckets. `nil` when some bucket has no serving type or the result exceeds a cap.
    public func greedyPlan() -> GPUMixPlan? {
        var counts: [GPUMixBucket: [Int: Int]] = [:]
        for bucket in loadedBuckets {
            let serving = servingTypes(for: bucket)
            guard let cheapest = serving.min(by: { costPerRequest(of: $0, on: bucket) < costPerRequest(of: $1, on: bucket) })
            else { return nil }
            counts[bucket] = [cheapest: sliceFactor]
        }
        let plan = GPUMixPlan(problem: self, counts: counts)
        return plan.respectsAvailability(of: self) ? plan : nil
    }

    private func costPerRequest(of typeIndex: Int, on bucket: GPUMixBucket) -> Double {
        types[typeIndex].price / types[typeIndex].rate(for: bucket)
    }
}

extension GPUMixPlan {
    /// Whether no type exceeds its availability cap.
    func respectsAvailability(of problem: GPUMixProblem) -> Bool {
        allocations.allSatisfy { allocation in
            guard let type = problem.types.first(where: { $0.name == allocation.type }),
                  let cap = type.availableUnits else { return true }
            return allocation.units <= cap
        }
    }
}
