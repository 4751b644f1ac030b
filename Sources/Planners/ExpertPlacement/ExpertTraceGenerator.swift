import Foundation
import MILP

/// Draws synthetic MoE routing traces with the structure trained models show, reproducibly
/// from a seed.
///
/// Each layer's experts have Zipf popularity (the `r`-th most popular has weight `1/r^s`, `s`
/// drawn per layer from `zipfExponents`, the ranking shuffled). Each expert of a layer prefers
/// 1–3 experts of the next (`preferredExperts`, drawn by their popularity) and sends them a share
/// of its tokens drawn from `affinity`, split by popularity; the rest of its tokens spread
/// uniformly. Tokens are routed top-`k` without replacement: at layer 0 by popularity, later by
/// the mixture of their current experts' preferences. The trace is the routing log of `tokens`
/// tokens, counted into loads and transitions.
public struct ExpertTraceGenerator: Sendable, Equatable, Codable {
    /// MoE layers.
    public var layers: Int
    /// Experts per layer.
    public var experts: Int
    /// Experts each token is routed to per layer.
    public var topK: Int
    /// Tokens routed.
    public var tokens: Int
    /// The GPUs of the generated problem.
    public var gpus: Int
    /// GPUs per node of the generated problem.
    public var gpusPerNode: Int
    /// The range the per-layer Zipf exponent is drawn from.
    public var zipfExponents: ClosedRange<Double>
    /// The range each expert's share of tokens to its preferred experts is drawn from.
    public var affinity: ClosedRange<Double>
    /// The range of the number of preferred next-layer experts.
    public var preferredExperts: ClosedRange<Int>

    /// A generator; the defaults describe Mixtral-8x7B (32 layers × 8 experts, top-2) on one node
    /// of 8 GPUs, with exponents 0.5–1.2 and affinity 50–90%.
    public init(
        layers: Int = 32,
        experts: Int = 8,
        topK: Int = 2,
        tokens: Int = 8192,
        gpus: Int = 8,
        gpusPerNode: Int? = nil,
        zipfExponents: ClosedRange<Double> = 0.5...1.2,
        affinity: ClosedRange<Double> = 0.5...0.9,
        preferredExperts: ClosedRange<Int> = 1...3
    ) {
        self.layers = layers
        self.experts = experts
        self.topK = topK
        self.tokens = tokens
        self.gpus = gpus
        self.gpusPerNode = gpusPerNode ?? gpus
        self.zipfExponents = zipfExponents
        self.affinity = affinity
        self.preferredExperts = preferredExperts
    }

    /// The problem for `seed`: the same seed gives the same trace everywhere.
    public func problem(seed: UInt64) throws(PlannerInputError) -> ExpertPlacementProblem {
        var random = SeededGenerator(seed: seed)
        return try problem(using: &random)
    }

    /// A problem whose trace is drawn from `random`.
    public func problem(using random: inout SeededGenerator) throws(PlannerInputError) -> ExpertPlacementProblem {
        let log = try routingLog(using: &random)
        return try ExpertPlacementProblem(routingLog: log, layers: layers, experts: experts, gpus: gpus, gpusPerNode: gpusPerNode)
    }

    /// The token-level routing log for `seed`.
    public func routingLog(seed: UInt64) throws(PlannerInputError) -> ExpertRoutingLog {
        var random = SeededGenerator(seed: seed)
        return try routingLog(using: &random)
    }

    /// A token-level routing log drawn from `random`.
    public func routingLog(using random: inout SeededGenerator) throws(PlannerInputError) -> ExpertRoutingLog {
        try validate()
        let popularity = (0..<layers).map { _ in
            let exponent = random.uniform(zipfExponents)
            let ranks = random.shuffled(0..<experts)
            return normalized(ranks.map { 1 / pow(Double($0 + 1), exponent) })
        }
        // preference[l][e]: the distribution of expert e's tokens over the experts of layer l + 1.
        let preference = (0..<max(layers - 1, 0)).map { layer in
            (0..<experts).map { _ in
                let share = random.uniform(affinity)
                let count = min(random.integer(in: preferredExperts), experts)
                let preferred = sample(count, from: popularity[layer + 1], using: &random)
                let preferredWeight = preferred.reduce(0) { $0 + popularity[layer + 1][$1] }
                var distribution = Array(repeating: (1 - share) / Double(experts), count: experts)
                for expert in preferred { distribution[expert] += share * popularity[layer + 1][expert] / preferredWeight }
                return distribution
            }
        }
        var records: [ExpertRoutingLog.Record] = []
        records.reserveCapacity(tokens * layers)
        for token in 0..<tokens {
            var chosen = sample(topK, from: popularity[0], using: &random)
            records.append(.init(token: token, layer: 0, experts: chosen))
            for layer in 1..<max(layers, 1) {
                var mixture = Array(repeating: 0.0, count: experts)
                for expert in chosen {
                    for (next, weight) in preference[layer - 1][expert].enumerated() { mixture[next] += weight / Double(chosen.count) }
                }
                chosen = sample(topK, from: mixture, using: &random)
                records.append(.init(token: token, layer: layer, experts: chosen))
            }
        }
        return ExpertRoutingLog(records: records)
    }

    private func validate() throws(PlannerInputError) {
        guard layers > 0 else { throw PlannerInputError(field: "layers", "must be positive, got \(layers)") }
        guard experts > 0 else { throw PlannerInputError(field: "experts", "must be positive, got \(experts)") }
        guard (1...experts).contains(topK) else { throw PlannerInputError(field: "topK", "must be between 1 and the \(experts) experts, got \(topK)") }
        guard tokens > 0 else { throw PlannerInputError(field: "tokens", "must be positive, got \(tokens)") }
        guard zipfExponents.lowerBound >= 0 else { throw PlannerInputError(field: "zipfExponents", "must not be negative") }
        guard affinity.lowerBound >= 0, affinity.upperBound <= 1 else { throw PlannerInputError(field: "affinity", "must lie in [0, 1]") }
        guard preferredExperts.lowerBound >= 1 else { throw PlannerInputError(field: "preferredExperts", "must be at least 1") }
    }

    private func normalized(_ weights: [Double]) -> [Double] {
        let total = weights.reduce(0, +)
        return weights.map { $0 / total }
    }

    /// `count` distinct indices drawn with probabilities proportional to `weights`, one at a time
    /// without replacement.
    private func sample(_ count: Int, from weights: [Double], using random: inout SeededGenerator) -> [Int] {
        var remaining = weights
        var chosen: [Int] = []
        for _ in 0..<count {
            let total = remaining.reduce(0, +)
            guard total > 0 else {
                // Every weighted expert is taken (affinity 1): the rest are equally likely.
                let free = remaining.indices.filter { !chosen.contains($0) }
                let pick = free[random.integer(in: 0...(free.count - 1))]
                chosen.append(pick)
                remaining[pick] = 0
                continue
            }
            var target = random.nextUnit() * total
            var pick = remaining.lastIndex { $0 > 0 } ?? 0
            for (index, weight) in remaining.enumerated() where weight > 0 {
                if target < weight { pick = index; break }
                target -= weight
            }
            chosen.append(pick)
            remaining[pick] = 0
        }
        return chosen
    }
}
