import MILP

/// Computes the ``BranchingFeature`` vectors of a node's candidates.
///
/// The static part is computed once per model, in one pass over its rows; the dynamic part at
/// every node, reading each candidate's tableau row from the node's LP for its ``DualPenalties``
/// (without a ``MILP/BranchingNode/relaxation`` the penalty features are 0).
public struct BranchingFeatureExtractor: Sendable {
    /// The features of one candidate, with the penalties they were computed from.
    public struct Candidate: Sendable {
        /// The feature vector, in ``BranchingFeature`` order.
        public var features: [Double]
        /// The candidate's dual penalties, when the node's LP was available.
        public var penalties: DualPenalties?
    }

    private static let staticCount = BranchingFeature.allCases.firstIndex(of: .fractionality)!
    /// Static features, `staticCount` per variable, by variable index.
    private let staticFeatures: [Double]

    /// An extractor for the candidates of `model`.
    public init(model: Model) {
        staticFeatures = Self.staticFeatures(of: model)
    }

    /// The features of every candidate of `node`, in candidate order.
    public func features(at node: BranchingNode) -> [Candidate] {
        let penalties: [DualPenalties?] = node.candidates.map { candidate in
            node.relaxation?.tableauRow(of: candidate.variable).map { DualPenalties(candidate, tableauRow: $0) }
        }
        let finitePenalties = penalties.flatMap { [$0?.down, $0?.up] }.compactMap { $0 }.filter(\.isFinite)
        let largestPenalty = finitePenalties.max() ?? 0
        let penaltyScores = penalties.map { $0.map { ProductScore.of(down: $0.down, up: $0.up) } }
        let largestPenaltyScore = penaltyScores.compactMap { $0 }.filter(\.isFinite).max() ?? 0

        let pseudocosts = node.pseudocosts
        let hasObservations = pseudocosts.overall.downCount + pseudocosts.overall.upCount > 0
        let estimate = PseudocostEstimate(observed: pseudocosts, trials: Pseudocosts())
        let estimates = node.candidates.map { (down: estimate.gain($0, .down), up: estimate.gain($0, .up)) }
        let largestEstimate = estimates.map { max($0.down, $0.up) }.max() ?? 0
        let largestEstimateScore = estimates.map { ProductScore.of(down: $0.down, up: $0.up) }.max() ?? 0
        let gap = node.cutoffGap

        return node.candidates.indices.map { position in
            let candidate = node.candidates[position]
            var features = Array(staticFeatures[candidate.variable.index * Self.staticCount ..< (candidate.variable.index + 1) * Self.staticCount])
            features.reserveCapacity(BranchingFeature.count)
            let x = candidate.value, lower = candidate.lowerBound, upper = candidate.upperBound
            features.append(2 * candidate.fractionality)
            features.append(candidate.downFraction)
            features.append(lower.isFinite && upper.isFinite && upper > lower ? (x - lower) / (upper - lower) : candidate.downFraction)
            features.append(lower.isFinite ? Self.saturated(x - lower) : 1)
            features.append(upper.isFinite ? Self.saturated(upper - x) : 1)
            features.append(min(abs(candidate.reducedCost) / (1 + abs(candidate.objectiveCoefficient)), 1))

            let penalty = penalties[position]
            features.append(penalty.map { Self.relative($0.down, to: largestPenalty) } ?? 0)
            features.append(penalty.map { Self.relative($0.up, to: largestPenalty) } ?? 0)
            features.append(penaltyScores[position].map { Self.relative($0, to: largestPenaltyScore) } ?? 0)
            features.append(penalty.map { $0.down.isInfinite || $0.up.isInfinite ? 1 : 0 } ?? 0)
            features.append(penalty.flatMap { p in gap.map { Self.relative(p.down, to: $0) } } ?? 0)
            features.append(penalty.flatMap { p in gap.map { Self.relative(p.up, to: $0) } } ?? 0)

            let (down, up) = estimates[position]
            features.append(hasObservations ? Self.relative(down, to: largestEstimate) : 0)
            features.append(hasObservations ? Self.relative(up, to: largestEstimate) : 0)
            features.append(hasObservations ? Self.relative(ProductScore.of(down: down, up: up), to: largestEstimateScore) : 0)
            let downCount = Double(pseudocosts.count(for: candidate.variable, .down))
            let upCount = Double(pseudocosts.count(for: candidate.variable, .up))
            features.append(Self.saturated(downCount))
            features.append(Self.saturated(upCount))
            features.append(min((downCount + upCount) / Double(node.depth + 1), 1))
            return Candidate(features: features, penalties: penalty)
        }
    }

    /// `value / largest` in [0, 1]: 1 when `value` is infinite or reaches `largest`, 0 when `largest` is 0.
    private static func relative(_ value: Double, to largest: Double) -> Double {
        if value.isInfinite { return 1 }
        guard largest > 0 else { return 0 }
        return min(max(value / largest, 0), 1)
    }

    /// `s / (1 + s)` for `s ≥ 0`.
    private static func saturated(_ value: Double) -> Double {
        let value = max(value, 0)
        return value / (1 + value)
    }

    /// The static features of all variables, `staticCount` per variable.
    private static func staticFeatures(of model: Model) -> [Double] {
        let count = model.variableCount
        let sign: Double = model.objective.sense == .minimize ? 1 : -1
        var objective = [Double](repeating: 0, count: count)
        for term in model.objective.expression.terms { objective[term.variable.index] += sign * term.coefficient }
        var degree = [Int](repeating: 0, count: count)
        var positive = [Int](repeating: 0, count: count)
        var sum = [Double](repeating: 0, count: count)
        var absoluteSum = [Double](repeating: 0, count: count)
        var smallest = [Double](repeating: 0, count: count)
        var largest = [Double](repeating: 0, count: count)
        for row in model.constraintDescriptions {
            let scale = row.terms.map { abs($0.coefficient) }.max() ?? 0
            guard scale > 0 else { continue }
            for term in row.terms where term.coefficient != 0 {
                let j = term.variable.index, scaled = term.coefficient / scale
                smallest[j] = degree[j] == 0 ? scaled : min(smallest[j], scaled)
                largest[j] = degree[j] == 0 ? scaled : max(largest[j], scaled)
                degree[j] += 1
                if scaled > 0 { positive[j] += 1 }
                sum[j] += scaled
                absoluteSum[j] += abs(scaled)
            }
        }
        let largestObjective = objective.map(abs).max() ?? 0
        let largestDegree = degree.max() ?? 0
        let density = (0..<count).map { abs(objective[$0]) / max(absoluteSum[$0], 1) }
        let largestDensity = density.max() ?? 0
        let rows = max(model.constraintCount, 1)
        var features: [Double] = []
        features.reserveCapacity(count * staticCount)
        for j in 0..<count {
            let columnDegree = Double(degree[j])
            features.append(largestObjective > 0 ? objective[j] / largestObjective : 0)
            features.append(largestObjective > 0 ? abs(objective[j]) / largestObjective : 0)
            features.append(largestDegree > 0 ? columnDegree / Double(largestDegree) : 0)
            features.append(columnDegree / Double(rows))
            features.append(degree[j] > 0 ? sum[j] / columnDegree : 0)
            features.append(smallest[j])
            features.append(largest[j])
            features.append(degree[j] > 0 ? Double(positive[j]) / columnDegree : 0)
            features.append(largestDensity > 0 ? density[j] / largestDensity : 0)
        }
        return features
    }
}
