import Foundation
import MILP

/// Draws expert loads with the skew served MoE models show, reproducibly from a seed: a history
/// of windows of layers × experts token counts.
///
/// - Popularity is log-normal: expert `e` of layer `l` has log-weight `σ·z` (`z` standard
///   normal), plus a group effect shared by the experts of a group (`groupSigma`), plus, for a
///   few very hot experts per layer (`hotExperts`), the log of a boost drawn from `hotBoost`.
/// - Across layers it drifts: layer `l + 1`'s log-weights are `ρ` times layer `l`'s plus fresh
///   noise (variance kept), and each hot expert stays hot with probability `ρ`, else a random
///   expert takes its place.
/// - Across windows it drifts too: each window's log-weights move by an AR(1) step
///   (`windowDrift` of fresh noise, variance kept), and each hot expert hands its heat to a
///   random expert with probability `hotSwap`.
/// - A window routes `tokens` tokens top-`k`: expert `e` expects `tokens · k · p_e` of them
///   (never more than `tokens`), and the count drawn is that expectation plus Poisson-sized
///   noise (normal with the same variance), rounded, never below 0.
public struct ExpertLoadGenerator: Sendable, Equatable, Codable {
    /// MoE layers.
    public var layers: Int
    /// Experts per layer.
    public var experts: Int
    /// Experts each token is routed to.
    public var topK: Int
    /// Expert groups (consecutive experts); 1 for none.
    public var groups: Int
    /// Tokens per window.
    public var tokens: Int
    /// Windows of history drawn.
    public var windows: Int
    /// σ of the log-normal popularity.
    public var sigma: Double
    /// σ of the per-group log-weight.
    public var groupSigma: Double
    /// The range of the number of very hot experts per layer.
    public var hotExperts: ClosedRange<Int>
    /// The range each hot expert's weight multiplier is drawn from.
    public var hotBoost: ClosedRange<Double>
    /// ρ: the correlation of log-weights between consecutive layers.
    public var layerCorrelation: Double
    /// The share of fresh noise in each window's log-weights (0: no drift over time).
    public var windowDrift: Double
    /// The probability that a hot expert hands its heat to another between windows.
    public var hotSwap: Double

    /// A generator; the defaults describe a DeepSeek-V3-like model (58 layers × 256 experts,
    /// top-8, 8 groups) with 16,384 tokens per window.
    public init(layers: Int = 58, experts: Int = 256, topK: Int = 8, groups: Int = 8, tokens: Int = 16_384, windows: Int = 1,
                sigma: Double = 0.8, groupSigma: Double = 0.25, hotExperts: ClosedRange<Int> = 2...4,
                hotBoost: ClosedRange<Double> = 4...12, layerCorrelation: Double = 0.7, windowDrift: Double = 0.3, hotSwap: Double = 0.25) {
        self.layers = layers
        self.experts = experts
        self.topK = topK
        self.groups = groups
        self.tokens = tokens
        self.windows = windows
        self.sigma = sigma
        self.groupSigma = groupSigma
        self.hotExperts = hotExperts
        self.hotBoost = hotBoost
        self.layerCorrelation = layerCorrelation
        self.windowDrift = windowDrift
        self.hotSwap = hotSwap
    }

    /// The loads for `seed`: the same seed gives the same loads everywhere.
    public func loads(seed: UInt64) throws(PlannerInputError) -> ExpertLoads {
        try validate()
        var random = SeededGenerator(seed: seed)
        // Per layer: log-weights (without heat) and the hot experts with their boosts.
        var logWeights: [[Double]] = []
        var hot: [[(expert: Int, boost: Double)]] = []
        let groupEffect = (0..<layers).map { _ in (0..<groups).map { _ in groupSigma * random.normal() } }
        for layer in 0..<layers {
            let fresh = (0..<experts).map { _ in sigma * random.normal() }
            if let previous = logWeights.last {
                let keep = layerCorrelation, renew = (1 - layerCorrelation * layerCorrelation).squareRoot()
                logWeights.append(zip(previous, fresh).map { keep * $0 + renew * $1 })
                hot.append(hot[layer - 1].map { entry in
                    random.nextUnit() < layerCorrelation ? entry : (random.integer(in: 0...(experts - 1)), random.uniform(hotBoost))
                })
            } else {
                logWeights.append(fresh)
                let count = min(random.integer(in: hotExperts), experts)
                hot.append(random.shuffled(0..<experts).prefix(count).map { ($0, random.uniform(hotBoost)) })
            }
        }
        var history: [[[Double]]] = []
        for window in 0..<windows {
            if window > 0 {
                let keep = (1 - windowDrift * windowDrift).squareRoot()
                for layer in 0..<layers {
                    logWeights[layer] = logWeights[layer].map { keep * $0 + windowDrift * sigma * random.normal() }
                    hot[layer] = hot[layer].map { entry in
                        random.nextUnit() < hotSwap ? (random.integer(in: 0...(experts - 1)), entry.boost) : entry
                    }
                }
            }
            history.append((0..<layers).map { layer in
                var weights = logWeights[layer].enumerated().map { exp($1 + groupEffect[layer][$0 / (experts / groups)]) }
                for entry in hot[layer] { weights[entry.expert] *= entry.boost }
                let total = weights.reduce(0, +)
                return weights.map { weight in
                    let expected = min(Double(tokens), Double(tokens * topK) * weight / total)
                    return max(0, (expected + expected.squareRoot() * random.normal()).rounded())
                }
            })
        }
        return try ExpertLoads(windows: history)
    }

    private func validate() throws(PlannerInputError) {
        guard (1...ExpertLoads.maximumShape.layers).contains(layers) else { throw PlannerInputError(field: "layers", "must be from 1 to \(ExpertLoads.maximumShape.layers), got \(layers)") }
        guard (1...ExpertLoads.maximumShape.experts).contains(experts) else { throw PlannerInputError(field: "experts", "must be from 1 to \(ExpertLoads.maximumShape.experts), got \(experts)") }
        guard (1...experts).contains(topK) else { throw PlannerInputError(field: "topK", "must be from 1 to the \(experts) experts, got \(topK)") }
        guard groups >= 1, experts % groups == 0 else { throw PlannerInputError(field: "groups", "must divide the \(experts) experts, got \(groups)") }
        guard (1...1_000_000_000).contains(tokens) else { throw PlannerInputError(field: "tokens", "must be from 1 to 10^9, got \(tokens)") }
        guard (1...ExpertLoads.maximumShape.windows).contains(windows) else { throw PlannerInputError(field: "windows", "must be from 1 to \(ExpertLoads.maximumShape.windows), got \(windows)") }
        guard layers * experts * windows <= 50_000_000 else { throw PlannerInputError(field: "windows", "layers × experts × windows must be at most 50,000,000") }
        for (name, value, range) in [("sigma", sigma, 0.0...5), ("groupSigma", groupSigma, 0...5), ("layerCorrelation", layerCorrelation, 0...1),
                                     ("windowDrift", windowDrift, 0...1), ("hotSwap", hotSwap, 0...1)] where !range.contains(value) {
            throw PlannerInputError(field: name, "must be from \(range.lowerBound) to \(range.upperBound), got \(value)")
        }
        guard hotExperts.lowerBound >= 0 else { throw PlannerInputError(field: "hotExperts", "must not be negative") }
        guard hotBoost.lowerBound >= 1, hotBoost.upperBound <= 1000 else { throw PlannerInputError(field: "hotBoost", "must lie within 1-1000") }
    }
}
