import MILP

/// The MILP of a ``GPUMixProblem`` and the key to read its solutions back as a ``GPUMixPlan``.
///
/// Slices of one bucket are interchangeable, so instead of one binary x_{s,t} per slice and type
/// the model counts slices: n_{b,t} ∈ {0, …, k} slices of bucket b go to type t, with
/// Σ_t n_{b,t} = k. This is the same set of fleets with none of the slice symmetry that makes
/// branch-and-bound enumerate equivalent assignments. y_t counts units of type t (GPUs, or
/// hundredths of a GPU with ``GPUMixProblem/GPUType/unitsPerGPU`` 100):
///
///     min Σ_t (c_t / u_t)·y_t
///     s.t. Σ_t n_{b,t} = k                                  for every loaded bucket b
///          Σ_b (λ·p_b / (k·μ_{b,t}))·u_t·n_{b,t} ≤ α·y_t     for every type t
///          n_{b,t} ≤ k·y_t                                   for every bucket b and type t
///          y_t ≤ U_t·u_t                                     where type t has a cap U_t
///
/// The linking rows n_{b,t} ≤ k·y_t are implied by the capacity rows in integers but not in the
/// LP relaxation, where a sliver of a GPU could carry a small bucket: with them GLPK proves
/// generated 6×6 problems optimal in milliseconds, without them some take minutes.
/// n_{b,t} exists only where μ_{b,t} > 0, so types without a profile are never chosen.
public struct GPUMixFormulation: Sendable {
    /// The problem the model was built from.
    public let problem: GPUMixProblem
    /// The model: minimise the fleet's cost per hour.
    public let model: Model
    /// n_{b,t}: slices of bucket b served by type t (by type index).
    let sliceCounts: [GPUMixBucket: [Int: Variable]]
    /// y_t: units of each type, by type index; `nil` for types that serve no loaded bucket.
    let units: [Variable?]

    /// Builds the model. The problem must be valid and every loaded bucket must have a serving
    /// type; ``GPUMixProblem/formulation()`` checks both.
    init(checked problem: GPUMixProblem) {
        self.problem = problem
        var model = Model(name: "gpu-mix")
        var sliceCounts: [GPUMixBucket: [Int: Variable]] = [:]
        var usedTypes = Set<Int>()
        let k = Double(problem.sliceFactor)
        for bucket in problem.loadedBuckets {
            var row: [Int: Variable] = [:]
            for typeIndex in problem.servingTypes(for: bucket) {
                row[typeIndex] = model.addVariable(
                    "slices[\(bucket.input),\(bucket.output)][\(problem.types[typeIndex].name)]",
                    kind: problem.sliceFactor == 1 ? .binary : .integer, lowerBound: 0, upperBound: k)
                usedTypes.insert(typeIndex)
            }
            sliceCounts[bucket] = row
            model.addConstraint(row.values.sum() == k, name: "assign[\(bucket.input),\(bucket.output)]")
        }
        var units: [Variable?] = []
        var cost = LinearExpression()
        for (typeIndex, type) in problem.types.enumerated() {
            guard usedTypes.contains(typeIndex) else { units.append(nil); continue }
            let cap = type.availableUnits.map(Double.init) ?? .infinity
            let count = model.addVariable("units[\(type.name)]", kind: .integer, lowerBound: 0, upperBound: cap)
            units.append(count)
            cost.add(type.price / Double(type.unitsPerGPU), count)
            var load = LinearExpression()
            for bucket in problem.loadedBuckets {
                guard let slices = sliceCounts[bucket]?[typeIndex] else { continue }
                load.add(problem.load(of: bucket, on: type) / k * Double(type.unitsPerGPU), slices)
            }
            model.addConstraint(load <= problem.headroom * count, name: "capacity[\(type.name)]")
            for bucket in problem.loadedBuckets {
                guard let slices = sliceCounts[bucket]?[typeIndex] else { continue }
                model.addConstraint(LinearExpression(slices) <= k * count, name: "link[\(bucket.input),\(bucket.output)][\(type.name)]")
            }
        }
        model.minimize(cost)
        self.model = model
        self.sliceCounts = sliceCounts
        self.units = units
    }

    /// A branching rule that settles the GPU counts before the slices (see ``GPUCountBranching``).
    public func branchingPolicy() -> any BranchingPolicy {
        GPUCountBranching(counts: units.compactMap { $0 })
    }

    /// The plan in `solution`, or `nil` when it has none. GPU counts are recomputed from the
    /// slice assignment as the fewest units that carry it, which is what an optimal solution
    /// holds and never more than any feasible one holds.
    public func decode(_ solution: Solution) -> GPUMixPlan? {
        guard solution.hasSolution else { return nil }
        var counts: [GPUMixBucket: [Int: Int]] = [:]
        for (bucket, row) in sliceCounts {
            counts[bucket] = row.mapValues { Int(solution[$0].rounded()) }
        }
        return GPUMixPlan(problem: problem, counts: counts)
    }
}

extension GPUMixProblem {
    /// The MILP for this problem, after validating it.
    ///
    /// - Returns: the formulation, or the reason no fleet exists when some loaded bucket has no
    ///   serving type.
    /// - Throws: ``PlannerInputError`` naming the field when the input is invalid.
    public func formulation() throws(PlannerInputError) -> Result<GPUMixFormulation, GPUMixInfeasibility> {
        try validate()
        if let infeasibility = GPUMixInfeasibility.unservedBuckets(in: self) { return .failure(infeasibility) }
        return .success(GPUMixFormulation(checked: self))
    }
}
